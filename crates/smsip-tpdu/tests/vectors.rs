//! Spec vectors: the worked examples of shared/spec/tpdu.md §13 and the `tpdu` / `other`
//! vectors of shared/vectors/public.json, each with its id and source. Every one is decoded,
//! its fields checked, and re-encoded to the same bytes.

mod common;
use common::{decode_exact, hex, text};
use smsip_tpdu::udh::{Concat, IeValue, Iei, Udh};
use smsip_tpdu::vp::EnhancedFormat;
use smsip_tpdu::*;

const MT: Direction = Direction::ScToMs;
const MO: Direction = Direction::MsToSc;
const U: ReportContext = ReportContext::Unknown;

fn ts(t: &Timestamp) -> String {
    t.rfc3339().to_string()
}

// ---- tpdu.md §13 worked examples -------------------------------------------------------------

#[test]
fn tpdu_md_13_1_submit_relative_vp() {
    let b = hex("31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34");
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert!(s.srr && !s.reply_path && !s.rd && !s.ud.udhi);
    assert_eq!(s.mr, 42);
    assert_eq!(s.da.to_string(), "+447700900123");
    assert_eq!(s.da.ton(), TypeOfNumber::INTERNATIONAL);
    assert_eq!(s.da.npi(), NumberingPlan::ISDN);
    assert_eq!((s.pid, s.dcs), (Pid::DEFAULT, Dcs::GSM7));
    assert_eq!(s.vp, ValidityPeriod::Relative(167));
    assert_eq!(s.vp.duration_secs(), Some(24 * 3600));
    assert_eq!(s.ud.udl, 2);
    assert_eq!(s.text().collect::<String>(), "Hi");
}

#[test]
fn tpdu_md_13_2_submit_concat_udh_fill_bit() {
    let b = hex(
        "41 00 0C 91 44 77 00 09 10 32 00 00 12 05 00 03 A5 02 01 90 65 36 FB 0D BA BF E5 6C 32",
    );
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert!(s.ud.udhi);
    assert_eq!(s.vp, ValidityPeriod::None);
    assert_eq!(s.ud.udl, 18);
    let h = s.ud.header().unwrap();
    assert_eq!(
        h.concat(),
        Some(Concat {
            reference: 0xA5,
            wide: false,
            total: 2,
            seq: 1
        })
    );
    let sm = s.ud.sm(s.dcs);
    assert_eq!((sm.fill, sm.count), (1, 11));
    assert_eq!(s.text().collect::<String>(), "Hello world");
}

#[test]
fn tpdu_md_13_3_deliver_alphanumeric_ucs2_negative_tz() {
    let b = hex("04 07 D0 49 B7 F9 0D 00 08 42 21 13 32 95 85 0A 0A 00 4F 00 6C 00 E1 00 20 20 AC");
    let Tpdu::Deliver(d) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert!(d.mms && !d.more_messages_waiting());
    assert!(d.oa.is_alphanumeric());
    assert_eq!(d.oa.len_semi_octets(), 7);
    assert_eq!(d.oa.to_string(), "Info");
    assert_eq!(d.dcs.alphabet(), Alphabet::Ucs2);
    assert_eq!(d.scts.tz_quarters(), -20);
    assert_eq!(ts(&d.scts), "2024-12-31T23:59:58-05:00");
    assert_eq!(d.text().collect::<String>(), "Olá €");
    // Building the same TPDU from values gives the same bytes.
    let ud = UserDataBuf::ucs2(&[], "Olá €").unwrap();
    let built = Deliver {
        mms: true,
        oa: Address::alphanumeric("Info").unwrap(),
        dcs: Dcs::UCS2,
        scts: Timestamp::new(24, 12, 31, 23, 59, 58, -20).unwrap(),
        ud: ud.as_user_data(),
        ..Deliver::default()
    };
    let mut out = Vec::new();
    built.encode(&mut out).unwrap();
    assert_eq!(out, b);
}

#[test]
fn tpdu_md_13_4_deliver_hello() {
    let b = hex("04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06");
    let Tpdu::Deliver(d) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert_eq!(d.oa.to_string(), "+447700900456");
    assert_eq!(ts(&d.scts), "2024-03-15T14:30:00+01:00");
    assert_eq!(d.ud.udl, 5);
    let mut s = String::new();
    d.text_into(&mut s);
    assert_eq!(s, "Hello");
}

