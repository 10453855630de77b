//! Criterion benchmarks of the TPDU hot paths: SMS-DELIVER / SMS-SUBMIT decoding (header only,
//! and with the text), and encoding, each measured per message (`Throughput::Elements(1)`).
//!
//! The peer crate `sms-pdu` 1.1 is measured in the same run on the same octets. It only
//! decodes SMS-DELIVER (and SMS-STATUS-REPORT), and it expects the 27.005 "PDU mode" framing:
//! an SMSC address first. The benches give it the TPDU behind an empty SMSC address (`00`),
//! which it skips without building an address.
//!
//! Run: `cargo bench --bench tpdu` (a subset: `cargo bench --bench tpdu -- deliver_decode`).

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use sms_pdu::gsm_encoding::GsmMessageData;
use sms_pdu::pdu::{DeliverPdu, PduAddress, SubmitPdu};
use smsip::tpdu::udh::{Ie, Iei};
use smsip::tpdu::{
    Address, Dcs, Deliver, Direction, Pid, Submit, Timestamp, Tpdu, UserDataBuf, ValidityPeriod,
};
use std::hint::black_box;
use std::time::Duration;

/// Sentences cut to length: the default alphabet only (no ESC pairs, so chars == septets).
const GSM7_BASE: &str = "Your parcel 4711 will arrive tomorrow between 10:00 and 12:00. \
    Track it at example.com/t/4711 or reply STOP to opt out. Questions? Call 0800 123 456, \
    Mon-Fri 8-18. ";
/// Cyrillic: every character is one UCS2 code unit and two UTF-8 octets.
const UCS2_BASE: &str = "Ваша посылка 4711 прибудет завтра с 10:00 до 12:00. \
    Отслеживайте её на сайте. ";

fn text(base: &str, n: usize) -> String {
    let t: String = base.chars().cycle().take(n).collect();
    assert_eq!(t.chars().count(), n);
    t
}

/// The concatenation IE of part 1 of 2 (8-bit reference 0x2A).
const CONCAT_IE: [Ie<'static>; 1] = [Ie {
    iei: Iei::CONCAT_8,
    data: &[0x2A, 0x02, 0x01],
}];

/// Inputs shared by the groups: the texts, their TP-UD, and the encoded TPDUs.
struct Fixtures {
    gsm7_160: String,
    ucs2_70: String,
    gsm7_153: String,
    ud_gsm7: UserDataBuf,
    ud_ucs2: UserDataBuf,
    ud_concat: UserDataBuf,
    /// Header fields with an empty TP-UD, prepared once (the address is not re-parsed per
    /// message in the encode benches).
    deliver: Deliver<'static>,
    submit: Submit<'static>,
}

impl Fixtures {
    fn new() -> Self {
        let gsm7_160 = text(GSM7_BASE, 160);
        let ucs2_70 = text(UCS2_BASE, 70);
        let gsm7_153 = text(GSM7_BASE, 153);
        let ud_gsm7 = UserDataBuf::gsm7(&[], &gsm7_160).unwrap();
        let ud_ucs2 = UserDataBuf::ucs2(&[], &ucs2_70).unwrap();
        let ud_concat = UserDataBuf::gsm7(&CONCAT_IE, &gsm7_153).unwrap();
        assert_eq!(ud_gsm7.as_user_data().data.len(), 140);
        assert_eq!(ud_ucs2.as_user_data().data.len(), 140);
        assert_eq!(ud_concat.as_user_data().data.len(), 140);
        Fixtures {
            gsm7_160,
            ucs2_70,
            gsm7_153,
            ud_gsm7,
            ud_ucs2,
            ud_concat,
            deliver: Deliver {
                mms: true,
                oa: Address::international("447700900456").unwrap(),
                pid: Pid::DEFAULT,
                scts: Timestamp::new(24, 3, 15, 14, 30, 0, 4).unwrap(),
                ..Deliver::default()
            },
            submit: Submit {
                mr: 42,
                da: Address::international("447700900123").unwrap(),
                pid: Pid::DEFAULT,
                vp: ValidityPeriod::Relative(0xA7),
                ..Submit::default()
            },
        }
    }

