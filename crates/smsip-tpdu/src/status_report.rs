//! SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): SC to MS.

use crate::pi::OptionalParams;
use crate::user_data::Text;
use crate::{finish, Address, DecodeError, EncodeError, Status, Timestamp, TpduType};
use smsip_core::{Reader, Sink};

/// Largest TP-UD of an SMS-STATUS-REPORT (TS 23.040 §9.2.2.3).
pub const MAX_STATUS_REPORT_UD: usize = 143;

/// SMS-STATUS-REPORT.
///
/// ```
/// use smsip_tpdu::{StatusReport, Status};
/// let pdu = smsip_core::hex::decode("062A0C91447700091032423051410300404230514103504000").unwrap();
/// let s = StatusReport::decode(&pdu).unwrap();
/// assert_eq!((s.mr, s.st), (42, Status::RECEIVED));
/// assert_eq!(s.dt.rfc3339().to_string(), "2024-03-15T14:30:05+01:00");
/// assert!(s.params.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct StatusReport<'a> {
    /// TP-SRQ (bit 5): the report is about an SMS-COMMAND (else an SMS-SUBMIT).
    pub srq: bool,
    /// TP-LP, loop prevention (bit 3).
    pub lp: bool,
    /// TP-MMS as sent (bit 2): **true means no more messages** are waiting.
    pub mms: bool,
    /// Bits 7 and 4 as received (unused).
    pub spare: u8,
    /// TP-MR of the SMS-SUBMIT or SMS-COMMAND the report is about.
    pub mr: u8,
    /// TP-RA, recipient address.
    pub ra: Address,
    /// TP-SCTS of the original message.
    pub scts: Timestamp,
    /// TP-DT, discharge time.
    pub dt: Timestamp,
    /// TP-ST.
    pub st: Status,
    /// TP-PI and what follows; `None` when the TPDU ends after TP-ST.
    pub params: Option<OptionalParams<'a>>,
}

const SPARE: u8 = 0b1001_0000;

impl<'a> StatusReport<'a> {
    /// Decodes an SMS-STATUS-REPORT (TP-MTI 10).
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        if first & 3 != 2 {
            return Err(DecodeError::WrongType {
                expected: TpduType::StatusReport,
                found: TpduType::from_mti(first & 3, crate::Direction::ScToMs),
            });
        }
        let mr = r.u8("TP-MR")?;
        let ra = Address::decode(&mut r, "TP-RA")?;
        let scts = Timestamp::decode(&mut r, "TP-SCTS")?;
        let dt = Timestamp::decode(&mut r, "TP-DT")?;
        let st = Status(r.u8("TP-ST")?);
        // TP-PI is optional: the TPDU may end after TP-ST (TS 23.040 §9.2.2.3).
        let params = if r.is_empty() {
            if first & 0x40 != 0 {
                // TP-UDHI describes TP-UD, which needs TP-PI: the bit could not be re-encoded.
                return Err(DecodeError::invalid(
                    "first octet",
                    0,
                    "TP-UDHI is set but the TPDU ends after TP-ST",
                ));
            }
            None
        } else {
            Some(OptionalParams::decode(
                &mut r,
                first & 0x40 != 0,
                MAX_STATUS_REPORT_UD,
            )?)
        };
        finish(&r, TpduType::StatusReport)?;
        Ok(StatusReport {
            srq: first & 0x20 != 0,
            lp: first & 0x08 != 0,
            mms: first & 0x04 != 0,
            spare: first & SPARE,
            mr,
            ra,
            scts,
            dt,
            st,
            params,
        })
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.params.as_ref().is_some_and(|p| p.udhi())) << 6
            | u8::from(self.srq) << 5
            | u8::from(self.lp) << 3
            | u8::from(self.mms) << 2
            | (self.spare & SPARE)
            | 0b10
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        2 + self.ra.encoded_len() + 14 + 1 + self.params.as_ref().map_or(0, |p| p.encoded_len())
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        if self.spare & !SPARE != 0 {
            return Err(EncodeError::invalid(
                "first octet",
                "spare bits outside the unused bits",
            ));
        }
        if let Some(p) = &self.params {
            p.validate(MAX_STATUS_REPORT_UD)?;
        }
        out.put(self.first_octet());
        out.put(self.mr);
        self.ra.encode(out);
        self.scts.encode(out);
        self.dt.encode(out);
        out.put(self.st.0);
        if let Some(p) = &self.params {
            p.encode(out);
        }
        Ok(())
    }

    /// The text of TP-UD, if any.
    pub fn text(&self) -> Text<'a> {
        let p = self.params.unwrap_or_default();
        p.ud.unwrap_or_default().text(p.effective_dcs())
    }
}
