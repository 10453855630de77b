//! smsip-map against the `gsm_map` crate (4.x, rasn-based) in the same criterion groups, on the
//! same octets: decode and encode of RoutingInfoForSM-Arg (map-sms.md §13.1, and a minimal one),
//! RoutingInfoForSM-Res (§13.3) and an MT-ForwardSM-Arg whose sm-RP-UI is a 140-octet
//! SMS-DELIVER.
//!
//! Our decode borrows (no allocation); our encode writes into a reused `Vec` (cleared, capacity
//! kept). gsm_map decodes into owned values and encodes into a fresh `Vec` (its API), by
//! reference (no clone in the loop).
//!
//! Run: `cargo bench -p smsip-map --bench map`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use smsip_map::{MtForwardSmArg, RoutingInfoForSmArg, RoutingInfoForSmRes};

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).expect("hex")
}

/// map-sms.md §13.1
fn sri_sm_arg_bytes() -> Vec<u8> {
    hex("3026800791447700091032 8101FF 82079144770009 0000 8700 880100 89080C9144770009 4065 8B00")
}

/// The three mandatory members only (msisdn, sm-RP-PRI, serviceCentreAddress), the shape of
/// gsm_map's own sri_sm_arg benchmark.
fn sri_sm_arg_min_bytes() -> Vec<u8> {
    hex("3015 80079144770009 1032 8101FF 82079144770009 0000")
}

/// map-sms.md §13.3
fn sri_sm_res_bytes() -> Vec<u8> {
    hex(
        "3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 \
         A609 80079144770009 6000 A506 02011E 02013C",
    )
}

/// MT-ForwardSM-Arg: imsi, serviceCentreAddressOA, a 140-octet SMS-DELIVER (8-bit data, UDL
/// 121), moreMessagesToSend.
fn mt_fsm_arg_bytes() -> Vec<u8> {
    let mut ui = hex("04 0C91447700094065 00 04 42305141030040 79");
    ui.extend((0..121u8).map(|i| i.wrapping_mul(7)));
    assert_eq!(ui.len(), 140);
    let mut content = hex("80080001012143658 7F9 8407914477000900 00");
    content.extend([0x04, 0x81, 140]);
    content.extend(&ui);
    content.extend([0x05, 0x00]);
    let mut out = vec![0x30, 0x81, content.len() as u8];
    out.extend(content);
    out
}

fn bench_decode(c: &mut Criterion) {
    let sri_arg = sri_sm_arg_bytes();
    let sri_min = sri_sm_arg_min_bytes();
    let sri_res = sri_sm_res_bytes();
    let mt = mt_fsm_arg_bytes();
    // Both sides must accept the octets.
    assert!(RoutingInfoForSmArg::decode(&sri_min).is_ok());
    gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmArg>(&sri_min)
        .expect("gsm_map sri min");
    assert!(RoutingInfoForSmArg::decode(&sri_arg).is_ok());
    assert!(RoutingInfoForSmRes::decode(&sri_res).is_ok());
    assert!(MtForwardSmArg::decode(&mt).is_ok());
    gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmArg>(&sri_arg)
        .expect("gsm_map sri arg");
    gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmRes>(&sri_res)
        .expect("gsm_map sri res");
    gsm_map::decode::<gsm_map::operations::mt_forward_sm::MtForwardSmArg>(&mt)
        .expect("gsm_map mt arg");

    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Elements(1));
    g.bench_function("sri_sm_arg/smsip", |b| {
        b.iter(|| RoutingInfoForSmArg::decode(black_box(&sri_arg)).unwrap())
    });
    g.bench_function("sri_sm_arg/gsm_map", |b| {
        b.iter(|| {
            gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmArg>(black_box(&sri_arg))
                .unwrap()
        })
    });
    g.bench_function("sri_sm_arg_min/smsip", |b| {
        b.iter(|| RoutingInfoForSmArg::decode(black_box(&sri_min)).unwrap())
    });
    g.bench_function("sri_sm_arg_min/gsm_map", |b| {
        b.iter(|| {
            gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmArg>(black_box(&sri_min))
                .unwrap()
        })
    });
    g.bench_function("sri_sm_res/smsip", |b| {
        b.iter(|| RoutingInfoForSmRes::decode(black_box(&sri_res)).unwrap())
    });
    g.bench_function("sri_sm_res/gsm_map", |b| {
        b.iter(|| {
            gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmRes>(black_box(&sri_res))
                .unwrap()
        })
    });
    g.bench_function("mt_fsm_arg_140/smsip", |b| {
        b.iter(|| MtForwardSmArg::decode(black_box(&mt)).unwrap())
    });
    g.bench_function("mt_fsm_arg_140/gsm_map", |b| {
        b.iter(|| {
            gsm_map::decode::<gsm_map::operations::mt_forward_sm::MtForwardSmArg>(black_box(&mt))
                .unwrap()
        })
    });
    g.finish();
}

fn bench_encode(c: &mut Criterion) {
    let sri_arg = sri_sm_arg_bytes();
    let sri_res = sri_sm_res_bytes();
    let mt = mt_fsm_arg_bytes();
    let ours_arg = RoutingInfoForSmArg::decode(&sri_arg).unwrap();
    let ours_res = RoutingInfoForSmRes::decode(&sri_res).unwrap();
    let ours_mt = MtForwardSmArg::decode(&mt).unwrap();
    let theirs_arg =
        gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmArg>(&sri_arg).unwrap();
    let theirs_res =
        gsm_map::decode::<gsm_map::operations::sri_sm::RoutingInfoForSmRes>(&sri_res).unwrap();
    let theirs_mt =
        gsm_map::decode::<gsm_map::operations::mt_forward_sm::MtForwardSmArg>(&mt).unwrap();
    // Same octets out of both.
    assert_eq!(ours_arg.to_vec(), sri_arg);
    assert_eq!(ours_res.to_vec(), sri_res);
    assert_eq!(ours_mt.to_vec(), mt);
    assert_eq!(gsm_map::encode(&theirs_arg).unwrap(), sri_arg);
    assert_eq!(gsm_map::encode(&theirs_res).unwrap(), sri_res);
    assert_eq!(gsm_map::encode(&theirs_mt).unwrap(), mt);

    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(1));
    let mut out = Vec::with_capacity(512);
    g.bench_function("sri_sm_arg/smsip", |b| {
        b.iter(|| {
            out.clear();
            black_box(&ours_arg).encode(&mut out);
            black_box(out.len())
        })
    });
    g.bench_function("sri_sm_arg/gsm_map", |b| {
        b.iter(|| gsm_map::encode(black_box(&theirs_arg)).unwrap())
    });
    g.bench_function("sri_sm_res/smsip", |b| {
        b.iter(|| {
            out.clear();
            black_box(&ours_res).encode(&mut out);
            black_box(out.len())
        })
    });
    g.bench_function("sri_sm_res/gsm_map", |b| {
        b.iter(|| gsm_map::encode(black_box(&theirs_res)).unwrap())
    });
    g.bench_function("mt_fsm_arg_140/smsip", |b| {
        b.iter(|| {
            out.clear();
            black_box(&ours_mt).encode(&mut out);
            black_box(out.len())
        })
    });
    g.bench_function("mt_fsm_arg_140/gsm_map", |b| {
        b.iter(|| gsm_map::encode(black_box(&theirs_mt)).unwrap())
    });
    g.finish();
}

fn config() -> Criterion {
    // Short runs: a 2-core machine shared with other builds.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_decode, bench_encode
}
criterion_main!(benches);
