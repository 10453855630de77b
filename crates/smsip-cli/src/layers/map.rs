//! The `map` layer: the parameter of a MAP component of the short-message operations of 3GPP
//! TS 29.002 (the `argument` of an Invoke, the `result` of a ReturnResult, the `parameter` of a
//! ReturnError), decoded with `smsip-map`.
//!
//! Nothing in a MAP parameter says which operation it belongs to (TCAP's opcode does), so the
//! layer is never detected: `--op` and `--kind` give the operation (or error) code and the
//! component kind. Members are shown under their ASN.1 names (the text) and those names in
//! snake case (the JSON); SM-RP-UI is decoded by the `tpdu` layer in the direction the
//! operation gives (`smsip-map`'s `tpdu()` views) and nested. The JSON schema is documented in
//! the crate README.

use super::{tpdu, Direction, Enclosing, Failure, Options};
use crate::civil;
use crate::tree::{Node, Value};
use smsip_ber::{AddressString, BitString, Element, ExtensionContainer, Imsi, Lmsi, RawElements};
use smsip_map::{
    decode_arg_versioned, decode_err, decode_res_versioned, AbsentSubscriberDiagnosticSm,
    AdditionalNumber, AlertServiceCentreArg, AnyTimeModificationArg, AnyTimeModificationRes,
    Argument, CallBarredParam, CorrelationId, DecodeError, ErrorCode, ErrorParam, ExtensibleParam,
    ForwardSmArg, InformServiceCentreArg, IpSmGwGuidance, LocationInfoWithLmsi, MoForwardSmArg,
    MoForwardSmRes, ModificationRequestForIpSmGwData, MtForwardSmArg, MtForwardSmRes,
    NetworkNodeDiameterAddress, OpCode, ReadyForSmArg, ReadyForSmRes, ReportSmDeliveryStatusArg,
    ReportSmDeliveryStatusRes, ReturnResult, RoutingInfoForSmArg, RoutingInfoForSmRes, SmRpDa,
    SmRpOa, SubscriberIdentity, SystemFailureParam, Time,
};
use smsip_tpdu::Tpdu;

/// The kind of component the parameter comes from (`--kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The argument of an Invoke.
    Arg,
    /// The result of a ReturnResult(Last).
    Res,
    /// The parameter of a ReturnError.
    Err,
}

impl Kind {
    /// Parses `arg`, `res` or `err` (also `argument`, `result`, `error`; any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "arg" | "argument" => Some(Kind::Arg),
            "res" | "result" => Some(Kind::Res),
            "err" | "error" => Some(Kind::Err),
            _ => None,
        }
    }

    /// The option value and JSON spelling.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Arg => "arg",
            Kind::Res => "res",
            Kind::Err => "err",
        }
    }
}

/// What `--op`, `--kind` and `--map-version` say about the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapOptions {
    /// The component kind.
    pub kind: Kind,
    /// The operation code (`arg`, `res`) or the error code (`err`).
    pub code: u8,
    /// The application-context version (1..=3): opcode 46 is forwardSM below 3.
    pub version: u8,
}

/// Operations whose argument `smsip-map` decodes.
const ARG_OPS: &[u8] = &[44, 45, 46, 47, 48, 49, 63, 64, 65, 66];
/// Operations that have a result `smsip-map` decodes (48, 49 and 63 have none).
const RES_OPS: &[u8] = &[44, 45, 46, 47, 64, 65, 66];

/// The code `text` names for `kind`: a number, or an operation or error name as TS 29.002
/// spells it (any case; `forwardSM` is 46).
pub fn parse_code(kind: Kind, text: &str) -> Option<u8> {
    if let Ok(n) = text.parse::<u8>() {
        return Some(n);
    }
    let names: Vec<(u8, &str)> = match kind {
        Kind::Err => ErrorCode::NAMED
            .iter()
            .filter_map(|c| Some((c.0, c.description()?)))
            .collect(),
        _ => OpCode::NAMED
            .iter()
            .filter_map(|c| Some((c.0, c.description()?)))
            .chain([(46, "forwardSM")])
            .collect(),
    };
    names
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(text))
        .map(|&(c, _)| c)
}

/// Why `m` cannot be decoded at all (the code has no types of that kind), for a usage error.
pub fn check(m: MapOptions) -> Result<(), String> {
    let list = |codes: &[u8]| {
        codes
            .iter()
            .map(|&c| format!("{c} {}", op_name(c, m.version).unwrap_or("?")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match m.kind {
        Kind::Arg if !ARG_OPS.contains(&m.code) => Err(format!(
            "no MAP argument is known for operation code {} (known: {})",
            m.code,
            list(ARG_OPS)
        )),
        Kind::Res if [48, 49, 63].contains(&m.code) => Err(format!(
            "operation {} ({}) has no result",
            op_name(m.code, m.version).unwrap_or("?"),
            m.code
        )),
        Kind::Res if !RES_OPS.contains(&m.code) => Err(format!(
            "no MAP result is known for operation code {} (known: {})",
            m.code,
            list(RES_OPS)
        )),
        Kind::Err if ErrorCode(m.code).description().is_none() => {
            let known: Vec<String> = ErrorCode::NAMED
                .iter()
                .map(|c| format!("{} {}", c.0, c.description().unwrap_or("?")))
                .collect();
            Err(format!(
                "no MAP error is known with code {} (known: {})",
                m.code,
                known.join(", ")
            ))
        }
        _ => Ok(()),
    }
}

/// The operation's name as TS 29.002 spells it; opcode 46 is forwardSM below version 3.
pub fn op_name(code: u8, version: u8) -> Option<&'static str> {
    if code == 46 && version < 3 {
        Some("forwardSM")
    } else {
        OpCode(code).description()
    }
}

/// The ASN.1 type the parameter should have (for errors, before anything decoded).
fn expected_type(m: MapOptions) -> Option<&'static str> {
    Some(match (m.kind, m.code) {
        (Kind::Arg, 44) => MtForwardSmArg::ASN1_NAME,
        (Kind::Arg, 45) => RoutingInfoForSmArg::ASN1_NAME,
        (Kind::Arg, 46) if m.version < 3 => ForwardSmArg::ASN1_NAME,
        (Kind::Arg, 46) => MoForwardSmArg::ASN1_NAME,
        (Kind::Arg, 47) => ReportSmDeliveryStatusArg::ASN1_NAME,
        (Kind::Arg, 48) => "IMSI",
        (Kind::Arg, 49 | 64) => AlertServiceCentreArg::ASN1_NAME,
        (Kind::Arg, 63) => InformServiceCentreArg::ASN1_NAME,
        (Kind::Arg, 65) => AnyTimeModificationArg::ASN1_NAME,
        (Kind::Arg, 66) => ReadyForSmArg::ASN1_NAME,
        (Kind::Res, 44) => MtForwardSmRes::ASN1_NAME,
        (Kind::Res, 45) => RoutingInfoForSmRes::ASN1_NAME,
        (Kind::Res, 46) if m.version >= 3 => MoForwardSmRes::ASN1_NAME,
        (Kind::Res, 47) => ReportSmDeliveryStatusRes::ASN1_NAME,
        (Kind::Res, 65) => AnyTimeModificationRes::ASN1_NAME,
        (Kind::Res, 66) => ReadyForSmRes::ASN1_NAME,
        (Kind::Err, c) => error_param_type(ErrorCode(c))?,
        _ => return None,
    })
}

/// The ASN.1 type of the (v3) parameter of an error.
fn error_param_type(code: ErrorCode) -> Option<&'static str> {
    Some(match code.0 {
        1 => "UnknownSubscriberParam",
        5 => "UnidentifiedSubParam",
        6 => "AbsentSubscriberSM-Param",
        9 => "IllegalSubscriberParam",
        10 => "BearerServNotProvParam",
        11 => "TeleservNotProvParam",
        12 => "IllegalEquipmentParam",
        13 => "ExtensibleCallBarredParam",
        16 => "IllegalSS-OperationParam",
        17 => "SS-Status",
        19 => "SS-SubscriptionViolationParam",
        20 => "SS-IncompatibilityCause",
        21 => "FacilityNotSupParam",
        27 => "AbsentSubscriberParam",
        31 => "SubBusyForMT-SMS-Param",
        32 => "SM-DeliveryFailureCause",
        33 => "MessageWaitListFullParam",
        34 => "ExtensibleSystemFailureParam",
        35 => "DataMissingParam",
        36 => "UnexpectedDataParam",
        61 => "ATM-NotAllowedParam",
        62 => "InformationNotAvailableParam",
        _ => return None,
    })
}

