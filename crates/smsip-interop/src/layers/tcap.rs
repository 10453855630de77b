//! TCAP messages (ITU-T Q.773) as tshark's `tcap` dissector shows them, with the component
//! portion as the `gsm_map` dissector shows it (tshark hands the components of a dialogue whose
//! application context is a MAP one to MAP). Each Invoke's argument goes on to [`super::map`].
//!
//! Values come from smsip-tcap's decode; positions from smsip-ber's walk of the same bytes.

use smsip_ber::{BerReader, Element, Tag};
use smsip_map::dialogue_pdu::{MapDialoguePdu, MAP_DIALOGUE_AS};
use smsip_tcap::{
    AbortReason, Code, Component, DialoguePortion, ResultSourceDiagnostic, TcapMessage,
};

use crate::expect::{Expected, Val};

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
    "tcap.reason",
    "tcap.p_abortCause",
    "tcap.dialogueRequest_element",
    "tcap.dialogueResponse_element",
    "tcap.dialogueAbort_element",
    "tcap.result",
    "tcap.result_source_diagnostic",
    "tcap.dialogue_service_user",
    "tcap.dialogue_service_provider",
    "tcap.abort_source",
    "tcap.user_information",
    "tcap.user_information_item_element",
    "ber.direct_reference",
    "ber.encoding",
];

const OTID: Tag = Tag::application(8);
const DTID: Tag = Tag::application(9);
const DIALOGUE: Tag = Tag::application(11);
const COMPONENTS: Tag = Tag::application(12);
const P_ABORT_CAUSE: Tag = Tag::application(10);
const USER_INFORMATION: Tag = Tag::context(30);

