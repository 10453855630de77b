//! The `tpdu` layer: SM-TL TPDUs of 3GPP TS 23.040 clause 9, decoded with `smsip-tpdu`.
//!
//! Field names follow the specification in snake case (`tp_oa`, `tp_scts`, ...); the JSON
//! schema is documented in the crate README.

use super::{Direction, Failure, Options, Report};
use crate::tree::{Node, Value};
use smsip_tpdu::alphabet::tables::language_name;
use smsip_tpdu::udh::{Ie, IeValue, Iei, Udh};
use smsip_tpdu::user_data::Sm;
use smsip_tpdu::vp::{relative_secs, EnhancedFormat, EnhancedVp};
use smsip_tpdu::{
    Address, Alphabet, CommandType, Dcs, DcsGroup, DecodeError, Fcs, MessageClass, NumberingPlan,
    OptionalParams, Pid, ReportContext, Status, StatusCategory, Timestamp, Tpdu, TpduType,
    TypeOfNumber, UserData, ValidityPeriod, WaitingKind,
};

/// Decodes one TPDU. Without a direction, SC to MS is tried first, then MS to SC; when both
/// fail, the error that got further into the message is reported.
pub fn decode(bytes: &[u8], opts: &Options) -> Result<Node, Failure> {
    let report = match opts.report {
        Report::Ack => ReportContext::Ack,
        Report::Error => ReportContext::Error,
        Report::Unknown => ReportContext::Unknown,
    };
    let attempt = |dir: Direction| Tpdu::decode_with(bytes, dir.into(), report);
    match opts.direction {
        Some(dir) => match attempt(dir) {
            Ok(t) => Ok(tree(bytes, &t, dir, false)),
            Err(e) => Err(failure(bytes, &e, dir, false)),
        },
        None => match attempt(Direction::ScToMs) {
            Ok(t) => Ok(tree(bytes, &t, Direction::ScToMs, true)),
            Err(sc) => match attempt(Direction::MsToSc) {
                Ok(t) => Ok(tree(bytes, &t, Direction::MsToSc, true)),
                Err(ms) if ms.offset() > sc.offset() => {
                    Err(failure(bytes, &ms, Direction::MsToSc, true))
                }
                Err(_) => Err(failure(bytes, &sc, Direction::ScToMs, true)),
            },
        },
    }
}

/// The failure of a TPDU decoded in `dir` (`guessed`: the direction was not given).
pub fn failure(bytes: &[u8], e: &DecodeError, dir: Direction, guessed: bool) -> Failure {
    let mut details = Vec::new();
    if let Some(&first) = bytes.first() {
        if !matches!(e, DecodeError::ReservedMti) {
            let t = TpduType::from_mti(first, dir.into());
            details.push(Node::new("type", Value::word(t.name())));
        }
    }
    details.push(
        Node::new("direction", Value::word(dir.name()))
            .note_opt(guessed.then_some("guessed: neither direction decodes; try --direction")),
    );
    details.push(Node::new("direction_guessed", Value::Flag(guessed)).json_only());
    let missing = match e {
        DecodeError::Truncated { needed, .. } => *needed,
        DecodeError::Empty => 1,
        _ => 0,
    };
    Failure::new("tpdu", e.to_string(), e.offset(), e.field())
        .with_details(details)
        .with_missing(missing)
}

