//! The `rp` layer: RPDUs of the SMS relay layer, 3GPP TS 24.011 §7.3 and §8.2 (the body of an
//! SMS-over-IP SIP MESSAGE, or CP-User-Data), decoded with `smsip-rp`.
//!
//! RP-MTI gives the direction and, for RP-ACK and RP-ERROR, the report form of the TPDU in
//! RP-User-Data, which the `tpdu` layer decodes in that context and this layer nests under
//! `rp_user_data`. Field names follow the specification in snake case; the JSON schema is
//! documented in the crate README.

use super::{tpdu, Direction, Enclosing, Failure, Options, Report};
use crate::tree::{Node, Value};
use smsip_rp::{
    DecodeError, Diagnostic, Direction as RpDirection, RpAddress, RpCause, RpMessage, UnknownIes,
};
use smsip_tpdu::TpduType;

/// Decodes one RPDU and the TPDU in its RP-User-Data. The options are not used: RP-MTI gives
/// the direction and report form of the TPDU.
pub fn decode(bytes: &[u8], _opts: &Options) -> Result<Node, Failure> {
    let m = RpMessage::decode(bytes).map_err(|e| failure(bytes, &e))?;
    tree(bytes, &m)
}

/// The spec name of an RP message type.
fn type_name(m: &RpMessage<'_>) -> &'static str {
    match m {
        RpMessage::Data(_) => "RP-DATA",
        RpMessage::Ack(_) => "RP-ACK",
        RpMessage::Error(_) => "RP-ERROR",
        RpMessage::Smma(_) => "RP-SMMA",
    }
}

/// The type RP-MTI names (`None` for the reserved value 7).
fn type_of_mti(mti: u8) -> Option<&'static str> {
    match mti {
        0 | 1 => Some("RP-DATA"),
        2 | 3 => Some("RP-ACK"),
        4 | 5 => Some("RP-ERROR"),
        6 => Some("RP-SMMA"),
        _ => None,
    }
}

/// JSON spelling and words of a direction.
fn direction_names(d: RpDirection) -> (&'static str, &'static str) {
    match d {
        RpDirection::MsToNetwork => ("ms2n", "MS to network"),
        RpDirection::NetworkToMs => ("n2ms", "network to MS"),
    }
}

fn failure(bytes: &[u8], e: &DecodeError) -> Failure {
    let mut details = Vec::new();
    if let Some(&first) = bytes.first() {
        let mti = first & 0x07;
        if let Some(t) = type_of_mti(mti) {
            let dir = if mti & 1 == 0 {
                RpDirection::MsToNetwork
            } else {
                RpDirection::NetworkToMs
            };
            details.push(Node::new("type", Value::word(t)));
            details.push(Node::new("direction", Value::word(direction_names(dir).0)));
        }
    }
    let missing = match e {
        DecodeError::Truncated(r) => r.needed,
        DecodeError::Missing { .. } => 1,
        _ => 0,
    };
    Failure::new("rp", e.to_string(), e.offset(), e.field())
        .with_details(details)
        .with_missing(missing)
}

