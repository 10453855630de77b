//! TPDUs (TS 23.040) as tshark's `gsm_sms` dissector shows them.
//!
//! Every value comes from smsip's decode of the TPDU (`Tpdu::decode_with` with the direction and
//! report context the RP layer gives); the positions follow from the lengths smsip decoded. The
//! choice of which fields appear mirrors what `packet-gsm_sms.c` adds to its tree (e.g. the
//! TP-PID sub-fields depend on bits 7..6), never what it makes of them.

use smsip_tpdu::udh::{IeValue, Iei, Udh};
use smsip_tpdu::vp::{EnhancedFormat, EnhancedVp};
use smsip_tpdu::{
    Address, Alphabet, Dcs, DcsGroup, Direction, MessageClass, NumberingPlan, OptionalParams, Pid,
    ReportContext, StatusCategory, Timestamp, Tpdu, TypeOfNumber, UserData, ValidityPeriod,
    WaitingKind,
};

use crate::expect::{Expected, TpduSite, Val};

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "gsm_sms";

/// Every tshark field name this module maps. A tshark field with one of these names that no
/// smsip field accounts for (at its position) is a disagreement; other `gsm_sms` fields are
/// counted as "not mapped".
pub const FIELDS: &[&str] = &[
    "gsm_sms.tp-rp",
    "gsm_sms.tp-udhi",
    "gsm_sms.tp-sri",
    "gsm_sms.tp-srr",
    "gsm_sms.tp-srq",
    "gsm_sms.tp-lp",
    "gsm_sms.tp-mms",
    "gsm_sms.tp-rd",
    "gsm_sms.tp-vpf",
    "gsm_sms.tp-mti",
    "gsm_sms.tp-mr",
    "gsm_sms.tp-fcs",
    "gsm_sms.dis_field_addr.length",
    "gsm_sms.dis_field_addr.extension",
    "gsm_sms.dis_field_addr.num_type",
    "gsm_sms.dis_field_addr.num_plan",
    "gsm_sms.tp-oa",
    "gsm_sms.tp-da",
    "gsm_sms.tp-ra",
    "e164.msisdn",
    "gsm_sms.tp-pid",
    "gsm_sms.tp.pid.format_subsequent_bits",
    "gsm_sms.tp.pid.telematic_interworking",
    "gsm_sms.tp.pid.device_type",
    "gsm_sms.tp.pid.sm_al_proto",
    "gsm_sms.tp.pid.message_type",
    "gsm_sms.tp.pid.reserved",
    "gsm_sms.tp.pid.undefined",
    "gsm_sms.tp.pid.sc_specific_use",
    "gsm_sms.tp.pid.sc_specific",
    "gsm_sms.tp-dcs",
    "gsm_sms.coding_group_bits2",
    "gsm_sms.coding_group_bits4",
    "gsm_sms.gsm_7_bit_default_alphabet",
    "gsm_sms.dcs.text_compressed",
    "gsm_sms.dcs.message_class_defined",
    "gsm_sms.dcs.character_set",
    "gsm_sms.dcs.message_class",
    "gsm_sms.dcs.indication_sense",
    "gsm_sms.dcs.reserved",
    "gsm_sms.dcs.message_waiting",
    "gsm_sms.dcs.message_coding",
    "gsm_sms.scts.year",
    "gsm_sms.scts.month",
    "gsm_sms.scts.day",
    "gsm_sms.scts.hour",
    "gsm_sms.scts.minutes",
    "gsm_sms.scts.seconds",
    "gsm_sms.scts.timezone",
    "gsm_sms.vp.validity_period",
    "gsm_sms.vp.extension",
    "gsm_sms.vp.single_shot_sm",
    "gsm_sms.vp.reserved",
    "gsm_sms.vp.validity_period_format",
    "gsm_sms.vp.validity_period.hour",
    "gsm_sms.vp.validity_period.minutes",
    "gsm_sms.vp.validity_period.seconds",
    "gsm_sms.dis_field.definition",
    "gsm_sms.dis_field.st_error",
    "gsm_sms.dis.field_st_reason",
    "gsm_sms.tp.parameter_indicator",
    "gsm_sms.tp.extension",
    "gsm_sms.tp.reserved",
    "gsm_sms.tp.udl.present",
    "gsm_sms.tp.dcs.present",
    "gsm_sms.tp.pid.present",
    "gsm_sms.tp.user_data_length",
    "gsm_sms.tp.command_type",
    "gsm_sms.tp.message_number",
    "gsm_sms.tp.command_data_length",
    "gsm_sms.tp.command_data",
    "gsm_sms.dis_field_udh.user_data_header_length",
    "gsm_sms.ie_identifier",
    "gsm_sms.dis_field_ud_iei.length",
    "gsm_sms.ie_data",
    "gsm_sms.udh.mm.msg_id",
    "gsm_sms.udh.mm.msg_parts",
    "gsm_sms.udh.mm.msg_part",
    "gsm_sms.msg_ind_type_and_stor",
    "gsm_sms.profile_id",
    "gsm_sms.ext_msg_ind_type",
    "gsm_sms.msg_ind_type",
    "gsm_sms.msg_count",
    "gsm_sms.destination_port",
    "gsm_sms.originator_port",
    "gsm_sms.dis_iei_lang.single_shift",
    "gsm_sms.dis_iei_lang.locking_shift",
    "gsm_sms.dis_field_udh.gsm.fill_bits",
    "gsm_sms.sms_text",
    "gsm_sms.sms_body",
    "gsm_sms.compressed_data",
];