/// The tree of a decoded TPDU. `bytes` is the input, for the first octet as received.
pub fn tree(bytes: &[u8], t: &Tpdu<'_>, dir: Direction, guessed: bool) -> Node {
    let ty = t.tpdu_type();
    let first = bytes.first().copied().unwrap_or(0);
    let form = match t {
        Tpdu::DeliverReport(r) => Some(r.fcs.is_some()),
        Tpdu::SubmitReport(r) => Some(r.fcs.is_some()),
        _ => None,
    };
    let mut note = dir.name().to_string();
    if guessed {
        note.push_str(", direction guessed");
    }
    if let Some(error_form) = form {
        note.push_str(if error_form {
            ", RP-ERROR form"
        } else {
            ", RP-ACK form"
        });
    }
    let mut root = Node::group(
        "tpdu",
        vec![
            Node::new("layer", Value::word("tpdu")).json_only(),
            Node::new("type", Value::word(ty.name())).json_only(),
            Node::new("direction", Value::word(dir.name())).json_only(),
            Node::new("direction_guessed", Value::Flag(guessed)).json_only(),
        ],
    )
    .label(ty.name())
    .note(note);
    if let Some(error_form) = form {
        let f = if error_form { "error" } else { "ack" };
        root = root.child(Node::new("report_form", Value::word(f)).json_only());
    }
    let mti = mti_node(first, ty);
    let udhi = first & 0x40 != 0;
    // TP-UD (TP-CD) ends every TPDU: its offset is the length minus its own.
    let end = bytes.len();
    let fields: Vec<Node> = match t {
        Tpdu::Deliver(d) => {
            let mut v = vec![first_octet(
                first,
                vec![
                    mti,
                    mms(d.mms),
                    flag(
                        "tp_lp",
                        d.lp,
                        "forwarded or spawned",
                        "not forwarded, not spawned",
                    ),
                    flag(
                        "tp_sri",
                        d.sri,
                        "a status report will be returned to the SME",
                        "no status report will be returned to the SME",
                    ),
                    udhi_node(d.ud.udhi),
                    reply_path(d.reply_path),
                ],
                d.spare & 0x10,
            )];
            v.push(address("tp_oa", &d.oa));
            v.extend(pid("tp_pid", d.pid));
            v.push(dcs("tp_dcs", d.dcs));
            v.push(timestamp("tp_scts", &d.scts));
            v.extend(user_data(&d.ud, d.dcs, end));
            v
        }
        Tpdu::Submit(s) => {
            let mut v = vec![first_octet(
                first,
                vec![
                    mti,
                    flag("tp_rd", s.rd, "reject duplicates", "accept duplicates"),
                    Node::new("tp_vpf", Value::UInt(u64::from(s.vp.vpf())))
                        .note(vpf_name(s.vp.vpf())),
                    srr(s.srr),
                    udhi_node(s.ud.udhi),
                    reply_path(s.reply_path),
                ],
                0,
            )];
            v.push(Node::new("tp_mr", Value::UInt(u64::from(s.mr))));
            v.push(address("tp_da", &s.da));
            v.extend(pid("tp_pid", s.pid));
            v.push(dcs("tp_dcs", s.dcs));
            v.extend(validity(&s.vp));
            v.extend(user_data(&s.ud, s.dcs, end));
            v
        }
        Tpdu::DeliverReport(r) => {
            let mut v = vec![first_octet(first, vec![mti, udhi_node(udhi)], r.spare)];
            v.extend(r.fcs.map(fcs).into_iter().flatten());
            v.extend(params(&r.params, None, end));
            v
        }
        Tpdu::SubmitReport(r) => {
            let mut v = vec![first_octet(first, vec![mti, udhi_node(udhi)], r.spare)];
            v.extend(r.fcs.map(fcs).into_iter().flatten());
            v.extend(params(&r.params, Some(timestamp("tp_scts", &r.scts)), end));
            v
        }
        Tpdu::StatusReport(s) => {
            let mut v = vec![first_octet(
                first,
                vec![
                    mti,
                    mms(s.mms),
                    flag(
                        "tp_lp",
                        s.lp,
                        "forwarded or spawned",
                        "not forwarded, not spawned",
                    ),
                    flag(
                        "tp_srq",
                        s.srq,
                        "the report is about an SMS-COMMAND",
                        "the report is about an SMS-SUBMIT",
                    ),
                    udhi_node(udhi),
                ],
                s.spare,
            )];
            v.push(Node::new("tp_mr", Value::UInt(u64::from(s.mr))));
            v.push(address("tp_ra", &s.ra));
            v.push(timestamp("tp_scts", &s.scts));
            v.push(timestamp("tp_dt", &s.dt));
            v.extend(status(s.st));
            if let Some(p) = &s.params {
                v.extend(params(p, None, end));
            }
            v
        }
        Tpdu::Command(c) => {
            let mut v = vec![first_octet(
                first,
                vec![mti, srr(c.srr), udhi_node(c.udhi)],
                c.spare,
            )];
            v.push(Node::new("tp_mr", Value::UInt(u64::from(c.mr))));
            v.extend(pid("tp_pid", c.pid));
            v.extend(command_type(c.ct));
            v.push(Node::new("tp_mn", Value::UInt(u64::from(c.mn))));
            v.push(address("tp_da", &c.da));
            v.push(Node::new("tp_cdl", Value::UInt(c.cd.len() as u64)).note("octets"));
            v.push(Node::new("tp_cd", Value::Hex(c.cd.to_vec())));
            if let Some(h) = c.header() {
                v.extend(header(&h, end - c.cd.len()));
            }
            v
        }
    };
    root.with_children(fields)
}

