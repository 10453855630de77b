//! The `tcap` layer: a TCAP message (ITU-T Q.773) of a MAP dialogue, decoded with
//! `smsip-tcap` and typed with `smsip-map`'s `dialogue::decode`: the message type, the
//! transaction IDs, the dialogue portion (AARQ, AARE, ABRT, AUDT) with the application context
//! and the MAP dialogue PDU of its user information (MAP-OPEN ... MAP-P-ABORT, `smsip-map`'s
//! `dialogue_pdu`; one that does not decode is an error shown inside the dialogue portion, not
//! a failure of the message), the P-Abort cause, and the components. The parameter of each
//! component is the typed MAP value, shown by the `map` layer's functions (the TPDU in
//! sm-RP-UI nested in turn); when MAP cannot type it, the parameter is shown as hex with the
//! MAP error. The JSON schema is documented in the crate README.

use super::map::{self, Kind, MapOptions, Typed};
use super::{Enclosing, Failure, Options};
use crate::tree::{Node, Value};
use smsip_ber::{BitString, Element, RawElements};
use smsip_map::dialogue::{self, AcVersion, ComponentErrorKind, Error, MapComponent, MapMessage};
use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice, MAP_DIALOGUE_AS};
use smsip_map::{DecodeError, ErrorCode};
use smsip_tcap::{
    AbortReason, Code, Component, DialoguePortion, MessageType, Problem, ResultSourceDiagnostic,
    TcapMessage, TransactionId,
};

/// The first octets of the five TCAP messages (Unidirectional, Begin, End, Continue, Abort).
pub const MESSAGE_TAGS: [u8; 5] = [0x61, 0x62, 0x64, 0x65, 0x67];

/// The TC primitive name of a message type.
fn type_name(t: MessageType) -> &'static str {
    match t {
        MessageType::Unidirectional => "TC-UNI",
        MessageType::Begin => "TC-BEGIN",
        MessageType::End => "TC-END",
        MessageType::Continue => "TC-CONTINUE",
        MessageType::Abort => "TC-ABORT",
    }
}

/// Decodes one TCAP message with its components and their MAP values.
pub fn decode(bytes: &[u8], _opts: &Options) -> Result<Node, Failure> {
    let msg = dialogue::decode(bytes).map_err(|e| failure(bytes, &e))?;
    let tcap = msg.tcap;
    let ty = type_name(tcap.message_type());
    let mut v = vec![
        Node::new("layer", Value::word("tcap")).json_only(),
        Node::new("type", Value::word(ty)).json_only(),
    ];
    v.extend(tcap.otid().map(|t| tid("otid", t)));
    v.extend(tcap.dtid().map(|t| tid("dtid", t)));
    if let TcapMessage::Abort(a) = &tcap {
        if let Some(AbortReason::PAbort(c)) = a.reason {
            v.push(named(
                "p_abort_cause",
                "p-abortCause",
                u64::from(c.0),
                c.description(),
            ));
        }
    }
    v.extend(tcap.dialogue_portion().map(dialogue_node));
    if tcap.component_portion().is_some() {
        v.push(components(bytes, &msg)?);
    }
    let note = match msg.context() {
        Some(ac) => format!("{ac}"),
        None => match msg.ac_name() {
            Some(oid) => format!("application context {oid}"),
            // An ABRT names no application context.
            None if tcap.dialogue_portion().is_some() => "no application context".to_string(),
            None => "no dialogue portion".to_string(),
        },
    };
    Ok(Node::group("tcap", v).label(ty).note(note))
}

/// A transaction ID: hex.
fn tid(name: &'static str, t: TransactionId) -> Node {
    Node::new(name, Value::Hex(t.as_bytes().to_vec()))
}

/// A code with a name: text `0 (accepted)`, JSON `{"value", "name"?}`.
fn named(name: &'static str, label: &'static str, value: u64, text: Option<&'static str>) -> Node {
    let mut n = Node::new(name, Value::Summary(value.to_string()))
        .label(label)
        .note_opt(text)
        .child(Node::new("value", Value::UInt(value)).json_only());
    if let Some(t) = text {
        n = n.child(Node::new("name", Value::word(t)).json_only());
    }
    n
}