/// Decodes one MAP parameter as `--op`/`--kind` describe it.
pub fn decode(bytes: &[u8], opts: &Options) -> Result<Node, Failure> {
    let Some(m) = opts.map else {
        return Err(Failure::new(
            "map",
            "the map layer needs --op and --kind (a MAP parameter does not say its operation)",
            0,
            "input",
        ));
    };
    let cx = Cx {
        input: bytes,
        ty: expected_type(m).unwrap_or("MAP parameter"),
    };
    let (ty, members) = match m.kind {
        Kind::Arg => {
            let a = decode_arg_versioned(OpCode(m.code), m.version, bytes)
                .map_err(|e| failure(&e, m))?;
            argument(&cx, &a)?
        }
        Kind::Res => {
            let r = decode_res_versioned(OpCode(m.code), m.version, bytes)
                .map_err(|e| failure(&e, m))?;
            result(&cx, &r)?
        }
        Kind::Err => {
            let p = decode_err(ErrorCode(m.code), bytes).map_err(|e| failure(&e, m))?;
            error_param(&cx, &p)?
        }
    };
    Ok(root(m, ty, members))
}

/// A MAP value already typed by `smsip-map` (by the TCAP layer, from its components).
pub enum Typed<'v, 'a> {
    /// The argument of an Invoke.
    Arg(&'v Argument<'a>),
    /// The result of a ReturnResult.
    Res(&'v ReturnResult<'a>),
    /// The parameter of a ReturnError.
    Err(&'v ErrorParam<'a>),
}

/// The tree of a MAP value typed elsewhere, exactly as this layer shows a parameter (header
/// members `layer`, `type`, `kind`, `operation` / `error_code`, then the members). `input` is
/// the whole message the value was decoded from: offsets (sm-RP-UI, a TPDU that does not
/// decode) count from its start.
pub fn typed_tree(input: &[u8], m: MapOptions, value: Typed<'_, '_>) -> Result<Node, Failure> {
    let cx = Cx {
        input,
        ty: expected_type(m).unwrap_or("MAP parameter"),
    };
    let (ty, members) = match value {
        Typed::Arg(a) => argument(&cx, a)?,
        Typed::Res(r) => result(&cx, r)?,
        Typed::Err(p) => error_param(&cx, p)?,
    };
    Ok(root(m, ty, members))
}

/// What the nested decoders need: the whole input (for offsets) and the type around them.
struct Cx<'i> {
    input: &'i [u8],
    ty: &'static str,
}

/// The `operation` (or `error_code`) member: JSON `{"code", "name"}`.
fn code_node(m: MapOptions) -> Node {
    let (member, name) = match m.kind {
        Kind::Err => ("error_code", ErrorCode(m.code).description()),
        _ => ("operation", op_name(m.code, m.version)),
    };
    let mut n = Node::new(
        member,
        Value::Summary(format!("{} ({})", name.unwrap_or("?"), m.code)),
    )
    .child(Node::new("code", Value::UInt(u64::from(m.code))));
    if let Some(name) = name {
        n = n.child(Node::new("name", Value::word(name)));
    }
    n
}

/// The result tree: header members, then the parameter's members.
fn root(m: MapOptions, ty: Option<&'static str>, members: Vec<Node>) -> Node {
    let what = match m.kind {
        Kind::Arg => "argument of",
        Kind::Res => "result of",
        Kind::Err => "parameter of error",
    };
    let name = match m.kind {
        Kind::Err => ErrorCode(m.code).description(),
        _ => op_name(m.code, m.version),
    };
    let label = if m.kind == Kind::Err {
        "code"
    } else {
        "opcode"
    };
    let note = format!("{what} {}, {label} {}", name.unwrap_or("?"), m.code);
    Node::group(
        "map",
        vec![
            Node::new("layer", Value::word("map")).json_only(),
            Node::new("type", ty.map_or(Value::Null, Value::word)).json_only(),
            Node::new("kind", Value::word(m.kind.name())).json_only(),
            code_node(m).json_only(),
        ],
    )
    .label(ty.unwrap_or("no parameter"))
    .note(note)
    .with_children(members)
}

/// The failure of a parameter that does not decode as `m` describes it (offsets as `e` has them).
pub fn failure(e: &DecodeError, m: MapOptions) -> Failure {
    let mut details = Vec::new();
    if let Some(t) = expected_type(m) {
        details.push(Node::new("type", Value::word(t)));
    }
    details.push(Node::new("kind", Value::word(m.kind.name())).json_only());
    details.push(code_node(m).json_only());
    let missing = match e.ber().map(|b| b.kind) {
        Some(smsip_ber::ErrorKind::Truncated { needed }) => needed,
        Some(smsip_ber::ErrorKind::MissingMandatory) => 1,
        _ => 0,
    };
    let field = match e.field() {
        "" => "parameter",
        f => f,
    };
    Failure::new("map", e.to_string(), e.offset(), field)
        .with_details(details)
        .with_missing(missing)
}

// ---- the parameters --------------------------------------------------------------------------