// ---- first octet ------------------------------------------------------------------------

fn first_octet(first: u8, flags: Vec<Node>, spare: u8) -> Node {
    let mut n = Node::new("first_octet", Value::Code(first))
        .with_children(flags)
        .inline();
    if spare != 0 {
        n = n.child(
            Node::new("spare_bits", Value::Code(spare)).note("unused bits set: ignored on receipt"),
        );
    }
    n
}

fn mti_node(first: u8, ty: TpduType) -> Node {
    let mti = first & 3;
    let note = if mti == 3 {
        "reserved, handled as SMS-DELIVER".to_string()
    } else {
        ty.name().to_string()
    };
    Node::new("tp_mti", Value::UInt(u64::from(mti))).note(note)
}

fn flag(name: &'static str, v: bool, set: &'static str, clear: &'static str) -> Node {
    Node::new(name, Value::Flag(v)).note(if v { set } else { clear })
}

fn mms(v: bool) -> Node {
    flag(
        "tp_mms",
        v,
        "no more messages are waiting",
        "more messages are waiting",
    )
}

fn srr(v: bool) -> Node {
    flag(
        "tp_srr",
        v,
        "status report requested",
        "no status report requested",
    )
}

fn udhi_node(v: bool) -> Node {
    flag("tp_udhi", v, "TP-UD starts with a header", "no header")
}

fn reply_path(v: bool) -> Node {
    flag("tp_rp", v, "reply path set", "reply path not set")
}

fn vpf_name(vpf: u8) -> &'static str {
    match vpf {
        0 => "TP-VP not present",
        1 => "enhanced format",
        2 => "relative format",
        _ => "absolute format",
    }
}

// ---- addresses ----------------------------------------------------------------------------

fn ton_text(t: TypeOfNumber) -> &'static str {
    match t.0 {
        0 => "unknown",
        1 => "international",
        2 => "national",
        3 => "network specific",
        4 => "subscriber",
        5 => "alphanumeric",
        6 => "abbreviated",
        _ => "reserved TON",
    }
}

fn npi_text(n: NumberingPlan) -> String {
    match n.0 {
        0 => "unknown plan".into(),
        1 => "ISDN/E.164".into(),
        3 => "data/X.121".into(),
        4 => "telex".into(),
        5 => "SC specific plan 1".into(),
        6 => "SC specific plan 2".into(),
        8 => "national plan".into(),
        9 => "private plan".into(),
        10 => "ERMES".into(),
        v => format!("reserved NPI {v}"),
    }
}

/// An address field: text `+447700900456 (international, ISDN/E.164)`, JSON
/// `{ton, ton_name, npi, npi_name, digits | text}`.
pub fn address(name: &'static str, a: &Address) -> Node {
    let (ton, npi) = (a.ton(), a.npi());
    let shown = if a.len_semi_octets() == 0 {
        "(empty)".to_string()
    } else {
        a.to_string()
    };
    let mut n = Node::new(name, Value::Summary(shown))
        .note(if a.is_alphanumeric() {
            ton_text(ton).to_string()
        } else {
            format!("{}, {}", ton_text(ton), npi_text(npi))
        })
        .child(Node::new("ton", Value::UInt(u64::from(ton.0))).json_only());
    if let Some(d) = ton.description() {
        n = n.child(Node::new("ton_name", Value::word(d)).json_only());
    }
    n = n.child(Node::new("npi", Value::UInt(u64::from(npi.0))).json_only());
    if let Some(d) = npi.description() {
        n = n.child(Node::new("npi_name", Value::word(d)).json_only());
    }
    if a.is_alphanumeric() {
        n.child(Node::new("text", Value::string(a.alpha_text().collect::<String>())).json_only())
    } else {
        n.child(Node::new("digits", Value::string(a.digits().collect::<String>())).json_only())
    }
}