/// The protocol version: `"version1"` for the one TCAP defines, else the bits from bit 0.
fn protocol_version(b: BitString<'_>) -> Node {
    let bits: String = (0..b.len())
        .map(|i| if b.is_set(i) { '1' } else { '0' })
        .collect();
    let shown = if bits == "1" {
        "version1".to_string()
    } else {
        bits
    };
    Node::new("protocol_version", Value::string(shown)).label("protocol-version")
}

/// The application-context name, and the MAP context and version it names.
fn application_context(v: &mut Vec<Node>, oid: smsip_ber::Oid<'_>) {
    let ac = AcVersion::from_oid(&oid);
    v.push(
        Node::new("application_context_name", Value::string(oid.to_string()))
            .label("application-context-name")
            .note_opt(ac.map(|a| a.to_string())),
    );
    if let Some(ac) = ac {
        v.push(
            Node::group(
                "application_context",
                vec![
                    Node::new("name", Value::word(ac.context().name())),
                    Node::new("version", Value::UInt(u64::from(ac.version()))),
                ],
            )
            .json_only(),
        );
    }
}

/// user-information: each element as hex.
fn user_information(v: &mut Vec<Node>, ui: Option<RawElements<'_>>) {
    let Some(ui) = ui else { return };
    let mut items = Vec::new();
    let mut used = 0;
    for e in ui.iter() {
        let Ok(e) = e else { break };
        used += e.raw().len();
        items.push(
            Node::new("element", Value::Hex(e.raw().to_vec())).note(format!("tag {}", e.tag())),
        );
    }
    if let Some(rest) = ui.as_bytes().get(used..).filter(|r| !r.is_empty()) {
        items.push(Node::new("element", Value::Hex(rest.to_vec())));
    }
    v.push(Node::list("user_information", items).label("user-information"));
}

/// The dialogue portion: JSON `{"pdu", "protocol_version"?, "application_context_name",
/// "application_context"?, "result"?, "diagnostic"?, "abort_source"?, "user_information"?,
/// "map_dialogue"?}`.
fn dialogue_node(d: DialoguePortion<'_>) -> Node {
    let mut v = Vec::new();
    let map = map_dialogue(&d);
    let (pdu, what) = match d {
        DialoguePortion::Request(a) => {
            v.extend(a.protocol_version.map(protocol_version));
            application_context(&mut v, a.application_context_name);
            user_information(&mut v, a.user_information);
            ("AARQ", "dialogueRequest")
        }
        DialoguePortion::Response(a) => {
            v.extend(a.protocol_version.map(protocol_version));
            application_context(&mut v, a.application_context_name);
            v.push(named(
                "result",
                "result",
                u64::from(a.result.0),
                a.result.description(),
            ));
            let (source, value, text) = match a.result_source_diagnostic {
                ResultSourceDiagnostic::ServiceUser(d) => {
                    ("dialogue-service-user", d.0, d.description())
                }
                ResultSourceDiagnostic::ServiceProvider(d) => {
                    ("dialogue-service-provider", d.0, d.description())
                }
            };
            let mut n = Node::new("diagnostic", Value::Summary(format!("{source} {value}")))
                .label("result-source-diagnostic")
                .note_opt(text)
                .child(Node::new("source", Value::word(source)).json_only())
                .child(Node::new("value", Value::UInt(u64::from(value))).json_only());
            if let Some(t) = text {
                n = n.child(Node::new("name", Value::word(t)).json_only());
            }
            v.push(n);
            user_information(&mut v, a.user_information);
            ("AARE", "dialogueResponse")
        }
        DialoguePortion::Abort(a) => {
            v.push(named(
                "abort_source",
                "abort-source",
                u64::from(a.abort_source.0),
                a.abort_source.description(),
            ));
            user_information(&mut v, a.user_information);
            ("ABRT", "dialogueAbort")
        }
        DialoguePortion::Unidirectional(a) => {
            v.extend(a.protocol_version.map(protocol_version));
            application_context(&mut v, a.application_context_name);
            user_information(&mut v, a.user_information);
            ("AUDT", "unidialoguePDU")
        }
        DialoguePortion::Other(e) => {
            v.extend(e.direct_reference.map(|o| {
                Node::new("direct_reference", Value::string(o.to_string()))
                    .label("direct-reference")
            }));
            ("EXTERNAL", "not a dialogue PDU this decoder knows")
        }
    };
    v.insert(0, Node::new("pdu", Value::word(pdu)).json_only());
    v.extend(map);
    Node::group("dialogue", v)
        .label("dialoguePortion")
        .note(format!("{pdu}, {what}"))
}

