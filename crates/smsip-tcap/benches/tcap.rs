//! The TC-BEGIN of tcap.md §7 decoded the way a MAP gateway needs it (transaction ID, the
//! dialogue's application context name, every component, the invoke's parameter touched), and
//! a TC-END with an AARE and a ReturnResultLast encoded; the same decode (and encode) with the
//! `tcap` crate 3 in the same criterion group.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smsip_ber::{oid, Element, Oid};
use smsip_tcap::{
    decode, Code, Component, DialoguePortion, End, ReturnResult, TcapMessage, TransactionId,
};

/// tcap.md §7.
const TC_BEGIN: [u8; 90] = [
    0x62, 0x58, 0x48, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6B, 0x1E, 0x28, 0x1C, 0x06, 0x07, 0x00, 0x11,
    0x86, 0x05, 0x01, 0x01, 0x01, 0xA0, 0x11, 0x60, 0x0F, 0x80, 0x02, 0x07, 0x80, 0xA1, 0x09, 0x06,
    0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03, 0x6C, 0x30, 0xA1, 0x2E, 0x02, 0x01, 0x01, 0x02,
    0x01, 0x2D, 0x30, 0x26, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF,
    0x82, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x87, 0x00, 0x88, 0x01, 0x00, 0x89, 0x08,
    0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x8B, 0x00,
];

/// RoutingInfoForSM-Res of tcap.md §8 (the End's result parameter).
const SRI_SM_RES: [u8; 50] = [
    0x30, 0x30, 0x04, 0x08, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9, 0xA0, 0x1C, 0x81, 0x07,
    0x91, 0x44, 0x77, 0x00, 0x09, 0x50, 0xF0, 0x04, 0x04, 0x01, 0x02, 0x03, 0x04, 0x85, 0x00, 0xA6,
    0x09, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x60, 0x00, 0xA5, 0x06, 0x02, 0x01, 0x1E, 0x02,
    0x01, 0x3C,
];

const SHORT_MSG_GATEWAY_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 3);

fn decode_ours(bytes: &[u8]) -> usize {
    let msg = decode(bytes).unwrap();
    let mut n = msg.otid().unwrap().as_bytes().len();
    let ac = msg
        .dialogue_portion()
        .and_then(|d| d.application_context_name())
        .unwrap();
    n += ac.as_bytes().len();
    for c in msg.components() {
        if let Component::Invoke(i) = c.unwrap() {
            n += i.invoke_id as usize + i.opcode.local().unwrap() as usize;
            let p = i.parameter.unwrap();
            n += p.content().len() + usize::from(p.content()[0]);
        }
    }
    n
}

fn decode_tcap_crate(bytes: &[u8]) -> usize {
    let msg = tcap::decode(bytes).unwrap();
    let mut n = msg.otid().unwrap().len();
    // The application context needs the dialogue PDU parsed out of the kept EXTERNAL.
    match msg.dialogue_portion().unwrap().dialogue_pdu().unwrap() {
        Some(tcap::DialoguePdu::Aarq {
            application_context_name,
            ..
        }) => n += application_context_name.len(), // arcs
        other => panic!("{other:?}"),
    }
    for c in msg.components() {
        if let tcap::Component::Invoke(i) = c {
            let tcap::OperationCode::Local(op) = i.operation_code else {
                panic!()
            };
            n += i.invoke_id as usize + op as usize;
            let p = i.parameter.as_ref().unwrap().as_bytes();
            n += p.len() + usize::from(p[2]);
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    // 4 (otid) + 7 AC octets (8 arcs for tcap) + 1 + 45 + 38 (40 with the header for tcap) + 0x80.
    assert_eq!(
        (decode_ours(&TC_BEGIN), decode_tcap_crate(&TC_BEGIN)),
        (223, 226)
    );

    let mut g = c.benchmark_group("tcap");
    g.throughput(Throughput::Elements(1));

    g.bench_function("decode_tc_begin/smsip-tcap", |b| {
        b.iter(|| decode_ours(black_box(&TC_BEGIN)))
    });
    g.bench_function("decode_tc_begin/tcap", |b| {
        b.iter(|| decode_tcap_crate(black_box(&TC_BEGIN)))
    });

    // TC-END with AARE accepted and a ReturnResultLast (the answer to §7), into a fixed buffer.
    let res = Element::from_ber(&SRI_SM_RES).unwrap();
    g.bench_function("encode_tc_end/smsip-tcap", |b| {
        let mut buf = [0u8; 256];
        b.iter(|| {
            let comps = [Component::ReturnResultLast(ReturnResult::new(
                1,
                Some((Code::Local(45), black_box(res))),
            ))];
            let end = End::new(black_box(TransactionId::from_u32(1)))
                .with_dialogue(DialoguePortion::accepted(SHORT_MSG_GATEWAY_V3))
                .with_components(&comps);
            TcapMessage::End(end).encode_to_slice(&mut buf).unwrap()
        })
    });
    g.bench_function("encode_tc_end/tcap", |b| {
        let ac = rasn::types::Oid::const_new(&[0, 4, 0, 0, 1, 0, 20, 3]);
        b.iter(|| {
            let rr = tcap::ReturnResult {
                invoke_id: 1,
                result: Some(tcap::ReturnResultValue {
                    operation_code: tcap::OperationCode::Local(45),
                    parameter: Some(rasn::types::Any::new(black_box(SRI_SM_RES).to_vec())),
                }),
            };
            let end = tcap::End {
                dtid: vec![0, 0, 0, 1].into(),
                dialogue_portion: Some(tcap::DialoguePortion::aare_accept(ac)),
                components: Some(vec![tcap::Component::ReturnResultLast(rr)]),
            };
            tcap::encode(&tcap::TcapMessage::End(end)).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