/// The tree of a decoded RPDU, the TPDU in RP-User-Data included.
fn tree(bytes: &[u8], m: &RpMessage<'_>) -> Result<Node, Failure> {
    let ty = type_name(m);
    let dir = m.direction();
    let (dir_name, dir_words) = direction_names(dir);
    let first = bytes.first().copied().unwrap_or(0);
    let mti = first & 0x07;
    let mut root = Node::group(
        "rp",
        vec![
            Node::new("layer", Value::word("rp")).json_only(),
            Node::new("type", Value::word(ty)).json_only(),
            Node::new("direction", Value::word(dir_name)).json_only(),
            Node::new("rp_mti", Value::UInt(u64::from(mti))).note(format!("{ty}, {dir_words}")),
        ],
    )
    .label(ty)
    .note(dir_name);
    if first & 0xF8 != 0 {
        root = root.child(
            Node::new("spare_bits", Value::Code(first & 0xF8))
                .note("bits 8-4 of the RP-MTI octet set: spare, not interpreted (kept)"),
        );
    }
    root = root.child(Node::new("rp_mr", Value::UInt(u64::from(m.reference()))));
    let outer = |offset: usize| Enclosing {
        layer: "rp",
        kind: ty,
        direction: Some(dir_name),
        offset,
    };
    // RP-User-Data is the last element but for unknown IEs: its offset follows from the end.
    let ud_offset =
        |ud: &[u8], after: &UnknownIes<'_>| bytes.len() - after.as_bytes().len() - ud.len();
    let fields: Vec<Node> = match m {
        RpMessage::Data(d) => {
            let ms2n = dir == RpDirection::MsToNetwork;
            let ud = d.user_data.as_bytes();
            vec![
                address("rp_oa", d.originator.as_ref(), !ms2n),
                address("rp_da", d.destination.as_ref(), ms2n),
                user_data(ud, ud_offset(ud, &UnknownIes::EMPTY), dir, None, outer)?,
            ]
        }
        RpMessage::Ack(a) => {
            let mut v = Vec::new();
            if let Some(ud) = a.user_data {
                let at = ud_offset(ud.as_bytes(), &a.unknown_ies);
                v.push(user_data(ud.as_bytes(), at, dir, Some(Report::Ack), outer)?);
            }
            v.extend(unknown_ies(&a.unknown_ies));
            v
        }
        RpMessage::Error(e) => {
            let mut v = vec![cause(e.cause, &e.diagnostic)];
            if let Some(ud) = e.user_data {
                let at = ud_offset(ud.as_bytes(), &e.unknown_ies);
                v.push(user_data(
                    ud.as_bytes(),
                    at,
                    dir,
                    Some(Report::Error),
                    outer,
                )?);
            }
            v.extend(unknown_ies(&e.unknown_ies));
            v
        }
        RpMessage::Smma(_) => Vec::new(),
    };
    Ok(root.with_children(fields))
}

// ---- addresses ----------------------------------------------------------------------------

/// TON, TS 24.008 Table 10.5.118, in a few words.
fn ton_text(ton: u8) -> &'static str {
    match ton {
        0 => "unknown",
        1 => "international",
        2 => "national",
        3 => "network specific",
        4 => "dedicated access, short code",
        7 => "reserved for extension",
        _ => "reserved TON",
    }
}

/// NPI, TS 24.008 Table 10.5.118, in a few words.
fn npi_text(npi: u8) -> String {
    match npi {
        0 => "unknown plan".into(),
        1 => "ISDN/E.164".into(),
        3 => "data/X.121".into(),
        4 => "telex".into(),
        8 => "national plan".into(),
        9 => "private plan".into(),
        11 => "reserved for CTS".into(),
        15 => "reserved for extension".into(),
        v => format!("reserved NPI {v}"),
    }
}

/// RP-Originator or RP-Destination Address: text `+447700900000 (international, ISDN/E.164)`,
/// JSON `{ton, ton_name?, npi, npi_name?, digits}`, or `null` (text `none`) when empty.
/// `expected`: whether RP-DATA in this direction carries the address (the service centre's).
fn address(name: &'static str, a: Option<&RpAddress>, expected: bool) -> Node {
    let Some(a) = a else {
        let note = if expected {
            "empty; the service centre address is expected here"
        } else {
            "empty"
        };
        return Node::new(name, Value::Null).note(note);
    };
    let (ton, npi) = (a.type_of_number(), a.numbering_plan());
    let digits: String = a.digits().collect();
    let shown = if digits.is_empty() {
        "(no digits)".to_string()
    } else {
        a.to_string()
    };
    let mut note = format!("{}, {}", ton_text(ton.0), npi_text(npi.0));
    if a.ton_npi() & 0x80 == 0 {
        note.push_str(", extension bit 0");
    }
    if !expected {
        note.push_str("; the specification has this address empty");
    }
    let mut n = Node::new(name, Value::Summary(shown))
        .note(note)
        .child(Node::new("ton", Value::UInt(u64::from(ton.0))).json_only());
    if let Some(d) = ton.description() {
        n = n.child(Node::new("ton_name", Value::word(d)).json_only());
    }
    n = n.child(Node::new("npi", Value::UInt(u64::from(npi.0))).json_only());
    if let Some(d) = npi.description() {
        n = n.child(Node::new("npi_name", Value::word(d)).json_only());
    }
    n.child(Node::new("digits", Value::string(digits)).json_only())
}

// ---- RP-Cause, unknown IEs --------------------------------------------------------------------