/// `map_dialogue`: the MAP-DialoguePDU (TS 29.002 §17.4) of the EXTERNAL with direct-reference
/// map-DialogueAS in the user information, next to the raw elements; absent when there is none.
/// JSON `{"pdu", ...members}` (`pdu` the ASN.1 alternative, `"map-open"` ... `"map-providerAbort"`),
/// or, when that EXTERNAL does not decode, an error result (`{"layer": "map", "error", "offset",
/// "field", "type"}`, offsets from the start of the input): the message itself still decodes.
fn map_dialogue(d: &DialoguePortion<'_>) -> Option<Node> {
    match MapDialoguePdu::from_dialogue_portion(d) {
        Ok(pdu) => pdu.map(|p| map_dialogue_pdu(&p)),
        Err(e) => Some(map_dialogue_error(&e)),
    }
}

/// A decoded MAP-DialoguePDU: text `MAP-DialoguePDU (map-open, MAP-OpenInfo)` and its members.
fn map_dialogue_pdu(pdu: &MapDialoguePdu<'_>) -> Node {
    let mut v = vec![Node::new("pdu", Value::word(pdu.name())).json_only()];
    let ty = match pdu {
        MapDialoguePdu::Open(o) => {
            v.extend(
                o.destination_reference
                    .map(|a| reference("destination_reference", "destinationReference", &a)),
            );
            v.extend(
                o.origination_reference
                    .map(|a| reference("origination_reference", "originationReference", &a)),
            );
            "MAP-OpenInfo"
        }
        MapDialoguePdu::Accept(_) => "MAP-AcceptInfo",
        MapDialoguePdu::Close(_) => "MAP-CloseInfo",
        MapDialoguePdu::Refuse(r) => {
            v.push(map::enumerated(
                "reason",
                "reason",
                r.reason.0,
                r.reason.description(),
            ));
            "MAP-RefuseInfo"
        }
        MapDialoguePdu::UserAbort(u) => {
            v.push(user_abort_choice(u.map_user_abort_choice));
            "MAP-UserAbortInfo"
        }
        MapDialoguePdu::ProviderAbort(p) => {
            let r = p.map_provider_abort_reason;
            v.push(map::enumerated(
                "map_provider_abort_reason",
                "map-ProviderAbortReason",
                r.0,
                r.description(),
            ));
            "MAP-ProviderAbortInfo"
        }
    };
    // Wire order: MAP-RefuseInfo has its extensionContainer before alternativeApplicationContext.
    v.extend(pdu.extension_container().as_ref().map(map::ext));
    if let MapDialoguePdu::Refuse(r) = pdu {
        v.extend(r.alternative_application_context.map(alternative_context));
    }
    v.extend(map::unknown(&pdu.unknown()));
    Node::group("map_dialogue", v)
        .label("MAP-DialoguePDU")
        .note(format!("{}, {ty}", pdu.name()))
}

/// destinationReference / originationReference: an AddressString as the map layer shows one;
/// with the land mobile numbering plan (E.212, first octet `96`) the digits are an IMSI, also
/// given as `imsi`.
fn reference(name: &'static str, label: &'static str, a: &smsip_ber::AddressString<'_>) -> Node {
    let mut n = map::address(name, label, a);
    if a.plan() == smsip_ber::NumberingPlan::LAND_MOBILE {
        let digits = a.digits().to_string();
        if let Some(note) = n.note.as_mut() {
            note.push_str(&format!(", IMSI {digits}"));
        }
        n = n.child(Node::new("imsi", Value::string(digits)).json_only());
    }
    n
}

