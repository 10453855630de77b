//! SMS-SUBMIT-REPORT (TS 23.040 §9.2.2.2a): SC to MS, inside RP-ACK or RP-ERROR.

use crate::deliver_report::decode_form;
use crate::pi::OptionalParams;
use crate::user_data::Text;
use crate::{finish, DecodeError, EncodeError, Fcs, ReportContext, Timestamp, TpduType};
use smsip_core::{Reader, Sink};

/// SMS-SUBMIT-REPORT in its RP-ERROR form (`fcs` is `Some`) or RP-ACK form (`fcs` is `None`).
///
/// ```
/// use smsip_tpdu::{SubmitReport, ReportContext};
/// let pdu = [0x01, 0x00, 0x42, 0x30, 0x51, 0x41, 0x03, 0x10, 0x40];
/// let r = SubmitReport::decode(&pdu, ReportContext::Ack).unwrap();
/// assert_eq!(r.scts.rfc3339().to_string(), "2024-03-15T14:30:01+01:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct SubmitReport<'a> {
    /// Bits 7 and 5..2 as received (unused).
    pub spare: u8,
    /// TP-FCS: present in the RP-ERROR form only.
    pub fcs: Option<Fcs>,
    /// TP-PI and the parameters it announces (TP-SCTS sits between them on the wire).
    pub params: OptionalParams<'a>,
    /// TP-SCTS: when the SC received the SMS-SUBMIT.
    pub scts: Timestamp,
}

const SPARE: u8 = 0b1011_1100;

impl<'a> SubmitReport<'a> {
    /// Decodes an SMS-SUBMIT-REPORT (TP-MTI 01) in the form `ctx` names.
    pub fn decode(bytes: &'a [u8], ctx: ReportContext) -> Result<Self, DecodeError> {
        decode_form(bytes, ctx, |error| Self::decode_as(bytes, error))
    }

    fn decode_as(bytes: &'a [u8], error_form: bool) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        if first & 3 != 1 {
            return Err(DecodeError::WrongType {
                expected: TpduType::SubmitReport,
                found: TpduType::from_mti(first & 3, crate::Direction::ScToMs),
            });
        }
        let fcs = if error_form {
            Some(Fcs(r.u8("TP-FCS")?))
        } else {
            None
        };
        // TP-SCTS comes between TP-PI and the parameters TP-PI announces, so read TP-PI from a
        // copy of the reader, skip past TP-SCTS, and decode the parameters after it.
        let pi_bytes = crate::pi::take_pi(&mut r)?;
        let scts = Timestamp::decode(&mut r, "TP-SCTS")?;
        let params = OptionalParams::decode_after(pi_bytes, &mut r, first & 0x40 != 0, usize::MAX)?;
        finish(&r, TpduType::SubmitReport)?;
        Ok(SubmitReport {
            spare: first & SPARE,
            fcs,
            params,
            scts,
        })
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.params.udhi()) << 6 | (self.spare & SPARE) | 0x01
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        1 + usize::from(self.fcs.is_some()) + 7 + self.params.encoded_len()
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        if self.spare & !SPARE != 0 {
            return Err(EncodeError::invalid(
                "first octet",
                "spare bits outside the unused bits",
            ));
        }
        self.params.validate(usize::MAX)?;
        out.put(self.first_octet());
        if let Some(f) = self.fcs {
            out.put(f.0);
        }
        self.params.encode_split(out, |o| self.scts.encode(o));
        Ok(())
    }

    /// The text of TP-UD, if any.
    pub fn text(&self) -> Text<'a> {
        self.params
            .ud
            .unwrap_or_default()
            .text(self.params.effective_dcs())
    }
}