#[test]
fn tpdu_md_13_5_status_report() {
    let b = hex("06 2A 0C 91 44 77 00 09 10 32 42 30 51 41 03 00 40 42 30 51 41 03 50 40 00");
    let Tpdu::StatusReport(s) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert!(!s.srq && !s.lp && s.mms);
    assert_eq!(s.mr, 42);
    assert_eq!(s.ra.to_string(), "+447700900123");
    assert_eq!(ts(&s.scts), "2024-03-15T14:30:00+01:00");
    assert_eq!(ts(&s.dt), "2024-03-15T14:30:05+01:00");
    assert_eq!(s.st, Status::RECEIVED);
    assert_eq!(s.st.category(), StatusCategory::Completed);
    assert!(s.params.is_none());
}

#[test]
fn tpdu_md_13_6_deliver_report_rp_error() {
    // RPDU 04 01 01 16 41 03 | 00 D3 00: the TPDU inside RP-ERROR.
    let b = hex("00 D3 00");
    let Tpdu::DeliverReport(r) = decode_exact(&b, MO, ReportContext::Error) else {
        panic!()
    };
    assert_eq!(r.fcs, Some(Fcs::MEMORY_CAPACITY_EXCEEDED));
    assert_eq!(r.params.pi_octet(), 0);
    assert!(r.params.is_empty());
    // The unknown context reads the same (bit 7 of the second octet marks TP-FCS).
    assert_eq!(Tpdu::decode(&b, MO).unwrap(), Tpdu::DeliverReport(r));
}

#[test]
fn tpdu_md_13_7_submit_report_rp_ack() {
    let b = hex("01 00 42 30 51 41 03 10 40");
    let Tpdu::SubmitReport(r) = decode_exact(&b, MT, ReportContext::Ack) else {
        panic!()
    };
    assert_eq!(r.fcs, None);
    assert_eq!(ts(&r.scts), "2024-03-15T14:30:01+01:00");
    assert!(r.params.is_empty());
}

#[test]
fn tpdu_md_13_8_command_delete() {
    let b = hex("02 2B 00 02 2A 0C 91 44 77 00 09 10 32 00");
    let Tpdu::Command(c) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert!(!c.srr && !c.udhi);
    assert_eq!(
        (c.mr, c.pid, c.ct, c.mn),
        (43, Pid::DEFAULT, CommandType::DELETE, 42)
    );
    assert!(!c.ct.requests_status_report());
    assert_eq!(c.da.to_string(), "+447700900123");
    assert!(c.cd.is_empty());
}

#[test]
fn tpdu_md_13_9_submit_enhanced_vp_seconds() {
    let b = hex("09 05 0C 91 44 77 00 09 10 32 00 00 02 3C 00 00 00 00 00 02 CF 25");
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    let ValidityPeriod::Enhanced(e) = s.vp else {
        panic!("{:?}", s.vp)
    };
    assert_eq!(e.format(), EnhancedFormat::Seconds(60));
    assert!(!e.single_shot() && !e.extended());
    assert_eq!(s.vp.duration_secs(), Some(60));
    assert_eq!(s.text().collect::<String>(), "OK");
}

#[test]
fn tpdu_md_13_10_submit_absolute_vp_turkish_single_shift() {
    let b =
        hex("59 06 0C 91 44 77 00 09 10 32 00 00 42 30 61 41 03 00 40 09 03 24 01 01 A0 96 E7 74");
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    let ValidityPeriod::Absolute(t) = s.vp else {
        panic!()
    };
    assert_eq!(ts(&t), "2024-03-16T14:30:00+01:00");
    let h = s.ud.header().unwrap();
    assert_eq!(h.national_single_shift(), Some(1));
    assert_eq!(h.national_locking_shift(), None);
    let sm = s.ud.sm(s.dcs);
    assert_eq!((sm.fill, sm.count), (3, 4));
    assert_eq!(s.text().collect::<String>(), "Test");
}

#[test]
fn tpdu_md_4_address_examples() {
    let mut out = Vec::new();
    Address::international("+447700900123")
        .unwrap()
        .encode(&mut out);
    assert_eq!(out, hex("0C 91 44 77 00 09 10 32"));
    out.clear();
    Address::international("+44770090050")
        .unwrap()
        .encode(&mut out);
    assert_eq!(out, hex("0B 91 44 77 00 09 50 F0"));
    out.clear();
    Address::alphanumeric("Info").unwrap().encode(&mut out);
    assert_eq!(out, hex("07 D0 49 B7 F9 0D"));
}