/// map-UserAbortChoice: JSON `{"choice", "value"}` (`value` `null` for the NULL alternatives,
/// `{"value", "name"?}` for the ENUMERATEDs).
fn user_abort_choice(c: MapUserAbortChoice) -> Node {
    let (alt, alt_label, value) = match c {
        MapUserAbortChoice::UserSpecificReason => (
            "user_specific_reason",
            "userSpecificReason",
            Node::new("value", Value::Null),
        ),
        MapUserAbortChoice::UserResourceLimitation => (
            "user_resource_limitation",
            "userResourceLimitation",
            Node::new("value", Value::Null),
        ),
        MapUserAbortChoice::ResourceUnavailable(r) => (
            "resource_unavailable",
            "resourceUnavailable",
            map::enumerated("value", "resourceUnavailable", r.0, r.description()),
        ),
        MapUserAbortChoice::ApplicationProcedureCancellation(r) => (
            "application_procedure_cancellation",
            "applicationProcedureCancellation",
            map::enumerated(
                "value",
                "applicationProcedureCancellation",
                r.0,
                r.description(),
            ),
        ),
    };
    map::choice(
        "map_user_abort_choice",
        "map-UserAbortChoice",
        alt,
        alt_label,
        value,
    )
}

/// alternativeApplicationContext: text as application-context-name, JSON `{"oid", "name"?,
/// "version"?}` (`name` and `version` when the OID is a MAP context).
fn alternative_context(oid: smsip_ber::Oid<'_>) -> Node {
    let ac = AcVersion::from_oid(&oid);
    let dotted = oid.to_string();
    let mut n = Node::new(
        "alternative_application_context",
        Value::Summary(dotted.clone()),
    )
    .label("alternativeApplicationContext")
    .note_opt(ac.map(|a| a.to_string()))
    .child(Node::new("oid", Value::string(dotted)).json_only());
    if let Some(ac) = ac {
        n = n
            .child(Node::new("name", Value::word(ac.context().name())).json_only())
            .child(Node::new("version", Value::UInt(u64::from(ac.version()))).json_only());
    }
    n
}

/// A map-DialogueAS EXTERNAL that does not decode: the error result under `map_dialogue`
/// (text `MAP-DialoguePDU error: ...`), as `map_error` shows a component's.
fn map_dialogue_error(e: &DecodeError) -> Node {
    let field = match e.field() {
        "" => MapDialoguePdu::ASN1_NAME,
        f => f,
    };
    let mut n = Failure::new("map", e.to_string(), e.offset(), field)
        .with_details([Node::new("type", Value::word(MapDialoguePdu::ASN1_NAME))])
        .into_node();
    n.name = "map_dialogue".into();
    n.label = Some("MAP-DialoguePDU error".into());
    n.note = Some(format!("EXTERNAL {MAP_DIALOGUE_AS}"));
    n
}

/// The component portion: a list of components, each with its MAP value.
fn components(bytes: &[u8], msg: &MapMessage<'_>) -> Result<Node, Failure> {
    let version = msg.version();
    let mut items = Vec::new();
    for (raw, typed) in msg.tcap.components().zip(msg.components()) {
        let c = raw.map_err(|e| failure(bytes, &Error::Tcap(e)))?;
        items.push(component(bytes, version, c, typed)?);
    }
    let count = items.len();
    Ok(Node::list("components", items)
        .label("componentPortion")
        .note(format!(
            "{count} component{}",
            if count == 1 { "" } else { "s" }
        )))
}

/// A local or global operation (or error) code: JSON `{"code", "name"?}` or `{"global"}`.
fn code_node(
    member: &'static str,
    label: &'static str,
    code: Code<'_>,
    name: impl Fn(u8) -> Option<&'static str>,
) -> Node {
    match code {
        Code::Local(c) => {
            let n = u8::try_from(c).ok().and_then(&name);
            let mut node = Node::new(member, Value::Summary(c.to_string()))
                .label(label)
                .note_opt(n)
                .child(Node::new("code", Value::Int(c)).json_only());
            if let Some(n) = n {
                node = node.child(Node::new("name", Value::word(n)).json_only());
            }
            node
        }
        Code::Global(oid) => Node::new(member, Value::Summary(format!("global {oid}")))
            .label(label)
            .child(Node::new("global", Value::string(oid.to_string())).json_only()),
    }
}