/// The children of a constructed element (none for a primitive one).
pub(super) fn children(e: Element<'_>) -> impl Iterator<Item = Element<'_>> {
    e.children()
        .into_iter()
        .flat_map(|r: BerReader<'_>| r.flatten())
}

/// The first child of `e` with `tag`.
pub(super) fn child(e: Element<'_>, tag: Tag) -> Option<Element<'_>> {
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
    if let TcapMessage::Abort(a) = &m {
        // reason CHOICE { p-abortCause [APPLICATION 10], u-abortCause [APPLICATION 11]
        // DialoguePortion }: tshark shows the alternative's tag number at the element itself.
        match a.reason {
            Some(AbortReason::PAbort(cause)) => {
                let e = child(top, P_ABORT_CAUSE).ok_or("smsip-ber: no p-abortCause")?;
                out.u("tcap.reason", e.offset(), 10u8);
                out.u("tcap.p_abortCause", e.content_offset(), cause.0);
            }
            Some(AbortReason::User(_)) => {
                let e = child(top, DIALOGUE).ok_or("smsip-ber: no u-abortCause")?;
                out.u("tcap.reason", e.offset(), 11u8);
            }
            None => {}
        }
    }
    if let (Some(d), Some(e)) = (m.dialogue_portion(), child(top, DIALOGUE)) {
        // dialoguePortion [APPLICATION 11] { EXTERNAL { direct-reference OID, [0] { AARQ/AARE/
        // ABRT { ..., application-context-name [1] { OID }, ..., user-information [30] } } } }
        if let Some(ext) = child(e, Tag::EXTERNAL) {
            if let (Some(asid), Some(oe)) =
                (d.abstract_syntax(), child(ext, Tag::OBJECT_IDENTIFIER))
            {
                out.s("tcap.oid", oe.content_offset(), asid.to_string());
            }
            let apdu = child(ext, Tag::context(0))
                .and_then(|s| children(s).next())
                .ok_or("smsip-ber: no dialogue APDU")?;
            let acn_el = child(apdu, Tag::context(1)).and_then(|c| children(c).next());
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
            dialogue_apdu(b, &d, apdu, out)?;
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

/// The AARQ / AARE / ABRT `apdu` of the dialogue portion `d`: the fields tshark shows besides
/// the application-context name, and the user information with the MAP dialogue PDU.
fn dialogue_apdu(
    b: &[u8],
    d: &DialoguePortion<'_>,
    apdu: Element<'_>,
    out: &mut Expected,
) -> Result<(), String> {
    let p = apdu.content_offset();
    match d {
        DialoguePortion::Request(_) => out.present("tcap.dialogueRequest_element", p),
        DialoguePortion::Response(aare) => {
            out.present("tcap.dialogueResponse_element", p);
            // result [2] { INTEGER }, result-source-diagnostic [3] { CHOICE {
            // dialogue-service-user [1] { INTEGER }, dialogue-service-provider [2] { INTEGER } } }
            let inner = |tag: Tag| child(apdu, tag).and_then(|c| children(c).next());
            let result = inner(Tag::context(2)).ok_or("smsip-ber: no AARE result")?;
            out.u("tcap.result", result.content_offset(), aare.result.0);
            let diag = inner(Tag::context(3)).ok_or("smsip-ber: no AARE diagnostic")?;
            let value = children(diag)
                .next()
                .ok_or("smsip-ber: no diagnostic value")?;
            let (alt, name, v) = match aare.result_source_diagnostic {
                ResultSourceDiagnostic::ServiceUser(v) => (1u8, "tcap.dialogue_service_user", v.0),
                ResultSourceDiagnostic::ServiceProvider(v) => {
                    (2u8, "tcap.dialogue_service_provider", v.0)
                }
            };
            out.u("tcap.result_source_diagnostic", diag.content_offset(), alt);
            out.u(name, value.content_offset(), v);
        }
        DialoguePortion::Abort(abrt) => {
            out.present("tcap.dialogueAbort_element", p);
            // abort-source [0] IMPLICIT INTEGER
            let src = child(apdu, Tag::context(0)).ok_or("smsip-ber: no abort-source")?;
            out.u(
                "tcap.abort_source",
                src.content_offset(),
                abrt.abort_source.0,
            );
        }
        DialoguePortion::Unidirectional(_) | DialoguePortion::Other(_) => {
            return Err("only AARQ/AARE/ABRT dialogue portions are in the corpus".into())
        }
    }
    let (Some(ui), Some(ui_el)) = (d.user_information(), child(apdu, USER_INFORMATION)) else {
        return Ok(());
    };
    // user-information [30] IMPLICIT SEQUENCE OF EXTERNAL: tshark shows the count, then each
    // EXTERNAL's contents: direct-reference, and encoding (0: single-ASN1-type [0]).
    let externals: Vec<Element<'_>> = children(ui_el).collect();
    out.u(
        "tcap.user_information",
        ui_el.content_offset(),
        externals.len() as u64,
    );
    if ui.as_bytes() != ui_el.content() {
        return Err("smsip-tcap's user information is not the walk's".into());
    }
    // The MAP dialogue PDU, as MapMessage::map_dialogue_pdu reads it.
    let pdu = MapDialoguePdu::from_dialogue_portion(d).map_err(|e| format!("smsip-map: {e}"))?;
    let mut seen = false;
    for x in externals {
        out.present("tcap.user_information_item_element", x.content_offset());
        let oid_el = child(x, Tag::OBJECT_IDENTIFIER).ok_or("smsip-ber: no direct-reference")?;
        let oid = oid_el.oid().map_err(|e| format!("smsip-ber: {e}"))?;
        out.s(
            "ber.direct_reference",
            oid_el.content_offset(),
            oid.to_string(),
        );
        let enc = child(x, Tag::context(0)).ok_or("only single-ASN1-type is in the corpus")?;
        out.sized(
            "ber.encoding",
            enc.content_offset(),
            enc.content().len(),
            Val::U(0),
        );
        if oid != MAP_DIALOGUE_AS {
            return Err(format!(
                "user information of abstract syntax {oid} is not mapped"
            ));
        }
        let (Some(pdu), Some(pdu_el), false) = (&pdu, children(enc).next(), seen) else {
            return Err("smsip-map found no MAP dialogue PDU where the walk has one".into());
        };
        seen = true;
        super::map_dialogue::expect(b, pdu, pdu_el, out)?;
    }
    Ok(())
}