/// The IEIs `packet-gsm_sms.c` decodes into sub-fields; any other IE with data shows as
/// `gsm_sms.ie_data`.
const TSHARK_DECODED_IEIS: &[u8] = &[
    0x00, 0x01, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12,
    0x13, 0x24, 0x25,
];

/// Positions of the parts of a decoded TPDU, relative to its first octet (for the rules of
/// [`crate::compare`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// TP-VP of an SMS-SUBMIT.
    pub vp: Option<usize>,
    /// TP-PI of a report.
    pub pi: Option<usize>,
    /// TP-UDL.
    pub udl: Option<usize>,
}

/// The fields smsip expects for the TPDU `t` at `base` in the packet; errors when smsip does not
/// decode it.
pub fn expect(
    t: &[u8],
    base: usize,
    dir: Direction,
    ctx: ReportContext,
    out: &mut Expected,
) -> Result<(), String> {
    let tpdu = Tpdu::decode_with(t, dir, ctx).map_err(|e| format!("smsip-tpdu: {e}"))?;
    out.tpdus.push(TpduSite {
        base,
        len: t.len(),
        dir,
        ctx,
    });
    let mut e = E { out, base };
    fields(&mut e, &tpdu, t);
    Ok(())
}

/// The layout of a TPDU smsip decodes (`None` when it does not).
pub fn layout(t: &[u8], dir: Direction, ctx: ReportContext) -> Option<Layout> {
    let tpdu = Tpdu::decode_with(t, dir, ctx).ok()?;
    let mut out = Expected::default();
    let mut e = E {
        out: &mut out,
        base: 0,
    };
    Some(fields(&mut e, &tpdu, t))
}

struct E<'o> {
    out: &'o mut Expected,
    base: usize,
}

impl E<'_> {
    fn u(&mut self, name: &'static str, pos: usize, v: impl Into<u64>) {
        self.out.u(name, self.base + pos, v);
    }
    fn b(&mut self, name: &'static str, pos: usize, v: bool) {
        self.out.b(name, self.base + pos, v);
    }
    fn s(&mut self, name: &'static str, pos: usize, v: impl Into<String>) {
        self.out.s(name, self.base + pos, v);
    }
    fn bytes(&mut self, name: &'static str, pos: usize, v: &[u8]) {
        self.out.bytes(name, self.base + pos, v);
    }
    fn present(&mut self, name: &'static str, pos: usize) {
        self.out.present(name, self.base + pos);
    }
    fn masked(&mut self, name: &'static str, pos: usize, mask: u64, value: u64) {
        self.out
            .push(name, self.base + pos, Val::Masked { mask, value });
    }
}