type Members = (Option<&'static str>, Vec<Node>);

fn argument(cx: &Cx<'_>, a: &Argument<'_>) -> Result<Members, Failure> {
    Ok(match a {
        Argument::SendRoutingInfoForSm(a) => (Some(RoutingInfoForSmArg::ASN1_NAME), sri_arg(a)),
        Argument::MoForwardSm(a) => (Some(MoForwardSmArg::ASN1_NAME), mo_arg(cx, a)?),
        Argument::ForwardSm(a) => (Some(ForwardSmArg::ASN1_NAME), forward_arg(cx, a)?),
        Argument::MtForwardSm(a) => (Some(MtForwardSmArg::ASN1_NAME), mt_arg(cx, a)?),
        Argument::ReportSmDeliveryStatus(a) => {
            (Some(ReportSmDeliveryStatusArg::ASN1_NAME), report_arg(a))
        }
        Argument::NoteSubscriberPresent(i) => (Some("IMSI"), vec![imsi("imsi", "imsi", i)]),
        Argument::AlertServiceCentreWithoutResult(a) | Argument::AlertServiceCentre(a) => {
            (Some(AlertServiceCentreArg::ASN1_NAME), alert_arg(a))
        }
        Argument::InformServiceCentre(a) => (Some(InformServiceCentreArg::ASN1_NAME), isc_arg(a)),
        Argument::AnyTimeModification(a) => (Some(AnyTimeModificationArg::ASN1_NAME), atm_arg(a)),
        Argument::ReadyForSm(a) => (Some(ReadyForSmArg::ASN1_NAME), ready_arg(a)),
        _ => (None, vec![unshown()]),
    })
}

fn result(cx: &Cx<'_>, r: &ReturnResult<'_>) -> Result<Members, Failure> {
    Ok(match r {
        ReturnResult::Empty => (None, Vec::new()),
        ReturnResult::SendRoutingInfoForSm(r) => (Some(RoutingInfoForSmRes::ASN1_NAME), sri_res(r)),
        ReturnResult::MoForwardSm(r) => (Some(MoForwardSmRes::ASN1_NAME), mo_res(cx, r)?),
        ReturnResult::MtForwardSm(r) => (Some(MtForwardSmRes::ASN1_NAME), mt_res(cx, r)?),
        ReturnResult::ReportSmDeliveryStatus(r) => {
            (Some(ReportSmDeliveryStatusRes::ASN1_NAME), report_res(r))
        }
        ReturnResult::ReportSmDeliveryStatusV2(a) => (
            Some("ISDN-AddressString"),
            vec![address("stored_msisdn", "storedMSISDN", a)],
        ),
        ReturnResult::AnyTimeModification(r) => {
            (Some(AnyTimeModificationRes::ASN1_NAME), atm_res(r))
        }
        ReturnResult::ReadyForSm(r) => (Some(ReadyForSmRes::ASN1_NAME), ready_res(r)),
        _ => (None, vec![unshown()]),
    })
}

/// A variant a later `smsip-map` added and this tool does not know.
fn unshown() -> Node {
    Node::new(
        "unshown",
        Value::Text("decoded, but this version of smsip cannot show it".into()),
    )
}

fn sri_arg(a: &RoutingInfoForSmArg<'_>) -> Vec<Node> {
    let mut v = vec![
        address("msisdn", "msisdn", &a.msisdn),
        boolean(
            "sm_rp_pri",
            "sm-RP-PRI",
            a.sm_rp_pri,
            "deliver even if the SC address is in the message waiting data",
            "do not deliver if the SC address is in the message waiting data",
        ),
        address(
            "service_centre_address",
            "serviceCentreAddress",
            &a.service_centre_address,
        ),
    ];
    v.extend(
        a.teleservice
            .map(|t| hex("teleservice", "teleservice", t).note("TeleserviceCode, MAP v1")),
    );
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(flag(
        a.gprs_support_indicator,
        "gprs_support_indicator",
        "gprsSupportIndicator",
        "the SMS-GMSC can handle two serving node numbers",
    ));
    v.extend(a.sm_rp_mti.map(|n| {
        Node::new("sm_rp_mti", Value::UInt(u64::from(n)))
            .label("sm-RP-MTI")
            .note(match n {
                0 => "SMS-DELIVER",
                1 => "SMS-STATUS-REPORT",
                _ => "reserved",
            })
    }));
    if let Some(raw) = a.sm_rp_smea {
        v.push(smea(raw, a.sm_rp_smea_address()));
    }
    v.extend(a.sm_delivery_not_intended.map(|e| {
        enumerated(
            "sm_delivery_not_intended",
            "sm-deliveryNotIntended",
            e.0,
            e.description(),
        )
    }));
    v.extend(flag(
        a.ip_sm_gw_guidance_indicator,
        "ip_sm_gw_guidance_indicator",
        "ip-sm-gwGuidanceIndicator",
        "the sender accepts ip-sm-gwGuidance",
    ));
    v.extend(a.imsi.as_ref().map(|i| imsi("imsi", "imsi", i)));
    v.extend(flag(
        a.t4_trigger_indicator,
        "t4_trigger_indicator",
        "t4-Trigger-Indicator",
        "T4 device triggering",
    ));
    v.extend(flag(
        a.single_attempt_delivery,
        "single_attempt_delivery",
        "singleAttemptDelivery",
        "one delivery attempt only",
    ));
    v.extend(a.correlation_id.as_ref().map(correlation_id));
    v.extend(flag(
        a.smsf_support_indicator,
        "smsf_support_indicator",
        "smsf-supportIndicator",
        "the SMS-GMSC supports SMSF",
    ));
    v.extend(unknown(&a.unknown));
    v
}

fn sri_res(r: &RoutingInfoForSmRes<'_>) -> Vec<Node> {
    let mut v = vec![
        imsi("imsi", "imsi", &r.imsi),
        location_info(&r.location_info_with_lmsi),
    ];
    v.extend(r.mwd_set.map(|b| {
        boolean(
            "mwd_set",
            "mwd-Set",
            b,
            "the SC address was added to the MWD list (MAP v1)",
            "the SC address was not added to the MWD list (MAP v1)",
        )
    }));
    v.extend(r.extension_container.as_ref().map(ext));
    v.extend(r.ip_sm_gw_guidance.as_ref().map(guidance));
    v.extend(unknown(&r.unknown));
    v
}

fn location_info(l: &LocationInfoWithLmsi<'_>) -> Node {
    let mut v = vec![address(
        "network_node_number",
        "networkNode-Number",
        &l.network_node_number,
    )];
    v.extend(l.lmsi.map(|x| lmsi("lmsi", "lmsi", x)));
    v.extend(l.extension_container.as_ref().map(ext));
    v.extend(flag(
        l.gprs_node_indicator,
        "gprs_node_indicator",
        "gprsNodeIndicator",
        "networkNode-Number is an SGSN number",
    ));
    v.extend(
        l.additional_number
            .as_ref()
            .map(|a| additional_number("additional_number", "additional-Number", a)),
    );
    v.extend(l.network_node_diameter_address.as_ref().map(|d| {
        diameter(
            "network_node_diameter_address",
            "networkNodeDiameterAddress",
            d,
        )
    }));
    v.extend(
        l.additional_network_node_diameter_address
            .as_ref()
            .map(|d| {
                diameter(
                    "additional_network_node_diameter_address",
                    "additionalNetworkNodeDiameterAddress",
                    d,
                )
            }),
    );
    v.extend(
        l.third_number
            .as_ref()
            .map(|a| additional_number("third_number", "thirdNumber", a)),
    );
    v.extend(l.third_network_node_diameter_address.as_ref().map(|d| {
        diameter(
            "third_network_node_diameter_address",
            "thirdNetworkNodeDiameterAddress",
            d,
        )
    }));
    v.extend(flag(
        l.ims_node_indicator,
        "ims_node_indicator",
        "imsNodeIndicator",
        "networkNode-Number is an IP-SM-GW number",
    ));
    v.extend(
        l.smsf_3gpp_number
            .as_ref()
            .map(|a| address("smsf_3gpp_number", "smsf-3gpp-Number", a)),
    );
    v.extend(
        l.smsf_3gpp_diameter_address
            .as_ref()
            .map(|d| diameter("smsf_3gpp_diameter_address", "smsf-3gpp-DiameterAddress", d)),
    );
    v.extend(
        l.smsf_non_3gpp_number
            .as_ref()
            .map(|a| address("smsf_non_3gpp_number", "smsf-non-3gpp-Number", a)),
    );
    v.extend(l.smsf_non_3gpp_diameter_address.as_ref().map(|d| {
        diameter(
            "smsf_non_3gpp_diameter_address",
            "smsf-non-3gpp-DiameterAddress",
            d,
        )
    }));
    v.extend(flag(
        l.smsf_3gpp_address_indicator,
        "smsf_3gpp_address_indicator",
        "smsf-3gpp-address-indicator",
        "networkNode-Number is an SMSF for 3GPP access",
    ));
    v.extend(flag(
        l.smsf_non_3gpp_address_indicator,
        "smsf_non_3gpp_address_indicator",
        "smsf-non-3gpp-address-indicator",
        "networkNode-Number is an SMSF for non-3GPP access",
    ));
    v.extend(unknown(&l.unknown));
    Node::group("location_info_with_lmsi", v)
        .label("locationInfoWithLMSI")
        .record()
}

fn guidance(g: &IpSmGwGuidance<'_>) -> Node {
    let mut v = vec![
        Node::new(
            "minimum_delivery_time_value",
            Value::UInt(u64::from(g.minimum_delivery_time_value)),
        )
        .label("minimumDeliveryTimeValue")
        .note("seconds"),
        Node::new(
            "recommended_delivery_time_value",
            Value::UInt(u64::from(g.recommended_delivery_time_value)),
        )
        .label("recommendedDeliveryTimeValue")
        .note("seconds"),
    ];
    v.extend(g.extension_container.as_ref().map(ext));
    v.extend(unknown(&g.unknown));
    Node::group("ip_sm_gw_guidance", v)
        .label("ip-sm-gwGuidance")
        .record()
}

fn mo_arg(cx: &Cx<'_>, a: &MoForwardSmArg<'_>) -> Result<Vec<Node>, Failure> {
    let mut v = vec![
        sm_rp_da(&a.sm_rp_da),
        sm_rp_oa(&a.sm_rp_oa),
        sm_rp_ui(
            cx,
            "sm_rp_ui",
            "sm-RP-UI",
            a.sm_rp_ui,
            a.tpdu(),
            Direction::MsToSc,
        )?,
    ];
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(a.imsi.as_ref().map(|i| imsi("imsi", "imsi", i)));
    v.extend(a.correlation_id.as_ref().map(correlation_id));
    v.extend(a.sm_delivery_outcome.map(|o| {
        enumerated(
            "sm_delivery_outcome",
            "sm-DeliveryOutcome",
            o.0,
            o.description(),
        )
    }));
    v.extend(unknown(&a.unknown));
    Ok(v)
}

fn forward_arg(cx: &Cx<'_>, a: &ForwardSmArg<'_>) -> Result<Vec<Node>, Failure> {
    let dir = Direction::from(a.direction());
    let mut v = vec![
        sm_rp_da(&a.sm_rp_da),
        sm_rp_oa(&a.sm_rp_oa),
        sm_rp_ui(cx, "sm_rp_ui", "sm-RP-UI", a.sm_rp_ui, a.tpdu(), dir)?,
    ];
    v.extend(more_messages(a.more_messages_to_send));
    v.extend(unknown(&a.unknown));
    Ok(v)
}

fn more_messages(set: bool) -> Option<Node> {
    flag(
        set,
        "more_messages_to_send",
        "moreMessagesToSend",
        "more short messages follow in this dialogue",
    )
}

fn mt_arg(cx: &Cx<'_>, a: &MtForwardSmArg<'_>) -> Result<Vec<Node>, Failure> {
    let mut v = vec![
        sm_rp_da(&a.sm_rp_da),
        sm_rp_oa(&a.sm_rp_oa),
        sm_rp_ui(
            cx,
            "sm_rp_ui",
            "sm-RP-UI",
            a.sm_rp_ui,
            a.tpdu(),
            Direction::ScToMs,
        )?,
    ];
    v.extend(more_messages(a.more_messages_to_send));
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(a.sm_delivery_timer.map(|t| {
        Node::new("sm_delivery_timer", Value::UInt(u64::from(t)))
            .label("smDeliveryTimer")
            .note("seconds")
    }));
    v.extend(
        a.sm_delivery_start_time
            .map(|t| time("sm_delivery_start_time", "smDeliveryStartTime", t)),
    );
    v.extend(flag(
        a.sms_over_ip_only_indicator,
        "sms_over_ip_only_indicator",
        "smsOverIP-OnlyIndicator",
        "deliver via IMS only",
    ));
    v.extend(a.correlation_id.as_ref().map(correlation_id));
    v.extend(a.maximum_retransmission_time.map(|t| {
        time(
            "maximum_retransmission_time",
            "maximumRetransmissionTime",
            t,
        )
    }));
    v.extend(
        a.sms_gmsc_address
            .as_ref()
            .map(|x| address("sms_gmsc_address", "smsGmscAddress", x)),
    );
    v.extend(
        a.sms_gmsc_diameter_address
            .as_ref()
            .map(|d| diameter("sms_gmsc_diameter_address", "smsGmscDiameterAddress", d)),
    );
    v.extend(unknown(&a.unknown));
    Ok(v)
}

fn mo_res(cx: &Cx<'_>, r: &MoForwardSmRes<'_>) -> Result<Vec<Node>, Failure> {
    let mut v = Vec::new();
    if let (Some(ui), Some(t)) = (r.sm_rp_ui, r.tpdu()) {
        v.push(sm_rp_ui(
            cx,
            "sm_rp_ui",
            "sm-RP-UI",
            ui,
            t,
            Direction::ScToMs,
        )?);
    }
    v.extend(r.extension_container.as_ref().map(ext));
    v.extend(unknown(&r.unknown));
    Ok(v)
}

fn mt_res(cx: &Cx<'_>, r: &MtForwardSmRes<'_>) -> Result<Vec<Node>, Failure> {
    let mut v = Vec::new();
    if let (Some(ui), Some(t)) = (r.sm_rp_ui, r.tpdu()) {
        v.push(sm_rp_ui(
            cx,
            "sm_rp_ui",
            "sm-RP-UI",
            ui,
            t,
            Direction::MsToSc,
        )?);
    }
    v.extend(r.extension_container.as_ref().map(ext));
    v.extend(unknown(&r.unknown));
    Ok(v)
}

fn report_arg(a: &ReportSmDeliveryStatusArg<'_>) -> Vec<Node> {
    let outcome = |name, label, o: smsip_map::SmDeliveryOutcome| {
        enumerated(name, label, o.0, o.description())
    };
    let mut v = vec![
        address("msisdn", "msisdn", &a.msisdn),
        address(
            "service_centre_address",
            "serviceCentreAddress",
            &a.service_centre_address,
        ),
        outcome(
            "sm_delivery_outcome",
            "sm-DeliveryOutcome",
            a.sm_delivery_outcome,
        ),
    ];
    v.extend(a.absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "absent_subscriber_diagnostic_sm",
            "absentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(flag(
        a.gprs_support_indicator,
        "gprs_support_indicator",
        "gprsSupportIndicator",
        "the SMS-GMSC handles two delivery outcomes",
    ));
    v.extend(flag(
        a.delivery_outcome_indicator,
        "delivery_outcome_indicator",
        "deliveryOutcomeIndicator",
        "sm-DeliveryOutcome is for GPRS",
    ));
    v.extend(a.additional_sm_delivery_outcome.map(|o| {
        outcome(
            "additional_sm_delivery_outcome",
            "additionalSM-DeliveryOutcome",
            o,
        )
    }));
    v.extend(a.additional_absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "additional_absent_subscriber_diagnostic_sm",
            "additionalAbsentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(flag(
        a.ip_sm_gw_indicator,
        "ip_sm_gw_indicator",
        "ip-sm-gw-Indicator",
        "sm-DeliveryOutcome is for delivery via IMS",
    ));
    v.extend(a.ip_sm_gw_sm_delivery_outcome.map(|o| {
        outcome(
            "ip_sm_gw_sm_delivery_outcome",
            "ip-sm-gw-sm-deliveryOutcome",
            o,
        )
    }));
    v.extend(a.ip_sm_gw_absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "ip_sm_gw_absent_subscriber_diagnostic_sm",
            "ip-sm-gw-absentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(a.imsi.as_ref().map(|i| imsi("imsi", "imsi", i)));
    v.extend(flag(
        a.single_attempt_delivery,
        "single_attempt_delivery",
        "singleAttemptDelivery",
        "one delivery attempt only",
    ));
    v.extend(a.correlation_id.as_ref().map(correlation_id));
    v.extend(flag(
        a.smsf_3gpp_delivery_outcome_indicator,
        "smsf_3gpp_delivery_outcome_indicator",
        "smsf-3gpp-deliveryOutcomeIndicator",
        "sm-DeliveryOutcome is for an SMSF, 3GPP access",
    ));
    v.extend(
        a.smsf_3gpp_delivery_outcome
            .map(|o| outcome("smsf_3gpp_delivery_outcome", "smsf-3gpp-deliveryOutcome", o)),
    );
    v.extend(a.smsf_3gpp_absent_subscriber_diag_sm.map(|d| {
        diagnostic(
            "smsf_3gpp_absent_subscriber_diag_sm",
            "smsf-3gpp-absentSubscriberDiagSM",
            d,
        )
    }));
    v.extend(flag(
        a.smsf_non_3gpp_delivery_outcome_indicator,
        "smsf_non_3gpp_delivery_outcome_indicator",
        "smsf-non-3gpp-deliveryOutcomeIndicator",
        "sm-DeliveryOutcome is for an SMSF, non-3GPP access",
    ));
    v.extend(a.smsf_non_3gpp_delivery_outcome.map(|o| {
        outcome(
            "smsf_non_3gpp_delivery_outcome",
            "smsf-non-3gpp-deliveryOutcome",
            o,
        )
    }));
    v.extend(a.smsf_non_3gpp_absent_subscriber_diag_sm.map(|d| {
        diagnostic(
            "smsf_non_3gpp_absent_subscriber_diag_sm",
            "smsf-non-3gpp-absentSubscriberDiagSM",
            d,
        )
    }));
    v.extend(unknown(&a.unknown));
    v
}