// ---- TP-PID, TP-DCS -------------------------------------------------------------------------

fn pid(name: &'static str, p: Pid) -> Vec<Node> {
    let note = match p.description() {
        Some(d) => d.to_string(),
        None => {
            if let Some(dev) = p.telematic_device() {
                format!("telematic interworking: reserved device type 0x{dev:02x}")
            } else if let Some(sm_al) = p.sm_al_protocol() {
                format!("no telematic interworking, SM-AL protocol 0x{sm_al:02x}")
            } else if p.is_sc_specific() {
                "SC specific use".into()
            } else {
                "reserved".into()
            }
        }
    };
    let mut v = vec![Node::new(name, Value::Code(p.0)).note(note)];
    if let Some(d) = p.description() {
        v.push(Node::new(format!("{name}_name"), Value::word(d)).json_only());
    }
    v
}

fn alphabet_name(a: Alphabet) -> (&'static str, &'static str) {
    match a {
        Alphabet::Gsm7 => ("gsm7", "GSM 7-bit default alphabet"),
        Alphabet::EightBit => ("8bit", "8-bit data"),
        Alphabet::Ucs2 => ("ucs2", "UCS2"),
    }
}

fn class_number(c: MessageClass) -> u8 {
    match c {
        MessageClass::Class0 => 0,
        MessageClass::Class1 => 1,
        MessageClass::Class2 => 2,
        MessageClass::Class3 => 3,
    }
}

/// TP-DCS: text `0x08 (UCS2, no class)`, JSON `{value, group, alphabet, class, compressed,
/// reserved, ...group members}`.
fn dcs(name: &'static str, d: Dcs) -> Node {
    let (alpha, alpha_text) = alphabet_name(d.alphabet());
    let class = d.class().map(class_number);
    let mut notes: Vec<String> = Vec::new();
    let mut extra: Vec<Node> = Vec::new();
    let group = match d.group() {
        DcsGroup::General {
            auto_delete,
            compressed,
            ..
        } => {
            extra.push(Node::new("auto_delete", Value::Flag(auto_delete)));
            if auto_delete {
                notes.push("automatic deletion".into());
            }
            if compressed {
                notes.push("compressed".into());
            }
            if auto_delete {
                "auto_delete"
            } else {
                "general"
            }
        }
        DcsGroup::Reserved => {
            notes.push("reserved coding group".into());
            "reserved"
        }
        DcsGroup::MessageWaiting {
            store,
            active,
            kind,
            ..
        } => {
            let k = match kind {
                WaitingKind::Voicemail => "voicemail",
                WaitingKind::Fax => "fax",
                WaitingKind::Email => "email",
                WaitingKind::Other => "other",
            };
            extra.push(Node::new("store", Value::Flag(store)));
            extra.push(Node::new("indication_active", Value::Flag(active)));
            extra.push(Node::new("indication_type", Value::word(k)));
            notes.push(format!(
                "message waiting: {k} {}, {}",
                if active { "set" } else { "cleared" },
                if store { "store" } else { "discard" }
            ));
            if store {
                "message_waiting_store"
            } else {
                "message_waiting_discard"
            }
        }
        DcsGroup::DataCodingClass { .. } => "data_coding_class",
        _ => "unknown",
    };
    if d.is_reserved() && group != "reserved" {
        notes.push("reserved alphabet, read as GSM 7-bit".into());
    }
    notes.push(alpha_text.into());
    notes.push(match class {
        Some(c) => format!("class {c}"),
        None => "no class".into(),
    });
    Node::new(name, Value::Code(d.0))
        .note(notes.join(", "))
        .with_children(
            [
                Node::new("group", Value::word(group)),
                Node::new("alphabet", Value::word(alpha)),
                Node::new(
                    "class",
                    class.map_or(Value::Null, |c| Value::UInt(u64::from(c))),
                ),
                Node::new("compressed", Value::Flag(d.compressed())),
                Node::new("reserved", Value::Flag(d.is_reserved())),
            ]
            .into_iter()
            .chain(extra)
            .map(Node::json_only),
        )
}

