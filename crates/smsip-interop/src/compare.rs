//! Field-by-field comparison of smsip's decode with tshark's, and the one table of places where
//! tshark 4.0 is itself wrong ([`KNOWN_TSHARK_DEFECTS`]), which the comparison skips exactly:
//! each entry names the fields and octets it covers in a given message, and an entry that hides
//! no disagreement in a whole run is reported as stale.

use std::collections::{BTreeMap, BTreeSet};

use smsip_tpdu::vp::EnhancedFormat;
use smsip_tpdu::{Dcs, ReportContext, Tpdu, ValidityPeriod};

use crate::corpus::{Carrier, Message};
use crate::expect::{Expected, Field, TpduSite};
use crate::layers;
use crate::tshark::{Packet, TsField};

/// Which fields a [`Mask`] covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fields {
    /// Every field of a protocol (`gsm_sms.` prefix) but the ones listed.
    ProtocolExcept(&'static str, &'static [&'static str]),
    /// Only these fields.
    Only(&'static [&'static str]),
    /// Every field.
    All,
}

/// The part of one message a known defect makes tshark get wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mask {
    /// First octet covered (in the packet).
    pub from: usize,
    /// One past the last octet covered.
    pub to: usize,
    /// The fields covered.
    pub fields: Fields,
    /// Whether tshark's expert errors and warnings on the packet are explained by the defect
    /// (they carry no position).
    pub experts: bool,
}

impl Mask {
    /// Whether the field `name` at `pos` is covered.
    pub fn covers(&self, name: &str, pos: Option<usize>) -> bool {
        let Some(pos) = pos else { return false };
        if pos < self.from || pos >= self.to {
            return false;
        }
        match self.fields {
            Fields::ProtocolExcept(proto, except) => {
                name.strip_prefix(proto)
                    .is_some_and(|rest| rest.starts_with('.'))
                    && !except.contains(&name)
            }
            Fields::Only(names) => names.contains(&name),
            Fields::All => true,
        }
    }
}

/// A place where tshark 4.0.17 decodes differently from the 3GPP specification.
#[derive(Debug, Clone, Copy)]
pub struct KnownDefect {
    /// Short id.
    pub id: &'static str,
    /// What tshark does.
    pub tshark: &'static str,
    /// What the specification says, and where.
    pub spec: &'static str,
    /// The masks for one message (empty when the defect does not apply to it).
    pub find: fn(&Message, &Expected) -> Vec<Mask>,
}

const TEXT_FIELDS: &[&str] = &[
    "gsm_sms.sms_text",
    "gsm_sms.sms_body",
    "gsm_sms.dis_field_udh.gsm.fill_bits",
];