fn fields(e: &mut E<'_>, tpdu: &Tpdu<'_>, raw: &[u8]) -> Layout {
    let mut lay = Layout::default();
    match tpdu {
        Tpdu::Deliver(d) => {
            e.b("gsm_sms.tp-rp", 0, d.reply_path);
            e.b("gsm_sms.tp-udhi", 0, d.ud.udhi);
            e.b("gsm_sms.tp-sri", 0, d.sri);
            e.b("gsm_sms.tp-lp", 0, d.lp);
            e.b("gsm_sms.tp-mms", 0, d.mms);
            e.u("gsm_sms.tp-mti", 0, d.spare & 3);
            let mut p = address(e, 1, &d.oa, "gsm_sms.tp-oa");
            pid(e, p, d.pid);
            dcs(e, p + 1, d.dcs);
            p += 2;
            scts(e, p, &d.scts);
            p += 7;
            lay.udl = Some(p);
            user_data(e, p, &d.ud, d.dcs, raw);
        }
        Tpdu::Submit(s) => {
            e.b("gsm_sms.tp-rp", 0, s.reply_path);
            e.b("gsm_sms.tp-udhi", 0, s.ud.udhi);
            e.b("gsm_sms.tp-srr", 0, s.srr);
            e.u("gsm_sms.tp-vpf", 0, s.vp.vpf());
            e.b("gsm_sms.tp-rd", 0, s.rd);
            e.u("gsm_sms.tp-mti", 0, 1u8);
            e.u("gsm_sms.tp-mr", 1, s.mr);
            let mut p = address(e, 2, &s.da, "gsm_sms.tp-da");
            pid(e, p, s.pid);
            dcs(e, p + 1, s.dcs);
            p += 2;
            lay.vp = Some(p);
            p = vp(e, p, &s.vp);
            lay.udl = Some(p);
            user_data(e, p, &s.ud, s.dcs, raw);
        }
        Tpdu::StatusReport(r) => {
            e.b(
                "gsm_sms.tp-udhi",
                0,
                r.params.is_some_and(|p| p.ud.is_some_and(|u| u.udhi)),
            );
            e.b("gsm_sms.tp-srq", 0, r.srq);
            e.b("gsm_sms.tp-lp", 0, r.lp);
            e.b("gsm_sms.tp-mms", 0, r.mms);
            e.u("gsm_sms.tp-mti", 0, 2u8);
            e.u("gsm_sms.tp-mr", 1, r.mr);
            let mut p = address(e, 2, &r.ra, "gsm_sms.tp-ra");
            scts(e, p, &r.scts);
            scts(e, p + 7, &r.dt);
            p += 14;
            let st = r.st.0;
            e.b("gsm_sms.dis_field.definition", p, st & 0x80 != 0);
            let error = match r.st.category() {
                StatusCategory::Completed => 0u8,
                StatusCategory::TemporaryErrorStillTrying => 1,
                StatusCategory::PermanentError => 2,
                StatusCategory::TemporaryErrorFinal => 3,
                // Bit 7 set: reserved; the two bits below it are shown as they are.
                _ => (st >> 5) & 3,
            };
            e.u("gsm_sms.dis_field.st_error", p, error);
            e.u("gsm_sms.dis.field_st_reason", p, st & 0x1F);
            p += 1;
            if let Some(params) = &r.params {
                lay.pi = Some(p);
                let q = pi(e, p, params);
                lay.udl = params_fields(e, q, params, raw);
            }
        }
        Tpdu::Command(c) => {
            e.b("gsm_sms.tp-udhi", 0, c.udhi);
            e.b("gsm_sms.tp-srr", 0, c.srr);
            e.u("gsm_sms.tp-mti", 0, 2u8);
            e.u("gsm_sms.tp-mr", 1, c.mr);
            pid(e, 2, c.pid);
            e.u("gsm_sms.tp.command_type", 3, c.ct.0);
            e.u("gsm_sms.tp.message_number", 4, c.mn);
            let p = address(e, 5, &c.da, "gsm_sms.tp-da");
            e.u("gsm_sms.tp.command_data_length", p, c.cd.len() as u64);
            if !c.cd.is_empty() {
                e.present("gsm_sms.tp.command_data", p + 1);
            }
        }
        Tpdu::DeliverReport(r) => {
            e.b("gsm_sms.tp-udhi", 0, r.params.ud.is_some_and(|u| u.udhi));
            e.u("gsm_sms.tp-mti", 0, 0u8);
            let mut p = 1;
            if let Some(f) = r.fcs {
                e.u("gsm_sms.tp-fcs", p, f.0);
                p += 1;
            }
            lay.pi = Some(p);
            let q = pi(e, p, &r.params);
            lay.udl = params_fields(e, q, &r.params, raw);
        }
        Tpdu::SubmitReport(r) => {
            e.b("gsm_sms.tp-udhi", 0, r.params.ud.is_some_and(|u| u.udhi));
            e.u("gsm_sms.tp-mti", 0, 1u8);
            let mut p = 1;
            if let Some(f) = r.fcs {
                e.u("gsm_sms.tp-fcs", p, f.0);
                p += 1;
            }
            lay.pi = Some(p);
            let q = pi(e, p, &r.params);
            scts(e, q, &r.scts);
            lay.udl = params_fields(e, q + 7, &r.params, raw);
        }
    }
    lay
}