// ---- time stamps and TP-VP -----------------------------------------------------------------

/// A time stamp: an RFC 3339 string when it is a real date, else an object of the raw values.
fn timestamp(name: &'static str, ts: &Timestamp) -> Node {
    let shown = ts.rfc3339().to_string();
    match ts.validate() {
        Ok(()) => Node::new(name, Value::string(shown)),
        Err(bad) => Node::new(name, Value::Summary(shown))
            .note(format!("invalid {bad}"))
            .with_children(
                [
                    Node::new("year", Value::UInt(u64::from(ts.year()))),
                    Node::new("month", Value::UInt(u64::from(ts.month()))),
                    Node::new("day", Value::UInt(u64::from(ts.day()))),
                    Node::new("hour", Value::UInt(u64::from(ts.hour()))),
                    Node::new("minute", Value::UInt(u64::from(ts.minute()))),
                    Node::new("second", Value::UInt(u64::from(ts.second()))),
                    Node::new("tz_quarters", Value::Int(i64::from(ts.tz_quarters()))),
                    Node::new("raw", Value::Hex(ts.octets().to_vec())),
                    Node::new("invalid", Value::word(bad)),
                ]
                .map(Node::json_only),
            ),
    }
}

/// `1 day`, `12 hours 30 minutes`, `60 seconds`.
fn duration(secs: u32) -> String {
    let parts = [
        (secs / 86400, "day"),
        (secs / 3600 % 24, "hour"),
        (secs / 60 % 60, "minute"),
        (secs % 60, "second"),
    ];
    let words: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n != 0)
        .map(|&(n, unit)| format!("{n} {unit}{}", if n == 1 { "" } else { "s" }))
        .collect();
    if words.is_empty() {
        "0 seconds".into()
    } else {
        words.join(" ")
    }
}

fn validity(vp: &ValidityPeriod) -> Option<Node> {
    let n = match *vp {
        ValidityPeriod::None => return None,
        ValidityPeriod::Relative(v) => {
            let secs = relative_secs(v);
            Node::new("tp_vp", Value::Summary(duration(secs)))
                .note(format!("relative format, 0x{v:02x}"))
                .with_children(
                    [
                        Node::new("format", Value::word("relative")),
                        Node::new("value", Value::UInt(u64::from(v))),
                        Node::new("seconds", Value::UInt(u64::from(secs))),
                    ]
                    .map(Node::json_only),
                )
        }
        ValidityPeriod::Absolute(ts) => {
            let t = timestamp("time", &ts).json_only();
            let note = match ts.validate() {
                Ok(()) => "absolute format".to_string(),
                Err(bad) => format!("absolute format, invalid {bad}"),
            };
            Node::new("tp_vp", Value::Summary(ts.rfc3339().to_string()))
                .note(note)
                .child(Node::new("format", Value::word("absolute")).json_only())
                .child(t)
        }
        ValidityPeriod::Enhanced(e) => enhanced(&e),
    };
    Some(n)
}

