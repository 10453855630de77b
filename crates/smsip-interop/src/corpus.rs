//! The messages compared with Wireshark, all encoded by smsip's own encoders and builders:
//! every TPDU type in its direction with minimal and maximal field sets (reports in RP-ACK and
//! RP-ERROR forms), every TP-VP format, numeric and alphanumeric addresses, every alphabet (GSM
//! 7-bit default and extension, national single and locking shifts, UCS2 with a surrogate pair,
//! 8-bit, compressed), every UDH kind, every RP and CP message, and the public vectors that
//! tshark was run on when they were collected.
//!
//! Each TPDU is checked to decode back to the value it was encoded from, then wrapped in the RP
//! message that carries it (RP-DATA for SUBMIT/COMMAND and DELIVER/STATUS-REPORT, RP-ACK or
//! RP-ERROR for the reports), because the RP layer is what tells a decoder the direction and the
//! report form.

use std::fmt::Display;

use smsip_rp::cp::{CpAck, CpCause, CpData, CpError, CpMessage, TransactionId};
use smsip_rp::{
    Direction as RpDirection, NumberingPlan as RpNpi, RpAck, RpAddress, RpCause, RpData, RpError,
    RpMessage, RpSmma, TypeOfNumber as RpTon,
};
use smsip_tpdu::alphabet::select::Languages;
use smsip_tpdu::alphabet::tables::{
    encode_locking, locking_table, single_shift_table, DEFAULT_ALPHABET, DEFAULT_EXTENSION,
};
use smsip_tpdu::split::{AlphabetMode, DeliverBuilder, Reference, SubmitBuilder};
use smsip_tpdu::udh::{Ie, Iei};
use smsip_tpdu::vp::{EnhancedFormat, EnhancedVp};
use smsip_tpdu::{
    Address, Command, CommandType, Dcs, Deliver, DeliverReport, Fcs, NumberingPlan, OptionalParams,
    Pid, ReportContext, Status, StatusReport, Submit, SubmitReport, Timestamp, Tpdu, TypeOfNumber,
    UserData, UserDataBuf, ValidityPeriod,
};

/// The dissector a message is handed to (tshark's `user_dlts` payload protocol).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Carrier {
    /// An RPDU: `gsm_a_rp` (which hands RP-User-Data to `gsm_sms` with the direction).
    Rp,
    /// A CP message: `gsm_a_dtap` (protocol discriminator 9, then `gsm_a_rp`).
    Cp,
    /// A TCAP message: `tcap` (MAP through the dialogue's application context, then
    /// `gsm_sms` for sm-RP-UI).
    #[cfg(feature = "map-tcap")]
    Tcap,
}

impl Carrier {
    /// Every carrier, in the order the test runs them.
    #[cfg(not(feature = "map-tcap"))]
    pub const ALL: &'static [Carrier] = &[Carrier::Rp, Carrier::Cp];
    /// Every carrier, in the order the test runs them.
    #[cfg(feature = "map-tcap")]
    pub const ALL: &'static [Carrier] = &[Carrier::Rp, Carrier::Cp, Carrier::Tcap];

    /// tshark's dissector name.
    pub const fn dissector(self) -> &'static str {
        match self {
            Carrier::Rp => "gsm_a_rp",
            Carrier::Cp => "gsm_a_dtap",
            #[cfg(feature = "map-tcap")]
            Carrier::Tcap => "tcap",
        }
    }
}

/// One message of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// A readable id (`tpdu/submit/vp-absolute`).
    pub id: String,
    /// What tshark starts on.
    pub carrier: Carrier,
    /// The packet.
    pub bytes: Vec<u8>,
}

/// The corpus, and anything that failed while building it (an smsip encoder that refused a
/// valid value, or a value that did not decode back to itself).
#[derive(Debug, Default)]
pub struct Corpus {
    /// The messages.
    pub messages: Vec<Message>,
    /// Build failures.
    pub errors: Vec<String>,
    mr: u8,
}

impl Corpus {
    fn push(&mut self, id: &str, carrier: Carrier, bytes: Vec<u8>) {
        self.messages.push(Message {
            id: id.to_string(),
            carrier,
            bytes,
        });
    }

    fn fail(&mut self, id: &str, what: impl Display) {
        self.errors.push(format!("{id}: {what}"));
    }

    fn next_mr(&mut self) -> u8 {
        self.mr = self.mr.wrapping_add(1);
        self.mr
    }

    /// Encodes `t`, checks it decodes back to `t`, and adds it inside the RP message that
    /// carries it.
    pub fn tpdu(&mut self, id: &str, t: Tpdu<'_>) {
        let mut b = Vec::new();
        if let Err(e) = t.encode(&mut b) {
            return self.fail(id, format!("smsip-tpdu refuses to encode it: {e}"));
        }
        if b.len() != t.encoded_len() {
            self.fail(id, "encoded_len() differs from the octets written");
        }
        let ctx = report_context(&t);
        let dir = t.tpdu_type().direction();
        match Tpdu::decode_with(&b, dir, ctx) {
            Ok(back) if back == t => {}
            Ok(back) => {
                return self.fail(id, format!("decodes to another value: {back:?} != {t:?}"))
            }
            Err(e) => return self.fail(id, format!("does not decode: {e}")),
        }
        let mr = self.next_mr();
        let sc = sc_address();
        let rp: Result<RpMessage<'_>, smsip_rp::BuildError> = match &t {
            Tpdu::Deliver(_) | Tpdu::StatusReport(_) => RpData::mt(mr, sc, &b).map(Into::into),
            Tpdu::Submit(_) | Tpdu::Command(_) => RpData::mo(mr, sc, &b).map(Into::into),
            Tpdu::DeliverReport(r) => match r.fcs {
                Some(_) => RpError::new(
                    RpDirection::MsToNetwork,
                    mr,
                    RpCause::MEMORY_CAPACITY_EXCEEDED,
                )
                .with_user_data(&b)
                .map(Into::into),
                None => RpAck::new(RpDirection::MsToNetwork, mr)
                    .with_user_data(&b)
                    .map(Into::into),
            },
            Tpdu::SubmitReport(r) => match r.fcs {
                Some(_) => RpError::new(RpDirection::NetworkToMs, mr, RpCause::TEMPORARY_FAILURE)
                    .with_user_data(&b)
                    .map(Into::into),
                None => RpAck::new(RpDirection::NetworkToMs, mr)
                    .with_user_data(&b)
                    .map(Into::into),
            },
        };
        match rp {
            Ok(m) => self.rp(id, m),
            Err(e) => self.fail(id, format!("smsip-rp refuses to wrap it: {e}")),
        }
    }

    /// Encodes an RPDU, checks it decodes back to itself, and adds it.
    pub fn rp(&mut self, id: &str, m: RpMessage<'_>) {
        let mut b = Vec::new();
        m.encode(&mut b);
        if b.len() != m.encoded_len() {
            self.fail(id, "RP encoded_len() differs from the octets written");
        }
        match RpMessage::decode(&b) {
            Ok(back) if back == m => self.push(id, Carrier::Rp, b),
            Ok(back) => self.fail(id, format!("RPDU decodes to another value: {back:?}")),
            Err(e) => self.fail(id, format!("RPDU does not decode: {e}")),
        }
    }

    /// Encodes a TCAP message, checks it decodes back to itself, and adds it.
    #[cfg(feature = "map-tcap")]
    pub fn tcap(&mut self, id: &str, m: smsip_tcap::TcapMessage<'_>) {
        let mut b = Vec::new();
        m.encode(&mut b);
        if b.len() != m.encoded_len() {
            self.fail(id, "TCAP encoded_len() differs from the octets written");
        }
        match smsip_tcap::decode(&b) {
            Ok(back) if back == m => self.push(id, Carrier::Tcap, b),
            Ok(back) => self.fail(
                id,
                format!("TCAP message decodes to another value: {back:?}"),
            ),
            Err(e) => self.fail(id, format!("TCAP message does not decode: {e}")),
        }
    }

    /// Encodes a CP message, checks it decodes back to itself, and adds it.
    pub fn cp(&mut self, id: &str, m: CpMessage<'_>) {
        let mut b = Vec::new();
        m.encode(&mut b);
        if b.len() != m.encoded_len() {
            self.fail(id, "CP encoded_len() differs from the octets written");
        }
        match CpMessage::decode(&b) {
            Ok(back) if back == m => self.push(id, Carrier::Cp, b),
            Ok(back) => self.fail(id, format!("CP message decodes to another value: {back:?}")),
            Err(e) => self.fail(id, format!("CP message does not decode: {e}")),
        }
    }
}

/// The RP form a report TPDU needs (RP-ERROR when it has TP-FCS).
pub fn report_context(t: &Tpdu<'_>) -> ReportContext {
    match t {
        Tpdu::DeliverReport(r) if r.fcs.is_some() => ReportContext::Error,
        Tpdu::SubmitReport(r) if r.fcs.is_some() => ReportContext::Error,
        Tpdu::DeliverReport(_) | Tpdu::SubmitReport(_) => ReportContext::Ack,
        _ => ReportContext::Unknown,
    }
}

fn sc_address() -> RpAddress {
    RpAddress::international("447700900000").expect("a valid service-centre address")
}

/// Builds the whole corpus.
pub fn build() -> Corpus {
    let mut c = Corpus::default();
    deliver(&mut c);
    submit(&mut c);
    addresses(&mut c);
    validity_periods(&mut c);
    alphabets(&mut c);
    headers(&mut c);
    status_reports(&mut c);
    commands(&mut c);
    deliver_reports(&mut c);
    submit_reports(&mut c);
    builders(&mut c);
    known_tshark_defects(&mut c);
    vectors(&mut c);
    rp(&mut c);
    cp(&mut c);
    #[cfg(feature = "map-tcap")]
    map_tcap::build(&mut c);
    c
}

