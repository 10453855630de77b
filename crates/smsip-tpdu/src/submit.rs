//! SMS-SUBMIT (TS 23.040 §9.2.2.2): MS to SC.

use crate::user_data::{self, Text, UserData, MAX_UD_OCTETS};
use crate::{finish, Address, Dcs, DecodeError, EncodeError, Pid, TpduType, ValidityPeriod};
use smsip_core::{Reader, Sink};

/// SMS-SUBMIT, borrowing its user data from the input.
///
/// ```
/// use smsip_tpdu::{Submit, ValidityPeriod};
/// let pdu = [0x31, 0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7, 0x02, 0xC8, 0x34];
/// let s = Submit::decode(&pdu).unwrap();
/// assert_eq!(s.mr, 42);
/// assert!(s.srr);
/// assert_eq!(s.vp, ValidityPeriod::Relative(0xA7));
/// assert_eq!(s.text().collect::<String>(), "Hi");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Submit<'a> {
    /// TP-RP, reply path requested (bit 7).
    pub reply_path: bool,
    /// TP-SRR, status report requested (bit 5).
    pub srr: bool,
    /// TP-RD, reject duplicates (bit 2).
    pub rd: bool,
    /// TP-MR, message reference.
    pub mr: u8,
    /// TP-DA, destination address.
    pub da: Address,
    /// TP-PID.
    pub pid: Pid,
    /// TP-DCS.
    pub dcs: Dcs,
    /// TP-VP, whose format gives TP-VPF (bits 4..3).
    pub vp: ValidityPeriod,
    /// TP-UDHI, TP-UDL, TP-UD.
    pub ud: UserData<'a>,
}

impl<'a> Submit<'a> {
    /// Decodes an SMS-SUBMIT (TP-MTI 01).
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        if first & 3 != 1 {
            return Err(DecodeError::WrongType {
                expected: TpduType::Submit,
                found: TpduType::from_mti(first & 3, crate::Direction::MsToSc),
            });
        }
        let mr = r.u8("TP-MR")?;
        let da = Address::decode(&mut r, "TP-DA")?;
        let pid = Pid(r.u8("TP-PID")?);
        let dcs = Dcs(r.u8("TP-DCS")?);
        // The usual formats here (the value stays in registers), the others by the VP decoder.
        let vp = match (first >> 3) & 3 {
            0b00 => ValidityPeriod::None,
            0b10 => ValidityPeriod::Relative(r.u8("TP-VP")?),
            vpf => ValidityPeriod::decode(&mut r, vpf)?,
        };
        let ud = user_data::decode(&mut r, dcs, first & 0x40 != 0, MAX_UD_OCTETS)?;
        finish(&r, TpduType::Submit)?;
        Ok(Submit {
            reply_path: first & 0x80 != 0,
            srr: first & 0x20 != 0,
            rd: first & 0x04 != 0,
            mr,
            da,
            pid,
            dcs,
            vp,
            ud,
        })
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.reply_path) << 7
            | u8::from(self.ud.udhi) << 6
            | u8::from(self.srr) << 5
            | self.vp.vpf() << 3
            | u8::from(self.rd) << 2
            | 0x01
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        2 + self.da.encoded_len() + 2 + self.vp.encoded_len() + 1 + self.ud.data.len()
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        self.ud.validate(self.dcs, MAX_UD_OCTETS)?;
        out.put(self.first_octet());
        out.put(self.mr);
        self.da.encode(out);
        out.put(self.pid.0);
        out.put(self.dcs.0);
        self.vp.encode(out);
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
