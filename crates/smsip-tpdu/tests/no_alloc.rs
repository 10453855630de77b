//! Decoding allocates nothing: a counting global allocator around every decoder and the text
//! decoders (text goes into a String reserved beforehand).

use smsip_tpdu::{Direction, ReportContext, Tpdu};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn count<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let region = Region::new(GLOBAL);
    let r = f();
    (
        r,
        region.change().allocations + region.change().reallocations,
    )
}

#[test]
fn decode_and_text_allocate_nothing() {
    let cases: Vec<(Vec<u8>, Direction, ReportContext)> = [
        (
            "040C91447700094065000042305141030040 05C8329BFD06",
            Direction::ScToMs,
        ),
        (
            "41000C914477000910320000120500 03A50201906536FB0DBABFE56C32",
            Direction::MsToSc,
        ),
        (
            "0407D049B7F90D000842211332958 50A0A004F006C00E1002020AC",
            Direction::ScToMs,
        ),
        (
            "062A0C91447700091032423051410300404230514103504000",
            Direction::ScToMs,
        ),
        ("022B00022A0C9144770009103200", Direction::MsToSc),
        (
            "59060C91447700091032000042306141030040090324010 1A096E774",
            Direction::MsToSc,
        ),
        ("00c806000ac8329bfd068542a110", Direction::MsToSc),
        (
            "01c80670505151101121000ac8329bfd068542a110",
            Direction::ScToMs,
        ),
    ]
    .iter()
    .map(|(h, d)| {
        (
            smsip_core::hex::decode(h).unwrap(),
            *d,
            ReportContext::Unknown,
        )
    })
    .collect();
    let mut text = String::with_capacity(1024);
    let mut out = Vec::with_capacity(1024);
    for (b, dir, ctx) in &cases {
        let (n, allocs) = count(|| {
            let t = Tpdu::decode_with(b, *dir, *ctx).unwrap();
            text.clear();
            text.extend(t.text());
            out.clear();
            t.encode(&mut out).unwrap();
            text.len()
        });
        assert_eq!(allocs, 0, "{} allocated", smsip_core::hex::encode(b));
        let _ = n;
        assert_eq!(&out, b);
    }
}