    fn deliver<'a>(&self, ud: &'a UserDataBuf, dcs: Dcs) -> Deliver<'a> {
        Deliver {
            dcs,
            ud: ud.as_user_data(),
            ..self.deliver
        }
    }

    fn submit<'a>(&self, ud: &'a UserDataBuf, dcs: Dcs) -> Submit<'a> {
        Submit {
            dcs,
            ud: ud.as_user_data(),
            ..self.submit
        }
    }
}

fn encode_vec(t: Tpdu<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    t.encode(&mut out).unwrap();
    out
}

/// The same octets behind an empty SMSC address, as `sms-pdu` wants them.
fn with_empty_smsc(tpdu: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(tpdu.len() + 1);
    v.push(0x00);
    v.extend_from_slice(tpdu);
    v
}

fn sms_pdu_text(pdu: &[u8]) -> String {
    let d = DeliverPdu::try_from(pdu).unwrap();
    d.get_message_data().decode_message().unwrap().text
}

fn configure(g: &mut BenchmarkGroup<'_, WallTime>) {
    g.throughput(Throughput::Elements(1));
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(2));
}

/// Decodes with smsip and checks the text against the source and against `sms-pdu`.
fn check_deliver(pdu: &[u8], expect: &str) {
    let d = Deliver::decode(pdu).unwrap();
    let mut s = String::new();
    d.text_into(&mut s);
    assert_eq!(s, expect, "smsip text");
    assert_eq!(sms_pdu_text(&with_empty_smsc(pdu)), expect, "sms-pdu text");
}

/// decode + text into a reused String: the String must not grow after the first message.
fn check_no_realloc(pdu: &[u8], dir: Direction) {
    let mut s = String::new();
    let once = |s: &mut String| {
        s.clear();
        Tpdu::decode(pdu, dir)
            .unwrap()
            .text()
            .for_each(|c| s.push(c));
    };
    once(&mut s);
    let (ptr, cap) = (s.as_ptr(), s.capacity());
    for _ in 0..3 {
        once(&mut s);
        assert_eq!((s.as_ptr(), s.capacity()), (ptr, cap));
    }
}

fn deliver_decode(c: &mut Criterion) {
    let f = Fixtures::new();
    let gsm7 = encode_vec(Tpdu::Deliver(f.deliver(&f.ud_gsm7, Dcs::GSM7)));
    let ucs2 = encode_vec(Tpdu::Deliver(f.deliver(&f.ud_ucs2, Dcs::UCS2)));
    let concat = encode_vec(Tpdu::Deliver(f.deliver(&f.ud_concat, Dcs::GSM7)));
    check_deliver(&gsm7, &f.gsm7_160);
    check_deliver(&ucs2, &f.ucs2_70);
    check_deliver(&concat, &f.gsm7_153);
    for p in [&gsm7, &ucs2, &concat] {
        check_no_realloc(p, Direction::ScToMs);
    }

    let mut g = c.benchmark_group("deliver_decode");
    configure(&mut g);
    for (name, pdu) in [
        ("gsm7_160", &gsm7),
        ("ucs2_70", &ucs2),
        ("concat_gsm7_153", &concat),
    ] {
        g.bench_function(format!("{name}/header"), |b| {
            b.iter(|| Deliver::decode(black_box(pdu)).unwrap())
        });
        let mut s = String::with_capacity(512);
        g.bench_function(format!("{name}/text_into"), |b| {
            b.iter(|| {
                s.clear();
                let d = Deliver::decode(black_box(pdu)).unwrap();
                d.text_into(&mut s);
                black_box(s.len())
            })
        });
        let framed = with_empty_smsc(pdu);
        g.bench_function(format!("{name}/sms-pdu"), |b| {
            b.iter(|| {
                let d = DeliverPdu::try_from(black_box(framed.as_slice())).unwrap();
                d.get_message_data().decode_message().unwrap().text
            })
        });
    }
    g.finish();
}