// ---- values ----------------------------------------------------------------------------------

fn ts(y: u8, mo: u8, d: u8, h: u8, mi: u8, s: u8, tz: i8) -> Timestamp {
    Timestamp::new(y, mo, d, h, mi, s, tz).unwrap_or(Timestamp::ZERO)
}

fn scts() -> Timestamp {
    ts(24, 3, 15, 14, 30, 0, 4)
}

fn intl(d: &str) -> Address {
    Address::international(d).unwrap_or_default()
}

fn addr(ton: TypeOfNumber, npi: NumberingPlan, d: &str) -> Address {
    Address::new(ton, npi, d).unwrap_or_default()
}

fn alpha(t: &str) -> Address {
    Address::alphanumeric(t).unwrap_or_default()
}

/// UD from text / data; a builder error becomes a corpus error, not a panic.
fn gsm7(c: &mut Corpus, id: &str, ies: &[Ie<'_>], text: &str) -> Option<UserDataBuf> {
    UserDataBuf::gsm7(ies, text)
        .map_err(|e| c.fail(id, format!("UserDataBuf::gsm7: {e}")))
        .ok()
}

fn ucs2(c: &mut Corpus, id: &str, ies: &[Ie<'_>], text: &str) -> Option<UserDataBuf> {
    UserDataBuf::ucs2(ies, text)
        .map_err(|e| c.fail(id, format!("UserDataBuf::ucs2: {e}")))
        .ok()
}

fn binary(c: &mut Corpus, id: &str, ies: &[Ie<'_>], data: &[u8]) -> Option<UserDataBuf> {
    UserDataBuf::binary(ies, data)
        .map_err(|e| c.fail(id, format!("UserDataBuf::binary: {e}")))
        .ok()
}

fn deliver_with(c: &mut Corpus, id: &str, oa: Address, dcs: Dcs, ud: &UserDataBuf) {
    let d = Deliver {
        mms: true,
        oa,
        dcs,
        scts: scts(),
        ud: ud.as_user_data(),
        ..Deliver::default()
    };
    c.tpdu(id, Tpdu::Deliver(d));
}

fn submit_with(c: &mut Corpus, id: &str, dcs: Dcs, vp: ValidityPeriod, ud: &UserDataBuf) {
    let s = Submit {
        mr: 7,
        da: intl("447700900123"),
        dcs,
        vp,
        ud: ud.as_user_data(),
        ..Submit::default()
    };
    c.tpdu(id, Tpdu::Submit(s));
}

const HELLO: &str = "Hello from smsip";

/// The 127 characters of the default alphabet (every code but ESC).
fn default_alphabet_text() -> String {
    DEFAULT_ALPHABET.iter().flatten().collect()
}

/// The characters of the default extension table.
fn extension_text() -> String {
    DEFAULT_EXTENSION.iter().flatten().collect()
}

// ---- SMS-DELIVER -----------------------------------------------------------------------------

fn deliver(c: &mut Corpus) {
    // Minimal: 2-digit OA, TP-UDL 0.
    let d = Deliver {
        oa: intl("44"),
        scts: scts(),
        ..Deliver::default()
    };
    c.tpdu("tpdu/deliver/min", Tpdu::Deliver(d));
    // Every flag, alphanumeric 11-character OA, TP-PID, class-0 DCS, negative time zone,
    // a 160-septet text.
    let text: String = "The quick brown fox jumps over the lazy dog. 0123456789 "
        .repeat(3)
        .chars()
        .take(160)
        .collect();
    if let Some(ud) = gsm7(c, "tpdu/deliver/max", &[], &text) {
        let d = Deliver {
            reply_path: true,
            sri: true,
            lp: true,
            mms: false,
            spare: 0,
            oa: alpha("ABCDEFGHIJK"),
            pid: Pid::REPLACE_TYPE_1,
            dcs: Dcs(0x10),
            scts: ts(24, 12, 31, 23, 59, 58, -20),
            ud: ud.as_user_data(),
        };
        c.tpdu("tpdu/deliver/max", Tpdu::Deliver(d));
    }
    // Maximal with a header: concatenation, ports and UCS2 text filling 140 octets.
    let ies = [
        Ie {
            iei: Iei::CONCAT_16,
            data: &[0xBE, 0xEF, 3, 3],
        },
        Ie {
            iei: Iei::PORTS_16,
            data: &[0x3E, 0x80, 0x3E, 0x81],
        },
    ];
    let text: String = "ÀÉÎÕÜ😀"
        .repeat(20)
        .encode_utf16()
        .take(63)
        .map(|_| 'ж')
        .collect();
    if let Some(ud) = ucs2(c, "tpdu/deliver/max-udh-ucs2", &ies, &text) {
        let d = Deliver {
            reply_path: true,
            sri: true,
            lp: true,
            mms: false,
            spare: 0,
            oa: intl("12345678901234567890"),
            pid: Pid::SIM_DATA_DOWNLOAD,
            dcs: Dcs(0x18),
            scts: ts(99, 12, 31, 23, 59, 59, 79),
            ud: ud.as_user_data(),
        };
        c.tpdu("tpdu/deliver/max-udh-ucs2", Tpdu::Deliver(d));
    }
    // Time zones: UTC, most negative, odd quarters.
    for (i, tz) in [0i8, -79, 3, -47].into_iter().enumerate() {
        if let Some(ud) = gsm7(c, "tpdu/deliver/tz", &[], "tz") {
            let d = Deliver {
                oa: intl("447700900456"),
                scts: ts(25, 1, 2, 3, 4, 5, tz),
                ud: ud.as_user_data(),
                ..Deliver::default()
            };
            c.tpdu(&format!("tpdu/deliver/tz-{i}"), Tpdu::Deliver(d));
        }
    }
    // Every TP-PID group.
    for pid in [
        0x00u8, 0x1F, 0x20, 0x21, 0x32, 0x3F, 0x40, 0x48, 0x5F, 0x7F, 0x80, 0xBF, 0xC5,
    ] {
        if let Some(ud) = gsm7(c, "tpdu/deliver/pid", &[], "pid") {
            let d = Deliver {
                oa: intl("447700900456"),
                pid: Pid(pid),
                scts: scts(),
                ud: ud.as_user_data(),
                ..Deliver::default()
            };
            c.tpdu(&format!("tpdu/deliver/pid-{pid:02x}"), Tpdu::Deliver(d));
        }
    }
    // Every TP-DCS group that is not reserved (reserved ones: known_tshark_defects).
    for dcs in [
        0x01u8, 0x10, 0x11, 0x12, 0x13, 0x40, 0x51, 0xC0, 0xC3, 0xC8, 0xCB, 0xD0, 0xD9, 0xDA, 0xF0,
        0xF1, 0xF2, 0xF3,
    ] {
        if let Some(ud) = gsm7(c, "tpdu/deliver/dcs", &[], "dcs") {
            deliver_with(
                c,
                &format!("tpdu/deliver/dcs-{dcs:02x}"),
                intl("4477"),
                Dcs(dcs),
                &ud,
            );
        }
    }
    for dcs in [0x04u8, 0x14, 0x15, 0x16, 0x17, 0x44, 0xF4, 0xF5, 0xF6, 0xF7] {
        if let Some(ud) = binary(c, "tpdu/deliver/dcs", &[], &[0x00, 0x7F, 0x80, 0xFF]) {
            deliver_with(
                c,
                &format!("tpdu/deliver/dcs-{dcs:02x}"),
                intl("4477"),
                Dcs(dcs),
                &ud,
            );
        }
    }
    for dcs in [0x08u8, 0x19, 0x1A, 0x1B, 0x48, 0xE0, 0xEB] {
        if let Some(ud) = ucs2(c, "tpdu/deliver/dcs", &[], "Grüße") {
            deliver_with(
                c,
                &format!("tpdu/deliver/dcs-{dcs:02x}"),
                intl("4477"),
                Dcs(dcs),
                &ud,
            );
        }
    }
    // Compressed (TS 23.042): octets, shown as compressed data.
    for dcs in [0x20u8, 0x24, 0x28, 0x30, 0x36, 0x60] {
        let ud = UserData::new(false, 4, &[0x12, 0x34, 0x56, 0x78]);
        let d = Deliver {
            oa: intl("4477"),
            dcs: Dcs(dcs),
            scts: scts(),
            ud,
            ..Deliver::default()
        };
        c.tpdu(
            &format!("tpdu/deliver/compressed-{dcs:02x}"),
            Tpdu::Deliver(d),
        );
    }
}

// ---- SMS-SUBMIT ------------------------------------------------------------------------------

fn submit(c: &mut Corpus) {
    let s = Submit {
        da: intl("44"),
        ..Submit::default()
    };
    c.tpdu("tpdu/submit/min", Tpdu::Submit(s));
    let data: Vec<u8> = (0u8..=255).step_by(2).chain(0..12).collect();
    if let Some(ud) = binary(c, "tpdu/submit/max", &[], &data) {
        let s = Submit {
            reply_path: true,
            srr: true,
            rd: true,
            mr: 255,
            da: intl("98765432109876543210"),
            pid: Pid::DEVICE_TRIGGERING,
            dcs: Dcs(0xF5),
            vp: ValidityPeriod::Absolute(ts(24, 3, 16, 14, 30, 0, -4)),
            ud: ud.as_user_data(),
        };
        c.tpdu("tpdu/submit/max", Tpdu::Submit(s));
    }
    // TP-UDL 160 septets of the default alphabet's '@' (septet 0): all-zero octets.
    if let Some(ud) = gsm7(c, "tpdu/submit/160-at", &[], &"@".repeat(160)) {
        submit_with(
            c,
            "tpdu/submit/160-at",
            Dcs::GSM7,
            ValidityPeriod::None,
            &ud,
        );
    }
    // tpdu.md §13.1 and §13.2 rebuilt from values.
    if let Some(ud) = gsm7(c, "tpdu/submit/spec-13.1", &[], "Hi") {
        let s = Submit {
            srr: true,
            mr: 42,
            da: intl("447700900123"),
            vp: ValidityPeriod::Relative(0xA7),
            ud: ud.as_user_data(),
            ..Submit::default()
        };
        c.tpdu("tpdu/submit/spec-13.1", Tpdu::Submit(s));
    }
}

// ---- addresses -------------------------------------------------------------------------------

fn addresses(c: &mut Corpus) {
    let numeric = [
        ("intl-12", intl("447700900123")),
        ("intl-odd", intl("44770090012")),
        ("intl-1", intl("4")),
        ("intl-20", intl("12345678901234567890")),
        (
            "unknown-isdn",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::ISDN, "0123456789"),
        ),
        (
            "national",
            addr(TypeOfNumber::NATIONAL, NumberingPlan::ISDN, "07700900123"),
        ),
        (
            "network-specific",
            addr(
                TypeOfNumber::NETWORK_SPECIFIC,
                NumberingPlan::PRIVATE,
                "1234",
            ),
        ),
        (
            "subscriber",
            addr(TypeOfNumber::SUBSCRIBER, NumberingPlan::NATIONAL, "900123"),
        ),
        (
            "abbreviated",
            addr(TypeOfNumber::ABBREVIATED, NumberingPlan::UNKNOWN, "112"),
        ),
        (
            "data-plan",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::DATA, "2342"),
        ),
        (
            "telex",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::TELEX, "555"),
        ),
        (
            "sc-specific",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::SC_SPECIFIC_1, "77"),
        ),
        (
            "ermes",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::ERMES, "31"),
        ),
        (
            "keypad",
            addr(TypeOfNumber::UNKNOWN, NumberingPlan::UNKNOWN, "*#abc0123"),
        ),
        ("empty", Address::empty(0x81)),
    ];
    let alphanumeric = [
        ("alpha-1", alpha("X")),
        ("alpha-info", alpha("Info")),
        ("alpha-7", alpha("Bank123")),
        ("alpha-11", alpha("ABCDEFGHIJK")),
        ("alpha-symbols", alpha("A&B @ $5!")),
    ];
    for (name, a) in numeric.iter().chain(alphanumeric.iter()) {
        let id = format!("tpdu/address/deliver-oa-{name}");
        if let Some(ud) = gsm7(c, &id, &[], "addr") {
            deliver_with(c, &id, *a, Dcs::GSM7, &ud);
        }
    }
    for (name, a) in &numeric {
        let id = format!("tpdu/address/submit-da-{name}");
        if let Some(ud) = gsm7(c, &id, &[], "addr") {
            let s = Submit {
                da: *a,
                ud: ud.as_user_data(),
                ..Submit::default()
            };
            c.tpdu(&id, Tpdu::Submit(s));
        }
    }
    // TP-DA alphanumeric (TS 23.040 allows TON 101 in any address field).
    let s = Submit {
        da: alpha("Shop"),
        ..Submit::default()
    };
    c.tpdu("tpdu/address/submit-da-alpha", Tpdu::Submit(s));
}