fn invoke_id(id: Option<i8>) -> Node {
    Node::new(
        "invoke_id",
        id.map_or(Value::Null, |i| Value::Int(i64::from(i))),
    )
    .label("invokeID")
}

/// The Reject problem: JSON `{"type", "code", "name"?}`.
fn problem(p: Problem) -> Node {
    let (ty, text) = match p {
        Problem::General(g) => ("general", g.description()),
        Problem::Invoke(g) => ("invoke", g.description()),
        Problem::ReturnResult(g) => ("return_result", g.description()),
        Problem::ReturnError(g) => ("return_error", g.description()),
    };
    let mut n = Node::new("problem", Value::Summary(format!("{ty} {}", p.code())))
        .note_opt(text)
        .child(Node::new("type", Value::word(ty)).json_only())
        .child(Node::new("code", Value::UInt(u64::from(p.code()))).json_only());
    if let Some(t) = text {
        n = n.child(Node::new("name", Value::word(t)).json_only());
    }
    n
}

/// One component: JSON `{"component", "invoke_id", "linked_id"?, "opcode"? / "error_code"?,
/// "map"? | "parameter" + "map_error" | "problem"}`.
fn component(
    bytes: &[u8],
    version: u8,
    c: Component<'_>,
    typed: Result<MapComponent<'_>, Error>,
) -> Result<Node, Failure> {
    let op_name = |c: u8| map::op_name(c, version);
    let err_name = |c: u8| ErrorCode(c).description();
    let (kind, label, mut v, parameter): (_, _, Vec<Node>, Option<Element<'_>>) = match c {
        Component::Invoke(i) => {
            let mut v = vec![invoke_id(Some(i.invoke_id))];
            v.extend(
                i.linked_id
                    .map(|l| Node::new("linked_id", Value::Int(i64::from(l))).label("linkedID")),
            );
            v.push(code_node("opcode", "opCode", i.opcode, op_name));
            ("invoke", "invoke", v, i.parameter)
        }
        Component::ReturnResultLast(r) | Component::ReturnResultNotLast(r) => {
            let (kind, label) = if matches!(c, Component::ReturnResultLast(_)) {
                ("return_result_last", "returnResultLast")
            } else {
                ("return_result_not_last", "returnResultNotLast")
            };
            let mut v = vec![invoke_id(Some(r.invoke_id))];
            v.extend(
                r.result
                    .map(|res| code_node("opcode", "opCode", res.opcode, op_name)),
            );
            (kind, label, v, r.result.map(|res| res.parameter))
        }
        Component::ReturnError(e) => {
            let v = vec![
                invoke_id(Some(e.invoke_id)),
                code_node("error_code", "errorCode", e.error_code, err_name),
            ];
            ("return_error", "returnError", v, e.parameter)
        }
        Component::Reject(r) => {
            let v = vec![invoke_id(r.invoke_id), problem(r.problem)];
            ("reject", "reject", v, None)
        }
    };
    match typed {
        Ok(MapComponent::Invoke { op, arg, .. }) => {
            let m = options(Kind::Arg, op.0, version);
            v.extend(value(bytes, m, Typed::Arg(&arg), parameter, label));
        }
        Ok(MapComponent::ReturnResult {
            op: Some(op), res, ..
        }) => {
            let m = options(Kind::Res, op.0, version);
            v.extend(value(bytes, m, Typed::Res(&res), parameter, label));
        }
        Ok(MapComponent::ReturnError { code, param, .. }) => {
            let m = options(Kind::Err, code.0, version);
            v.extend(value(bytes, m, Typed::Err(&param), parameter, label));
        }
        Ok(MapComponent::ReturnResult { op: None, .. } | MapComponent::Reject(_)) => {}
        Err(Error::Component(ce)) => {
            let f = match ce.kind {
                ComponentErrorKind::Parameter(e) => {
                    let code = match c {
                        Component::ReturnError(re) => re.error_code.local(),
                        Component::Invoke(i) => i.opcode.local(),
                        Component::ReturnResultLast(r) | Component::ReturnResultNotLast(r) => {
                            r.result.and_then(|res| res.opcode.local())
                        }
                        Component::Reject(_) => None,
                    };
                    let k = match c {
                        Component::ReturnError(_) => Kind::Err,
                        Component::Invoke(_) => Kind::Arg,
                        _ => Kind::Res,
                    };
                    let code = code.and_then(|c| u8::try_from(c).ok()).unwrap_or(0);
                    map::failure(&e, options(k, code, version))
                }
                k => {
                    let at = parameter.map_or(0, |p| offset_in(bytes, p.raw()));
                    let field = match k {
                        ComponentErrorKind::UnrecognizedError { .. } => "errorCode",
                        _ => "opCode",
                    };
                    Failure::new("map", k.to_string(), at, field)
                }
            };
            v.extend(parameter_hex(parameter));
            v.push(map_error(bytes, f, parameter, label));
        }
        Err(Error::Tcap(e)) => return Err(failure(bytes, &Error::Tcap(e))),
        // A later smsip-map may add component kinds.
        Err(_) => v.extend(parameter_hex(parameter)),
    }
    let id = c
        .invoke_id()
        .map_or("not derivable".to_string(), |i| i.to_string());
    v.insert(0, Node::new("component", Value::word(kind)).json_only());
    Ok(Node::group("component", v)
        .label(label)
        .note(format!("invoke ID {id}")))
}