/// An address field at `p`; returns the position after it.
fn address(e: &mut E<'_>, p: usize, a: &Address, digits_field: &'static str) -> usize {
    e.u("gsm_sms.dis_field_addr.length", p, a.len_semi_octets());
    e.b(
        "gsm_sms.dis_field_addr.extension",
        p + 1,
        a.toa() & 0x80 != 0,
    );
    e.u("gsm_sms.dis_field_addr.num_type", p + 1, a.ton().0);
    e.u("gsm_sms.dis_field_addr.num_plan", p + 1, a.npi().0);
    let text: String = if a.is_alphanumeric() {
        a.alpha_text().collect()
    } else {
        a.digits().collect()
    };
    // tshark adds the E.164 number for international ISDN originator/destination addresses.
    if digits_field != "gsm_sms.tp-ra"
        && a.ton() == TypeOfNumber::INTERNATIONAL
        && a.npi() == NumberingPlan::ISDN
    {
        e.s("e164.msisdn", p + 2, text.clone());
    }
    e.s(digits_field, p + 2, text);
    p + a.encoded_len()
}

fn pid(e: &mut E<'_>, p: usize, pid: Pid) {
    e.u("gsm_sms.tp-pid", p, pid.0);
    let group = pid.0 >> 6;
    match group {
        0 => {
            e.u("gsm_sms.tp.pid.format_subsequent_bits", p, group);
            e.b(
                "gsm_sms.tp.pid.telematic_interworking",
                p,
                pid.telematic_device().is_some(),
            );
            match (pid.telematic_device(), pid.sm_al_protocol()) {
                (Some(d), _) => e.u("gsm_sms.tp.pid.device_type", p, d),
                (None, Some(a)) => e.u("gsm_sms.tp.pid.sm_al_proto", p, a),
                (None, None) => {}
            }
        }
        1 => {
            e.u("gsm_sms.tp.pid.format_subsequent_bits", p, group);
            e.u("gsm_sms.tp.pid.message_type", p, pid.0 & 0x3F);
        }
        2 => {
            e.u("gsm_sms.tp.pid.reserved", p, group);
            e.u("gsm_sms.tp.pid.undefined", p, pid.0 & 0x3F);
        }
        _ => {
            e.u(
                "gsm_sms.tp.pid.sc_specific_use",
                p,
                u8::from(pid.is_sc_specific()) * 3,
            );
            e.u("gsm_sms.tp.pid.sc_specific", p, pid.0 & 0x3F);
        }
    }
}

fn class_index(c: MessageClass) -> u8 {
    match c {
        MessageClass::Class0 => 0,
        MessageClass::Class1 => 1,
        MessageClass::Class2 => 2,
        MessageClass::Class3 => 3,
    }
}

fn dcs(e: &mut E<'_>, p: usize, d: Dcs) {
    e.u("gsm_sms.tp-dcs", p, d.0);
    if d.0 & 0x80 != 0 {
        e.u("gsm_sms.coding_group_bits4", p, d.0 >> 4);
    } else {
        e.u("gsm_sms.coding_group_bits2", p, d.0 >> 6);
    }
    if d == Dcs::GSM7 {
        e.present("gsm_sms.gsm_7_bit_default_alphabet", p);
        return;
    }
    match d.group() {
        DcsGroup::General {
            compressed,
            alphabet_bits,
            class,
            ..
        } => {
            e.b("gsm_sms.dcs.text_compressed", p, compressed);
            e.b("gsm_sms.dcs.message_class_defined", p, class.is_some());
            e.u("gsm_sms.dcs.character_set", p, alphabet_bits);
            // Bits 1..0 are shown whether or not bit 4 says they are a class.
            e.u(
                "gsm_sms.dcs.message_class",
                p,
                class.map_or(d.0 & 3, class_index),
            );
        }
        DcsGroup::MessageWaiting {
            active,
            kind,
            reserved_bit,
            ..
        } => {
            e.b("gsm_sms.dcs.indication_sense", p, active);
            e.u("gsm_sms.dcs.reserved", p, u8::from(reserved_bit));
            let k: u8 = match kind {
                WaitingKind::Voicemail => 0,
                WaitingKind::Fax => 1,
                WaitingKind::Email => 2,
                WaitingKind::Other => 3,
            };
            e.u("gsm_sms.dcs.message_waiting", p, k);
        }
        DcsGroup::DataCodingClass {
            eight_bit,
            class,
            reserved_bit,
        } => {
            e.u("gsm_sms.dcs.reserved", p, u8::from(reserved_bit));
            e.b("gsm_sms.dcs.message_coding", p, eight_bit);
            e.u("gsm_sms.dcs.message_class", p, class_index(class));
        }
        // Reserved coding groups 1000..1011: tshark adds no sub-field.
        _ => {}
    }
}