// ---- TP-VP -----------------------------------------------------------------------------------

fn validity_periods(c: &mut Corpus) {
    let Some(ud) = gsm7(c, "tpdu/vp", &[], "OK") else {
        return;
    };
    for v in [0u8, 71, 143, 144, 167, 168, 196, 197, 255] {
        submit_with(
            c,
            &format!("tpdu/vp/relative-{v}"),
            Dcs::GSM7,
            ValidityPeriod::Relative(v),
            &ud,
        );
    }
    for (i, t) in [
        scts(),
        ts(0, 1, 1, 0, 0, 0, 0),
        ts(37, 6, 30, 12, 0, 0, -32),
    ]
    .into_iter()
    .enumerate()
    {
        submit_with(
            c,
            &format!("tpdu/vp/absolute-{i}"),
            Dcs::GSM7,
            ValidityPeriod::Absolute(t),
            &ud,
        );
    }
    let enhanced = [
        (
            "not-specified",
            EnhancedVp::new(false, EnhancedFormat::NotSpecified),
        ),
        (
            "not-specified-single-shot",
            EnhancedVp::new(true, EnhancedFormat::NotSpecified),
        ),
        (
            "seconds-60",
            EnhancedVp::new(false, EnhancedFormat::Seconds(60)),
        ),
        (
            "seconds-255-single-shot",
            EnhancedVp::new(true, EnhancedFormat::Seconds(255)),
        ),
        (
            "hms",
            EnhancedVp::new(false, EnhancedFormat::Hms(3, 12, 45)),
        ),
        (
            "hms-max",
            EnhancedVp::new(true, EnhancedFormat::Hms(99, 59, 59)),
        ),
        (
            "reserved-4",
            EnhancedVp::new(false, EnhancedFormat::Reserved(4)),
        ),
        (
            "reserved-7",
            EnhancedVp::new(false, EnhancedFormat::Reserved(7)),
        ),
    ];
    for (name, vp) in enhanced {
        match vp {
            Ok(vp) => submit_with(
                c,
                &format!("tpdu/vp/enhanced-{name}"),
                Dcs::GSM7,
                ValidityPeriod::Enhanced(vp),
                &ud,
            ),
            Err(e) => c.fail(name, format!("EnhancedVp::new: {e}")),
        }
    }
}

// ---- alphabets -------------------------------------------------------------------------------

fn alphabets(c: &mut Corpus) {
    let all = default_alphabet_text();
    if let Some(ud) = gsm7(c, "tpdu/alphabet/gsm7-default-all", &[], &all) {
        deliver_with(
            c,
            "tpdu/alphabet/gsm7-default-all",
            intl("4477"),
            Dcs::GSM7,
            &ud,
        );
        submit_with(
            c,
            "tpdu/alphabet/gsm7-default-all-submit",
            Dcs::GSM7,
            ValidityPeriod::None,
            &ud,
        );
    }
    let ext = format!("x{}y{}", extension_text(), extension_text());
    if let Some(ud) = gsm7(c, "tpdu/alphabet/gsm7-extension", &[], &ext) {
        deliver_with(
            c,
            "tpdu/alphabet/gsm7-extension",
            intl("4477"),
            Dcs::GSM7,
            &ud,
        );
    }
    // National single shift, every language (NLI 1..=13), default locking table: the
    // characters only the single shift table has.
    for nli in 1u8..=13 {
        let Some(table) = single_shift_table(nli) else {
            continue;
        };
        let text: String = table
            .iter()
            .flatten()
            .filter(|&&ch| encode_locking(0, ch).is_none())
            .take(70)
            .collect();
        let id = format!("tpdu/alphabet/single-shift-{nli}");
        let ies = [Ie {
            iei: Iei::NATIONAL_SINGLE_SHIFT,
            data: &[nli],
        }];
        if let Some(ud) = gsm7(c, &id, &ies, &text) {
            deliver_with(c, &id, intl("4477"), Dcs::GSM7, &ud);
        }
    }
    // National locking shift, every language with a locking table, default extension.
    for nli in 1u8..=13 {
        let Some(table) = locking_table(nli) else {
            continue;
        };
        let text: String = table.iter().flatten().collect();
        let id = format!("tpdu/alphabet/locking-shift-{nli}");
        let ies = [Ie {
            iei: Iei::NATIONAL_LOCKING_SHIFT,
            data: &[nli],
        }];
        if let Some(ud) = gsm7(c, &id, &ies, &text) {
            deliver_with(c, &id, intl("4477"), Dcs::GSM7, &ud);
        }
    }
    // Both shifts (Turkish, Portuguese, Hindi): characters of the locking table that are not
    // ASCII, then characters only the single shift table has.
    for nli in [1u8, 3, 6] {
        let (Some(lock), Some(single)) = (locking_table(nli), single_shift_table(nli)) else {
            continue;
        };
        let mut text: String = lock
            .iter()
            .flatten()
            .filter(|ch| !ch.is_ascii())
            .take(30)
            .collect();
        text.extend(
            single
                .iter()
                .flatten()
                .filter(|&&ch| encode_locking(nli, ch).is_none())
                .take(20),
        );
        let id = format!("tpdu/alphabet/both-shifts-{nli}");
        let ies = [
            Ie {
                iei: Iei::NATIONAL_LOCKING_SHIFT,
                data: &[nli],
            },
            Ie {
                iei: Iei::NATIONAL_SINGLE_SHIFT,
                data: &[nli],
            },
        ];
        if let Some(ud) = gsm7(c, &id, &ies, &text) {
            deliver_with(c, &id, intl("4477"), Dcs::GSM7, &ud);
        }
    }
    // UCS2 with a surrogate pair, and UCS2 filling 140 octets.
    if let Some(ud) = ucs2(c, "tpdu/alphabet/ucs2-surrogate", &[], "Olá 😀 € 日本 𝄞") {
        deliver_with(
            c,
            "tpdu/alphabet/ucs2-surrogate",
            intl("4477"),
            Dcs::UCS2,
            &ud,
        );
        submit_with(
            c,
            "tpdu/alphabet/ucs2-surrogate-submit",
            Dcs::UCS2,
            ValidityPeriod::Relative(1),
            &ud,
        );
    }
    let seventy: String = "Привет мир! ".repeat(6).chars().take(70).collect();
    if let Some(ud) = ucs2(c, "tpdu/alphabet/ucs2-70", &[], &seventy) {
        deliver_with(c, "tpdu/alphabet/ucs2-70", intl("4477"), Dcs::UCS2, &ud);
    }
    // 8-bit data, every octet value over two messages.
    let all: Vec<u8> = (0u8..=255).collect();
    for (i, chunk) in all.chunks(128).enumerate() {
        let id = format!("tpdu/alphabet/8bit-{i}");
        if let Some(ud) = binary(c, &id, &[], chunk) {
            deliver_with(c, &id, intl("4477"), Dcs::EIGHT_BIT, &ud);
        }
    }
}