fn options(kind: Kind, code: u8, version: u8) -> MapOptions {
    MapOptions {
        kind,
        code,
        version,
    }
}

/// The typed MAP value under `map`; when it cannot be shown (a TPDU in sm-RP-UI that does not
/// decode), the parameter as hex and the error.
fn value(
    bytes: &[u8],
    m: MapOptions,
    t: Typed<'_, '_>,
    parameter: Option<Element<'_>>,
    component: &'static str,
) -> Vec<Node> {
    match map::typed_tree(bytes, m, t) {
        Ok(n) => vec![n],
        Err(f) => {
            let mut v: Vec<Node> = parameter_hex(parameter).into_iter().collect();
            v.push(map_error(bytes, f, parameter, component));
            v
        }
    }
}

fn parameter_hex(parameter: Option<Element<'_>>) -> Option<Node> {
    parameter.map(|p| Node::new("parameter", Value::Hex(p.raw().to_vec())))
}

/// `map_error`: the MAP failure as an error object (offsets from the start of the input), the
/// component's parameter as the message around it.
fn map_error(
    bytes: &[u8],
    mut f: Failure,
    parameter: Option<Element<'_>>,
    component: &'static str,
) -> Node {
    let at = parameter.map_or(0, |p| offset_in(bytes, p.raw()));
    f.enclosing.insert(
        0,
        Enclosing {
            layer: "tcap",
            kind: component,
            direction: None,
            offset: at,
        },
    );
    let mut n = f.into_node();
    n.name = "map_error".into();
    n.label = Some("MAP error".into());
    n
}

/// Offset of `inner` (a slice of `outer`) in `outer`.
fn offset_in(outer: &[u8], inner: &[u8]) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// The failure of a message TCAP cannot decode: the error, its offset and Q.773 field, the
/// message type (from the first octet, when it is one) and the portion the fault is in.
fn failure(bytes: &[u8], e: &Error) -> Failure {
    let e = match e {
        Error::Tcap(e) => e,
        other => return Failure::new("tcap", other.to_string(), 0, "component"),
    };
    let mut details = Vec::new();
    if let Some(t) = bytes.first().and_then(|&b| MessageType::from_identifier(b)) {
        details.push(Node::new("type", Value::word(type_name(t))));
    }
    let portion = match e.portion {
        smsip_tcap::Portion::Transaction { .. } => "transaction",
        smsip_tcap::Portion::Dialogue => "dialogue",
        smsip_tcap::Portion::Component { .. } => "component",
        _ => "unknown",
    };
    details.push(Node::new("portion", Value::word(portion)));
    let missing = match e.ber().map(|b| b.kind) {
        Some(smsip_ber::ErrorKind::Truncated { needed }) => needed,
        _ => 0,
    };
    Failure::new("tcap", e.to_string(), e.offset, e.field)
        .with_details(details)
        .with_missing(missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name(MessageType::Begin), "TC-BEGIN");
        assert_eq!(
            smsip_map::OpCode(45).description(),
            Some("sendRoutingInfoForSM")
        );
    }
}
