//! Decoding allocates nothing: a counting global allocator around the decoders (design.md
//! principle 3). Kept alone in its own test binary so no other test allocates meanwhile.

use std::alloc::System;

use smsip_rp::cp::CpMessage;
use smsip_rp::{RpAddress, RpMessage};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn decode_and_encode_into_a_slice_do_not_allocate() {
    // Built before counting starts.
    let rpdus: Vec<Vec<u8>> = [
        "00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34",
        "010607913386094030f1001906300b913387540805f8811102610040408111026100504000",
        "03 01 41 09 01 00 42 30 51 41 03 10 40",
        "04 01 01 16 41 03 00 D3 00",
        "05 01 03 2A 07 08 41 02 01 00 7E 01 AA 90",
        "06 05",
    ]
    .iter()
    .map(|h| smsip_core::hex::decode(h).unwrap())
    .collect();
    let cps: Vec<Vec<u8>> = [
        "890106020141020000",
        "090123010107913386094000f00017040b913306000000f000007101911172758004d4f29c0e",
        "8904",
        "891011",
    ]
    .iter()
    .map(|h| smsip_core::hex::decode(h).unwrap())
    .collect();
    let mut out = [0u8; 512];

    let region = Region::new(GLOBAL);
    let mut total = 0usize;
    for _ in 0..100 {
        for b in &rpdus {
            let m = RpMessage::decode(b).unwrap();
            total += m.reference() as usize;
            if let Some(Ok(t)) = m.tpdu() {
                total += t.encoded_len();
            }
            let mut sink = smsip_core::SliceSink::new(&mut out);
            m.encode(&mut sink);
            total += sink.finish().unwrap();
        }
        for b in &cps {
            let m = CpMessage::decode(b).unwrap();
            if let CpMessage::Data(d) = m {
                total += d.rp().unwrap().encoded_len();
            }
        }
        // Errors do not allocate either.
        total += RpMessage::decode(&[0x00, 0x01, 0x00, 0x07])
            .unwrap_err()
            .offset();
        // Nor do the builders.
        let sc = RpAddress::international("447700900000").unwrap();
        let mut sink = smsip_core::SliceSink::new(&mut out);
        total += smsip_rp::sip::mo_data(1, &sc, &rpdus[0][12..], &mut sink).unwrap();
    }
    let stats = region.change();
    assert!(total > 0);
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");
}