/// The places where tshark 4.0 is wrong, each with the clause that decides. Everything else
/// tshark shows is compared.
pub const KNOWN_TSHARK_DEFECTS: &[KnownDefect] = &[
    KnownDefect {
        id: "report-fcs-below-0x80",
        tshark: "decides between TP-FCS and TP-PI by bit 7 of the second octet, ignoring the RP \
                 message that carried the report: TP-FCS 0x00..=0x7F in the RP-ERROR form is read \
                 as TP-PI and every later field is shifted (vector warthog-submit-report-full: \
                 FCS 0x12 read as TP-PI, SCTS year 70)",
        spec: "TS 23.040 §9.2.2.1a/§9.2.2.2a: the RP-ERROR forms of SMS-DELIVER-REPORT and \
               SMS-SUBMIT-REPORT always have TP-FCS in octet 2; §9.2.3.22: 0x00..=0x7F are \
               reserved values of TP-FCS; TS 24.011 §7.3.4: RP-ERROR says which form it is",
        find: fcs_below_0x80,
    },
    KnownDefect {
        id: "report-pi-extension",
        tshark: "reads one TP-PI octet only: with bit 7 set the extension octet is read as the \
                 next parameter, and in the RP-ACK form the first TP-PI octet itself (bit 7 set) \
                 is taken for TP-FCS",
        spec: "TS 23.040 §9.2.3.27: bit 7 of TP-PI is the extension bit, another TP-PI octet \
               follows; §9.2.2.1a/§9.2.2.2a (ii): the RP-ACK forms have no TP-FCS",
        find: pi_extension,
    },
    KnownDefect {
        id: "enhanced-vp-relative",
        tshark: "for an enhanced TP-VP whose validity period format is 001 (relative) it advances \
                 one octet instead of seven, reads TP-UDL from the TP-VP octets and reports a \
                 malformed packet",
        spec: "TS 23.040 §9.2.3.12.3: the enhanced TP-VP is always 7 octets; format 001: the \
               octet after the functionality indicator is coded as the relative format",
        find: enhanced_vp_relative,
    },
    KnownDefect {
        id: "enhanced-vp-extension",
        tshark: "shows an enhanced TP-VP whose functionality indicator has the extension bit as \
                 `extension ignored`: no single-shot flag, format or period",
        spec: "TS 23.040 §9.2.3.12.3: bit 7 of the functionality indicator announces another \
               indicator octet; bits 6..0 of the first one (single shot, format) still apply \
               and the period follows the last indicator octet",
        find: enhanced_vp_extension,
    },
    KnownDefect {
        id: "report-ud-without-dcs",
        tshark: "decodes the TP-UD of a report whose TP-PI announces no TP-DCS as 8-bit data",
        spec: "TS 23.040 §9.2.3.27 (tpdu.md §3.2 note): a TP-DCS that is not present is taken \
               as 0x00, the GSM 7-bit default alphabet (TP-UDL in septets)",
        find: report_ud_without_dcs,
    },
    KnownDefect {
        id: "reserved-dcs",
        tshark: "decodes TP-UD under a reserved TP-DCS (coding groups 1000..1011, or alphabet \
                 bits 11 in the general groups) as 8-bit data",
        spec: "TS 23.038 clause 4: any reserved coding shall be assumed to be the GSM 7-bit \
               default alphabet; TS 23.040 §9.2.3.16: TP-UDL then counts septets",
        find: reserved_dcs,
    },
    KnownDefect {
        id: "national-language-tables",
        tshark: "decodes GSM 7-bit text with the default alphabet and extension table even when \
                 the UDH selects a national locking shift (IE 0x25) or single shift (IE 0x24) \
                 table; characters of those tables show as U+FFFD or as default-table characters",
        spec: "TS 23.040 §9.2.3.24.15/§9.2.3.24.16 and TS 23.038 §6.2.1.2.4: IE 0x24/0x25 \
               select the national single shift / locking shift table the text is coded in",
        find: national_language_tables,
    },
    KnownDefect {
        id: "e164-filler-in-country-code",
        tshark: "its E.164 sub-dissector of an international ISDN TP-OA/TP-DA shorter than a \
                 country code reads the 1111 filler as a country-code digit and warns \
                 `Country Code contains non-decimal digits`",
        spec: "TS 23.040 §9.1.2.5: Address-Length counts the useful semi-octets; with an odd \
               count the last octet's bits 7..4 are the filler 1111, not a digit",
        find: e164_filler,
    },
    KnownDefect {
        id: "reserved-mti",
        tshark: "stops at TP-MTI 11 from SC to MS (`Reserved`) and shows no field",
        spec: "TS 23.040 §9.2.3.1: an MS that receives the reserved TP-MTI processes the TPDU \
               as an SMS-DELIVER (and stores it as received)",
        find: reserved_mti,
    },
];

fn decode_site<'a>(msg: &'a Message, s: &TpduSite) -> Option<Tpdu<'a>> {
    let t = msg.bytes.get(s.base..s.base + s.len)?;
    Tpdu::decode_with(t, s.dir, s.ctx).ok()
}

fn whole_tpdu(s: &TpduSite, from: usize, fields: Fields, experts: bool) -> Mask {
    Mask {
        from: s.base + from,
        to: s.base + s.len,
        fields,
        experts,
    }
}

const SMS: Fields = Fields::ProtocolExcept("gsm_sms", &[]);