/// TP-SCTS, TP-DT or an absolute TP-VP at `p`. tshark shows the time zone's magnitude in
/// quarters of an hour (its sign only in the display text).
fn scts(e: &mut E<'_>, p: usize, t: &Timestamp) {
    e.u("gsm_sms.scts.year", p, t.year());
    e.u("gsm_sms.scts.month", p + 1, t.month());
    e.u("gsm_sms.scts.day", p + 2, t.day());
    e.u("gsm_sms.scts.hour", p + 3, t.hour());
    e.u("gsm_sms.scts.minutes", p + 4, t.minute());
    e.u("gsm_sms.scts.seconds", p + 5, t.second());
    e.u(
        "gsm_sms.scts.timezone",
        p + 6,
        t.tz_quarters().unsigned_abs(),
    );
}

/// Functionality-indicator octets of an enhanced TP-VP (bit 7 chains them).
pub fn enhanced_indicators(x: &EnhancedVp) -> usize {
    1 + x
        .octets()
        .iter()
        .take(6)
        .take_while(|&&b| b & 0x80 != 0)
        .count()
}

/// TP-VP at `p`; returns the position after it.
fn vp(e: &mut E<'_>, p: usize, vp: &ValidityPeriod) -> usize {
    match vp {
        ValidityPeriod::None => p,
        ValidityPeriod::Relative(v) => {
            e.u("gsm_sms.vp.validity_period", p, *v);
            p + 1
        }
        ValidityPeriod::Absolute(t) => {
            scts(e, p, t);
            p + 7
        }
        ValidityPeriod::Enhanced(x) => {
            let o = x.octets();
            e.b("gsm_sms.vp.extension", p, x.extended());
            e.b("gsm_sms.vp.single_shot_sm", p, x.single_shot());
            e.u("gsm_sms.vp.reserved", p, (o[0] >> 3) & 7);
            let format = o[0] & 7;
            e.u("gsm_sms.vp.validity_period_format", p, format);
            let v = p + enhanced_indicators(x);
            match x.format() {
                EnhancedFormat::Relative(r) => e.u("gsm_sms.vp.validity_period", v, r),
                EnhancedFormat::Seconds(s) => e.u("gsm_sms.vp.validity_period", v, s),
                EnhancedFormat::Hms(h, m, s) => {
                    e.u("gsm_sms.vp.validity_period.hour", v, h);
                    e.u("gsm_sms.vp.validity_period.minutes", v + 1, m);
                    e.u("gsm_sms.vp.validity_period.seconds", v + 2, s);
                }
                _ => {}
            }
            p + 7
        }
    }
}

/// TP-PI at `p`; returns the position after it and its extension octets.
fn pi(e: &mut E<'_>, p: usize, params: &OptionalParams<'_>) -> usize {
    let o = params.pi_octet();
    e.u("gsm_sms.tp.parameter_indicator", p, o);
    e.b("gsm_sms.tp.extension", p, o & 0x80 != 0);
    e.u("gsm_sms.tp.reserved", p, (o >> 3) & 0x0F);
    e.b("gsm_sms.tp.udl.present", p, params.ud.is_some());
    e.b("gsm_sms.tp.dcs.present", p, params.dcs.is_some());
    e.b("gsm_sms.tp.pid.present", p, params.pid.is_some());
    p + 1 + params.pi_extension.len()
}