// ---- User Data Header ------------------------------------------------------------------------

fn headers(c: &mut Corpus) {
    type Case<'a> = (&'a str, Vec<Ie<'a>>);
    let cases: Vec<Case<'_>> = vec![
        (
            "concat8",
            vec![Ie {
                iei: Iei::CONCAT_8,
                data: &[0xA5, 2, 1],
            }],
        ),
        (
            "concat8-255",
            vec![Ie {
                iei: Iei::CONCAT_8,
                data: &[0xFF, 255, 255],
            }],
        ),
        (
            "concat16",
            vec![Ie {
                iei: Iei::CONCAT_16,
                data: &[0x12, 0x34, 3, 2],
            }],
        ),
        (
            "ports8",
            vec![Ie {
                iei: Iei::PORTS_8,
                data: &[245, 246],
            }],
        ),
        (
            "ports16",
            vec![Ie {
                iei: Iei::PORTS_16,
                data: &[0x3E, 0x80, 0x3E, 0x81],
            }],
        ),
        (
            "special-sms-voice",
            vec![Ie {
                iei: Iei::SPECIAL_SMS,
                data: &[0x00, 0],
            }],
        ),
        (
            "special-sms-fax-store",
            vec![Ie {
                iei: Iei::SPECIAL_SMS,
                data: &[0x81, 3],
            }],
        ),
        (
            "special-sms-video-profile4",
            vec![Ie {
                iei: Iei::SPECIAL_SMS,
                data: &[0xE7, 255],
            }],
        ),
        (
            "single-shift-ie",
            vec![Ie {
                iei: Iei::NATIONAL_SINGLE_SHIFT,
                data: &[2],
            }],
        ),
        (
            "locking-shift-ie",
            vec![Ie {
                iei: Iei::NATIONAL_LOCKING_SHIFT,
                data: &[3],
            }],
        ),
        (
            "unknown-ie-sme",
            vec![Ie {
                iei: Iei(0x80),
                data: &[1, 2, 3],
            }],
        ),
        (
            "unknown-ie-reserved",
            vec![Ie {
                iei: Iei(0x26),
                data: &[0xAA],
            }],
        ),
        (
            "unknown-ie-sc",
            vec![Ie {
                iei: Iei(0xC0),
                data: &[],
            }],
        ),
        (
            "sim-toolkit-header",
            vec![Ie {
                iei: Iei(0x70),
                data: &[],
            }],
        ),
        (
            "reply-address",
            vec![Ie {
                iei: Iei::REPLY_ADDRESS,
                data: &[0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32],
            }],
        ),
        (
            "smsc-control",
            vec![Ie {
                iei: Iei::SMSC_CONTROL,
                data: &[0x0F],
            }],
        ),
        (
            "udh-source",
            vec![Ie {
                iei: Iei::UDH_SOURCE,
                data: &[0x03],
            }],
        ),
        (
            "many",
            vec![
                Ie {
                    iei: Iei::CONCAT_8,
                    data: &[0x01, 4, 4],
                },
                Ie {
                    iei: Iei::SPECIAL_SMS,
                    data: &[0x80, 1],
                },
                Ie {
                    iei: Iei::SPECIAL_SMS,
                    data: &[0x82, 7],
                },
                Ie {
                    iei: Iei(0x9F),
                    data: &[0xDE, 0xAD],
                },
                Ie {
                    iei: Iei::PORTS_8,
                    data: &[240, 255],
                },
            ],
        ),
        ("empty-header", vec![]),
    ];
    for (name, ies) in &cases {
        let id = format!("tpdu/udh/{name}-gsm7");
        if name == &"empty-header" {
            // UDHL 0: a header with no IE (UserDataBuf adds none for an empty list).
            let data = [0x00u8, 0x90, 0x65, 0x36, 0xFB, 0x0D];
            let ud = UserData::new(true, 6, &data);
            let d = Deliver {
                oa: intl("4477"),
                scts: scts(),
                ud,
                ..Deliver::default()
            };
            c.tpdu(&id, Tpdu::Deliver(d));
            continue;
        }
        if let Some(ud) = gsm7(c, &id, ies, HELLO) {
            deliver_with(c, &id, intl("4477"), Dcs::GSM7, &ud);
        }
        let id = format!("tpdu/udh/{name}-8bit");
        if let Some(ud) = binary(c, &id, ies, &[0xCA, 0xFE]) {
            submit_with(c, &id, Dcs::EIGHT_BIT, ValidityPeriod::None, &ud);
        }
        let id = format!("tpdu/udh/{name}-ucs2");
        if let Some(ud) = ucs2(c, &id, ies, "Ünïcødé") {
            submit_with(c, &id, Dcs::UCS2, ValidityPeriod::Relative(10), &ud);
        }
    }
    // Every fill-bit count (UDHL 1..=7 gives 6, 5, 4, 3, 2, 1, 0 fill bits).
    for n in 0u8..=6 {
        let data: Vec<u8> = (0..n).collect();
        let ies = [Ie {
            iei: Iei(0x81),
            data: &data,
        }];
        let id = format!("tpdu/udh/fill-udhl-{}", n + 2);
        if let Some(ud) = gsm7(c, &id, &ies, "fill bits") {
            deliver_with(c, &id, intl("4477"), Dcs::GSM7, &ud);
        }
    }
}

// ---- SMS-STATUS-REPORT -----------------------------------------------------------------------

fn status_report<'a>(st: u8, params: Option<OptionalParams<'a>>) -> StatusReport<'a> {
    StatusReport {
        mms: true,
        mr: 42,
        ra: intl("447700900123"),
        scts: scts(),
        dt: ts(24, 3, 15, 14, 30, 5, 4),
        st: Status(st),
        params,
        ..StatusReport::default()
    }
}

fn status_reports(c: &mut Corpus) {
    c.tpdu(
        "tpdu/status-report/min-no-pi",
        Tpdu::StatusReport(status_report(0, None)),
    );
    c.tpdu(
        "tpdu/status-report/pi-zero",
        Tpdu::StatusReport(status_report(0, Some(OptionalParams::default()))),
    );
    for st in [
        0x01u8, 0x02, 0x1F, 0x20, 0x25, 0x30, 0x40, 0x46, 0x49, 0x5F, 0x60, 0x65, 0x7F, 0x80, 0xFF,
    ] {
        c.tpdu(
            &format!("tpdu/status-report/st-{st:02x}"),
            Tpdu::StatusReport(status_report(st, None)),
        );
    }
    let p = OptionalParams {
        pid: Some(Pid::TELEX),
        ..OptionalParams::default()
    };
    c.tpdu(
        "tpdu/status-report/pid",
        Tpdu::StatusReport(status_report(0x20, Some(p))),
    );
    let p = OptionalParams {
        dcs: Some(Dcs(0xF1)),
        ..OptionalParams::default()
    };
    c.tpdu(
        "tpdu/status-report/dcs",
        Tpdu::StatusReport(status_report(0x41, Some(p))),
    );
    if let Some(ud) = gsm7(
        c,
        "tpdu/status-report/max",
        &[Ie {
            iei: Iei::CONCAT_8,
            data: &[7, 2, 2],
        }],
        "Delivered at 14:30",
    ) {
        let p = OptionalParams {
            pid: Some(Pid::DEFAULT),
            dcs: Some(Dcs::GSM7),
            ud: Some(ud.as_user_data()),
            ..OptionalParams::default()
        };
        let mut r = status_report(0x00, Some(p));
        r.srq = true;
        r.lp = true;
        r.mms = false;
        r.ra = intl("12345678901234567890");
        c.tpdu("tpdu/status-report/max", Tpdu::StatusReport(r));
    }
    if let Some(ud) = ucs2(c, "tpdu/status-report/ucs2", &[], "✓ délivré") {
        let p = OptionalParams {
            dcs: Some(Dcs::UCS2),
            ud: Some(ud.as_user_data()),
            ..OptionalParams::default()
        };
        c.tpdu(
            "tpdu/status-report/ucs2",
            Tpdu::StatusReport(status_report(0, Some(p))),
        );
    }
    if let Some(ud) = binary(c, "tpdu/status-report/8bit", &[], &[1, 2, 3, 4, 5]) {
        let p = OptionalParams {
            pid: Some(Pid(0x7F)),
            dcs: Some(Dcs::EIGHT_BIT),
            ud: Some(ud.as_user_data()),
            ..OptionalParams::default()
        };
        c.tpdu(
            "tpdu/status-report/8bit",
            Tpdu::StatusReport(status_report(0x62, Some(p))),
        );
    }
    // TP-UDL 0 announced.
    let p = OptionalParams {
        dcs: Some(Dcs::GSM7),
        ud: Some(UserData::default()),
        ..OptionalParams::default()
    };
    c.tpdu(
        "tpdu/status-report/udl-0",
        Tpdu::StatusReport(status_report(0, Some(p))),
    );
}

// ---- SMS-COMMAND -----------------------------------------------------------------------------