#[test]
fn tpdu_md_7_1_timestamp_examples() {
    let a = Timestamp::new(24, 3, 15, 14, 30, 0, 4).unwrap();
    assert_eq!(a.octets(), [0x42, 0x30, 0x51, 0x41, 0x03, 0x00, 0x40]);
    let b = Timestamp::new(24, 12, 31, 23, 59, 58, -20).unwrap();
    assert_eq!(b.octets(), [0x42, 0x21, 0x13, 0x32, 0x95, 0x85, 0x0A]);
    assert!(a.validate().is_ok() && b.validate().is_ok());
    // Out-of-range but decimal values are kept and reported by validate() (tpdu.md §7.1).
    let odd = Timestamp::from_octets([0x42, 0x31, 0x51, 0x41, 0x03, 0x00, 0x40]).unwrap();
    assert_eq!(odd.month(), 13);
    assert_eq!(odd.validate(), Err("month"));
}

// ---- shared/vectors/public.json ----------------------------------------------------------------

/// warthog-deliver-haha — warthog618/sms encoding/tpdu/tpdu_test.go "SmsDeliver haha"
#[test]
fn warthog_deliver_haha() {
    let b = hex("040491361900005150713220052308c8303a8c0ea3c3");
    let Tpdu::Deliver(d) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert_eq!(d.first_octet(), 0x04);
    assert_eq!(d.oa.toa(), 0x91);
    assert_eq!(d.oa.digits().collect::<String>(), "6391");
    assert_eq!((d.pid.0, d.dcs.0, d.ud.udl), (0, 0, 8));
    assert_eq!(ts(&d.scts), "2015-05-17T23:02:50+08:00");
    assert_eq!(d.text().collect::<String>(), "Hahahaha");
}

/// warthog-submit-vp-relative — warthog618/sms tpdu_test.go "SmsSubmit vp"
#[test]
fn warthog_submit_vp_relative() {
    let b = hex("11230491361934004508c8303a8c0ea3c3");
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert_eq!(s.first_octet(), 0x11);
    assert_eq!(s.mr, 0x23);
    assert_eq!(s.da.digits().collect::<String>(), "6391");
    assert_eq!(s.pid, Pid(0x34));
    assert_eq!(s.vp, ValidityPeriod::Relative(0x45));
    assert_eq!(s.vp.duration_secs(), Some(21000));
    assert_eq!(text(&Tpdu::Submit(s)), "Hahahaha");
}

/// warthog-command — warthog618/sms tpdu_test.go "SmsCommand" (pycrate 0.8.1 mis-sizes TP-CD)
#[test]
fn warthog_command() {
    let b = hex("0242ab893404913619096120636f6d6d616e64");
    let Tpdu::Command(c) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert_eq!(
        (c.mr, c.pid, c.ct, c.mn),
        (0x42, Pid(0xab), CommandType(0x89), 0x34)
    );
    assert_eq!(c.da.digits().collect::<String>(), "6391");
    assert_eq!(c.cd, b"a command");
}

/// warthog-deliver-report-ud — warthog618/sms tpdu_test.go "SmsDeliverReport ud". warthog reads
/// TP-FCS 0x12 (a reserved cause value); that only parses as the RP-ERROR form, which the
/// Unknown context falls back to after the RP-ACK form fails.
#[test]
fn warthog_deliver_report_ud() {
    let b = hex("00120604067265706f7274");
    for ctx in [ReportContext::Error, U] {
        let Tpdu::DeliverReport(r) = decode_exact(&b, MO, ctx) else {
            panic!()
        };
        assert_eq!(r.fcs, Some(Fcs(0x12)));
        assert_eq!(r.params.pi_octet(), 0x06);
        assert_eq!(r.params.dcs, Some(Dcs(0x04)));
        assert_eq!(r.params.pid, None);
        assert_eq!(r.params.ud.unwrap().data, b"report");
    }
    assert!(Tpdu::decode_with(&b, MO, ReportContext::Ack).is_err());
}

/// warthog-status-report-ud — warthog618/sms tpdu_test.go "SmsStatusReport ud"
#[test]
fn warthog_status_report_ud() {
    let b = hex("0242049136195150713220052351408132200542ab0604067265706f7274");
    let Tpdu::StatusReport(s) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert_eq!(s.mr, 0x42);
    assert_eq!(s.ra.digits().collect::<String>(), "6391");
    assert_eq!(ts(&s.scts), "2015-05-17T23:02:50+08:00");
    assert_eq!(ts(&s.dt), "2015-04-18T23:02:50+06:00");
    assert_eq!(s.st, Status(0xab));
    assert_eq!(s.st.category(), StatusCategory::Reserved);
    let p = s.params.unwrap();
    assert_eq!((p.pi_octet(), p.dcs), (0x06, Some(Dcs(0x04))));
    assert_eq!(p.ud.unwrap().data, b"report");
}