/// TP-PID, TP-DCS, TP-UDL, TP-UD of a report from `p`; returns where TP-UDL is.
fn params_fields(
    e: &mut E<'_>,
    mut p: usize,
    params: &OptionalParams<'_>,
    raw: &[u8],
) -> Option<usize> {
    if let Some(x) = params.pid {
        pid(e, p, x);
        p += 1;
    }
    if let Some(d) = params.dcs {
        dcs(e, p, d);
        p += 1;
    }
    let ud = params.ud.as_ref()?;
    user_data(e, p, ud, params.effective_dcs(), raw);
    Some(p)
}

/// TP-UDL at `p`, then TP-UD.
fn user_data(e: &mut E<'_>, p: usize, ud: &UserData<'_>, dcs: Dcs, raw: &[u8]) {
    e.u("gsm_sms.tp.user_data_length", p, ud.udl);
    if ud.udl == 0 {
        return;
    }
    let mut q = p + 1;
    if let Some(h) = ud.header() {
        header(e, q, &h);
        q += h.len();
    }
    let sm = ud.sm(dcs);
    if dcs.compressed() {
        e.bytes("gsm_sms.compressed_data", q, sm.bytes);
        return;
    }
    match dcs.alphabet() {
        Alphabet::Gsm7 => {
            if sm.fill > 0 {
                let mask = (1u64 << sm.fill) - 1;
                let octet = raw.get(q).copied().map_or(0, u64::from);
                e.masked("gsm_sms.dis_field_udh.gsm.fill_bits", q, mask, octet & mask);
            }
            e.s("gsm_sms.sms_text", q, ud.text(dcs).collect::<String>());
        }
        Alphabet::Ucs2 => e.s("gsm_sms.sms_text", q, ud.text(dcs).collect::<String>()),
        Alphabet::EightBit => e.bytes("gsm_sms.sms_body", q, sm.bytes),
    }
}

/// The User Data Header at `q`.
fn header(e: &mut E<'_>, q: usize, h: &Udh<'_>) {
    e.u(
        "gsm_sms.dis_field_udh.user_data_header_length",
        q,
        (h.len() - 1) as u64,
    );
    let mut at = q + 1;
    for ie in h.ies() {
        let Ok(ie) = ie else { break };
        let n = ie.data.len();
        e.u("gsm_sms.ie_identifier", at, ie.iei.0);
        e.u("gsm_sms.dis_field_ud_iei.length", at + 1, n as u64);
        let d = at + 2;
        if !TSHARK_DECODED_IEIS.contains(&ie.iei.0) {
            if n > 0 {
                e.bytes("gsm_sms.ie_data", d, ie.data);
            }
        } else {
            match ie.value() {
                Some(IeValue::Concat(c)) => {
                    let w = if c.wide { 2 } else { 1 };
                    e.u("gsm_sms.udh.mm.msg_id", d, c.reference);
                    e.u("gsm_sms.udh.mm.msg_parts", d + w, c.total);
                    e.u("gsm_sms.udh.mm.msg_part", d + w + 1, c.seq);
                }
                Some(IeValue::SpecialSms(s)) => {
                    e.b("gsm_sms.msg_ind_type_and_stor", d, s.store);
                    e.u("gsm_sms.profile_id", d, s.profile);
                    e.u("gsm_sms.ext_msg_ind_type", d, s.extended_type);
                    e.u("gsm_sms.msg_ind_type", d, s.basic_type);
                    e.u("gsm_sms.msg_count", d + 1, s.count);
                }
                Some(IeValue::Ports(pt)) => {
                    let w = if pt.wide { 2 } else { 1 };
                    e.u("gsm_sms.destination_port", d, pt.destination);
                    e.u("gsm_sms.originator_port", d + w, pt.originator);
                }
                Some(IeValue::NationalSingleShift(n)) => {
                    e.u("gsm_sms.dis_iei_lang.single_shift", d, n)
                }
                Some(IeValue::NationalLockingShift(n)) => {
                    e.u("gsm_sms.dis_iei_lang.locking_shift", d, n)
                }
                // IEs smsip does not type (0x06, 0x07, 0x0A..0x13): their sub-fields are not
                // mapped; only IEI and IEDL are compared.
                _ => {}
            }
        }
        at += 2 + n;
    }
}

/// True when `iei` is a national language shift IE.
pub fn is_national_shift(iei: Iei) -> bool {
    iei == Iei::NATIONAL_SINGLE_SHIFT || iei == Iei::NATIONAL_LOCKING_SHIFT
}