fn report_res(r: &ReportSmDeliveryStatusRes<'_>) -> Vec<Node> {
    let mut v = Vec::new();
    v.extend(
        r.stored_msisdn
            .as_ref()
            .map(|a| address("stored_msisdn", "storedMSISDN", a)),
    );
    v.extend(r.extension_container.as_ref().map(ext));
    v.extend(unknown(&r.unknown));
    v
}

fn alert_arg(a: &AlertServiceCentreArg<'_>) -> Vec<Node> {
    let mut v = vec![
        address("msisdn", "msisdn", &a.msisdn),
        address(
            "service_centre_address",
            "serviceCentreAddress",
            &a.service_centre_address,
        ),
    ];
    v.extend(a.imsi.as_ref().map(|i| imsi("imsi", "imsi", i)));
    v.extend(a.correlation_id.as_ref().map(correlation_id));
    v.extend(a.maximum_ue_availability_time.map(|t| {
        time(
            "maximum_ue_availability_time",
            "maximumUeAvailabilityTime",
            t,
        )
    }));
    v.extend(a.sms_gmsc_alert_event.map(|e| {
        enumerated(
            "sms_gmsc_alert_event",
            "smsGmscAlertEvent",
            e.0,
            e.description(),
        )
    }));
    v.extend(
        a.sms_gmsc_diameter_address
            .as_ref()
            .map(|d| diameter("sms_gmsc_diameter_address", "smsGmscDiameterAddress", d)),
    );
    v.extend(
        a.new_sgsn_number
            .as_ref()
            .map(|x| address("new_sgsn_number", "newSGSNNumber", x)),
    );
    v.extend(
        a.new_sgsn_diameter_address
            .as_ref()
            .map(|d| diameter("new_sgsn_diameter_address", "newSGSNDiameterAddress", d)),
    );
    v.extend(
        a.new_mme_number
            .as_ref()
            .map(|x| address("new_mme_number", "newMMENumber", x)),
    );
    v.extend(
        a.new_mme_diameter_address
            .as_ref()
            .map(|d| diameter("new_mme_diameter_address", "newMMEDiameterAddress", d)),
    );
    v.extend(
        a.new_msc_number
            .as_ref()
            .map(|x| address("new_msc_number", "newMSCNumber", x)),
    );
    v.extend(unknown(&a.unknown));
    v
}