fn commands(c: &mut Corpus) {
    let base = Command {
        mr: 43,
        mn: 42,
        da: intl("447700900123"),
        ..Command::default()
    };
    c.tpdu("tpdu/command/min", Tpdu::Command(Command::default()));
    for ct in [
        CommandType::ENQUIRY,
        CommandType::CANCEL_STATUS_REPORT,
        CommandType::DELETE,
        CommandType::ENABLE_STATUS_REPORT,
        CommandType(0x04),
        CommandType(0x1F),
        CommandType(0x20),
        CommandType(0xE5),
    ] {
        let cmd = Command {
            srr: ct == CommandType::ENQUIRY,
            ct,
            ..base
        };
        c.tpdu(&format!("tpdu/command/ct-{:02x}", ct.0), Tpdu::Command(cmd));
    }
    let cd: Vec<u8> = (0..157u8).collect();
    let cmd = Command {
        srr: true,
        pid: Pid::TELEFAX_G3,
        ct: CommandType(0xE0),
        mn: 255,
        da: intl("12345678901234567890"),
        cd: &cd,
        ..base
    };
    c.tpdu("tpdu/command/max", Tpdu::Command(cmd));
    let cd = [0x05, 0x00, 0x03, 0x01, 0x02, 0x01, 0xAA, 0xBB];
    let cmd = Command {
        udhi: true,
        cd: &cd,
        ..base
    };
    c.tpdu("tpdu/command/udhi", Tpdu::Command(cmd));
}

// ---- SMS-DELIVER-REPORT ----------------------------------------------------------------------

/// The TP-PI variants of a report: nothing, each parameter alone, TP-UDL 0, reserved TP-PI
/// bits, and all of them with `ud`.
fn report_params(ud: &Option<UserDataBuf>) -> Vec<(String, OptionalParams<'_>)> {
    let mut v = vec![
        ("pi-zero".to_string(), OptionalParams::default()),
        (
            "pid".to_string(),
            OptionalParams {
                pid: Some(Pid::SIM_DATA_DOWNLOAD),
                ..OptionalParams::default()
            },
        ),
        (
            "dcs".to_string(),
            OptionalParams {
                dcs: Some(Dcs(0xF6)),
                ..OptionalParams::default()
            },
        ),
        (
            "udl-0".to_string(),
            OptionalParams {
                dcs: Some(Dcs::GSM7),
                ud: Some(UserData::default()),
                ..OptionalParams::default()
            },
        ),
        (
            "reserved-pi-bits".to_string(),
            OptionalParams {
                pi_reserved: 0x78,
                pid: Some(Pid::DEFAULT),
                ..OptionalParams::default()
            },
        ),
    ];
    if let Some(ud) = ud {
        v.push((
            "max".to_string(),
            OptionalParams {
                pid: Some(Pid::SIM_DATA_DOWNLOAD),
                dcs: Some(Dcs::GSM7),
                ud: Some(ud.as_user_data()),
                ..OptionalParams::default()
            },
        ));
    }
    v
}

fn deliver_reports(c: &mut Corpus) {
    let ud = gsm7(
        c,
        "tpdu/deliver-report",
        &[Ie {
            iei: Iei::CONCAT_8,
            data: &[1, 1, 1],
        }],
        "report text",
    );
    let bin = binary(c, "tpdu/deliver-report", &[], &[0xD0, 0x0F, 0x12]);
    let wide = ucs2(c, "tpdu/deliver-report", &[], "отчёт");
    let params = report_params(&ud);
    for (name, p) in &params {
        let r = DeliverReport {
            spare: 0,
            fcs: None,
            params: *p,
        };
        c.tpdu(
            &format!("tpdu/deliver-report/ack-{name}"),
            Tpdu::DeliverReport(r),
        );
        for fcs in [Fcs::MEMORY_CAPACITY_EXCEEDED, Fcs::UNSPECIFIED] {
            let r = DeliverReport {
                spare: 0,
                fcs: Some(fcs),
                params: *p,
            };
            c.tpdu(
                &format!("tpdu/deliver-report/error-{:02x}-{name}", fcs.0),
                Tpdu::DeliverReport(r),
            );
        }
    }
    for (name, buf, dcs) in [("8bit", &bin, Dcs::EIGHT_BIT), ("ucs2", &wide, Dcs::UCS2)] {
        if let Some(b) = buf {
            for fcs in [None, Some(Fcs::SIM_DATA_DOWNLOAD_ERROR)] {
                let r = DeliverReport {
                    spare: 0,
                    fcs,
                    params: OptionalParams {
                        dcs: Some(dcs),
                        ud: Some(b.as_user_data()),
                        ..OptionalParams::default()
                    },
                };
                let form = if fcs.is_some() { "error" } else { "ack" };
                c.tpdu(
                    &format!("tpdu/deliver-report/{form}-{name}"),
                    Tpdu::DeliverReport(r),
                );
            }
        }
    }
    // Every TP-FCS value of the RP-ERROR form that tshark can tell from TP-PI (0x80..=0xFF).
    for fcs in (0x80u8..=0xFF).step_by(3) {
        let r = DeliverReport {
            spare: 0,
            fcs: Some(Fcs(fcs)),
            params: OptionalParams::default(),
        };
        c.tpdu(
            &format!("tpdu/deliver-report/fcs-{fcs:02x}"),
            Tpdu::DeliverReport(r),
        );
    }
}

// ---- SMS-SUBMIT-REPORT -----------------------------------------------------------------------

fn submit_reports(c: &mut Corpus) {
    let ud = gsm7(
        c,
        "tpdu/submit-report",
        &[Ie {
            iei: Iei::PORTS_8,
            data: &[250, 251],
        }],
        "accepted",
    );
    let params = report_params(&ud);
    for (name, p) in &params {
        let r = SubmitReport {
            spare: 0,
            fcs: None,
            params: *p,
            scts: ts(24, 3, 15, 14, 30, 1, 4),
        };
        c.tpdu(
            &format!("tpdu/submit-report/ack-{name}"),
            Tpdu::SubmitReport(r),
        );
        for fcs in [Fcs::SC_BUSY, Fcs::DUPLICATE_SM] {
            let r = SubmitReport {
                spare: 0,
                fcs: Some(fcs),
                params: *p,
                scts: ts(24, 3, 15, 14, 30, 1, -8),
            };
            c.tpdu(
                &format!("tpdu/submit-report/error-{:02x}-{name}", fcs.0),
                Tpdu::SubmitReport(r),
            );
        }
    }
    if let Some(b) = binary(c, "tpdu/submit-report/8bit", &[], &[0x01, 0x02]) {
        let r = SubmitReport {
            spare: 0,
            fcs: Some(Fcs::VPF_NOT_SUPPORTED),
            params: OptionalParams {
                dcs: Some(Dcs::EIGHT_BIT),
                ud: Some(b.as_user_data()),
                ..OptionalParams::default()
            },
            scts: scts(),
        };
        c.tpdu("tpdu/submit-report/error-8bit", Tpdu::SubmitReport(r));
    }
}

// ---- split::SubmitBuilder / DeliverBuilder ---------------------------------------------------

fn builders(c: &mut Corpus) {
    let long = "Concatenated messages are split at 153 septets with an 8-bit reference. ".repeat(5);
    let built = SubmitBuilder::new(intl("447700900123"))
        .text(&long)
        .reference(Reference::Ref8(0x42))
        .srr(true)
        .vp(ValidityPeriod::Relative(167))
        .build();
    segments(
        c,
        "tpdu/builder/submit-gsm7-ref8",
        built.map(|m| m.into_segments()),
    );
    let built = SubmitBuilder::new(intl("447700900123"))
        .text(&"Ç€{}[] ".repeat(40))
        .reference(Reference::Ref16(0xBEEF))
        .ports(16000, 16001)
        .build();
    segments(
        c,
        "tpdu/builder/submit-gsm7-ext-ref16-ports",
        built.map(|m| m.into_segments()),
    );
    let built = SubmitBuilder::new(intl("447700900123"))
        .text(&"Şişli'de çay ğüzel. ".repeat(12))
        .languages(Languages::TURKISH)
        .reference(Reference::Ref8(7))
        .build();
    segments(
        c,
        "tpdu/builder/submit-turkish",
        built.map(|m| m.into_segments()),
    );
    let built = DeliverBuilder::new(alpha("Info"), ts(25, 6, 1, 12, 0, 0, 8))
        .text(&"Grüße aus Köln 😀 ".repeat(5))
        .reference(Reference::Ref16(0xBEEF))
        .ports(16000, 16000)
        .build();
    segments(
        c,
        "tpdu/builder/deliver-ucs2",
        built.map(|m| m.into_segments()),
    );
    let data: Vec<u8> = (0..300u16).map(|i| (i % 251) as u8).collect();
    let built = DeliverBuilder::new(intl("4915"), Timestamp::ZERO)
        .bytes(&data)
        .reference(Reference::Ref8(1))
        .build();
    segments(
        c,
        "tpdu/builder/deliver-8bit",
        built.map(|m| m.into_segments()),
    );
    let built = SubmitBuilder::new(intl("447700900123"))
        .text("Flash!")
        .class(smsip_tpdu::MessageClass::Class0)
        .alphabet(AlphabetMode::Gsm7)
        .build();
    segments(
        c,
        "tpdu/builder/submit-class0",
        built.map(|m| m.into_segments()),
    );
}

fn segments(
    c: &mut Corpus,
    id: &str,
    built: Result<Vec<smsip_tpdu::split::SegmentBuf>, smsip_tpdu::EncodeError>,
) {
    match built {
        Ok(segs) => {
            for (i, s) in segs.iter().enumerate() {
                c.tpdu(&format!("{id}/{}", i + 1), s.tpdu());
            }
        }
        Err(e) => c.fail(id, format!("builder: {e}")),
    }
}

