//! CP messages (TS 24.011 §7.2, §8.1) as tshark's `gsm_a.dtap` dissector shows them (protocol
//! discriminator 9); the RPDU in CP-User-Data is handed to [`super::rp`].

use smsip_rp::cp::{CpMessage, PROTOCOL_DISCRIMINATOR_SMS};

use crate::expect::Expected;

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "gsm_a.dtap";

/// Every tshark field name this module maps.
pub const FIELDS: &[&str] = &[
    "gsm_a.dtap.protocol_discriminator",
    "gsm_a.L3_protocol_discriminator",
    "gsm_a.dtap.ti_flag",
    "gsm_a.dtap.tio",
    "gsm_a.dtap.msg_sms_type",
    "gsm_a.dtap.rpdu",
    "gsm_a.dtap.cp_cause",
    "gsm_a.len",
];

/// The fields smsip expects for the CP message `b` (the whole packet).
pub fn expect(b: &[u8], out: &mut Expected) -> Result<(), String> {
    let m = CpMessage::decode(b).map_err(|e| format!("smsip-rp (CP): {e}"))?;
    let ti = m.ti();
    out.u(
        "gsm_a.dtap.protocol_discriminator",
        0,
        PROTOCOL_DISCRIMINATOR_SMS,
    );
    out.u(
        "gsm_a.L3_protocol_discriminator",
        0,
        PROTOCOL_DISCRIMINATOR_SMS,
    );
    out.b("gsm_a.dtap.ti_flag", 0, ti.flag());
    out.u("gsm_a.dtap.tio", 0, ti.value());
    out.u("gsm_a.dtap.msg_sms_type", 1, m.message_type().0);
    match m {
        CpMessage::Data(d) => {
            let rpdu = d.user_data.as_bytes();
            out.u("gsm_a.len", 2, rpdu.len() as u64);
            out.bytes("gsm_a.dtap.rpdu", 3, rpdu);
            // CpData::rp is the decoder under test; the RP fields come from the RP layer.
            d.rp()
                .map_err(|e| format!("smsip-rp (CP-DATA RPDU): {e}"))?;
            super::rp::expect(rpdu, 3, out)?;
        }
        CpMessage::Ack(_) => {}
        CpMessage::Error(e) => out.u("gsm_a.dtap.cp_cause", 2, e.cause.0),
    }
    Ok(())
}