/// MW-Status named bits (map-sms.md §5.3).
const MW_STATUS_BITS: &[&str] = &[
    "sc-AddressNotIncluded",
    "mnrf-Set",
    "mcef-Set",
    "mnrg-Set",
    "mnr5g-Set",
    "mnr5gn3g-Set",
];

fn isc_arg(a: &InformServiceCentreArg<'_>) -> Vec<Node> {
    let mut v = Vec::new();
    v.extend(
        a.stored_msisdn
            .as_ref()
            .map(|x| address("stored_msisdn", "storedMSISDN", x)),
    );
    v.extend(
        a.mw_status
            .as_ref()
            .map(|b| bits("mw_status", "mw-Status", b, MW_STATUS_BITS)),
    );
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(a.absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "absent_subscriber_diagnostic_sm",
            "absentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(a.additional_absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "additional_absent_subscriber_diagnostic_sm",
            "additionalAbsentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(a.smsf_3gpp_absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "smsf_3gpp_absent_subscriber_diagnostic_sm",
            "smsf3gppAbsentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(a.smsf_non_3gpp_absent_subscriber_diagnostic_sm.map(|d| {
        diagnostic(
            "smsf_non_3gpp_absent_subscriber_diagnostic_sm",
            "smsfNon3gppAbsentSubscriberDiagnosticSM",
            d,
        )
    }));
    v.extend(unknown(&a.unknown));
    v
}