// ---- the places where tshark 4.0 is wrong (compare::KNOWN_TSHARK_DEFECTS) --------------------

fn known_tshark_defects(c: &mut Corpus) {
    // TP-FCS below 0x80 in an RP-ERROR report (warthog-submit-report-full has FCS 0x12).
    for fcs in [0x00u8, 0x12, 0x7F] {
        let r = DeliverReport {
            spare: 0,
            fcs: Some(Fcs(fcs)),
            params: OptionalParams::default(),
        };
        c.tpdu(
            &format!("defect/fcs-below-80/deliver-report-{fcs:02x}"),
            Tpdu::DeliverReport(r),
        );
        let r = SubmitReport {
            spare: 0,
            fcs: Some(Fcs(fcs)),
            params: OptionalParams {
                pid: Some(Pid::DEFAULT),
                ..OptionalParams::default()
            },
            scts: scts(),
        };
        c.tpdu(
            &format!("defect/fcs-below-80/submit-report-{fcs:02x}"),
            Tpdu::SubmitReport(r),
        );
    }
    // TP-PI extension octets (bit 7), in both report forms and in a status report.
    let ext: &[u8] = &[0x00];
    let p = OptionalParams {
        pi_extension: ext,
        pid: Some(Pid::DEFAULT),
        ..OptionalParams::default()
    };
    c.tpdu(
        "defect/pi-extension/deliver-report-ack",
        Tpdu::DeliverReport(DeliverReport {
            spare: 0,
            fcs: None,
            params: p,
        }),
    );
    c.tpdu(
        "defect/pi-extension/deliver-report-error",
        Tpdu::DeliverReport(DeliverReport {
            spare: 0,
            fcs: Some(Fcs::UNSPECIFIED),
            params: p,
        }),
    );
    c.tpdu(
        "defect/pi-extension/submit-report-ack",
        Tpdu::SubmitReport(SubmitReport {
            spare: 0,
            fcs: None,
            params: p,
            scts: scts(),
        }),
    );
    c.tpdu(
        "defect/pi-extension/status-report",
        Tpdu::StatusReport(status_report(0, Some(p))),
    );
    // Enhanced TP-VP, relative sub-format, and with an extension octet.
    if let Some(ud) = gsm7(c, "defect/enhanced-vp", &[], "OK") {
        for (name, vp) in [
            (
                "relative-167",
                EnhancedVp::new(false, EnhancedFormat::Relative(167)),
            ),
            (
                "relative-0-single-shot",
                EnhancedVp::new(true, EnhancedFormat::Relative(0)),
            ),
        ] {
            if let Ok(vp) = vp {
                submit_with(
                    c,
                    &format!("defect/enhanced-vp-relative/{name}"),
                    Dcs::GSM7,
                    ValidityPeriod::Enhanced(vp),
                    &ud,
                );
            }
        }
        let x = EnhancedVp::from_octets([0x82, 0x00, 0x3C, 0, 0, 0, 0]);
        submit_with(
            c,
            "defect/enhanced-vp-extension/seconds-60",
            Dcs::GSM7,
            ValidityPeriod::Enhanced(x),
            &ud,
        );
    }
    // TP-UD of a report without TP-DCS: the default alphabet.
    if let Some(ud) = gsm7(c, "defect/report-ud-without-dcs", &[], "report") {
        let p = OptionalParams {
            ud: Some(ud.as_user_data()),
            ..OptionalParams::default()
        };
        c.tpdu(
            "defect/report-ud-without-dcs/deliver-report-ack",
            Tpdu::DeliverReport(DeliverReport {
                spare: 0,
                fcs: None,
                params: p,
            }),
        );
        c.tpdu(
            "defect/report-ud-without-dcs/submit-report-error",
            Tpdu::SubmitReport(SubmitReport {
                spare: 0,
                fcs: Some(Fcs::SC_BUSY),
                params: p,
                scts: scts(),
            }),
        );
        c.tpdu(
            "defect/report-ud-without-dcs/status-report",
            Tpdu::StatusReport(status_report(0, Some(p))),
        );
    }
    // Reserved TP-DCS codings: the default alphabet.
    for dcs in [0x0Cu8, 0x1C, 0x4D, 0x80, 0x9A, 0xB4] {
        if let Some(ud) = gsm7(c, "defect/reserved-dcs", &[], "reserved coding") {
            deliver_with(
                c,
                &format!("defect/reserved-dcs/{dcs:02x}"),
                intl("4477"),
                Dcs(dcs),
                &ud,
            );
        }
    }
    // Reserved TP-MTI 11 from SC to MS: handled as SMS-DELIVER.
    if let Some(ud) = gsm7(c, "defect/reserved-mti", &[], "MTI 11") {
        let d = Deliver {
            spare: 0b11,
            oa: intl("4477"),
            scts: scts(),
            ud: ud.as_user_data(),
            ..Deliver::default()
        };
        c.tpdu("defect/reserved-mti/deliver", Tpdu::Deliver(d));
    }
}

// ---- public vectors ---------------------------------------------------------------------------

fn vectors(c: &mut Corpus) {
    for v in crate::vectors::TPDU_VECTORS.iter().filter(|v| v.tshark) {
        let Ok(bytes) = smsip_core::hex::decode(v.hex) else {
            c.fail(v.id, "bad hex");
            continue;
        };
        match Tpdu::decode_with(&bytes, v.dir, v.ctx) {
            Ok(t) => c.tpdu(&format!("vector/{}", v.id), t),
            Err(e) => c.fail(v.id, format!("smsip does not decode it: {e}")),
        }
    }
    for v in crate::vectors::RP_VECTORS.iter().filter(|v| v.tshark) {
        let Ok(bytes) = smsip_core::hex::decode(v.hex) else {
            c.fail(v.id, "bad hex");
            continue;
        };
        if v.cp {
            match CpMessage::decode(&bytes) {
                Ok(m) => c.cp(&format!("vector/{}", v.id), m),
                Err(e) => c.fail(v.id, format!("smsip does not decode it: {e}")),
            }
        } else {
            match RpMessage::decode(&bytes) {
                Ok(m) => c.rp(&format!("vector/{}", v.id), m),
                Err(e) => c.fail(v.id, format!("smsip does not decode it: {e}")),
            }
        }
    }
}

// ---- RP --------------------------------------------------------------------------------------

fn submit_tpdu() -> Vec<u8> {
    let mut b = Vec::new();
    let s = Submit {
        da: intl("447700900123"),
        ..Submit::default()
    };
    let _ = s.encode(&mut b);
    b
}

fn rp(c: &mut Corpus) {
    let tpdu = submit_tpdu();
    let sc_addresses = [
        ("intl", RpAddress::international("447700900000")),
        ("intl-odd", RpAddress::international("4477009000")),
        ("intl-1", RpAddress::international("4")),
        ("intl-20", RpAddress::international("12345678901234567890")),
        (
            "national",
            RpAddress::new(RpTon::NATIONAL, RpNpi::ISDN, "07700900000"),
        ),
        (
            "unknown",
            RpAddress::new(RpTon::UNKNOWN, RpNpi::UNKNOWN, "1234"),
        ),
        (
            "network-specific",
            RpAddress::new(RpTon::NETWORK_SPECIFIC, RpNpi::PRIVATE, "99"),
        ),
        (
            "dedicated",
            RpAddress::new(RpTon::DEDICATED_ACCESS, RpNpi::NATIONAL, "112"),
        ),
        (
            "keypad",
            RpAddress::new(RpTon::UNKNOWN, RpNpi::ISDN, "*#12"),
        ),
    ];
    for (name, a) in sc_addresses {
        match a
            .map_err(|e| e.to_string())
            .and_then(|a| RpData::mo(9, a, &tpdu).map_err(|e| e.to_string()))
        {
            Ok(m) => c.rp(&format!("rp/data-mo/sc-{name}"), m.into()),
            Err(e) => c.fail(name, e),
        }
    }
    // Both addresses present although the spec says one is empty (kept as received).
    match RpData::mo(10, sc_address(), &tpdu) {
        Ok(m) => {
            let both = RpData {
                originator: Some(sc_address()),
                ..m
            };
            c.rp("rp/data-mo/both-addresses", both.into());
        }
        Err(e) => c.fail("rp/data-mo/both-addresses", e),
    }
    for mr in [0u8, 255] {
        c.rp(
            &format!("rp/ack-mo/mr-{mr}"),
            RpAck::new(RpDirection::MsToNetwork, mr).into(),
        );
        c.rp(
            &format!("rp/ack-mt/mr-{mr}"),
            RpAck::new(RpDirection::NetworkToMs, mr).into(),
        );
        c.rp(&format!("rp/smma/mr-{mr}"), RpSmma::new(mr).into());
    }
    // Every RP-Cause of Table 8.4, network to MS, and some MS to network.
    for cause in RpCause::NAMED {
        c.rp(
            &format!("rp/error-mt/cause-{}", cause.0),
            RpError::new(RpDirection::NetworkToMs, 3, *cause).into(),
        );
    }
    for cause in [
        RpCause::MEMORY_CAPACITY_EXCEEDED,
        RpCause::PROTOCOL_ERROR,
        RpCause(2),
        RpCause(126),
    ] {
        c.rp(
            &format!("rp/error-mo/cause-{}", cause.0),
            RpError::new(RpDirection::MsToNetwork, 4, cause).into(),
        );
    }
    match RpError::new(RpDirection::NetworkToMs, 5, RpCause::CONGESTION).with_diagnostic(&[0x99]) {
        Ok(m) => c.rp("rp/error-mt/diagnostic", m.into()),
        Err(e) => c.fail("rp/error-mt/diagnostic", e),
    }
    let report = [0x00u8, 0xD3, 0x00];
    match RpError::new(
        RpDirection::MsToNetwork,
        6,
        RpCause::MEMORY_CAPACITY_EXCEEDED,
    )
    .with_diagnostic(&[0x01])
    .and_then(|m| m.with_user_data(&report))
    {
        Ok(m) => c.rp("rp/error-mo/diagnostic-and-report", m.into()),
        Err(e) => c.fail("rp/error-mo/diagnostic-and-report", e),
    }
}