fn enhanced(e: &EnhancedVp) -> Node {
    let (fmt, value, shown): (&'static str, Option<Value>, String) = match e.format() {
        EnhancedFormat::NotSpecified => {
            ("not_specified", None, "no validity period specified".into())
        }
        EnhancedFormat::Relative(v) => (
            "relative",
            Some(Value::UInt(u64::from(v))),
            duration(relative_secs(v)),
        ),
        EnhancedFormat::Seconds(v) => (
            "seconds",
            Some(Value::UInt(u64::from(v))),
            duration(u32::from(v)),
        ),
        EnhancedFormat::Hms(h, m, s) => {
            let hms = format!("{h:02}:{m:02}:{s:02}");
            ("hms", Some(Value::string(hms.clone())), hms)
        }
        EnhancedFormat::BadHms(b) => (
            "hms_invalid",
            Some(Value::Hex(b.to_vec())),
            "hours:minutes:seconds with a non-decimal semi-octet".into(),
        ),
        EnhancedFormat::Reserved(f) => (
            "reserved",
            Some(Value::UInt(u64::from(f))),
            format!("reserved validity period format {f}"),
        ),
        _ => ("unknown", None, "unknown validity period format".into()),
    };
    let mut note = format!("enhanced format, {}", fmt.replace('_', " "));
    if e.single_shot() {
        note.push_str(", single shot");
    }
    let mut children = vec![
        Node::new("format", Value::word("enhanced")),
        Node::new("raw", Value::Hex(e.octets().to_vec())),
        Node::new("single_shot", Value::Flag(e.single_shot())),
        Node::new("extended", Value::Flag(e.extended())),
        Node::new("enhanced_format", Value::word(fmt)),
    ];
    if let Some(v) = value {
        children.push(Node::new("value", v));
    }
    if let Some(s) = e.duration_secs() {
        children.push(Node::new("seconds", Value::UInt(u64::from(s))));
    }
    Node::new("tp_vp", Value::Summary(shown))
        .note(note)
        .with_children(children.into_iter().map(Node::json_only))
}

// ---- TP-FCS, TP-ST, TP-CT ------------------------------------------------------------------

fn fcs(f: Fcs) -> Vec<Node> {
    let note = match f.description() {
        Some(d) => d.to_string(),
        None if f.is_application_specific() => "value specific to an application".into(),
        None => "reserved".into(),
    };
    let mut v = vec![Node::new("tp_fcs", Value::Code(f.0)).note(note)];
    if let Some(d) = f.description() {
        v.push(Node::new("tp_fcs_name", Value::word(d)).json_only());
    }
    v
}

fn status(st: Status) -> Vec<Node> {
    let (cat, cat_text) = match st.category() {
        StatusCategory::Completed => ("completed", "transaction completed"),
        StatusCategory::TemporaryErrorStillTrying => (
            "temporary_error_still_trying",
            "temporary error, SC still trying",
        ),
        StatusCategory::PermanentError => {
            ("permanent_error", "permanent error, SC not trying any more")
        }
        StatusCategory::TemporaryErrorFinal => (
            "temporary_error_final",
            "temporary error, SC not trying any more",
        ),
        _ => ("reserved", "reserved"),
    };
    let what = match st.description() {
        Some(d) => d.to_string(),
        None if st.is_sc_specific() => "value specific to the SC".into(),
        None => "reserved".into(),
    };
    let mut v = vec![Node::new("tp_st", Value::Code(st.0)).note(format!("{what}; {cat_text}"))];
    if let Some(d) = st.description() {
        v.push(Node::new("tp_st_name", Value::word(d)).json_only());
    }
    v.push(Node::new("tp_st_category", Value::word(cat)).json_only());
    v
}

fn command_type(ct: CommandType) -> Vec<Node> {
    let note = match ct.description() {
        Some(d) => d.to_string(),
        None if ct.is_sc_specific() => "value specific to the SC".into(),
        None => "reserved".into(),
    };
    let mut v = vec![Node::new("tp_ct", Value::Code(ct.0)).note(note)];
    if let Some(d) = ct.description() {
        v.push(Node::new("tp_ct_name", Value::word(d)).json_only());
    }
    v
}

// ---- TP-PI and the optional parameters ------------------------------------------------------

