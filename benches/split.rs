//! Criterion benchmarks of long messages (TS 23.040 §9.2.3.24.1): splitting a 1 000-character
//! text into SMS-SUBMIT segments (encoding choice, segmentation, TPDU encoding), and reassembling
//! it (decoding each segment, its text, and `reassembly::Reassembler`), each measured per whole
//! message (`Throughput::Elements(1)`).
//!
//! Three texts: the GSM 7-bit default alphabet (7 segments of 153 septets), Turkish with the
//! Turkish locking shift table allowed (IE 0x25 in every segment, 149 septets each: 7
//! segments), and Cyrillic in UCS2 (15 segments of 67 characters).
//!
//! Run: `cargo bench --bench split` (a subset: `cargo bench --bench split -- reassemble`).

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use smsip::tpdu::alphabet::select::{Encoding, Languages};
use smsip::tpdu::reassembly::{ConcatInfo, Outcome, Reassembler};
use smsip::tpdu::split::{Reference, SplitMessage, SubmitBuilder};
use smsip::tpdu::{Address, Submit};
use std::hint::black_box;
use std::time::Duration;

const GSM7_BASE: &str = "Your parcel 4711 will arrive tomorrow between 10:00 and 12:00. \
    Track it at example.com/t/4711 or reply STOP to opt out. Questions? Call 0800 123 456, \
    Mon-Fri 8-18. ";
const TURKISH_BASE: &str = "Kargonuz yarın saat 10:00 ile 12:00 arasında teslim edilecek. \
    Şubemizden de alabilirsiniz; iyi günler dileriz, ışıl ışıl bir gün olsun. ";
const UCS2_BASE: &str = "Ваша посылка 4711 прибудет завтра с 10:00 до 12:00. \
    Отслеживайте её на сайте. ";

/// `n` characters of `base`, repeated.
fn text(base: &str, n: usize) -> String {
    base.chars().cycle().take(n).collect()
}

struct Case {
    name: &'static str,
    text: String,
    languages: Languages,
    msg: SplitMessage,
}

fn da() -> Address {
    Address::international("+447700900123").expect("address")
}

fn split(text: &str, languages: Languages) -> SplitMessage {
    SubmitBuilder::new(da())
        .text(text)
        .languages(languages)
        .reference(Reference::Ref8(0x2A))
        .build()
        .expect("split")
}

fn cases() -> Vec<Case> {
    let mut v = Vec::new();
    for (name, base, languages) in [
        ("gsm7", GSM7_BASE, Languages::NONE),
        ("turkish", TURKISH_BASE, Languages::TURKISH),
        ("ucs2", UCS2_BASE, Languages::NONE),
    ] {
        let text = text(base, 1000);
        let msg = split(&text, languages);
        // The setup each bench claims.
        let want = match name {
            "gsm7" => Encoding::Gsm7 {
                locking: 0,
                single: 0,
            },
            "turkish" => Encoding::Gsm7 {
                locking: 1,
                single: 0,
            },
            _ => Encoding::Ucs2 {
                forced_by: Some((0, 'В')),
            },
        };
        assert_eq!(msg.encoding(), want, "{name}");
        assert_eq!(reassemble(&msg), text, "{name}");
        v.push(Case {
            name,
            text,
            languages,
            msg,
        });
    }
    v
}

/// The reassembly key of an originator: Address-Length, Type-of-Address and the value.
fn key(a: &Address) -> [u8; 12] {
    let mut k = [0u8; 12];
    k[0] = a.len_semi_octets();
    k[1] = a.toa();
    k[2..2 + a.value().len()].copy_from_slice(a.value());
    k
}

/// Decodes every segment, feeds its text to a reassembler (keyed by TP-DA), returns the
/// completed message's text.
fn reassemble(msg: &SplitMessage) -> String {
    let mut r = Reassembler::default();
    let mut part = String::with_capacity(160);
    for seg in msg {
        let s = Submit::decode(seg.as_bytes()).expect("decode");
        part.clear();
        s.text_into(&mut part);
        let Some(c) = s.ud.header().and_then(|h| h.concat()) else {
            return part;
        };
        let outcome = r.feed(key(&s.da), ConcatInfo::from(c), part.as_bytes(), 0);
        if let Outcome::Completed(m) = outcome {
            return String::from_utf8(m.concatenated()).expect("utf-8");
        }
    }
    String::new()
}

fn configure(g: &mut BenchmarkGroup<'_, WallTime>) {
    g.throughput(Throughput::Elements(1));
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(30);
}

fn bench_split(c: &mut Criterion) {
    let cases = cases();
    let mut g = c.benchmark_group("split_1000_chars");
    configure(&mut g);
    for case in &cases {
        g.bench_function(case.name, |b| {
            b.iter(|| split(black_box(&case.text), case.languages))
        });
    }
    g.finish();
}

fn bench_reassemble(c: &mut Criterion) {
    let cases = cases();
    let mut g = c.benchmark_group("reassemble_1000_chars");
    configure(&mut g);
    for case in &cases {
        g.bench_function(case.name, |b| b.iter(|| reassemble(black_box(&case.msg))));
    }
    g.finish();
}

criterion_group!(benches, bench_split, bench_reassemble);
criterion_main!(benches);
