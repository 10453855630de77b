//! The `cp` layer: CP messages of the SMS connection sublayer, 3GPP TS 24.011 §7.2 and §8.1
//! (the radio path between MS and MSC/SGSN/MME), decoded with `smsip-rp`. The RPDU in the
//! CP-User-Data of CP-DATA is decoded by the `rp` layer and nested under `cp_user_data`.

use super::{rp, Enclosing, Failure, Options};
use crate::tree::{Node, Value};
use smsip_rp::cp::{CpCause, CpMessage, CpMessageType};
use smsip_rp::DecodeError;

/// Offset of CP-User-Data's value in CP-DATA: header octet, message type, length.
const USER_DATA_OFFSET: usize = 3;

/// Decodes one CP message and, for CP-DATA, the RPDU (and TPDU) inside.
pub fn decode(bytes: &[u8], opts: &Options) -> Result<Node, Failure> {
    let m = CpMessage::decode(bytes).map_err(|e| failure(bytes, &e))?;
    let ty = m.message_type().description().unwrap_or("CP message");
    let header = bytes.first().copied().unwrap_or(0);
    let ti = m.ti();
    let flag_note = if ti.flag() {
        "sent to the side that allocated the TI"
    } else {
        "sent by the side that allocated the TI"
    };
    let root = Node::group(
        "cp",
        vec![
            Node::new("layer", Value::word("cp")).json_only(),
            Node::new("type", Value::word(ty)).json_only(),
            Node::new("first_octet", Value::Code(header))
                .inline()
                .child(
                    Node::new("ti_flag", Value::Flag(ti.flag()))
                        .label("TI flag")
                        .note(flag_note),
                )
                .child(Node::new("ti_value", Value::UInt(u64::from(ti.value()))).label("TI value"))
                .child(
                    Node::new(
                        "protocol_discriminator",
                        Value::UInt(u64::from(header & 0x0F)),
                    )
                    .note("SMS messages"),
                ),
            Node::new("cp_message_type", Value::Code(m.message_type().0))
                .label("CP message type")
                .note(ty),
        ],
    )
    .label(ty);
    let field = match m {
        CpMessage::Data(d) => {
            let rpdu = d.user_data.as_bytes();
            let outer = Enclosing {
                layer: "cp",
                kind: ty,
                direction: None,
                offset: USER_DATA_OFFSET,
            };
            let rp =
                rp::decode(rpdu, opts).map_err(|f| f.enclosed_in(outer, "RPDU in CP-User-Data"))?;
            Some(
                Node::new(
                    "cp_user_data",
                    Value::Summary(format!("{} octets", rpdu.len())),
                )
                .label("CP-User-Data")
                .note(format!("RPDU at offset {USER_DATA_OFFSET}"))
                .child(rp.inline()),
            )
        }
        CpMessage::Ack(_) => None,
        CpMessage::Error(e) => Some(cause(e.cause)),
    };
    Ok(root.with_children(field))
}

fn failure(bytes: &[u8], e: &DecodeError) -> Failure {
    let mut details = Vec::new();
    if let Some(t) = bytes.get(1).and_then(|&mt| CpMessageType(mt).description()) {
        details.push(Node::new("type", Value::word(t)));
    }
    let missing = match e {
        DecodeError::Truncated(r) => r.needed,
        DecodeError::Missing { .. } => 1,
        _ => 0,
    };
    Failure::new("cp", e.to_string(), e.offset(), e.field())
        .with_details(details)
        .with_missing(missing)
}

/// CP-Cause: text `17 (Network failure)`, JSON `{value, name?, text?}`.
fn cause(c: CpCause) -> Node {
    let mut n = Node::new("cp_cause", Value::Summary(c.0.to_string()))
        .label("CP-Cause")
        .note(c.description().unwrap_or("reserved"))
        .child(Node::new("value", Value::UInt(u64::from(c.0))).json_only());
    if let Some(name) = c.name() {
        n = n.child(Node::new("name", Value::string(name.to_ascii_lowercase())).json_only());
    }
    if let Some(text) = c.description() {
        n = n.child(Node::new("text", Value::word(text)).json_only());
    }
    n
}
