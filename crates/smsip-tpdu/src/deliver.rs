//! SMS-DELIVER (TS 23.040 §9.2.2.1): SC to MS.

use crate::user_data::{self, Text, UserData, MAX_UD_OCTETS};
use crate::{finish, Address, Dcs, DecodeError, EncodeError, Pid, Timestamp, TpduType};
use smsip_core::{Reader, Sink};

/// SMS-DELIVER, borrowing its user data from the input.
///
/// ```
/// use smsip_tpdu::{Deliver, Address, Pid, Dcs, Timestamp, UserDataBuf};
/// let ud = UserDataBuf::gsm7(&[], "Hello").unwrap();
/// let d = Deliver {
///     mms: true,
///     oa: Address::international("447700900456").unwrap(),
///     scts: Timestamp::new(24, 3, 15, 14, 30, 0, 4).unwrap(),
///     ud: ud.as_user_data(),
///     ..Deliver::default()
/// };
/// let mut out = Vec::new();
/// d.encode(&mut out).unwrap();
/// assert_eq!(smsip_core::hex::encode(&out), "040c914477000940650000423051410300400 5c8329bfd06".replace(' ', ""));
/// assert_eq!(Deliver::decode(&out).unwrap(), d);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Deliver<'a> {
    /// TP-RP, reply path set (bit 7).
    pub reply_path: bool,
    /// TP-SRI, a status report will be returned to the SME (bit 5).
    pub sri: bool,
    /// TP-LP, loop prevention (bit 3).
    pub lp: bool,
    /// TP-MMS as sent (bit 2): **true means no more messages** are waiting.
    pub mms: bool,
    /// Bits 4 and 1..0 as received: bit 4 is unused; a reserved TP-MTI 11, which an MS handles
    /// as SMS-DELIVER (TS 23.040 §9.2.3.1), shows here as 0b11 and is re-encoded as received.
    pub spare: u8,
    /// TP-OA, originating address.
    pub oa: Address,
    /// TP-PID.
    pub pid: Pid,
    /// TP-DCS.
    pub dcs: Dcs,
    /// TP-SCTS, service centre time stamp.
    pub scts: Timestamp,
    /// TP-UDHI, TP-UDL, TP-UD.
    pub ud: UserData<'a>,
}

const SPARE: u8 = 0b0001_0011;

impl<'a> Deliver<'a> {
    /// Decodes an SMS-DELIVER (TP-MTI 00, or the reserved 11).
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        let mti = first & 3;
        if mti != 0 && mti != 3 {
            return Err(DecodeError::WrongType {
                expected: TpduType::Deliver,
                found: TpduType::from_mti(mti, crate::Direction::ScToMs),
            });
        }
        let oa = Address::decode(&mut r, "TP-OA")?;
        let pid = Pid(r.u8("TP-PID")?);
        let dcs = Dcs(r.u8("TP-DCS")?);
        let scts = Timestamp::decode(&mut r, "TP-SCTS")?;
        let ud = user_data::decode(&mut r, dcs, first & 0x40 != 0, MAX_UD_OCTETS)?;
        finish(&r, TpduType::Deliver)?;
        Ok(Deliver {
            reply_path: first & 0x80 != 0,
            sri: first & 0x20 != 0,
            lp: first & 0x08 != 0,
            mms: first & 0x04 != 0,
            spare: first & SPARE,
            oa,
            pid,
            dcs,
            scts,
            ud,
        })
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.reply_path) << 7
            | u8::from(self.ud.udhi) << 6
            | u8::from(self.sri) << 5
            | u8::from(self.lp) << 3
            | u8::from(self.mms) << 2
            | (self.spare & SPARE)
    }

    /// TP-MMS read as the spec means it: more messages are waiting in the SC.
    pub fn more_messages_waiting(&self) -> bool {
        !self.mms
    }

    fn validate(&self) -> Result<(), EncodeError> {
        if self.spare & !SPARE != 0 || !matches!(self.spare & 3, 0 | 3) {
            return Err(EncodeError::invalid(
                "first octet",
                "spare bits would change TP-MTI",
            ));
        }
        self.ud.validate(self.dcs, MAX_UD_OCTETS)
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        1 + self.oa.encoded_len() + 2 + 7 + 1 + self.ud.data.len()
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        self.validate()?;
        out.put(self.first_octet());
        self.oa.encode(out);
        out.put(self.pid.0);
        out.put(self.dcs.0);
        self.scts.encode(out);
        self.ud.encode(out);
        Ok(())
    }

    /// The text, decoded lazily (see [`UserData::text`]).
    pub fn text(&self) -> Text<'a> {
        self.ud.text(self.dcs)
    }

    /// Appends the text to `out`.
    #[cfg(feature = "alloc")]
    pub fn text_into(&self, out: &mut alloc::string::String) {
        self.ud.text_into(self.dcs, out)
    }
}