fn fcs_below_0x80(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter(|s| s.ctx == ReportContext::Error)
        .filter(|s| {
            matches!(decode_site(msg, s), Some(Tpdu::DeliverReport(r)) if r.fcs.is_some_and(|f| f.0 < 0x80))
                || matches!(decode_site(msg, s), Some(Tpdu::SubmitReport(r)) if r.fcs.is_some_and(|f| f.0 < 0x80))
        })
        .map(|s| whole_tpdu(s, 1, SMS, true))
        .collect()
}

fn pi_extension(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let params = match decode_site(msg, s)? {
                Tpdu::DeliverReport(r) => r.params,
                Tpdu::SubmitReport(r) => r.params,
                Tpdu::StatusReport(r) => r.params?,
                _ => return None,
            };
            if params.pi_extension.is_empty() {
                return None;
            }
            let t = msg.bytes.get(s.base..s.base + s.len)?;
            let pi = layers::tpdu::layout(t, s.dir, s.ctx)?.pi?;
            Some(whole_tpdu(s, pi, SMS, true))
        })
        .collect()
}

fn enhanced_vp(msg: &Message, s: &TpduSite) -> Option<(smsip_tpdu::vp::EnhancedVp, usize)> {
    let Tpdu::Submit(sub) = decode_site(msg, s)? else {
        return None;
    };
    let ValidityPeriod::Enhanced(x) = sub.vp else {
        return None;
    };
    let t = msg.bytes.get(s.base..s.base + s.len)?;
    Some((x, layers::tpdu::layout(t, s.dir, s.ctx)?.vp?))
}

fn enhanced_vp_relative(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let (x, vp) = enhanced_vp(msg, s)?;
            let relative = matches!(x.format(), EnhancedFormat::Relative(_));
            (relative && !x.extended()).then(|| {
                whole_tpdu(
                    s,
                    vp + 1,
                    Fields::ProtocolExcept("gsm_sms", &["gsm_sms.vp.validity_period"]),
                    true,
                )
            })
        })
        .collect()
}

fn enhanced_vp_extension(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let (x, vp) = enhanced_vp(msg, s)?;
            x.extended().then(|| Mask {
                from: s.base + vp,
                to: s.base + vp + 7,
                fields: Fields::Only(&[
                    "gsm_sms.vp.single_shot_sm",
                    "gsm_sms.vp.reserved",
                    "gsm_sms.vp.validity_period_format",
                    "gsm_sms.vp.validity_period",
                    "gsm_sms.vp.validity_period.hour",
                    "gsm_sms.vp.validity_period.minutes",
                    "gsm_sms.vp.validity_period.seconds",
                ]),
                experts: false,
            })
        })
        .collect()
}

/// TP-UDL position of a site whose TP-UD is not empty.
fn udl_of(msg: &Message, s: &TpduSite) -> Option<usize> {
    let t = msg.bytes.get(s.base..s.base + s.len)?;
    let udl = layers::tpdu::layout(t, s.dir, s.ctx)?.udl?;
    (t.get(udl).copied().unwrap_or(0) > 0).then_some(udl)
}

fn report_ud_without_dcs(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let params = match decode_site(msg, s)? {
                Tpdu::DeliverReport(r) => r.params,
                Tpdu::SubmitReport(r) => r.params,
                Tpdu::StatusReport(r) => r.params?,
                _ => return None,
            };
            if params.ud.is_none() || params.dcs.is_some() {
                return None;
            }
            let udl = udl_of(msg, s)?;
            Some(whole_tpdu(s, udl + 1, Fields::Only(TEXT_FIELDS), false))
        })
        .collect()
}

fn reserved_dcs(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let dcs: Dcs = match decode_site(msg, s)? {
                Tpdu::Deliver(d) => d.dcs,
                Tpdu::Submit(d) => d.dcs,
                Tpdu::DeliverReport(r) => r.params.dcs?,
                Tpdu::SubmitReport(r) => r.params.dcs?,
                Tpdu::StatusReport(r) => r.params?.dcs?,
                Tpdu::Command(_) => return None,
            };
            if !dcs.is_reserved() || dcs.compressed() {
                return None;
            }
            let udl = udl_of(msg, s)?;
            Some(whole_tpdu(s, udl + 1, Fields::Only(TEXT_FIELDS), false))
        })
        .collect()
}