/// TP-PI and what it announces; `between` (SMS-SUBMIT-REPORT's TP-SCTS) comes after TP-PI.
fn params(p: &OptionalParams<'_>, between: Option<Node>, end: usize) -> Vec<Node> {
    let mut present = Vec::new();
    if p.pid.is_some() {
        present.push("TP-PID");
    }
    if p.dcs.is_some() {
        present.push("TP-DCS");
    }
    if p.ud.is_some() {
        present.push("TP-UDL");
    }
    let note = if present.is_empty() {
        "no optional parameters".to_string()
    } else {
        format!("{} present", present.join(", "))
    };
    let mut v = vec![Node::new("tp_pi", Value::Code(p.pi_octet())).note(note)];
    if !p.pi_extension.is_empty() {
        v.push(
            Node::new("tp_pi_extension", Value::Hex(p.pi_extension.to_vec()))
                .note("reserved extension octets"),
        );
    }
    v.extend(between);
    if let Some(pid_v) = p.pid {
        v.extend(pid("tp_pid", pid_v));
    }
    if let Some(d) = p.dcs {
        v.push(dcs("tp_dcs", d));
    }
    if let Some(ud) = &p.ud {
        v.extend(user_data(ud, p.effective_dcs(), end));
    }
    v
}

// ---- TP-UDL, TP-UD, the header and the text ---------------------------------------------------

/// TP-UDL, TP-UD and what it holds; `end` is the TPDU length (TP-UD is its last field).
fn user_data(ud: &UserData<'_>, dcs: Dcs, end: usize) -> Vec<Node> {
    let unit = if dcs.udl_in_septets() {
        "septets"
    } else {
        "octets"
    };
    let mut v = vec![
        Node::new("tp_udl", Value::UInt(u64::from(ud.udl))).note(unit),
        Node::new("tp_ud", Value::Hex(ud.data.to_vec())),
    ];
    let head = ud.header();
    if let Some(h) = &head {
        v.extend(header(h, end - ud.data.len()));
    }
    let sm: Sm<'_> = ud.sm(dcs);
    if dcs.udl_in_septets() && head.is_some() {
        v.push(Node::new("fill_bits", Value::UInt(u64::from(sm.fill))));
    }
    if dcs.compressed() {
        v.push(
            Node::new("data", Value::Hex(sm.bytes.to_vec()))
                .note("compressed (TS 23.042), not decoded"),
        );
    } else if dcs.alphabet() == Alphabet::EightBit {
        v.push(Node::new("data", Value::Hex(sm.bytes.to_vec())));
    } else {
        v.push(Node::new("text", Value::Text(ud.text(dcs).collect())));
    }
    v
}

/// `udhl` and the `udh` list of IEs; `base` is the offset of UDHL in the TPDU.
fn header(h: &Udh<'_>, base: usize) -> Vec<Node> {
    let udhl = h.len() - 1;
    let mut items = Vec::new();
    for ie in h.ies() {
        match ie {
            Ok(ie) => items.push(ie_node(&ie)),
            Err(e) => {
                // `Udh` counts offsets from UDHL: make them offsets in the TPDU.
                let at = base + e.offset();
                let msg = format!(
                    "{}: an IE crosses the end of the header at offset {at}",
                    e.field()
                );
                items.push(
                    Node::new("malformed", Value::Summary(msg.clone()))
                        .note("the whole header is ignored, TS 23.040 §9.2.3.24")
                        .child(Node::new("error", Value::Text(msg)).json_only())
                        .child(Node::new("offset", Value::UInt(at as u64)).json_only()),
                );
            }
        }
    }
    let count = items.len();
    vec![
        Node::new("udhl", Value::UInt(udhl as u64)).json_only(),
        Node::list("udh", items).label("UDH").note(format!(
            "UDHL {udhl}, {count} IE{}",
            if count == 1 { "" } else { "s" }
        )),
    ]
}

fn iei_note(iei: Iei) -> String {
    match iei.description() {
        Some(d) => d.to_string(),
        None => match iei.0 {
            0x70..=0x7F => "(U)SIM Toolkit Security Header".into(),
            0x80..=0x9F => "SME to SME specific use".into(),
            0xC0..=0xDF => "SC specific use".into(),
            _ => "reserved".into(),
        },
    }
}