/// warthog-submit-report-full — warthog618/sms tpdu_test.go TestMarshalBinary "SmsSubmitReport
/// full". tshark 4.0.17 reads 0x12 as TP-PI (RP-ACK form) and mis-parses; in the RP-ERROR
/// context TS 23.040 §9.2.2.2a gives TP-FCS 0x12, TP-PI 0x07.
#[test]
fn warthog_submit_report_full() {
    let b = hex("01120751507132200523ab04067265706f7274");
    let Tpdu::SubmitReport(r) = decode_exact(&b, MT, ReportContext::Error) else {
        panic!()
    };
    assert_eq!(r.fcs, Some(Fcs(0x12)));
    assert_eq!(r.params.pi_octet(), 0x07);
    assert_eq!(ts(&r.scts), "2015-05-17T23:02:50+08:00");
    assert_eq!(
        (r.params.pid, r.params.dcs),
        (Some(Pid(0xab)), Some(Dcs(0x04)))
    );
    assert_eq!(r.params.ud.unwrap().data, b"report");
}

/// warthog-smsdecode-submit-pdumode — warthog618/sms cmd/smsdecode "submit pdumode": a TS 27.005
/// PDU-mode line (SMSC address 07 91 1614220991f1, then the TPDU).
#[test]
fn warthog_smsdecode_submit_pdumode() {
    let b = hex("07911614220991f1010005912143f500000bc8329bfd06dddf723619");
    let smsc_len = usize::from(b[0]);
    // The SMSC address of 27.005 counts octets, so its digits end at the F filler (TBCD).
    let smsc: String = smsip_core::digits::Digits::tbcd(&b[2..1 + smsc_len]).collect();
    assert_eq!(smsc, "61412290191");
    let Tpdu::Submit(s) = decode_exact(&b[1 + smsc_len..], MO, U) else {
        panic!()
    };
    assert_eq!(s.da.to_string(), "+12345");
    assert_eq!(s.text().collect::<String>(), "Hello world");
}

/// warthog-err-deliver-ud-underflow — "SmsDeliver underflow ud": TP-UDL 8, no TP-UD.
#[test]
fn warthog_err_deliver_ud_underflow() {
    let b = hex("040491361900005150713220052308");
    let e = Tpdu::decode(&b, MT).unwrap_err();
    assert_eq!(
        e,
        DecodeError::Truncated {
            field: "TP-UD",
            offset: 15,
            needed: 7
        }
    );
}

/// warthog-err-statusreport-bad-dt — "SmsStatusReport bad dt": octet 0xC1 in TP-DT. warthog
/// reports the field's offset (13); we report the offending octet's (15).
#[test]
fn warthog_err_statusreport_bad_dt() {
    let b = hex("024204913619515071322005235140c132200542");
    let e = Tpdu::decode(&b, MT).unwrap_err();
    assert_eq!(e.field(), "TP-DT");
    assert_eq!(e.offset(), 15);
    assert!(e.to_string().contains("decimal"));
}

/// warthog-vp-relativehours / -enhancedrelative10m / -enhancedhhmmss — validityperiod_test.go
#[test]
fn warthog_vp_fragments() {
    // 0xA5 = 165: 12 h + (165 - 143) * 30 min = 23 h = 82800 s (TS 23.040 §9.2.3.12.1).
    assert_eq!(vp::relative_secs(0xa5), 82800);
    let e = vp::EnhancedVp::from_octets([0x01, 0x01, 0, 0, 0, 0, 0]);
    assert_eq!(e.format(), EnhancedFormat::Relative(1));
    assert_eq!(e.duration_secs(), Some(600));
    let e = vp::EnhancedVp::from_octets([0x03, 0x30, 0x21, 0x54, 0, 0, 0]);
    assert_eq!(e.format(), EnhancedFormat::Hms(3, 12, 45));
    assert_eq!(e.duration_secs(), Some(11565));
}