fn national_language_tables(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let (ud, dcs) = match decode_site(msg, s)? {
                Tpdu::Deliver(d) => (d.ud, d.dcs),
                Tpdu::Submit(d) => (d.ud, d.dcs),
                Tpdu::DeliverReport(r) => (r.params.ud?, r.params.effective_dcs()),
                Tpdu::SubmitReport(r) => (r.params.ud?, r.params.effective_dcs()),
                Tpdu::StatusReport(r) => (r.params?.ud?, r.params?.effective_dcs()),
                Tpdu::Command(_) => return None,
            };
            let h = ud.header()?;
            let national = h
                .national_locking_shift()
                .and_then(smsip_tpdu::alphabet::tables::locking_table)
                .is_some()
                || h.national_single_shift()
                    .and_then(smsip_tpdu::alphabet::tables::single_shift_table)
                    .is_some();
            if !national || !dcs.udl_in_septets() {
                return None;
            }
            let udl = udl_of(msg, s)?;
            Some(whole_tpdu(
                s,
                udl + 1,
                Fields::Only(&["gsm_sms.sms_text"]),
                false,
            ))
        })
        .collect()
}

fn e164_filler(msg: &Message, exp: &Expected) -> Vec<Mask> {
    use smsip_tpdu::{NumberingPlan, TypeOfNumber};
    exp.tpdus
        .iter()
        .filter_map(|s| {
            let a = match decode_site(msg, s)? {
                Tpdu::Deliver(d) => d.oa,
                Tpdu::Submit(d) => d.da,
                Tpdu::Command(d) => d.da,
                _ => return None,
            };
            let short = a.len_semi_octets() < 3 && a.len_semi_octets() % 2 == 1;
            let e164 = a.ton() == TypeOfNumber::INTERNATIONAL && a.npi() == NumberingPlan::ISDN;
            (short && e164).then(|| {
                whole_tpdu(
                    s,
                    0,
                    Fields::Only(&["e164.msisdn", "e164.country_code"]),
                    true,
                )
            })
        })
        .collect()
}

fn reserved_mti(msg: &Message, exp: &Expected) -> Vec<Mask> {
    exp.tpdus
        .iter()
        .filter(|s| matches!(decode_site(msg, s), Some(Tpdu::Deliver(d)) if d.spare & 3 == 3))
        .map(|s| whole_tpdu(s, 0, Fields::All, true))
        .collect()
}

/// A disagreement between smsip and tshark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The message.
    pub id: String,
    /// The packet, hex.
    pub hex: String,
    /// What differs.
    pub kind: MismatchKind,
    /// The field.
    pub field: String,
    /// Its position.
    pub pos: Option<usize>,
    /// smsip's value.
    pub ours: String,
    /// tshark's value.
    pub theirs: String,
}

/// The kinds of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MismatchKind {
    /// Both show the field; the values differ.
    Value,
    /// smsip has the field; tshark shows none there.
    MissingInTshark,
    /// tshark shows a mapped field smsip does not have there.
    ExtraInTshark,
    /// tshark raised an expert error or warning (malformed packet, short data, ...).
    Expert,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pos = self.pos.map_or("-".to_string(), |p| p.to_string());
        write!(
            f,
            "{} [{:?}] {} @{}: smsip {} / tshark {}\n    packet {}",
            self.id, self.kind, self.field, pos, self.ours, self.theirs, self.hex
        )
    }
}

/// How one known defect was used in a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DefectUse {
    /// Messages it applied to.
    pub messages: usize,
    /// Fields (both sides) it skipped.
    pub skipped: usize,
    /// Disagreements (and expert items) it explained.
    pub hidden: usize,
}