/// RP-Cause: text `22 (Memory capacity exceeded)`, JSON `{value, name?, text?, diagnostic}`.
fn cause(c: RpCause, diagnostic: &Diagnostic<'_>) -> Node {
    let mut note = c.description().unwrap_or("reserved").to_string();
    if c.0 & 0x80 != 0 {
        note.push_str(", extension bit set");
    }
    let mut n = Node::new("rp_cause", Value::Summary(c.0.to_string()))
        .label("RP-Cause")
        .note(note)
        .child(Node::new("value", Value::UInt(u64::from(c.0))).json_only());
    if let Some(name) = c.name() {
        n = n.child(Node::new("name", Value::string(name.to_ascii_lowercase())).json_only());
    }
    if let Some(text) = c.description() {
        n = n.child(Node::new("text", Value::word(text)).json_only());
    }
    let diag = Node::new("diagnostic", Value::Hex(diagnostic.as_bytes().to_vec()));
    n.child(if diagnostic.is_empty() {
        diag.json_only()
    } else {
        diag.note("not interpreted by the relay layer")
    })
}

/// `unknown_ies`, present only when there are some: `[{iei, data}]`.
fn unknown_ies(ies: &UnknownIes<'_>) -> Option<Node> {
    if ies.is_empty() {
        return None;
    }
    let items: Vec<Node> = ies
        .iter()
        .map(|ie| {
            let note = if ie.iei & 0x80 != 0 {
                "one-octet element"
            } else {
                "not known: skipped"
            };
            Node::new("ie", Value::Summary(smsip_core::hex::encode(ie.value)))
                .label(format!("IE 0x{:02x}", ie.iei))
                .note(note)
                .child(Node::new("iei", Value::UInt(u64::from(ie.iei))).json_only())
                .child(Node::new("data", Value::Hex(ie.value.to_vec())).json_only())
        })
        .collect();
    let count = items.len();
    Some(
        Node::list("unknown_ies", items)
            .label("unknown IEs")
            .note(format!(
                "{count} optional element{} this decoder does not know",
                if count == 1 { "" } else { "s" }
            )),
    )
}

// ---- RP-User-Data ---------------------------------------------------------------------------

/// RP-User-Data at `at`: the TPDU decoded by the `tpdu` layer in the direction RP-MTI gives
/// (MS → network carries MS → SC TPDUs) and the report form of RP-ACK / RP-ERROR. Text: a
/// heading with the TPDU's tree below it; JSON: the TPDU's object.
fn user_data(
    ud: &[u8],
    at: usize,
    dir: RpDirection,
    report: Option<Report>,
    outer: impl Fn(usize) -> Enclosing,
) -> Result<Node, Failure> {
    let node = Node::new("rp_user_data", Value::Null).label("RP-User-Data");
    let Some(&first) = ud.first() else {
        return Ok(node.note("empty: no TPDU"));
    };
    let tdir = match dir.tpdu_direction() {
        smsip_tpdu::Direction::MsToSc => Direction::MsToSc,
        smsip_tpdu::Direction::ScToMs => Direction::ScToMs,
    };
    let opts = Options {
        direction: Some(tdir),
        report: report.unwrap_or(Report::Unknown),
        map: None,
    };
    let tpdu =
        tpdu::decode(ud, &opts).map_err(|f| f.enclosed_in(outer(at), "TPDU in RP-User-Data"))?;
    let ty = TpduType::from_mti(first, dir.tpdu_direction());
    let expected: &[TpduType] = match (report, dir) {
        (None, RpDirection::MsToNetwork) => &[TpduType::Submit, TpduType::Command],
        (None, RpDirection::NetworkToMs) => &[TpduType::Deliver, TpduType::StatusReport],
        (Some(_), RpDirection::MsToNetwork) => &[TpduType::DeliverReport],
        (Some(_), RpDirection::NetworkToMs) => &[TpduType::SubmitReport],
    };
    let mut note = format!("TPDU at offset {at}");
    if !expected.contains(&ty) {
        let names: Vec<&str> = expected.iter().map(|t| t.name()).collect();
        note.push_str(&format!(
            "; unexpected here, the specification has {}",
            names.join(" or ")
        ));
    }
    Ok(Node {
        value: Value::Summary(format!("{} octets", ud.len())),
        ..node
    }
    .note(note)
    .child(tpdu.inline()))
}