fn submit_decode(c: &mut Criterion) {
    let f = Fixtures::new();
    let gsm7 = encode_vec(Tpdu::Submit(f.submit(&f.ud_gsm7, Dcs::GSM7)));
    let ucs2 = encode_vec(Tpdu::Submit(f.submit(&f.ud_ucs2, Dcs::UCS2)));
    for (pdu, expect) in [(&gsm7, &f.gsm7_160), (&ucs2, &f.ucs2_70)] {
        let s: String = Submit::decode(pdu).unwrap().text().collect();
        assert_eq!(&s, expect);
        check_no_realloc(pdu, Direction::MsToSc);
    }
    // sms-pdu 1.1 has no SMS-SUBMIT decoder (SubmitPdu only encodes): nothing to compare here.

    let mut g = c.benchmark_group("submit_decode");
    configure(&mut g);
    for (name, pdu) in [("gsm7_160", &gsm7), ("ucs2_70", &ucs2)] {
        g.bench_function(format!("{name}/header"), |b| {
            b.iter(|| Submit::decode(black_box(pdu)).unwrap())
        });
        let mut s = String::with_capacity(512);
        g.bench_function(format!("{name}/text_into"), |b| {
            b.iter(|| {
                s.clear();
                let d = Submit::decode(black_box(pdu)).unwrap();
                d.text_into(&mut s);
                black_box(s.len())
            })
        });
    }
    g.finish();
}

fn encode(c: &mut Criterion) {
    let f = Fixtures::new();
    let mut g = c.benchmark_group("encode");
    configure(&mut g);

    // Building the TP-UD from text (septet packing / UTF-16), independent of the TPDU type.
    let cases: [(&str, &[Ie<'_>], &str, bool); 3] = [
        ("gsm7_160", &[], &f.gsm7_160, true),
        ("ucs2_70", &[], &f.ucs2_70, false),
        ("concat_gsm7_153", &CONCAT_IE, &f.gsm7_153, true),
    ];
    for (name, ies, text, gsm7) in cases {
        g.bench_function(format!("user_data_buf/{name}"), |b| {
            b.iter(|| {
                if gsm7 {
                    UserDataBuf::gsm7(black_box(ies), black_box(text)).unwrap()
                } else {
                    UserDataBuf::ucs2(black_box(ies), black_box(text)).unwrap()
                }
            })
        });
    }

    // Encoding prepared values into a reused Vec.
    let prepared = [
        ("gsm7_160", &f.ud_gsm7, Dcs::GSM7),
        ("ucs2_70", &f.ud_ucs2, Dcs::UCS2),
        ("concat_gsm7_153", &f.ud_concat, Dcs::GSM7),
    ];
    let mut out = Vec::with_capacity(256);
    for (name, ud, dcs) in prepared {
        let d = f.deliver(ud, dcs);
        let s = f.submit(ud, dcs);
        assert_eq!(Deliver::decode(&encode_vec(Tpdu::Deliver(d))).unwrap(), d);
        assert_eq!(Submit::decode(&encode_vec(Tpdu::Submit(s))).unwrap(), s);
        g.bench_function(format!("deliver/{name}"), |b| {
            b.iter(|| {
                out.clear();
                black_box(&d).encode(&mut out).unwrap();
                black_box(out.len())
            })
        });
        g.bench_function(format!("submit/{name}"), |b| {
            b.iter(|| {
                out.clear();
                black_box(&s).encode(&mut out).unwrap();
                black_box(out.len())
            })
        });
    }

    // sms-pdu builds an SMS-SUBMIT too (no VP, DCS 0x00 or 0x08 with class 1 bits): the
    // prepared value to bytes, and text to bytes.
    let da: PduAddress = "+447700900123".parse().unwrap();
    let msg = GsmMessageData::encode_message(&f.gsm7_160);
    assert_eq!(msg.len(), 1);
    let sp = SubmitPdu::make_simple_message(da.clone(), msg[0].clone());
    g.bench_function("submit/gsm7_160/sms-pdu", |b| {
        b.iter(|| black_box(&sp).as_bytes())
    });
    g.bench_function("submit/gsm7_160/sms-pdu_from_str", |b| {
        b.iter(|| {
            let m = GsmMessageData::encode_message(black_box(&f.gsm7_160));
            let p = SubmitPdu::make_simple_message(da.clone(), m.into_iter().next().unwrap());
            p.as_bytes()
        })
    });
    g.bench_function("submit/gsm7_160/from_str", |b| {
        b.iter(|| {
            let ud = UserDataBuf::gsm7(&[], black_box(&f.gsm7_160)).unwrap();
            let s = f.submit(&ud, Dcs::GSM7);
            out.clear();
            s.encode(&mut out).unwrap();
            black_box(out.len())
        })
    });
    g.finish();
}

criterion_group!(benches, deliver_decode, submit_decode, encode);
criterion_main!(benches);