/// The result of a run.
#[derive(Debug, Default)]
pub struct Report {
    /// Messages compared.
    pub messages: usize,
    /// smsip fields compared with a tshark field at the same position (agreeing or not).
    pub fields_compared: usize,
    /// The disagreements not explained by a known defect.
    pub mismatches: Vec<Mismatch>,
    /// Per known defect.
    pub defects: BTreeMap<&'static str, DefectUse>,
    /// smsip fields compared, by name.
    pub compared: BTreeMap<&'static str, usize>,
    /// tshark fields no layer maps, by name (informational).
    pub unmapped: BTreeMap<String, usize>,
    /// Messages smsip could not decode for the comparison.
    pub errors: Vec<String>,
}

impl Report {
    /// Known defects that explained nothing in this run (stale table entries).
    pub fn stale_defects(&self) -> Vec<&'static str> {
        KNOWN_TSHARK_DEFECTS
            .iter()
            .filter(|d| self.defects.get(d.id).is_none_or(|u| u.hidden == 0))
            .map(|d| d.id)
            .collect()
    }

    /// `wireshark: N messages, M fields compared, K mismatches`.
    pub fn summary(&self) -> String {
        format!(
            "wireshark: {} messages, {} fields compared, {} mismatches",
            self.messages,
            self.fields_compared,
            self.mismatches.len() + self.errors.len()
        )
    }
}

/// What smsip expects of a message (all its layers).
pub fn expected(msg: &Message) -> Result<Expected, String> {
    let mut exp = Expected::default();
    match msg.carrier {
        Carrier::Rp => layers::rp::expect(&msg.bytes, 0, &mut exp)?,
        Carrier::Cp => layers::cp::expect(&msg.bytes, &mut exp)?,
        #[cfg(feature = "map-tcap")]
        Carrier::Tcap => layers::tcap::expect(&msg.bytes, &mut exp)?,
    }
    Ok(exp)
}

fn mismatch(
    msg: &Message,
    kind: MismatchKind,
    field: &str,
    pos: Option<usize>,
    ours: String,
    theirs: String,
) -> Mismatch {
    Mismatch {
        id: msg.id.clone(),
        hex: smsip_core::hex::encode(&msg.bytes),
        kind,
        field: field.to_string(),
        pos,
        ours,
        theirs,
    }
}

