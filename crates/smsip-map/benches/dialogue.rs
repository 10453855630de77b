//! A MAP dialogue message end to end, against the `tcap` 3 + `gsm_map` 4 crates in the same
//! criterion group, on the same octets:
//!
//! * `decode_tc_begin_sri_sm` — the 90-octet TC-BEGIN of tcap.md §7: transaction ID, the
//!   application context of the AARQ, the invoke, and its SendRoutingInfoForSM argument typed
//!   (msisdn and service centre address read).
//! * `encode_tc_end_mt_fsm_res` — the TC-END answering an mt-ForwardSM: AARE accepting
//!   shortMsgMT-RelayContext-v3 and a ReturnResultLast with an MT-ForwardSM-Res carrying an
//!   SMS-DELIVER-REPORT in sm-RP-UI.
//!
//! Ours decodes by borrowing and encodes into a reused `Vec` (cleared, capacity kept): no
//! allocation (tested in `tests/dialogue.rs`). The peers decode into owned values and encode
//! into fresh `Vec`s (their API).
//!
//! Run: `cargo bench -p smsip-map --bench dialogue`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use smsip_map::dialogue::{self, AcVersion, MapComponent};
use smsip_map::{Argument, MtForwardSmRes, OpCode, ReturnResult};
use smsip_tcap::TransactionId;

/// tcap.md §7.
const TC_BEGIN: [u8; 90] = [
    0x62, 0x58, 0x48, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6B, 0x1E, 0x28, 0x1C, 0x06, 0x07, 0x00, 0x11,
    0x86, 0x05, 0x01, 0x01, 0x01, 0xA0, 0x11, 0x60, 0x0F, 0x80, 0x02, 0x07, 0x80, 0xA1, 0x09, 0x06,
    0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03, 0x6C, 0x30, 0xA1, 0x2E, 0x02, 0x01, 0x01, 0x02,
    0x01, 0x2D, 0x30, 0x26, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF,
    0x82, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x87, 0x00, 0x88, 0x01, 0x00, 0x89, 0x08,
    0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x8B, 0x00,
];

/// SMS-DELIVER-REPORT for RP-ACK with TP-PI (PID and DCS present), TS 23.040 §9.2.2.1a.
const DELIVER_REPORT: [u8; 4] = [0x00, 0x03, 0x00, 0x00];

/// What both sides read out of the TC-BEGIN, summed so that the work cannot be skipped:
/// otid length, AC length, invoke ID, opcode, msisdn and SC address lengths, SM-RP-PRI.
fn decode_smsip(bytes: &[u8]) -> usize {
    let msg = dialogue::decode(bytes).unwrap();
    let mut n = msg.tcap.otid().unwrap().as_bytes().len();
    n += msg.ac_name().unwrap().as_bytes().len();
    for c in msg.components() {
        let MapComponent::Invoke {
            invoke_id,
            op,
            arg: Argument::SendRoutingInfoForSm(sri),
            ..
        } = c.unwrap()
        else {
            panic!("not an SRI-SM invoke")
        };
        n += invoke_id as usize + usize::from(op.0);
        n += sri.msisdn.as_bytes().len() + sri.service_centre_address.as_bytes().len();
        n += usize::from(sri.sm_rp_pri);
    }
    n
}

fn decode_peers(bytes: &[u8]) -> usize {
    let msg = tcap::decode(bytes).unwrap();
    let mut n = msg.otid().unwrap().len();
    match gsm_map::dialogue::parse(msg.dialogue_portion().unwrap()).unwrap() {
        // `tcap` gives arcs; its encoded length is what ours reports.
        Some(tcap::DialoguePdu::Aarq {
            application_context_name,
            ..
        }) => n += application_context_name.len() - 1,
        other => panic!("{other:?}"),
    }
    for c in msg.components() {
        let tcap::Component::Invoke(i) = c else {
            panic!("not an invoke")
        };
        let tcap::OperationCode::Local(op) = i.operation_code else {
            panic!("global opcode")
        };
        n += i.invoke_id as usize + op as usize;
        let p = i.parameter.as_ref().unwrap().as_bytes();
        let sri: gsm_map::operations::sri_sm::RoutingInfoForSmArg = gsm_map::decode(p).unwrap();
        n += sri.msisdn.len() + sri.service_centre_address.len();
        n += usize::from(sri.sm_rp_pri);
    }
    n
}

fn encode_smsip(out: &mut Vec<u8>) {
    out.clear();
    let res = ReturnResult::MtForwardSm(MtForwardSmRes {
        sm_rp_ui: Some(black_box(&DELIVER_REPORT[..])),
        ..MtForwardSmRes::default()
    });
    dialogue::end_with_result(
        black_box(TransactionId::from_u32(7)),
        1,
        OpCode::MT_FORWARD_SM,
        &res,
        Some(AcVersion::SHORT_MSG_MT_RELAY_V3),
        out,
    );
}

fn encode_peers() -> Vec<u8> {
    let res = gsm_map::operations::mt_forward_sm::MtForwardSmRes {
        sm_rp_ui: Some(black_box(&DELIVER_REPORT[..]).to_vec().into()),
        extension_container: None,
    };
    let param = gsm_map::encode(&res).unwrap();
    let ac = rasn::types::Oid::const_new(&[0, 4, 0, 0, 1, 0, 25, 3]);
    let end = tcap::End {
        dtid: vec![0, 0, 0, 7].into(),
        dialogue_portion: Some(gsm_map::dialogue::end_accept(&ac.to_owned())),
        components: Some(vec![tcap::Component::ReturnResultLast(
            tcap::ReturnResult {
                invoke_id: 1,
                result: Some(tcap::ReturnResultValue {
                    operation_code: tcap::OperationCode::Local(44),
                    parameter: Some(rasn::types::Any::new(param)),
                }),
            },
        )]),
    };
    tcap::encode(&tcap::TcapMessage::End(end)).unwrap()
}

fn bench(c: &mut Criterion) {
    // Both read the same: 4 + 7 + 1 + 45 + 7 + 7 + 1.
    assert_eq!(decode_smsip(&TC_BEGIN), 72);
    assert_eq!(decode_peers(&TC_BEGIN), 72);
    // Both write the same octets.
    let mut ours = Vec::with_capacity(128);
    encode_smsip(&mut ours);
    assert_eq!(ours, encode_peers());

    let mut g = c.benchmark_group("tcap_map");
    g.throughput(Throughput::Elements(1));
    g.measurement_time(Duration::from_secs(4));
    g.bench_function("decode_tc_begin_sri_sm/smsip", |b| {
        b.iter(|| decode_smsip(black_box(&TC_BEGIN)))
    });
    g.bench_function("decode_tc_begin_sri_sm/tcap+gsm_map", |b| {
        b.iter(|| decode_peers(black_box(&TC_BEGIN)))
    });
    g.bench_function("encode_tc_end_mt_fsm_res/smsip", |b| {
        let mut out = Vec::with_capacity(128);
        b.iter(|| {
            encode_smsip(&mut out);
            out.len()
        })
    });
    g.bench_function("encode_tc_end_mt_fsm_res/tcap+gsm_map", |b| {
        b.iter(encode_peers)
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