fn atm_arg(a: &AnyTimeModificationArg<'_>) -> Vec<Node> {
    let mut v = vec![
        subscriber_identity(&a.subscriber_identity),
        address("gsm_scf_address", "gsmSCF-Address", &a.gsm_scf_address),
    ];
    let raws: [(&'static str, &'static str, &Option<Element<'_>>); 3] = [
        (
            "modification_request_for_cf_info",
            "modificationRequestFor-CF-Info",
            &a.modification_request_for_cf_info,
        ),
        (
            "modification_request_for_cb_info",
            "modificationRequestFor-CB-Info",
            &a.modification_request_for_cb_info,
        ),
        (
            "modification_request_for_csi",
            "modificationRequestFor-CSI",
            &a.modification_request_for_csi,
        ),
    ];
    for (name, label, e) in raws {
        v.extend(e.as_ref().map(|e| raw(name, label, e)));
    }
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(flag(
        a.long_ftn_supported,
        "long_ftn_supported",
        "longFTN-Supported",
        "long forwarded-to numbers supported",
    ));
    v.extend(a.modification_request_for_odb_data.as_ref().map(|e| {
        raw(
            "modification_request_for_odb_data",
            "modificationRequestFor-ODB-data",
            e,
        )
    }));
    v.extend(
        a.modification_request_for_ip_sm_gw_data
            .as_ref()
            .map(ip_sm_gw_data),
    );
    v.extend(a.activation_request_for_ue_reachability.as_ref().map(|b| {
        bits(
            "activation_request_for_ue_reachability",
            "activationRequestForUE-reachability",
            b,
            &["mmeAndSgsn"],
        )
    }));
    let raws: [(&'static str, &'static str, &Option<Element<'_>>); 6] = [
        (
            "modification_request_for_csg",
            "modificationRequestFor-CSG",
            &a.modification_request_for_csg,
        ),
        (
            "modification_request_for_cw_data",
            "modificationRequestFor-CW-Data",
            &a.modification_request_for_cw_data,
        ),
        (
            "modification_request_for_clip_data",
            "modificationRequestFor-CLIP-Data",
            &a.modification_request_for_clip_data,
        ),
        (
            "modification_request_for_clir_data",
            "modificationRequestFor-CLIR-Data",
            &a.modification_request_for_clir_data,
        ),
        (
            "modification_request_for_hold_data",
            "modificationRequestFor-HOLD-Data",
            &a.modification_request_for_hold_data,
        ),
        (
            "modification_request_for_ect_data",
            "modificationRequestFor-ECT-Data",
            &a.modification_request_for_ect_data,
        ),
    ];
    for (name, label, e) in raws {
        v.extend(e.as_ref().map(|e| raw(name, label, e)));
    }
    v.extend(unknown(&a.unknown));
    v
}

fn ip_sm_gw_data(d: &ModificationRequestForIpSmGwData<'_>) -> Node {
    let mut v = Vec::new();
    v.extend(d.modify_registration_status.map(|m| {
        enumerated(
            "modify_registration_status",
            "modifyRegistrationStatus",
            m.0,
            m.description(),
        )
    }));
    v.extend(d.extension_container.as_ref().map(ext));
    v.extend(
        d.ip_sm_gw_diameter_address
            .as_ref()
            .map(|x| diameter("ip_sm_gw_diameter_address", "ip-sm-gw-DiameterAddress", x)),
    );
    v.extend(unknown(&d.unknown));
    Node::group("modification_request_for_ip_sm_gw_data", v)
        .label("modificationRequestFor-IP-SM-GW-Data")
        .record()
}

fn atm_res(r: &AnyTimeModificationRes<'_>) -> Vec<Node> {
    let mut v = Vec::new();
    let before: [(&'static str, &'static str, &Option<Element<'_>>); 2] = [
        ("ss_info_for_cse", "ss-InfoFor-CSE", &r.ss_info_for_cse),
        (
            "camel_subscription_info",
            "camel-SubscriptionInfo",
            &r.camel_subscription_info,
        ),
    ];
    for (name, label, e) in before {
        v.extend(e.as_ref().map(|e| raw(name, label, e)));
    }
    v.extend(r.extension_container.as_ref().map(ext));
    let after: [(&'static str, &'static str, &Option<Element<'_>>); 6] = [
        ("odb_info", "odb-Info", &r.odb_info),
        ("cw_data", "cw-Data", &r.cw_data),
        ("ch_data", "ch-Data", &r.ch_data),
        ("clip_data", "clip-Data", &r.clip_data),
        ("clir_data", "clir-Data", &r.clir_data),
        ("ect_data", "ect-data", &r.ect_data),
    ];
    for (name, label, e) in after {
        v.extend(e.as_ref().map(|e| raw(name, label, e)));
    }
    v.extend(
        r.service_centre_address
            .as_ref()
            .map(|a| address("service_centre_address", "serviceCentreAddress", a)),
    );
    v.extend(unknown(&r.unknown));
    v
}

fn ready_arg(a: &ReadyForSmArg<'_>) -> Vec<Node> {
    let mut v = vec![
        imsi("imsi", "imsi", &a.imsi),
        enumerated(
            "alert_reason",
            "alertReason",
            a.alert_reason.0,
            a.alert_reason.description(),
        ),
    ];
    v.extend(flag(
        a.alert_reason_indicator,
        "alert_reason_indicator",
        "alertReasonIndicator",
        "sent for GPRS activity",
    ));
    v.extend(a.extension_container.as_ref().map(ext));
    v.extend(flag(
        a.additional_alert_reason_indicator,
        "additional_alert_reason_indicator",
        "additionalAlertReasonIndicator",
        "sent for IMS activity",
    ));
    v.extend(a.maximum_ue_availability_time.map(|t| {
        time(
            "maximum_ue_availability_time",
            "maximumUeAvailabilityTime",
            t,
        )
    }));
    v.extend(unknown(&a.unknown));
    v
}

fn ready_res(r: &ReadyForSmRes<'_>) -> Vec<Node> {
    let mut v = Vec::new();
    v.extend(r.extension_container.as_ref().map(ext));
    v.extend(unknown(&r.unknown));
    v
}

// ---- errors ----------------------------------------------------------------------------------

fn error_param(cx: &Cx<'_>, p: &ErrorParam<'_>) -> Result<Members, Failure> {
    use ErrorParam as P;
    let code = p.code().unwrap_or(ErrorCode(0));
    let ty = error_param_type(code);
    Ok(match p {
        P::Absent => (None, Vec::new()),
        P::UnknownSubscriber(p) => {
            let mut v = Vec::new();
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(p.unknown_subscriber_diagnostic.map(|d| {
                enumerated(
                    "unknown_subscriber_diagnostic",
                    "unknownSubscriberDiagnostic",
                    d.0,
                    d.description(),
                )
            }));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::UnidentifiedSubscriber(p)
        | P::IllegalSubscriber(p)
        | P::BearerServiceNotProvisioned(p)
        | P::TeleserviceNotProvisioned(p)
        | P::IllegalEquipment(p)
        | P::IllegalSsOperation(p)
        | P::SsSubscriptionViolation(p)
        | P::MessageWaitingListFull(p)
        | P::DataMissing(p)
        | P::AtmNotAllowed(p)
        | P::InformationNotAvailable(p) => (ty, extensible(p)),
        P::AbsentSubscriberSm(p) => {
            let mut v = Vec::new();
            v.extend(p.absent_subscriber_diagnostic_sm.map(|d| {
                diagnostic(
                    "absent_subscriber_diagnostic_sm",
                    "absentSubscriberDiagnosticSM",
                    d,
                )
            }));
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(p.additional_absent_subscriber_diagnostic_sm.map(|d| {
                diagnostic(
                    "additional_absent_subscriber_diagnostic_sm",
                    "additionalAbsentSubscriberDiagnosticSM",
                    d,
                )
            }));
            v.extend(p.imsi.as_ref().map(|i| imsi("imsi", "imsi", i)));
            v.extend(p.requested_retransmission_time.map(|t| {
                time(
                    "requested_retransmission_time",
                    "requestedRetransmissionTime",
                    t,
                )
            }));
            v.extend(
                p.user_identifier_alert
                    .as_ref()
                    .map(|i| imsi("user_identifier_alert", "userIdentifierAlert", i)),
            );
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::CallBarred(CallBarredParam::CallBarringCause(c)) => (
            Some("CallBarringCause"),
            vec![enumerated(
                "call_barring_cause",
                "callBarringCause",
                c.0,
                c.description(),
            )],
        ),
        P::CallBarred(CallBarredParam::Extensible(p)) => {
            let mut v = Vec::new();
            v.extend(p.call_barring_cause.map(|c| {
                enumerated(
                    "call_barring_cause",
                    "callBarringCause",
                    c.0,
                    c.description(),
                )
            }));
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(flag(
                p.unauthorised_message_originator,
                "unauthorised_message_originator",
                "unauthorisedMessageOriginator",
                "the originator is not authorised",
            ));
            v.extend(flag(
                p.anonymous_call_rejection,
                "anonymous_call_rejection",
                "anonymousCallRejection",
                "anonymous calls are rejected",
            ));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::SsErrorStatus(b) => (
            ty,
            vec![Node::new("ss_status", Value::Code(*b)).label("SS-Status")],
        ),
        P::SsIncompatibility(e) => (
            ty,
            vec![raw(
                "ss_incompatibility_cause",
                "SS-IncompatibilityCause",
                e,
            )],
        ),
        P::FacilityNotSupported(p) => {
            let mut v = Vec::new();
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(flag(
                p.shape_of_location_estimate_not_supported,
                "shape_of_location_estimate_not_supported",
                "shapeOfLocationEstimateNotSupported",
                "",
            ));
            v.extend(flag(
                p.needed_lcs_capability_not_supported_in_serving_node,
                "needed_lcs_capability_not_supported_in_serving_node",
                "neededLcsCapabilityNotSupportedInServingNode",
                "",
            ));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::AbsentSubscriber(p) => {
            let mut v = Vec::new();
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(p.absent_subscriber_reason.map(|r| {
                enumerated(
                    "absent_subscriber_reason",
                    "absentSubscriberReason",
                    r.0,
                    r.description(),
                )
            }));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::AbsentSubscriberMwdSet(b) => (
            Some("Mwd-Set"),
            vec![boolean(
                "mwd_set",
                "mwd-Set",
                *b,
                "the SC address was added to the MWD list",
                "the SC address was not added to the MWD list",
            )],
        ),
        P::SubscriberBusyForMtSms(p) => {
            let mut v = Vec::new();
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(flag(
                p.gprs_connection_suspended,
                "gprs_connection_suspended",
                "gprsConnectionSuspended",
                "",
            ));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::SmDeliveryFailure(p) => {
            let c = p.sm_enumerated_delivery_failure_cause;
            let mut v = vec![enumerated(
                "sm_enumerated_delivery_failure_cause",
                "sm-EnumeratedDeliveryFailureCause",
                c.0,
                c.description(),
            )];
            if let Some(info) = p.diagnostic_info {
                // A report TPDU of an RP-ERROR: SMS-DELIVER-REPORT (TP-MTI 0, MT) travels MS
                // to SC, SMS-SUBMIT-REPORT (TP-MTI 1, MO) SC to MS.
                let dir = if info.first().is_some_and(|b| b & 1 == 1) {
                    Direction::ScToMs
                } else {
                    Direction::MsToSc
                };
                if let Some(t) = p.diagnostic_tpdu(dir.into()) {
                    v.push(sm_rp_ui(
                        cx,
                        "diagnostic_info",
                        "diagnosticInfo",
                        info,
                        t,
                        dir,
                    )?);
                }
            }
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::SmDeliveryFailureV1(c) => (
            Some("SM-EnumeratedDeliveryFailureCause"),
            vec![enumerated(
                "sm_enumerated_delivery_failure_cause",
                "sm-EnumeratedDeliveryFailureCause",
                c.0,
                c.description(),
            )],
        ),
        P::SystemFailure(SystemFailureParam::NetworkResource(n)) => (
            Some("NetworkResource"),
            vec![enumerated(
                "network_resource",
                "networkResource",
                n.0,
                n.description(),
            )],
        ),
        P::SystemFailure(SystemFailureParam::Extensible(p)) => {
            let mut v = Vec::new();
            v.extend(
                p.network_resource.map(|n| {
                    enumerated("network_resource", "networkResource", n.0, n.description())
                }),
            );
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(p.additional_network_resource.map(|n| {
                enumerated(
                    "additional_network_resource",
                    "additionalNetworkResource",
                    n.0,
                    n.description(),
                )
            }));
            v.extend(p.failure_cause_param.map(|n| {
                enumerated(
                    "failure_cause_param",
                    "failureCauseParam",
                    n.0,
                    n.description(),
                )
            }));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        P::UnexpectedDataValue(p) => {
            let mut v = Vec::new();
            v.extend(p.extension_container.as_ref().map(ext));
            v.extend(flag(
                p.unexpected_subscriber,
                "unexpected_subscriber",
                "unexpectedSubscriber",
                "",
            ));
            v.extend(unknown(&p.unknown));
            (ty, v)
        }
        _ => (None, vec![unshown()]),
    })
}

fn extensible(p: &ExtensibleParam<'_>) -> Vec<Node> {
    let mut v = Vec::new();
    v.extend(p.extension_container.as_ref().map(ext));
    v.extend(unknown(&p.unknown));
    v
}

// ---- member types ----------------------------------------------------------------------------

/// Nature of address, in a few words.
fn nature_text(n: u8) -> String {
    match smsip_ber::NatureOfAddress(n).description() {
        Some(d) => d.to_string(),
        None => format!("spare nature of address {n}"),
    }
}

/// Numbering plan, in a few words.
fn plan_text(p: u8) -> String {
    match p {
        0 => "unknown plan".into(),
        1 => "ISDN/E.164".into(),
        3 => "data/X.121".into(),
        4 => "telex/F.69".into(),
        6 => "land mobile/E.212".into(),
        8 => "national plan".into(),
        9 => "private plan".into(),
        15 => "reserved for extension".into(),
        v => format!("spare numbering plan {v}"),
    }
}

/// An AddressString or ISDN-AddressString: text `+447700900123 (international number,
/// ISDN/E.164)`, JSON `{"nature", "nature_name"?, "plan", "plan_name"?, "digits"}`.
pub(super) fn address(name: &'static str, label: &'static str, a: &AddressString<'_>) -> Node {
    let (nature, plan) = (a.nature(), a.plan());
    let digits = a.digits().to_string();
    let shown = if digits.is_empty() {
        "(no digits)".to_string()
    } else {
        a.to_string()
    };
    let mut note = format!("{}, {}", nature_text(nature.0), plan_text(plan.0));
    if !a.extension_bit() {
        note.push_str(", extension bit 0");
    }
    let mut n = Node::new(name, Value::Summary(shown))
        .label(label)
        .note(note)
        .child(Node::new("nature", Value::UInt(u64::from(nature.0))).json_only());
    if let Some(d) = nature.description() {
        n = n.child(Node::new("nature_name", Value::word(d)).json_only());
    }
    n = n.child(Node::new("plan", Value::UInt(u64::from(plan.0))).json_only());
    if let Some(d) = plan.description() {
        n = n.child(Node::new("plan_name", Value::word(d)).json_only());
    }
    n.child(Node::new("digits", Value::string(digits)).json_only())
}

/// An IMSI: its digits (JSON string).
fn imsi(name: &'static str, label: &'static str, i: &Imsi<'_>) -> Node {
    Node::new(name, Value::string(i.to_string())).label(label)
}

/// An LMSI: its four octets as hex.
fn lmsi(name: &'static str, label: &'static str, l: Lmsi) -> Node {
    Node::new(name, Value::Hex(l.0.to_vec())).label(label)
}

fn hex(name: &'static str, label: &'static str, b: &[u8]) -> Node {
    Node::new(name, Value::Hex(b.to_vec())).label(label)
}

/// An element kept raw: the whole element (tag, length, contents) as hex.
fn raw(name: &'static str, label: &'static str, e: &Element<'_>) -> Node {
    Node::new(name, Value::Hex(e.raw().to_vec()))
        .label(label)
        .note("not decoded")
}

/// A BOOLEAN member.
fn boolean(
    name: &'static str,
    label: &'static str,
    v: bool,
    set: &'static str,
    clear: &'static str,
) -> Node {
    Node::new(name, Value::Flag(v))
        .label(label)
        .note(if v { set } else { clear })
}

/// A NULL member: JSON `true` when present, absent otherwise.
fn flag(set: bool, name: &'static str, label: &'static str, note: &'static str) -> Option<Node> {
    set.then(|| {
        let n = Node::new(name, Value::Flag(true)).label(label);
        if note.is_empty() {
            n
        } else {
            n.note(note)
        }
    })
}

/// An ENUMERATED: text `1 (absentSubscriber)`, JSON `{"value", "name"?}`.
pub(super) fn enumerated(
    name: &'static str,
    label: &'static str,
    value: u8,
    asn1: Option<&'static str>,
) -> Node {
    let mut n = Node::new(name, Value::Summary(value.to_string()))
        .label(label)
        .note(asn1.unwrap_or("value not known to this decoder"))
        .child(Node::new("value", Value::UInt(u64::from(value))).json_only());
    if let Some(a) = asn1 {
        n = n.child(Node::new("name", Value::word(a)).json_only());
    }
    n
}

/// AbsentSubscriberDiagnosticSM: text `1 (IMSI detached)`, JSON `{"value", "text"?}`.
fn diagnostic(name: &'static str, label: &'static str, d: AbsentSubscriberDiagnosticSm) -> Node {
    let mut n = Node::new(name, Value::Summary(d.0.to_string()))
        .label(label)
        .note(d.description().unwrap_or("reserved"))
        .child(Node::new("value", Value::UInt(u64::from(d.0))).json_only());
    if let Some(t) = d.description() {
        n = n.child(Node::new("text", Value::word(t)).json_only());
    }
    n
}

/// Time (seconds since 1900, UTC): text `2023-11-14T22:13:20Z`, JSON `{"seconds_since_1900",
/// "utc"?}` (`utc` absent before 1970).
fn time(name: &'static str, label: &'static str, t: Time) -> Node {
    let utc = t.unix_seconds().map(civil::utc_rfc3339);
    let shown = utc
        .clone()
        .unwrap_or_else(|| format!("{} seconds after 1900-01-01", t.0));
    let mut n = Node::new(name, Value::Summary(shown))
        .label(label)
        .child(Node::new("seconds_since_1900", Value::UInt(u64::from(t.0))).json_only());
    if let Some(u) = utc {
        n = n.child(Node::new("utc", Value::string(u)).json_only());
    }
    n
}

/// A BIT STRING with named bits: text `010000 (mnrf-Set)`, JSON `{"bits", "set"}`.
fn bits(name: &'static str, label: &'static str, b: &BitString<'_>, names: &[&str]) -> Node {
    let s: String = (0..b.len())
        .map(|i| if b.is_set(i) { '1' } else { '0' })
        .collect();
    let set: Vec<String> = (0..b.len())
        .filter(|&i| b.is_set(i))
        .map(|i| match names.get(i) {
            Some(n) => (*n).to_string(),
            None => format!("bit {i}"),
        })
        .collect();
    let note = if set.is_empty() {
        "no bit set".to_string()
    } else {
        set.join(", ")
    };
    let items = set
        .into_iter()
        .map(|n| Node::new("bit", Value::string(n)))
        .collect();
    Node::new(name, Value::Summary(s.clone()))
        .label(label)
        .note(note)
        .child(Node::new("bits", Value::string(s)).json_only())
        .child(Node::list("set", items).json_only())
}

/// A CHOICE: text `<alternative> <value text>`, JSON `{"choice", "value"}`.
pub(super) fn choice(
    name: &'static str,
    label: &'static str,
    alt: &'static str,
    alt_label: &'static str,
    value: Node,
) -> Node {
    let text = match value.value {
        Value::Null => String::new(),
        ref v => crate::render::text::value(v),
    };
    let shown = if text.is_empty() {
        alt_label.to_string()
    } else {
        format!("{alt_label} {text}")
    };
    Node::new(name, Value::Summary(shown))
        .label(label)
        .note_opt(value.note.clone())
        .child(Node::new("choice", Value::word(alt)).json_only())
        .child(
            Node {
                name: "value".into(),
                ..value
            }
            .json_only(),
        )
}

fn sm_rp_da(d: &SmRpDa<'_>) -> Node {
    let (alt, alt_label, value) = match d {
        SmRpDa::Imsi(i) => ("imsi", "imsi", imsi("value", "imsi", i)),
        SmRpDa::Lmsi(l) => ("lmsi", "lmsi", lmsi("value", "lmsi", *l)),
        SmRpDa::RoamingNumber(a) => (
            "roaming_number",
            "roamingNumber",
            address("value", "roamingNumber", a),
        ),
        SmRpDa::ServiceCentreAddressDa(a) => (
            "service_centre_address_da",
            "serviceCentreAddressDA",
            address("value", "serviceCentreAddressDA", a),
        ),
        SmRpDa::NoSmRpDa => ("no_sm_rp_da", "noSM-RP-DA", Node::new("value", Value::Null)),
    };
    choice("sm_rp_da", "sm-RP-DA", alt, alt_label, value)
}

fn sm_rp_oa(o: &SmRpOa<'_>) -> Node {
    let (alt, alt_label, value) = match o {
        SmRpOa::Msisdn(a) => ("msisdn", "msisdn", address("value", "msisdn", a)),
        SmRpOa::ServiceCentreAddressOa(a) => (
            "service_centre_address_oa",
            "serviceCentreAddressOA",
            address("value", "serviceCentreAddressOA", a),
        ),
        SmRpOa::NoSmRpOa => ("no_sm_rp_oa", "noSM-RP-OA", Node::new("value", Value::Null)),
    };
    choice("sm_rp_oa", "sm-RP-OA", alt, alt_label, value)
}

fn additional_number(name: &'static str, label: &'static str, a: &AdditionalNumber<'_>) -> Node {
    let (alt, alt_label, n) = match a {
        AdditionalNumber::MscNumber(n) => ("msc_number", "msc-Number", n),
        AdditionalNumber::SgsnNumber(n) => ("sgsn_number", "sgsn-Number", n),
    };
    choice(name, label, alt, alt_label, address("value", alt_label, n))
}

fn subscriber_identity(s: &SubscriberIdentity<'_>) -> Node {
    let (alt, value) = match s {
        SubscriberIdentity::Imsi(i) => ("imsi", imsi("value", "imsi", i)),
        SubscriberIdentity::Msisdn(a) => ("msisdn", address("value", "msisdn", a)),
    };
    choice("subscriber_identity", "subscriberIdentity", alt, alt, value)
}

/// Octets shown as text (SIP URIs, Diameter identities), lossy UTF-8.
fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn correlation_id(c: &CorrelationId<'_>) -> Node {
    let mut v = Vec::new();
    v.extend(c.hlr_id.as_ref().map(|i| imsi("hlr_id", "hlr-id", i)));
    v.extend(
        c.sip_uri_a
            .map(|u| Node::new("sip_uri_a", Value::Text(text(u))).label("sip-uri-A")),
    );
    v.push(Node::new("sip_uri_b", Value::Text(text(c.sip_uri_b))).label("sip-uri-B"));
    Node::group("correlation_id", v).label("correlationID")
}

fn diameter(name: &'static str, label: &'static str, d: &NetworkNodeDiameterAddress<'_>) -> Node {
    Node::new(name, Value::Summary(d.to_string()))
        .label(label)
        .child(Node::new("diameter_name", Value::Text(text(d.diameter_name))).json_only())
        .child(Node::new("diameter_realm", Value::Text(text(d.diameter_realm))).json_only())
}

/// sm-RP-SMEA: JSON `{"data", "address"?}` (`address` when the octets are one TS 23.040
/// address field).
fn smea(raw: &[u8], address: Option<Result<smsip_tpdu::Address, smsip_tpdu::DecodeError>>) -> Node {
    let mut n = Node::new("sm_rp_smea", Value::Summary(smsip_core::hex::encode(raw)))
        .label("sm-RP-SMEA")
        .child(Node::new("data", Value::Hex(raw.to_vec())).json_only());
    match address {
        Some(Ok(a)) => {
            let a = tpdu::address("address", &a).json_only();
            let shown = crate::render::text::value(&a.value);
            n.value = Value::Summary(shown);
            n = n
                .note(format!(
                    "{}; TS 23.040 address field {}",
                    a.note.clone().unwrap_or_default(),
                    smsip_core::hex::encode(raw)
                ))
                .child(a);
        }
        Some(Err(e)) => n = n.note(format!("not one TS 23.040 address field: {e}")),
        None => {}
    }
    n
}

/// The ExtensionContainer: JSON `{"private_extensions": [{"ext_id", "ext_type"?}],
/// "pcs_extensions"?, "unknown_members"?}`.
pub(super) fn ext(e: &ExtensionContainer<'_>) -> Node {
    let items: Vec<Node> = e
        .private_extensions()
        .map(|p| {
            let id = p.ext_id().to_string();
            let mut n = Node::new("private_extension", Value::Summary(id.clone()))
                .label("PrivateExtension")
                .child(Node::new("ext_id", Value::string(id)).json_only());
            if let Some(t) = p.ext_type() {
                n = n
                    .note(format!("extType {}", smsip_core::hex::encode(t.raw())))
                    .child(Node::new("ext_type", Value::Hex(t.raw().to_vec())).json_only());
            }
            n
        })
        .collect();
    let count = items.len();
    let list = Node::list("private_extensions", items)
        .label("privateExtensionList")
        .note(format!(
            "{count} extension{}",
            if count == 1 { "" } else { "s" }
        ));
    let mut v = vec![if count == 0 { list.json_only() } else { list }];
    v.extend(e.pcs_extensions().map(|p| {
        Node::new("pcs_extensions", Value::Hex(p.content().to_vec())).label("pcs-Extensions")
    }));
    v.extend(unknown(&e.unknown()));
    Node::group("extension_container", v)
        .label("extensionContainer")
        .record()
}

/// Extension additions a decoder does not know: `unknown_members`, each element as hex,
/// present only when there are some.
pub(super) fn unknown(raw: &RawElements<'_>) -> Option<Node> {
    if raw.is_empty() {
        return None;
    }
    let mut items = Vec::new();
    let mut used = 0;
    for e in raw.iter() {
        match e {
            Ok(e) => {
                used += e.raw().len();
                items.push(
                    Node::new("element", Value::Hex(e.raw().to_vec()))
                        .note(format!("tag {}", e.tag())),
                );
            }
            Err(_) => break,
        }
    }
    if let Some(rest) = raw.as_bytes().get(used..).filter(|r| !r.is_empty()) {
        items.push(Node::new("element", Value::Hex(rest.to_vec())));
    }
    let count = items.len();
    Some(
        Node::list("unknown_members", items)
            .label("unknown members")
            .note(format!(
                "{count} extension addition{} this decoder does not know",
                if count == 1 { "" } else { "s" }
            )),
    )
}

/// Offset of `inner` (a slice of `outer`) in `outer`.
fn offset_in(outer: &[u8], inner: &[u8]) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// SM-RP-UI (or diagnosticInfo): the TPDU `smsip-map` decoded in `dir`, as the `tpdu` layer
/// shows it, nested. A TPDU that does not decode fails the whole input, like RP-User-Data.
fn sm_rp_ui(
    cx: &Cx<'_>,
    name: &'static str,
    label: &'static str,
    ui: &[u8],
    decoded: Result<Tpdu<'_>, smsip_tpdu::DecodeError>,
    dir: Direction,
) -> Result<Node, Failure> {
    let at = offset_in(cx.input, ui);
    let t = decoded.map_err(|e| {
        tpdu::failure(ui, &e, dir, false).enclosed_in(
            Enclosing {
                layer: "map",
                kind: cx.ty,
                direction: None,
                offset: at,
            },
            &format!("TPDU in {label}"),
        )
    })?;
    Ok(
        Node::new(name, Value::Summary(format!("{} octets", ui.len())))
            .label(label)
            .note(format!("TPDU at offset {at}"))
            .child(tpdu::tree(ui, &t, dir, false).inline()),
    )
}