/// One IE: JSON `{iei, iei_name?, data, <typed member>?}`.
fn ie_node(ie: &Ie<'_>) -> Node {
    let mut n = Node::new("ie", Value::Summary(smsip_core::hex::encode(ie.data)))
        .label(format!("IE 0x{:02x}", ie.iei.0))
        .note(iei_note(ie.iei))
        .child(Node::new("iei", Value::UInt(u64::from(ie.iei.0))).json_only());
    if let Some(d) = ie.iei.description() {
        n = n.child(Node::new("iei_name", Value::word(d)).json_only());
    }
    n = n.child(Node::new("data", Value::Hex(ie.data.to_vec())).json_only());
    let typed = match ie.value() {
        Some(IeValue::Concat(c)) => Some(
            Node::new(
                "concat",
                Value::Summary(format!(
                    "part {} of {}, reference {}",
                    c.seq, c.total, c.reference
                )),
            )
            .with_children(
                [
                    Node::new("reference", Value::UInt(u64::from(c.reference))),
                    Node::new("total", Value::UInt(u64::from(c.total))),
                    Node::new("seq", Value::UInt(u64::from(c.seq))),
                    Node::new("wide", Value::Flag(c.wide)),
                ]
                .map(Node::json_only),
            ),
        ),
        Some(IeValue::Ports(p)) => Some(
            Node::new(
                "ports",
                Value::Summary(format!(
                    "destination {}, originator {}",
                    p.destination, p.originator
                )),
            )
            .with_children(
                [
                    Node::new("destination", Value::UInt(u64::from(p.destination))),
                    Node::new("originator", Value::UInt(u64::from(p.originator))),
                    Node::new("wide", Value::Flag(p.wide)),
                ]
                .map(Node::json_only),
            ),
        ),
        Some(IeValue::SpecialSms(s)) => {
            let basic = match s.basic_type {
                0 => "voice",
                1 => "fax",
                2 => "email",
                _ => "extended",
            };
            Some(
                Node::new(
                    "special_sms",
                    Value::Summary(format!(
                        "{} {basic} message(s) waiting, {}",
                        s.count,
                        if s.store { "store" } else { "discard" }
                    )),
                )
                .with_children(
                    [
                        Node::new("store", Value::Flag(s.store)),
                        Node::new("profile", Value::UInt(u64::from(s.profile))),
                        Node::new("extended_type", Value::UInt(u64::from(s.extended_type))),
                        Node::new("basic_type", Value::UInt(u64::from(s.basic_type))),
                        Node::new("basic_type_name", Value::word(basic)),
                        Node::new("count", Value::UInt(u64::from(s.count))),
                    ]
                    .map(Node::json_only),
                ),
            )
        }
        Some(IeValue::NationalSingleShift(nli)) => Some(nli_node("national_single_shift", nli)),
        Some(IeValue::NationalLockingShift(nli)) => Some(nli_node("national_locking_shift", nli)),
        Some(IeValue::ReplyAddress(a)) => Some(address("reply_address", &a)),
        Some(_) => None,
        None if has_typed_reading(ie.iei) => Some(
            Node::new("ignored", Value::Flag(true))
                .note("invalid content: ignored, TS 23.040 §9.2.3.24"),
        ),
        None => None,
    };
    n.with_children(typed)
}

fn has_typed_reading(iei: Iei) -> bool {
    [
        Iei::CONCAT_8,
        Iei::CONCAT_16,
        Iei::SPECIAL_SMS,
        Iei::PORTS_8,
        Iei::PORTS_16,
        Iei::NATIONAL_SINGLE_SHIFT,
        Iei::NATIONAL_LOCKING_SHIFT,
        Iei::REPLY_ADDRESS,
    ]
    .contains(&iei)
}

fn nli_node(name: &'static str, nli: u8) -> Node {
    Node::new(name, Value::UInt(u64::from(nli))).note(match language_name(nli) {
        Some(l) => l.to_string(),
        None => "reserved language, default table used".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(86400), "1 day");
        assert_eq!(duration(12 * 3600 + 1800), "12 hours 30 minutes");
        assert_eq!(duration(60), "1 minute");
        assert_eq!(duration(61), "1 minute 1 second");
        assert_eq!(duration(0), "0 seconds");
    }
}
