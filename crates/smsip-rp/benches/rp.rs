//! Criterion benchmarks of the relay-layer hot paths, per message (`Throughput::Elements(1)`):
//! decoding an RP-DATA carrying a 160-character SMS-SUBMIT (the RPDU alone, then with the TPDU
//! and its text into a reused `String`), and building an RP-ACK with an SMS-SUBMIT-REPORT.
//!
//! Run: `cargo bench -p smsip-rp` (quick look: `cargo bench -p smsip-rp -- --quick`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smsip_rp::{Direction, RpAck, RpAddress, RpData, RpMessage};
use smsip_tpdu::Tpdu;

/// Packs ASCII letters, digits, space and basic punctuation (identical in the GSM 7-bit
/// default alphabet) into septets (TS 23.038 §6.1.2.1.1).
fn pack_gsm7(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for b in text.bytes() {
        acc |= u32::from(b & 0x7F) << bits;
        bits += 7;
        while bits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            bits -= 8;
        }
    }
    if bits > 0 {
        out.push(acc as u8);
    }
    out
}

/// An SMS-SUBMIT to +447700900123 with `text` (at most 160 septets), relative VP.
fn submit(text: &str) -> Vec<u8> {
    let mut pdu = vec![
        0x11, 0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7,
    ];
    pdu.push(text.len() as u8);
    pdu.extend(pack_gsm7(text));
    pdu
}

fn benches(c: &mut Criterion) {
    let text: String = "Your parcel 4711 will arrive tomorrow between 10 and 12. Track it at example.com or reply STOP to opt out. Questions? Call 0800 123 456, Mon to Fri. "
        .chars()
        .cycle()
        .take(160)
        .collect();
    let tpdu = submit(&text);
    let sc = RpAddress::international("447700900000").unwrap();
    let mut body = Vec::new();
    RpData::mo(1, sc, &tpdu).unwrap().encode(&mut body);
    // Sanity: the fixture decodes to the text.
    let RpMessage::Data(d) = RpMessage::decode(&body).unwrap() else {
        panic!()
    };
    let Some(Ok(Tpdu::Submit(s))) = d.tpdu() else {
        panic!()
    };
    assert_eq!(s.text().collect::<String>(), text);

    let mut g = c.benchmark_group("rp");
    g.throughput(Throughput::Elements(1));

    g.bench_function("rp_data_submit_decode", |b| {
        b.iter(|| {
            let m = RpMessage::decode(black_box(&body)).unwrap();
            black_box(m.reference())
        })
    });

    let mut out = String::with_capacity(640);
    g.bench_function("rp_data_submit_decode_text", |b| {
        b.iter(|| {
            let RpMessage::Data(d) = RpMessage::decode(black_box(&body)).unwrap() else {
                unreachable!()
            };
            let Some(Ok(Tpdu::Submit(s))) = d.tpdu() else {
                unreachable!()
            };
            out.clear();
            s.text_into(&mut out);
            black_box(out.len())
        })
    });

    let report = [0x01, 0x00, 0x42, 0x30, 0x51, 0x41, 0x03, 0x10, 0x40];
    let mut buf = Vec::with_capacity(64);
    g.bench_function("rp_ack_build_vec", |b| {
        b.iter(|| {
            buf.clear();
            let ack = RpAck::new(Direction::NetworkToMs, black_box(1))
                .with_user_data(black_box(&report))
                .unwrap();
            ack.encode(&mut buf);
            black_box(buf.len())
        })
    });

    let mut slice = [0u8; 64];
    g.bench_function("rp_ack_build_slice", |b| {
        b.iter(|| {
            let mut sink = smsip_core::SliceSink::new(&mut slice);
            smsip_rp::sip::network_ack(black_box(1), Some(black_box(&report[..])), &mut sink)
                .unwrap();
            black_box(sink.finish().unwrap())
        })
    });
    g.finish();
}

criterion_group!(rp, benches);
criterion_main!(rp);