// ---- CP --------------------------------------------------------------------------------------

fn cp(c: &mut Corpus) {
    let mut rpdus: Vec<(String, Vec<u8>)> = Vec::new();
    let tpdu = submit_tpdu();
    let mut add = |name: &str, m: RpMessage<'_>| {
        let mut b = Vec::new();
        m.encode(&mut b);
        rpdus.push((name.to_string(), b));
    };
    if let Ok(m) = RpData::mo(1, sc_address(), &tpdu) {
        add("rp-data-mo", m.into());
    }
    let deliver = [
        0x04, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x00, 0x00, 0x42, 0x30, 0x51, 0x41,
        0x03, 0x00, 0x40, 0x05, 0xC8, 0x32, 0x9B, 0xFD, 0x06,
    ];
    if let Ok(m) = RpData::mt(2, sc_address(), &deliver) {
        add("rp-data-mt", m.into());
    }
    let submit_report = [0x01, 0x00, 0x42, 0x30, 0x51, 0x41, 0x03, 0x10, 0x40];
    if let Ok(m) = RpAck::new(RpDirection::NetworkToMs, 1).with_user_data(&submit_report) {
        add("rp-ack-mt-report", m.into());
    }
    add("rp-ack-mo", RpAck::new(RpDirection::MsToNetwork, 2).into());
    let deliver_report = [0x00, 0xD3, 0x00];
    if let Ok(m) = RpError::new(
        RpDirection::MsToNetwork,
        2,
        RpCause::MEMORY_CAPACITY_EXCEEDED,
    )
    .with_user_data(&deliver_report)
    {
        add("rp-error-mo-report", m.into());
    }
    add(
        "rp-error-mt",
        RpError::new(RpDirection::NetworkToMs, 1, RpCause::CONGESTION).into(),
    );
    add("rp-smma", RpSmma::new(5).into());
    for (i, (name, rpdu)) in rpdus.iter().enumerate() {
        let flag = i % 2 == 1;
        let value = (i % 7) as u8;
        match TransactionId::new(flag, value).and_then(|ti| CpData::new(ti, rpdu)) {
            Ok(d) => c.cp(&format!("cp/data/{name}"), d.into()),
            Err(e) => c.fail(name, e),
        }
    }
    for value in 0u8..=6 {
        for flag in [false, true] {
            match TransactionId::new(flag, value) {
                Ok(ti) => c.cp(
                    &format!("cp/ack/ti-{}{value}", u8::from(flag)),
                    CpAck { ti }.into(),
                ),
                Err(e) => c.fail("cp/ack", e),
            }
        }
    }
    for cause in CpCause::NAMED
        .iter()
        .copied()
        .chain([CpCause(0), CpCause(200)])
    {
        match TransactionId::new(true, 3) {
            Ok(ti) => c.cp(
                &format!("cp/error/cause-{}", cause.0),
                CpError { ti, cause }.into(),
            ),
            Err(e) => c.fail("cp/error", e),
        }
    }
}

// ---- MAP in TCAP -----------------------------------------------------------------------------

#[cfg(feature = "map-tcap")]
mod map_tcap {
    use super::{intl, Corpus, Tpdu};
    use smsip_ber::{AddressString, Element, Imsi, Lmsi, RawElements};
    use smsip_map::dialogue::{self, AcVersion, Outgoing};
    use smsip_map::dialogue_pdu::{
        MapAcceptInfo, MapCloseInfo, MapDialoguePdu, MapOpenInfo, MapProviderAbortInfo,
        MapRefuseInfo, MapUserAbortChoice, MapUserAbortInfo, ProcedureCancellationReason,
        ProviderAbortReason, RefuseReason, ResourceUnavailableReason,
    };
    use smsip_map::{
        contexts, ApplicationContext, Argument, MoForwardSmArg, MtForwardSmArg, OpCode, SmRpDa,
        SmRpOa,
    };
    use smsip_tcap::{
        Aare, Abort, AbortSource, Abrt, AssociateResult, Begin, Code, Component, Continue,
        DialoguePortion, End, Invoke, PAbortCause, ResultSourceDiagnostic, ReturnError,
        ReturnResult, ServiceUserDiagnostic, TcapMessage, TransactionId,
    };

    const SC: [u8; 7] = [0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00];
    const MSISDN: [u8; 7] = [0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32];
    const IMSI: [u8; 8] = [0x32, 0x14, 0x05, 0x21, 0x43, 0x65, 0x87, 0xF9];

    /// A TC-BEGIN with an AARQ for `ac` v3 and one Invoke of `op` with `arg`.
    fn begin(c: &mut Corpus, id: &str, ac: ApplicationContext, op: OpCode, arg: &Argument<'_>) {
        let mut a = Vec::new();
        arg.encode(&mut a);
        let (Ok(param), Some(acn)) = (Element::from_ber(&a), ac.oid(3)) else {
            return c.fail(id, "MAP argument or application context");
        };
        let comps = [Component::Invoke(Invoke::new(
            1,
            Code::Local(i64::from(op.0)),
            Some(param),
        ))];
        let m = Begin::new(TransactionId::from_u32(0x0102_0304))
            .with_dialogue(DialoguePortion::request(acn))
            .with_components(&comps);
        c.tcap(id, TcapMessage::Begin(m));
    }

