//! SMS-DELIVER-REPORT (TS 23.040 §9.2.2.1a): MS to SC, inside RP-ACK or RP-ERROR.

use crate::pi::OptionalParams;
use crate::user_data::Text;
use crate::{finish, DecodeError, EncodeError, Fcs, ReportContext, TpduType};
use smsip_core::{Reader, Sink};

/// SMS-DELIVER-REPORT in its RP-ERROR form (`fcs` is `Some`) or RP-ACK form (`fcs` is `None`).
///
/// The two forms differ only by TP-FCS after the first octet, and TP-MTI does not say which one
/// it is: the RP message that carries the TPDU does ([`ReportContext`]).
///
/// ```
/// use smsip_tpdu::{DeliverReport, Fcs, ReportContext};
/// let r = DeliverReport::decode(&[0x00, 0xD3, 0x00], ReportContext::Error).unwrap();
/// assert_eq!(r.fcs, Some(Fcs::MEMORY_CAPACITY_EXCEEDED));
/// let a = DeliverReport::decode(&[0x00, 0x00], ReportContext::Ack).unwrap();
/// assert_eq!(a.fcs, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct DeliverReport<'a> {
    /// Bits 7 and 5..2 as received (unused).
    pub spare: u8,
    /// TP-FCS: present in the RP-ERROR form only.
    pub fcs: Option<Fcs>,
    /// TP-PI and the parameters it announces.
    pub params: OptionalParams<'a>,
}

const SPARE: u8 = 0b1011_1100;

/// Decodes a report TPDU in the form `ctx` names; with [`ReportContext::Unknown`], a second
/// octet with bit 7 set is read as TP-FCS (every assigned cause is 0x80 or above), otherwise the
/// RP-ACK form is tried first and the RP-ERROR form second.
pub(crate) fn decode_form<T>(
    bytes: &[u8],
    ctx: ReportContext,
    f: impl Fn(bool) -> Result<T, DecodeError>,
) -> Result<T, DecodeError> {
    match ctx {
        ReportContext::Ack => f(false),
        ReportContext::Error => f(true),
        ReportContext::Unknown => {
            if bytes.get(1).is_some_and(|&b| b & 0x80 != 0) {
                f(true)
            } else {
                f(false).or_else(|e| f(true).map_err(|_| e))
            }
        }
    }
}

impl<'a> DeliverReport<'a> {
    /// Decodes an SMS-DELIVER-REPORT (TP-MTI 00) in the form `ctx` names.
    pub fn decode(bytes: &'a [u8], ctx: ReportContext) -> Result<Self, DecodeError> {
        decode_form(bytes, ctx, |error| Self::decode_as(bytes, error))
    }

    fn decode_as(bytes: &'a [u8], error_form: bool) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        if first & 3 != 0 {
            return Err(DecodeError::WrongType {
                expected: TpduType::DeliverReport,
                found: TpduType::from_mti(first & 3, crate::Direction::MsToSc),
            });
        }
        let fcs = if error_form {
            Some(Fcs(r.u8("TP-FCS")?))
        } else {
            None
        };
        let params = OptionalParams::decode(&mut r, first & 0x40 != 0, usize::MAX)?;
        finish(&r, TpduType::DeliverReport)?;
        Ok(DeliverReport {
            spare: first & SPARE,
            fcs,
            params,
        })
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.params.udhi()) << 6 | (self.spare & SPARE)
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        1 + usize::from(self.fcs.is_some()) + self.params.encoded_len()
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
        self.params.encode(out);
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
