//! Decoding allocates nothing: every operation's argument and result, the error parameters and
//! the TPDU view of sm-RP-UI, measured with a counting global allocator; nor does encoding into
//! a fixed buffer.

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

use smsip_map::*;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn decoding_and_slice_encoding_do_not_allocate() {
    let hex = |s: &str| smsip_core::hex::decode(s).unwrap();
    // map-sms.md §13 and public.json map vectors.
    let args: Vec<(u8, u8, Vec<u8>)> = vec![
        (45, 3, hex("3026800791447700091032 8101FF 82079144770009 0000 8700 880100 89080C9144770009 4065 8B00")),
        (45, 1, hex("30148005911111111181010082059122222222850121")),
        (
            44,
            3,
            hex("3045800800010121436587F98407914477000900000418040C9144770009406500004230514103004005C8329BFD06\
                 3013A011300F060A2B0601040181FD5901010101FF02013C"),
        ),
        (46, 3, hex("3026840791223343992032820891321132214333f404110b16212c37424d00010203040506070908")),
        (46, 2, hex("3026840791223343992032820891321132214333f404110b16212c37424d00010203040506070908")),
        (47, 3, hex("301A 04079144770009 1032 04079144770009 0000 0A0101 80010C 8600")),
        (63, 3, hex("300403020240")),
        (64, 3, hex("3012 04079144770009 1032 04079144770009 0000")),
        (65, 3, hex("301A A00A 800800010121436587F9 81079144770009 7000 A803 800101")),
        (66, 3, hex("300D 800800010121436587F9 0A0100")),
    ];
    let results: Vec<(u8, Vec<u8>)> = vec![
        (45, hex("3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 A609 80079144770009 6000 A506 02011E 02013C")),
        (45, hex("3016040752001111111111a0088106919799191111820100")),
        (46, hex("300704050b16212c37")),
        (47, hex("04069188787766f6")),
        (65, hex("3009 89079144770009 0000")),
        (44, vec![]),
    ];
    let errors: Vec<(u8, Vec<u8>)> = vec![
        (6, hex("3003020101")),
        (32, hex("30030a0105")),
        (34, hex("0A0101")),
        (13, hex("3003 0A0101")),
        (36, hex("3002 8000")),
    ];

    let region = Region::new(GLOBAL);
    let mut decoded = 0;
    for (op, v, bytes) in &args {
        let a = decode_arg_versioned(OpCode(*op), *v, bytes).unwrap();
        if let Argument::MtForwardSm(mt) = a {
            let tpdu = mt.tpdu().unwrap();
            std::hint::black_box(tpdu);
        }
        std::hint::black_box(a);
        decoded += 1;
    }
    for (op, bytes) in &results {
        std::hint::black_box(decode_res(OpCode(*op), bytes).unwrap());
        decoded += 1;
    }
    for (code, bytes) in &errors {
        std::hint::black_box(decode_err(ErrorCode(*code), bytes).unwrap());
        decoded += 1;
    }
    // Errors do not allocate either.
    std::hint::black_box(decode_arg(OpCode(45), &args[0].2[..20]).unwrap_err());
    std::hint::black_box(decode_res(OpCode(45), &[]).unwrap_err());
    let stats = region.change();
    assert_eq!(decoded, args.len() + results.len() + errors.len());
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // Encoding into a fixed buffer does not allocate either. (One test function: the harness
    // runs tests on parallel threads, whose allocations a Region would count.)
    let bytes = smsip_core::hex::decode(
        "3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 A609 80079144770009 6000 A506 02011E 02013C",
    )
    .unwrap();
    let res = RoutingInfoForSmRes::decode(&bytes).unwrap();
    let mut buf = [0u8; 64];
    let region = Region::new(GLOBAL);
    let mut sink = smsip_core::SliceSink::new(&mut buf);
    res.encode(&mut sink);
    let n = sink.finish().unwrap();
    let stats = region.change();
    assert_eq!(&buf[..n], &bytes[..]);
    assert_eq!(stats.allocations, 0, "{stats:?}");
}
