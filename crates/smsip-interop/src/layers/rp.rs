//! RP messages (TS 24.011 §7.3, §8.2) as tshark's `gsm_a.rp` dissector shows them; the TPDU in
//! RP-User-Data is handed to [`super::tpdu`] with the direction and report form RP-MTI gives.

use smsip_rp::{RpAddress, RpMessage, UserData};
use smsip_tpdu::ReportContext;

use crate::expect::Expected;

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "gsm_a.rp";

/// Every tshark field name this module maps (`gsm_a.len` and the address fields are shared
/// with other `gsm_a` layers; positions tell them apart).
pub const FIELDS: &[&str] = &[
    "gsm_a.rp.msg_type",
    "gsm_a.rp.rp_message_reference",
    "gsm_a.rp.elem_id",
    "gsm_a.rp.tpdu",
    "gsm_a.rp.extension",
    "gsm_a.rp.cause",
    "gsm_a.rp.diagnostic_field",
    "gsm_a.len",
    "gsm_a.extension",
    "gsm_a.dtap.type_of_number",
    "gsm_a.dtap.numbering_plan_id",
    "gsm_a.dtap.cld_party_bcd_num",
];

/// The fields smsip expects for the RPDU `b` at `base` in the packet (and for its TPDU).
pub fn expect(b: &[u8], base: usize, out: &mut Expected) -> Result<(), String> {
    let m = RpMessage::decode(b).map_err(|e| format!("smsip-rp: {e}"))?;
    out.u("gsm_a.rp.msg_type", base, m.message_type().0);
    out.u("gsm_a.rp.rp_message_reference", base + 1, m.reference());
    let dir = m.direction().tpdu_direction();
    match m {
        RpMessage::Data(d) => {
            let mut p = base + 2;
            p = address(out, p, d.originator.as_ref());
            p = address(out, p, d.destination.as_ref());
            user_data(out, p, &d.user_data)?;
            super::tpdu::expect(d.tpdu_bytes(), p + 1, dir, ReportContext::Unknown, out)?;
        }
        RpMessage::Ack(a) => {
            if let Some(ud) = &a.user_data {
                out.u("gsm_a.rp.elem_id", base + 2, smsip_rp::IEI_RP_USER_DATA);
                user_data(out, base + 3, ud)?;
                super::tpdu::expect(ud.as_bytes(), base + 4, dir, ReportContext::Ack, out)?;
            }
        }
        RpMessage::Error(er) => {
            let diag = er.diagnostic.as_bytes();
            out.u("gsm_a.len", base + 2, 1 + diag.len() as u64);
            out.b("gsm_a.rp.extension", base + 3, er.cause.0 & 0x80 != 0);
            out.u("gsm_a.rp.cause", base + 3, er.cause.cause_value());
            if !diag.is_empty() {
                out.bytes("gsm_a.rp.diagnostic_field", base + 4, diag);
            }
            let p = base + 4 + diag.len();
            if let Some(ud) = &er.user_data {
                out.u("gsm_a.rp.elem_id", p, smsip_rp::IEI_RP_USER_DATA);
                user_data(out, p + 1, ud)?;
                super::tpdu::expect(ud.as_bytes(), p + 2, dir, ReportContext::Error, out)?;
            }
        }
        RpMessage::Smma(_) => {}
    }
    Ok(())
}

/// An address LV at `p`; returns the position after it.
fn address(out: &mut Expected, p: usize, a: Option<&RpAddress>) -> usize {
    let Some(a) = a else {
        out.u("gsm_a.len", p, 0u8);
        return p + 1;
    };
    out.u("gsm_a.len", p, a.contents_len() as u64);
    out.b("gsm_a.extension", p + 1, a.ton_npi() & 0x80 != 0);
    out.u("gsm_a.dtap.type_of_number", p + 1, a.type_of_number().0);
    out.u("gsm_a.dtap.numbering_plan_id", p + 1, a.numbering_plan().0);
    // tshark adds the number only when there are digits.
    if !a.bcd().is_empty() {
        out.s(
            "gsm_a.dtap.cld_party_bcd_num",
            p + 2,
            a.digits().collect::<String>(),
        );
    }
    p + 1 + a.contents_len()
}

/// RP-User-Data's length octet at `p` and the TPDU octets after it.
fn user_data(out: &mut Expected, p: usize, ud: &UserData<'_>) -> Result<(), String> {
    if ud.is_empty() {
        return Err("empty RP-User-Data: no TPDU to compare".into());
    }
    out.u("gsm_a.len", p, ud.len() as u64);
    out.bytes("gsm_a.rp.tpdu", p + 1, ud.as_bytes());
    Ok(())
}
