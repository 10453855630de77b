//! TCAP messages (ITU-T Q.773) as tshark's `tcap` dissector shows them, with the component
//! portion as the `gsm_map` dissector shows it (tshark hands the components of a dialogue whose
//! application context is a MAP one to MAP). Each Invoke's argument goes on to [`super::map`].
//!
//! Values come from smsip-tcap's decode; positions from smsip-ber's walk of the same bytes.

use smsip_ber::{BerReader, Element, Tag};
use smsip_tcap::{Code, Component, DialoguePortion, TcapMessage};

use crate::expect::Expected;

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "tcap";

/// Every tshark field name this module maps.
pub const FIELDS: &[&str] = &[
    "tcap.tid",
    "tcap.otid",
    "tcap.dtid",
    "tcap.oid",
    "tcap.application_context_name",
    "tcap.components",
    "gsm_map.old.Component",
    "gsm_old.invokeID",
    "gsm_old.opCode",
    "gsm_old.errorCode",
    "gsm_old.localValue",
];

const OTID: Tag = Tag::application(8);
const DTID: Tag = Tag::application(9);
const DIALOGUE: Tag = Tag::application(11);
const COMPONENTS: Tag = Tag::application(12);

fn children(e: Element<'_>) -> impl Iterator<Item = Element<'_>> {
    e.children()
        .into_iter()
        .flat_map(|r: BerReader<'_>| r.flatten())
}

fn child(e: Element<'_>, tag: Tag) -> Option<Element<'_>> {
    children(e).find(|c| c.tag() == tag)
}

/// The fields smsip expects for the TCAP message `b` (the whole packet).
pub fn expect(b: &[u8], out: &mut Expected) -> Result<(), String> {
    let m = smsip_tcap::decode(b).map_err(|e| format!("smsip-tcap: {e}"))?;
    let top = Element::from_ber(b).map_err(|e| format!("smsip-ber: {e}"))?;
    let (otid, dtid) = match &m {
        TcapMessage::Begin(x) => (Some(x.otid), None),
        TcapMessage::Continue(x) => (Some(x.otid), Some(x.dtid)),
        TcapMessage::End(x) => (None, Some(x.dtid)),
        TcapMessage::Abort(x) => (None, Some(x.dtid)),
        TcapMessage::Unidirectional(_) => (None, None),
    };
    if let (Some(t), Some(e)) = (otid, child(top, OTID)) {
        out.bytes("tcap.tid", e.content_offset(), t.as_bytes());
        out.bytes("tcap.otid", e.content_offset(), t.as_bytes());
    }
    if let (Some(t), Some(e)) = (dtid, child(top, DTID)) {
        out.bytes("tcap.tid", e.content_offset(), t.as_bytes());
        out.bytes("tcap.dtid", e.content_offset(), t.as_bytes());
    }
    let mut version = 3u8;
    let mut map_dialogue = false;
    if let (Some(d), Some(e)) = (m.dialogue_portion(), child(top, DIALOGUE)) {
        // dialoguePortion [APPLICATION 11] { EXTERNAL { direct-reference OID, [0] { AARQ/AARE/
        // ABRT { ..., application-context-name [1] { OID } } } } }
        if let Some(ext) = child(e, Tag::EXTERNAL) {
            if let (Some(asid), Some(oe)) =
                (d.abstract_syntax(), child(ext, Tag::OBJECT_IDENTIFIER))
            {
                out.s("tcap.oid", oe.content_offset(), asid.to_string());
            }
            let apdu = child(ext, Tag::context(0)).and_then(|s| children(s).next());
            let acn_el = apdu
                .and_then(|a| child(a, Tag::context(1)))
                .and_then(|c| children(c).next());
            if let (Some(acn), Some(oe)) = (d.application_context_name(), acn_el) {
                out.s(
                    "tcap.application_context_name",
                    oe.content_offset(),
                    acn.to_string(),
                );
                if let Some((_, v)) = smsip_map::contexts::lookup(&acn) {
                    version = v;
                    map_dialogue = true;
                }
            }
        }
        if !matches!(
            d,
            DialoguePortion::Request(_) | DialoguePortion::Response(_)
        ) {
            return Err("only AARQ/AARE dialogue portions are in the corpus".into());
        }
    }
    let Some(portion) = child(top, COMPONENTS) else {
        return Ok(());
    };
    let elements: Vec<Element<'_>> = children(portion).collect();
    // tshark shows the count at the first component, and hands the components to MAP only in
    // a dialogue with a MAP application context.
    out.u(
        "tcap.components",
        portion.content_offset(),
        elements.len() as u64,
    );
    if !map_dialogue {
        return Ok(());
    }
    for (c, e) in m.components().zip(elements) {
        let c = c.map_err(|e| format!("smsip-tcap component: {e}"))?;
        let kind: u64 = match c {
            Component::Invoke(_) => 1,
            Component::ReturnResultLast(_) => 2,
            Component::ReturnError(_) => 3,
            Component::Reject(_) => 4,
            Component::ReturnResultNotLast(_) => 7,
        };
        out.u("gsm_map.old.Component", e.content_offset(), kind);
        let parts: Vec<Element<'_>> = children(e).collect();
        if let (Some(id), Some(pe)) = (c.invoke_id(), parts.first()) {
            out.u("gsm_old.invokeID", pe.content_offset(), id as u64);
        }
        match c {
            Component::Invoke(i) => {
                let op_el = parts
                    .iter()
                    .find(|p| p.offset() > parts[0].offset() && p.tag() != Tag::context(0));
                code(out, "gsm_old.opCode", &i.opcode, op_el.copied());
                if let (Some(op), Some(p)) = (i.opcode.local(), i.parameter) {
                    let op = u8::try_from(op).map_err(|_| "opcode above 255".to_string())?;
                    super::map::argument(b, op, version, p.raw(), out)?;
                }
            }
            Component::ReturnError(r) => {
                code(
                    out,
                    "gsm_old.errorCode",
                    &r.error_code,
                    parts.get(1).copied(),
                );
                if r.parameter.is_some() {
                    return Err("error parameters are not mapped".into());
                }
            }
            Component::ReturnResultLast(r) | Component::ReturnResultNotLast(r) => {
                if r.result.is_some() {
                    return Err("results are not mapped".into());
                }
            }
            Component::Reject(_) => return Err("rejects are not mapped".into()),
        }
    }
    Ok(())
}

fn code(out: &mut Expected, name: &'static str, c: &Code<'_>, e: Option<Element<'_>>) {
    let Some(e) = e else { return };
    match c {
        Code::Local(v) => {
            out.u(name, e.offset(), 0u8);
            out.u("gsm_old.localValue", e.content_offset(), *v as u64);
        }
        Code::Global(_) => out.u(name, e.offset(), 1u8),
    }
}