/// Compares one message with tshark's packet and adds the result to `report`.
pub fn check(msg: &Message, pkt: &Packet, known: &BTreeSet<&str>, report: &mut Report) {
    report.messages += 1;
    let exp = match expected(msg) {
        Ok(e) => e,
        Err(e) => {
            report.errors.push(format!("{}: {e}", msg.id));
            return;
        }
    };
    let masks: Vec<(&'static str, Mask)> = KNOWN_TSHARK_DEFECTS
        .iter()
        .flat_map(|d| (d.find)(msg, &exp).into_iter().map(move |m| (d.id, m)))
        .collect();
    for id in masks.iter().map(|(id, _)| *id).collect::<BTreeSet<_>>() {
        report.defects.entry(id).or_default().messages += 1;
    }
    let mask_of = |name: &str, pos: Option<usize>| {
        masks
            .iter()
            .find(|(_, m)| m.covers(name, pos))
            .map(|(id, _)| *id)
    };
    let mut used = vec![false; pkt.fields.len()];
    let mut found: Vec<Mismatch> = Vec::new();
    let hide = |report: &mut Report, id: &'static str, disagreement: bool| {
        let u = report.defects.entry(id).or_default();
        u.skipped += 1;
        if disagreement {
            u.hidden += 1;
        }
    };
    for f in &exp.fields {
        let Field {
            name,
            pos,
            val,
            zero_len,
        } = f;
        let candidates = |used: &[bool]| {
            pkt.fields
                .iter()
                .enumerate()
                .filter(|(i, t)| !used[*i] && t.name == *name && t.pos == Some(*pos))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        let mut c = candidates(&used);
        if c.is_empty() && *zero_len {
            // tshark's JSON has no `_raw` (position) for a zero-length item.
            c = pkt
                .fields
                .iter()
                .enumerate()
                .filter(|(i, t)| !used[*i] && t.name == *name && t.pos.is_none())
                .map(|(i, _)| i)
                .collect();
        }
        let pick = c
            .iter()
            .copied()
            .find(|&i| val.matches(&pkt.fields[i]))
            .or_else(|| c.first().copied());
        let masked = mask_of(name, Some(*pos));
        match pick {
            Some(i) => {
                used[i] = true;
                let ok = val.matches(&pkt.fields[i]);
                match masked {
                    Some(id) => hide(report, id, !ok),
                    None => {
                        report.fields_compared += 1;
                        *report.compared.entry(name).or_default() += 1;
                        if !ok {
                            found.push(mismatch(
                                msg,
                                MismatchKind::Value,
                                name,
                                Some(*pos),
                                val.show(),
                                show_ts(&pkt.fields[i]),
                            ));
                        }
                    }
                }
            }
            None => match masked {
                Some(id) => hide(report, id, true),
                None => found.push(mismatch(
                    msg,
                    MismatchKind::MissingInTshark,
                    name,
                    Some(*pos),
                    val.show(),
                    "(none)".into(),
                )),
            },
        }
    }
    for (i, t) in pkt.fields.iter().enumerate() {
        if used[i] {
            continue;
        }
        if !known.contains(t.name.as_str()) {
            *report.unmapped.entry(t.name.clone()).or_default() += 1;
            continue;
        }
        match mask_of(&t.name, t.pos) {
            Some(id) => hide(report, id, true),
            None => found.push(mismatch(
                msg,
                MismatchKind::ExtraInTshark,
                &t.name,
                t.pos,
                "(none)".into(),
                show_ts(t),
            )),
        }
    }
    for e in pkt.experts.iter().filter(|e| e.is_error_or_warning()) {
        match masks.iter().find(|(_, m)| m.experts) {
            Some((id, _)) => hide(report, id, true),
            None => found.push(mismatch(
                msg,
                MismatchKind::Expert,
                &e.name,
                None,
                "(no error)".into(),
                e.message.clone(),
            )),
        }
    }
    report.mismatches.extend(found);
}

fn show_ts(t: &TsField) -> String {
    if t.mask != 0 {
        format!("{:?} under mask {:#04x}", t.value, t.mask)
    } else {
        format!("{:?}", t.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_cover_by_protocol_and_range() {
        let m = Mask {
            from: 10,
            to: 20,
            fields: Fields::ProtocolExcept("gsm_sms", &["gsm_sms.vp.validity_period"]),
            experts: false,
        };
        assert!(m.covers("gsm_sms.tp-mr", Some(10)));
        assert!(!m.covers("gsm_sms.tp-mr", Some(20)));
        assert!(!m.covers("gsm_sms.vp.validity_period", Some(12)));
        assert!(!m.covers("gsm_smsx.y", Some(12)));
        assert!(!m.covers("gsm_a.len", Some(12)));
        assert!(!m.covers("gsm_sms.tp-mr", None));
        let o = Mask {
            fields: Fields::Only(TEXT_FIELDS),
            ..m
        };
        assert!(o.covers("gsm_sms.sms_text", Some(15)));
        assert!(!o.covers("gsm_sms.tp-mr", Some(15)));
    }

    #[test]
    fn readme_documents_every_defect_and_field() {
        let readme = include_str!("../README.md");
        for d in KNOWN_TSHARK_DEFECTS {
            assert!(
                readme.contains(&format!("`{}`", d.id)),
                "README lacks defect {}",
                d.id
            );
        }
        let missing: Vec<_> = crate::layers::known_fields()
            .into_iter()
            .filter(|f| {
                let last = f.rsplit('.').next().unwrap_or(f);
                !readme.contains(f) && !readme.contains(&format!("`{last}`"))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "README's field mapping lacks {missing:?}"
        );
    }

    #[test]
    fn every_defect_has_an_id_a_description_and_a_clause() {
        let mut ids = BTreeSet::new();
        for d in KNOWN_TSHARK_DEFECTS {
            assert!(ids.insert(d.id), "duplicate id {}", d.id);
            assert!(d.spec.contains("TS 2"), "{} names no clause", d.id);
            assert!(!d.tshark.is_empty());
        }
    }
}