/// jss7-deliver-udh-concat8 — RestComm/jss7 SmsDeliverTpduTest getData1
#[test]
fn jss7_deliver_udh_concat8() {
    let b = hex("e40a91214365870900007050515110112117050003eb0201906536fbcd02dddf723619140a8500");
    let Tpdu::Deliver(d) = decode_exact(&b, MT, U) else {
        panic!()
    };
    // jss7 "more_messages_to_send: false" is TP-MMS = 1 (TS 23.040 §9.2.3.2).
    assert!(d.reply_path && d.ud.udhi && d.sri && d.mms && !d.more_messages_waiting() && !d.lp);
    assert_eq!(d.oa.digits().collect::<String>(), "1234567890");
    assert_eq!(
        (d.oa.ton(), d.oa.npi()),
        (TypeOfNumber::INTERNATIONAL, NumberingPlan::ISDN)
    );
    let t = d.scts;
    assert_eq!(
        (
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        (7, 5, 15, 15, 1, 11)
    );
    assert_eq!(t.tz_quarters(), 12);
    assert_eq!(d.ud.udl, 23);
    let h = d.ud.header().unwrap();
    let ies: Vec<_> = h.ies().map(|i| i.unwrap()).collect();
    assert_eq!(ies.len(), 1);
    assert_eq!(
        (ies[0].iei, ies[0].data),
        (Iei::CONCAT_8, &[0xeb, 0x02, 0x01][..])
    );
    assert_eq!(
        h.concat(),
        Some(Concat {
            reference: 235,
            wide: false,
            total: 2,
            seq: 1
        })
    );
    assert_eq!(d.text().collect::<String>(), "Hello, world !!!");
}

/// jss7-submit-ucs2-vp-absolute — RestComm/jss7 SmsSubmitTpduTest getData2
#[test]
fn jss7_submit_ucs2_vp_absolute() {
    let b = hex("9de10f9111111111212200f0010811100320038548660041006400640072006500730073004600690065006c00640049006d0070006c0020006400650073007400410064006400720065007300730020003d0020006e0065007700200041006400640072006500730073004600690065006c00640049006d0070006c");
    let Tpdu::Submit(s) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert!(s.rd && s.reply_path && !s.ud.udhi && !s.srr);
    assert_eq!(s.mr, 225);
    assert_eq!(s.da.digits().collect::<String>(), "111111111222000");
    assert_eq!((s.pid, s.dcs), (Pid(1), Dcs(8)));
    let ValidityPeriod::Absolute(t) = s.vp else {
        panic!()
    };
    assert_eq!(
        (
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        (11, 1, 30, 2, 30, 58)
    );
    assert_eq!(t.tz_quarters(), -4);
    assert_eq!(s.ud.udl, 102);
    assert_eq!(
        s.text().collect::<String>(),
        "AddressFieldImpl destAddress = new AddressFieldImpl"
    );
}

/// jss7-deliver-report-rp-error — RestComm/jss7 SmsDeliverReportTpduTest getData1
#[test]
fn jss7_deliver_report_rp_error() {
    let b = hex("00c806000ac8329bfd068542a110");
    let Tpdu::DeliverReport(r) = decode_exact(&b, MO, ReportContext::Error) else {
        panic!()
    };
    assert_eq!(r.fcs, Some(Fcs(200)));
    assert_eq!(r.params.pi_octet(), 6);
    assert_eq!((r.params.pid, r.params.dcs), (None, Some(Dcs(0))));
    assert_eq!(r.text().collect::<String>(), "Hello !!!!");
    assert_eq!(Tpdu::decode(&b, MO).unwrap(), Tpdu::DeliverReport(r));
}

/// jss7-submit-report-rp-error — RestComm/jss7 SmsSubmitReportTpduTest getData1
#[test]
fn jss7_submit_report_rp_error() {
    let b = hex("01c80670505151101121000ac8329bfd068542a110");
    let Tpdu::SubmitReport(r) = decode_exact(&b, MT, ReportContext::Error) else {
        panic!()
    };
    assert_eq!(r.fcs, Some(Fcs(200)));
    assert_eq!(r.params.pi_octet(), 6);
    assert_eq!(r.scts.tz_quarters(), 12);
    assert_eq!((r.params.pid, r.params.dcs), (None, Some(Dcs(0))));
    assert_eq!(r.text().collect::<String>(), "Hello !!!!");
}

/// jss7-status-report-no-pi — RestComm/jss7 SmsStatusReportTpduTest getData1
#[test]
fn jss7_status_report_no_pi() {
    let b = hex("061a0d91112233445566f7903042614123219030426141232100");
    let Tpdu::StatusReport(s) = decode_exact(&b, MT, U) else {
        panic!()
    };
    assert!(!s.ud_present() && !s.srq && s.mms);
    assert_eq!(s.mr, 26);
    assert_eq!(s.ra.digits().collect::<String>(), "1122334455667");
    assert_eq!((s.scts.year(), s.scts.month(), s.scts.day()), (9, 3, 24));
    assert_eq!(
        (
            s.dt.hour(),
            s.dt.minute(),
            s.dt.second(),
            s.dt.tz_quarters()
        ),
        (16, 14, 32, 12)
    );
    assert_eq!(s.st, Status(0));
    assert!(s.params.is_none());
}

trait UdPresent {
    fn ud_present(&self) -> bool;
}
impl UdPresent for StatusReport<'_> {
    fn ud_present(&self) -> bool {
        self.params.is_some_and(|p| p.ud.is_some())
    }
}

/// jss7-command — RestComm/jss7 SmsCommandTpduTest getData1
#[test]
fn jss7_command() {
    let b = hex("020b212c0c0d91112233445566f7057365742041");
    let Tpdu::Command(c) = decode_exact(&b, MO, U) else {
        panic!()
    };
    assert_eq!(
        (c.mr, c.pid, c.ct, c.mn),
        (11, Pid(33), CommandType(44), 12)
    );
    assert_eq!(c.da.digits().collect::<String>(), "1122334455667");
    assert_eq!(c.cd, b"set A");
}

/// jss7-address-alphanumeric_awcc — RestComm/jss7 AddressFieldTest (a real trace)
#[test]
fn jss7_address_alphanumeric_awcc() {
    let b = hex("07d0c1eb7008");
    let a = Address::decode(&mut smsip_core::Reader::new(&b), "TP-OA").unwrap();
    assert_eq!(
        (a.ton(), a.npi()),
        (TypeOfNumber::ALPHANUMERIC, NumberingPlan::UNKNOWN)
    );
    assert_eq!(a.to_string(), "AWCC");
    assert_eq!(Address::alphanumeric("AWCC").unwrap(), a);
}

/// jss7-scts — RestComm/jss7 AbsoluteTimeStampTest
#[test]
fn jss7_scts() {
    let t = Timestamp::from_octets([0x70, 0x50, 0x51, 0x51, 0x00, 0x14, 0x21]).unwrap();
    assert_eq!(
        (
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        (7, 5, 15, 15, 0, 41)
    );
    assert_eq!(t.tz_quarters(), 12);
}

/// jss7-udh-11 / -a1 / -8 — RestComm/jss7 UserDataHeaderTest. jss7 asserts reference 266 for
/// `0a01`; TS 23.040 §9.2.3.24.8 is big-endian: 0x0A01 = 2561.
#[test]
fn jss7_udh_fragments() {
    let (a, b, c) = (hex("0608040a010302"), hex("03250102"), hex("027000"));
    let h = Udh::parse(&a).unwrap();
    assert_eq!(
        h.concat(),
        Some(Concat {
            reference: 2561,
            wide: true,
            total: 3,
            seq: 2
        })
    );
    let h = Udh::parse(&b).unwrap();
    assert_eq!(h.national_locking_shift(), Some(2));
    let h = Udh::parse(&c).unwrap();
    let ie = h.ies().next().unwrap().unwrap();
    assert_eq!((ie.iei, ie.data), (Iei(0x70), &[][..]));
    assert_eq!(ie.value(), None);
}

/// jss7-ud-7bit-udh-160 — RestComm/jss7 UserDataTest getData2 (TP-UD with UDH, UDL 160)
#[test]
fn jss7_ud_7bit_udh_160() {
    let data = hex("050003eb0201a8f9307c5efe81c2a0319afe06d1cbe27c183407d1f361f8bc0c9adbf3617dda1e2ed37fa0761ef4a6c3e5e1799a9d9e9f40739039ad97a3597374780eca87417310313c4797d3a039feadce83ecedf039ac4fbb41e534c81d26bf5d6110fc4d7fb741f077999c07ad41ccb2bbccca8741f4f7991c06c1dff0b7ba0ca297c565d07c9d76e741");
    let ud = UserData::new(true, 160, &data);
    assert_eq!(ud.header().unwrap().concat().unwrap().reference, 0xeb);
    assert_eq!(
        ud.text(Dcs::GSM7).collect::<String>(),
        "Tyapse? a chto tebya s tyapse svyazivaet? my otprasilis' s fizrh,shas ya s Dashei sxojy vmagazin ei nado.a potom poedy k Lene,ya togda popoje tebe skiny "
    );
}

/// jss7-ud-ucs2-udh16 — RestComm/jss7 UserDataTest getData4 (UCS2, UDL 139 = 7 + 132)
#[test]
fn jss7_ud_ucs2_udh16() {
    let data = hex("06080400d103020020043e04420020043d04350433043e00200443043b0435044204380442002004410430043c044b0439002004370430043c04350447043004420435043b044c043d044b043900200430043d04330435043b043e04470435043a0021041f0440043e04410442043e00200443043b04350442002c043000200442044b0020043a0430043a");
    let ud = UserData::new(true, 139, &data);
    let h = ud.header().unwrap();
    assert_eq!(
        h.concat(),
        Some(Concat {
            reference: 0x00d1,
            wide: true,
            total: 3,
            seq: 2
        })
    );
    assert_eq!(
        ud.text(Dcs::UCS2).collect::<String>(),
        " от него улетит самый замечательный ангелочек!Просто улет,а ты как"
    );
}

/// osmo-7bit-escape_enc / osmo-7bit-enhancedV2_enc — libosmocore tests/sms/sms_test.c (packed
/// septets, no UDH; the septet count comes from the test).
#[test]
fn osmo_7bit_escape_and_enhanced() {
    for (h, n, want) in [
        (
            "2101280c6abfe5e5d186d2028ddf6d383b3d0ed3cb6410bd3ca70300bf4829041a87e765",
            41,
            "!$ a more#^- complicated test@@?_%! case",
        ),
        (
            "65373aec1e97c9a00d05b4416d7c1bde2605a297e774d006b8daf4401b0a885e9ed3e7",
            40,
            "enhanced ^ {][} test |+~ ^ tests",
        ),
    ] {
        let b = hex(h);
        let ud = UserData::new(false, n, &b);
        assert_eq!(ud.text(Dcs::GSM7).collect::<String>(), want);
        let built = UserDataBuf::gsm7(&[], want).unwrap();
        assert_eq!(built.as_user_data(), ud, "encode {want}");
    }
}

/// osmo-7bit-concat-part2 — libosmocore sms_test.c concatenated_part2_enc (UDH + 1 fill bit)
#[test]
fn osmo_7bit_concat_part2() {
    let b =
        hex("0500036f02024074747a0e4acf4161d0bc3c7ebbc9207a794e6f97e7f3f0b9ec0295dd6410ba2c2fbb00");
    let ud = UserData::new(true, 47, &b);
    let h = ud.header().unwrap();
    assert_eq!(
        h.concat(),
        Some(Concat {
            reference: 111,
            wide: false,
            total: 2,
            seq: 2
        })
    );
    assert_eq!(ud.sm(Dcs::GSM7).fill, 1);
    assert_eq!(
        ud.text(Dcs::GSM7).collect::<String>(),
        " this is a second testmessage. end here."
    );
}

/// osmo-address-20digits — libosmocore sms_test.ok test_gen_oa (20 digits, TON unknown)
#[test]
fn osmo_address_20digits() {
    let b = hex("148121436587092143658719");
    let mut r = smsip_core::Reader::new(&b);
    let a = Address::decode(&mut r, "TP-OA").unwrap();
    assert!(r.is_empty());
    assert_eq!(
        (a.ton(), a.npi(), a.len_semi_octets()),
        (TypeOfNumber::UNKNOWN, NumberingPlan::ISDN, 20)
    );
    assert_eq!(a.digits().collect::<String>(), "12345678901234567891");
    // 21 semi-octets are refused.
    let mut bad = b.clone();
    bad[0] = 21;
    assert!(Address::decode(&mut smsip_core::Reader::new(&bad), "TP-OA").is_err());
}

/// gsmmodem-decode-02/-04/-06/-10/-12 — babca/python-gsmmodem test_pdu.py (27.005 PDU mode)
#[test]
fn gsmmodem_pdu_mode() {
    let cases: [(&str, Direction, &str, &str); 5] = [
        ("07915892000000f0040b915892214365f700007040213252242331493a283d0795c3f33c88fe06c9cb6132885ec6d341edf27c1e3e97e7207b3a0c0a5241e377bb1d7693e72e", MT, "+85291234567", "It is easy to read text messages via AT commands."),
        ("07911326040000f0310d0b911326880736f40000a90ff7fbdd454e87cde1b0db357eb701", MO, "+31628870634", "www.diafaan.com"),
        ("0591721891f1400781721881f800003160526104848059050003c30101916536fb1dcabeeb2074d85e064941b19cab060319a5c522289c96d3d3ed32286c0fa7d96131bbec024941b19cab0603ddd36c36a88c87a7e565d0db0d82c55eb0db4b068bcd5c20", MT, "2781188", "Hello!You have R 19.50 FREE airtime available. R 19.50 will expire on 01/07/2013. "),
        ("0019000b917228001011f100003170013193008017d474bb3ca787db70903dcc4e93d3f43c885e9ed301", MO, "+27820001111", "Timestamp validity test"),
        ("07919762020033f1400dd0cdf2396c7ebb010008415072411084618c0500035602010053004d005300200063006f00640065003a00200034003800350036002c00200063006f006e006600690072006d006100740069006f006e0020006f00660020006100730073006f00630069006100740069006f006e0020006200650074007700650065006e0020006100630063006f0075006e007400200061006e00640020004d00650067", MT, "Megafon", "SMS code: 4856, confirmation of association between account and Meg"),
    ];
    for (h, dir, addr, want) in cases {
        let b = hex(h);
        let tpdu = &b[1 + usize::from(b[0])..];
        let t = decode_exact(tpdu, dir, U);
        let a = match &t {
            Tpdu::Deliver(d) => d.oa,
            Tpdu::Submit(s) => s.da,
            _ => panic!(),
        };
        assert_eq!(a.to_string(), addr);
        assert_eq!(text(&t), want);
        match t {
            Tpdu::Submit(s) if want == "www.diafaan.com" => {
                assert_eq!(s.vp, ValidityPeriod::Relative(0xA9));
                assert_eq!(s.vp.duration_secs(), Some(3 * 86400));
            }
            Tpdu::Submit(s) => {
                let ValidityPeriod::Absolute(t) = s.vp else {
                    panic!()
                };
                assert_eq!(ts(&t), "2013-07-10T13:39:00+02:00");
            }
            Tpdu::Deliver(d) if addr == "+85291234567" => {
                assert_eq!(ts(&d.scts), "2007-04-12T23:25:42+08:00")
            }
            Tpdu::Deliver(d) if addr == "Megafon" => {
                assert_eq!(ts(&d.scts), "2014-05-27T14:01:48+04:00");
                assert_eq!(d.ud.header().unwrap().concat().unwrap().reference, 0x56);
            }
            _ => {}
        }
    }
}

/// gsmmodem-decode-08 — python-gsmmodem: "User data length is invalid in this PDU (too long)".
/// TP-UDL 0xA0 octets of UCS2 but 12 follow: a length that disagrees with the buffer is an
/// error with its offset (python-gsmmodem decodes leniently).
#[test]
fn gsmmodem_decode_08_udl_too_long() {
    let b = hex("0041010c910661345542f60008a0050003000301306f3044");
    let tpdu = &b[1..];
    let e = Tpdu::decode(tpdu, MO).unwrap_err();
    assert_eq!(e.field(), "TP-UDL");
    assert_eq!(e.offset(), 12);
}

/// warthog-pdumode-smsc — warthog618/sms pdumode TestUnmarshalBinary "valid" (framing only)
#[test]
fn warthog_pdumode_smsc() {
    let b = hex("0791361907002039010203040506070809");
    let n = usize::from(b[0]);
    let a = Address::from_raw(((n - 1) * 2) as u8, b[1], &b[2..1 + n]).unwrap();
    assert_eq!(a.digits().collect::<String>(), "639170000293");
    assert_eq!(&b[1 + n..], hex("010203040506070809"));
}

#[test]
fn dcs_groups_and_ie_values() {
    assert_eq!(
        Dcs(0xC8).group(),
        DcsGroup::MessageWaiting {
            store: false,
            active: true,
            kind: WaitingKind::Voicemail,
            reserved_bit: false
        }
    );
    assert_eq!(Dcs(0xE0).alphabet(), Alphabet::Ucs2);
    assert!(Dcs(0x24).compressed());
    assert!(!Dcs(0x24).udl_in_septets());
    assert!(Dcs(0x4C).is_reserved());
    let ie = smsip_tpdu::udh::Ie {
        iei: Iei::PORTS_16,
        data: &[0x0B, 0x84, 0x23, 0xF0],
    };
    let Some(IeValue::Ports(p)) = ie.value() else {
        panic!()
    };
    assert_eq!((p.destination, p.originator), (2948, 9200));
}

/// TP-UDHI with no TP-UD in a report TPDU cannot be re-encoded faithfully: it is refused.
#[test]
fn report_udhi_without_ud_is_refused() {
    let e = Tpdu::decode_with(&[0x40, 0x00], MO, ReportContext::Ack).unwrap_err();
    assert_eq!(e.field(), "first octet");
    assert!(Tpdu::decode_with(&[0x40, 0x04, 0x00], MO, ReportContext::Ack).is_err());
    // UDHI, UDL 0
}

/// Found by the hostile-input suite: SMS-STATUS-REPORT with TP-UDHI but no TP-PI.
#[test]
fn status_report_udhi_without_pi_is_refused() {
    let b = hex("6a2a149121436587092143658709423051410300404230514103504000");
    let e = Tpdu::decode(&b, MT).unwrap_err();
    assert_eq!(e.field(), "first octet");
}

/// Found by the `tpdu_roundtrip` fuzz target: spare bits that the first octet cannot carry were
/// dropped on encode, so decode(encode(x)) != x. They are refused now.
#[test]
fn encode_refuses_spare_bits_it_cannot_send() {
    let c = Command {
        spare: 0xFF,
        ..Command::default()
    };
    assert!(c.encode(&mut Vec::new()).is_err());
    let s = StatusReport {
        spare: 63,
        ..StatusReport::default()
    };
    assert!(s.encode(&mut Vec::new()).is_err());
    let r = DeliverReport {
        params: OptionalParams {
            pi_reserved: 7,
            ..OptionalParams::default()
        },
        ..DeliverReport::default()
    };
    assert!(r.encode(&mut Vec::new()).is_err());
}