    pub(super) fn build(c: &mut Corpus) {
        let (Some(sc), Some(msisdn), Some(imsi)) = (
            AddressString::new(&SC),
            AddressString::new(&MSISDN),
            Imsi::new(&IMSI),
        ) else {
            return c.fail("map", "MAP primitives");
        };
        // mt-ForwardSM carrying the SC-to-MS TPDUs of the RP corpus (RP-DATA network to MS),
        // mo-ForwardSM carrying the MS-to-SC ones.
        let rpdus: Vec<Vec<u8>> = c
            .messages
            .iter()
            .filter(|m| m.carrier == super::Carrier::Rp && m.id.starts_with("tpdu/"))
            .map(|m| m.bytes.clone())
            .collect();
        let (mut mt, mut mo) = (0usize, 0usize);
        for (i, b) in rpdus.iter().enumerate() {
            let Ok(smsip_rp::RpMessage::Data(d)) = smsip_rp::RpMessage::decode(b) else {
                continue;
            };
            let Some(Ok(t)) = d.tpdu() else { continue };
            let ui = d.tpdu_bytes();
            match t {
                Tpdu::Deliver(_) | Tpdu::StatusReport(_) if mt < 60 && i % 2 == 0 => {
                    mt += 1;
                    let arg = MtForwardSmArg::new(
                        SmRpDa::Imsi(imsi),
                        SmRpOa::ServiceCentreAddressOa(sc),
                        ui,
                    );
                    begin(
                        c,
                        &format!("map/mt-forward-sm/{i}"),
                        ApplicationContext::ShortMsgMtRelay,
                        OpCode::MT_FORWARD_SM,
                        &Argument::MtForwardSm(arg),
                    );
                }
                Tpdu::Submit(_) | Tpdu::Command(_) if mo < 40 && i % 2 == 0 => {
                    mo += 1;
                    let arg = MoForwardSmArg::new(
                        SmRpDa::ServiceCentreAddressDa(sc),
                        SmRpOa::Msisdn(msisdn),
                        ui,
                    );
                    begin(
                        c,
                        &format!("map/mo-forward-sm/{i}"),
                        ApplicationContext::ShortMsgMoRelay,
                        OpCode::MO_FORWARD_SM,
                        &Argument::MoForwardSm(arg),
                    );
                }
                _ => {}
            }
        }
        // sendRoutingInfoForSM of the public vectors, decoded and re-encoded by smsip-map.
        for v in crate::vectors::BER_VECTORS
            .iter()
            .filter(|v| v.0 == "jss7-sri-sm-arg-delivery-not-intended")
        {
            // Not the other jss7-sri-sm-arg vectors: -smea has sm-RP-SMEA without the TS 23.040
            // Address-Length octet (tshark: Short Data), -teleservice has the MAP v1 field
            // teleservice [5] in a v3 dialogue (tshark: unknown field). Hostile seeds only.
            let Ok(bytes) = smsip_core::hex::decode(v.2) else {
                continue;
            };
            match smsip_map::decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes) {
                Ok(arg) => begin(
                    c,
                    &format!("map/{}", v.0),
                    ApplicationContext::ShortMsgGateway,
                    OpCode::SEND_ROUTING_INFO_FOR_SM,
                    &arg,
                ),
                Err(e) => c.fail(v.0, format!("smsip-map: {e}")),
            }
        }
        let _ = intl;
        // TCAP without MAP parameters: TC-END with an empty ReturnResultLast, TC-END with a
        // ReturnError (absentSubscriberSM, 6), TC-CONTINUE; with an AARE, and one TC-END
        // without a dialogue portion (tshark then does not hand the components to MAP).
        let ok = [Component::ReturnResultLast(ReturnResult::new(1, None))];
        let err = [Component::ReturnError(ReturnError::new(
            2,
            Code::Local(6),
            None,
        ))];
        c.tcap(
            "tcap/end-no-dialogue",
            TcapMessage::End(End::new(TransactionId::from_u32(7)).with_components(&ok)),
        );
        if let Some(acn) = ApplicationContext::ShortMsgMtRelay.oid(3) {
            let aare = DialoguePortion::accepted(acn);
            c.tcap(
                "tcap/end-aare-return-result",
                TcapMessage::End(
                    End::new(TransactionId::from_u32(7))
                        .with_dialogue(aare)
                        .with_components(&ok),
                ),
            );
            c.tcap(
                "tcap/end-aare-return-error",
                TcapMessage::End(
                    End::new(TransactionId::from_u32(8))
                        .with_dialogue(aare)
                        .with_components(&err),
                ),
            );
            let m = Continue::new(TransactionId::from_u32(9), TransactionId::from_u32(10))
                .with_dialogue(aare)
                .with_components(&ok);
            c.tcap("tcap/continue-aare", TcapMessage::Continue(m));
        }
        dialogue_pdus(c, sc, imsi);
    }

    /// Adds `m` after checking that smsip-map reads `pdu` back from its dialogue portion
    /// (`MapMessage::map_dialogue_pdu`).
    fn with_pdu(c: &mut Corpus, id: &str, m: TcapMessage<'_>, pdu: &MapDialoguePdu<'_>) {
        let bytes = m.to_vec();
        match dialogue::decode(&bytes).map(|d| d.map_dialogue_pdu()) {
            Ok(Ok(Some(got))) if got == *pdu => c.tcap(id, m),
            Ok(Ok(got)) => c.fail(id, format!("smsip-map reads {got:?}, not {pdu:?}")),
            Ok(Err(e)) => c.fail(id, format!("smsip-map dialogue PDU: {e}")),
            Err(e) => c.fail(id, format!("smsip-map dialogue: {e}")),
        }
    }

    /// Adds the TC-BEGIN a `dialogue::begin_with_open` builds (re-encoding it must give the
    /// same octets).
    fn with_open(c: &mut Corpus, id: &str, open: &MapOpenInfo<'_>, components: &[Outgoing<'_>]) {
        let mut b = Vec::new();
        let otid = TransactionId::from_u32(0x0A0B_0C0D);
        if let Err(e) = dialogue::begin_with_open(
            otid,
            AcVersion::SHORT_MSG_MT_RELAY_V3,
            open,
            components,
            &mut b,
        ) {
            return c.fail(id, format!("smsip-map refuses to build it: {e}"));
        }
        match smsip_tcap::decode(&b) {
            Ok(m) if m.to_vec() == b => with_pdu(c, id, m, &MapDialoguePdu::Open(*open)),
            Ok(_) => c.fail(id, "TCAP message re-encodes differently"),
            Err(e) => c.fail(id, format!("TCAP message does not decode: {e}")),
        }
    }

    /// TCAP messages carrying each MAP dialogue PDU (TS 29.002 §17.4) in the user information
    /// of their AARQ / AARE / ABRT, built with `dialogue::begin_with_open` and
    /// `dialogue::map_user_information`.
    fn dialogue_pdus(c: &mut Corpus, sc: AddressString<'_>, imsi: Imsi<'_>) {
        // The IMSI as an AddressString: international number, land mobile numbering plan
        // (E.212), as MAP-OPEN's destinationReference carries it (TS 29.002 §12.9: an
        // mt-ForwardSM whose sm-RP-DA is an LMSI).
        let mut dest = vec![0x96];
        dest.extend_from_slice(imsi.as_bytes());
        let Some(dest) = AddressString::new(&dest) else {
            return c.fail("map-dialogue", "destinationReference");
        };
        let open = MapOpenInfo::new(Some(dest), Some(sc));
        let tpdu = c
            .messages
            .iter()
            .find(|m| m.id.starts_with("tpdu/deliver/"))
            .and_then(|m| match smsip_rp::RpMessage::decode(&m.bytes) {
                Ok(smsip_rp::RpMessage::Data(d)) => Some(d.tpdu_bytes().to_vec()),
                _ => None,
            })
            .unwrap_or_default();
        let arg = MtForwardSmArg::new(
            SmRpDa::Lmsi(Lmsi([0x01, 0x02, 0x03, 0x04])),
            SmRpOa::ServiceCentreAddressOa(sc),
            &tpdu,
        );
        let invoke = [Outgoing::Invoke {
            invoke_id: 1,
            arg: Argument::MtForwardSm(arg),
        }];
        with_open(
            c,
            "map-dialogue/begin-open-mt-forward-sm-lmsi",
            &open,
            &invoke,
        );
        with_open(c, "map-dialogue/begin-open-empty", &open, &[]);
        with_open(
            c,
            "map-dialogue/begin-open-no-references",
            &MapOpenInfo::new(None, None),
            &[],
        );

        let dtid = TransactionId::from_u32(0x0A0B_0C0D);
        let ok = [Component::ReturnResultLast(ReturnResult::new(1, None))];
        fn accepted<'a>(ui: RawElements<'a>) -> Aare<'a> {
            Aare {
                user_information: Some(ui),
                ..Aare::accepted(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3)
            }
        }
        fn abrt<'a>(
            dtid: TransactionId,
            abort_source: AbortSource,
            ui: RawElements<'a>,
        ) -> TcapMessage<'a> {
            TcapMessage::Abort(Abort::user(
                dtid,
                DialoguePortion::Abort(Abrt {
                    abort_source,
                    user_information: Some(ui),
                }),
            ))
        }
        // Encodes `$pdu` into the user information `$ui` (dialogue::map_user_information) and
        // adds the message `$m` carrying it.
        macro_rules! with_ui {
            ($id:expr, $pdu:expr, |$ui:ident| $m:expr) => {{
                let pdu = $pdu;
                let mut buf = [0u8; 64];
                match dialogue::map_user_information(&pdu, &mut buf) {
                    Ok($ui) => with_pdu(c, $id, $m, &pdu),
                    Err(e) => c.fail($id, format!("smsip-map: {e}")),
                }
            }};
        }

        // MAP-ACCEPT in the AARE of the first backward message: a TC-CONTINUE accepting an
        // empty Begin, and a TC-END answering the invoke.
        let accept = MapDialoguePdu::Accept(MapAcceptInfo::new());
        with_ui!("map-dialogue/continue-accept", accept, |ui| {
            TcapMessage::Continue(
                Continue::new(TransactionId::from_u32(0x11), dtid)
                    .with_dialogue(DialoguePortion::Response(accepted(ui))),
            )
        });
        with_ui!("map-dialogue/end-accept-return-result", accept, |ui| {
            TcapMessage::End(
                End::new(dtid)
                    .with_dialogue(DialoguePortion::Response(accepted(ui)))
                    .with_components(&ok),
            )
        });
        // MAP-CLOSE in a TC-END.
        with_ui!(
            "map-dialogue/end-close",
            MapDialoguePdu::Close(MapCloseInfo::new()),
            |ui| TcapMessage::End(
                End::new(dtid).with_dialogue(DialoguePortion::Response(accepted(ui)))
            )
        );
        // MAP-REFUSE in the AARE (reject-permanent) of a TC-ABORT, naming the version to retry.
        let refuse = MapDialoguePdu::Refuse(MapRefuseInfo {
            alternative_application_context: Some(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V2),
            ..MapRefuseInfo::new(RefuseReason::INVALID_DESTINATION_REFERENCE)
        });
        with_ui!("map-dialogue/abort-refuse", refuse, |ui| {
            let aare = Aare {
                result: AssociateResult::REJECT_PERMANENT,
                result_source_diagnostic: ResultSourceDiagnostic::ServiceUser(
                    ServiceUserDiagnostic::NO_REASON_GIVEN,
                ),
                ..accepted(ui)
            };
            TcapMessage::Abort(Abort::user(dtid, DialoguePortion::Response(aare)))
        });
        // MAP-U-ABORT (every MAP-UserAbortChoice) and MAP-P-ABORT (both reasons) in the ABRT.
        let aborts = [
            (
                "user-specific-reason",
                MapUserAbortChoice::UserSpecificReason,
            ),
            (
                "user-resource-limitation",
                MapUserAbortChoice::UserResourceLimitation,
            ),
            (
                "resource-unavailable",
                MapUserAbortChoice::ResourceUnavailable(
                    ResourceUnavailableReason::LONG_TERM_RESOURCE_LIMITATION,
                ),
            ),
            (
                "application-procedure-cancellation",
                MapUserAbortChoice::ApplicationProcedureCancellation(
                    ProcedureCancellationReason::TANDEM_DIALOGUE_RELEASE,
                ),
            ),
        ];
        for (name, choice) in aborts {
            with_ui!(
                &format!("map-dialogue/abort-user-{name}"),
                MapDialoguePdu::UserAbort(MapUserAbortInfo::new(choice)),
                |ui| abrt(dtid, AbortSource::DIALOGUE_SERVICE_USER, ui)
            );
        }
        for reason in [
            ProviderAbortReason::ABNORMAL_DIALOGUE,
            ProviderAbortReason::INVALID_PDU,
        ] {
            with_ui!(
                &format!("map-dialogue/abort-provider-{}", reason.0),
                MapDialoguePdu::ProviderAbort(MapProviderAbortInfo::new(reason)),
                |ui| abrt(dtid, AbortSource::DIALOGUE_SERVICE_PROVIDER, ui)
            );
        }
        // Without MAP dialogue PDU: a bare ABRT, and a P-Abort.
        c.tcap(
            "tcap/abort-abrt",
            TcapMessage::Abort(Abort::user(dtid, DialoguePortion::user_abort())),
        );
        c.tcap(
            "tcap/abort-p-abort",
            TcapMessage::Abort(Abort::p_abort(dtid, PAbortCause::RESOURCE_LIMITATION)),
        );
    }
}
