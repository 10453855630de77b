//! Decoding allocates nothing: a counting `#[global_allocator]` (stats_alloc, so no `unsafe`
//! here) around the decode of every spec message (walking the dialogue portion, the user
//! information and every component, touching each parameter), the error paths with their
//! Q.774 answers, and the encoding into a fixed buffer.
//!
//! One test only in this binary, so no other test thread allocates while the region is open.

use std::alloc::System;

use smsip_core::SliceSink;
use smsip_tcap::{decode, q774, Component, TcapMessage};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Walks a decoded message the way a MAP gateway would; returns a checksum so nothing is
/// optimised away.
fn walk(bytes: &[u8]) -> usize {
    let msg = match decode(bytes) {
        Ok(m) => m,
        Err(e) => {
            return match q774::answer(bytes, &e) {
                q774::Answer::Abort(a) => {
                    let mut buf = [0u8; 64];
                    let mut sink = SliceSink::new(&mut buf);
                    a.encode(&mut sink);
                    sink.finish().unwrap_or(0) + e.offset
                }
                q774::Answer::Reject(r) => usize::from(r.problem.code()) + e.offset,
                q774::Answer::Discard => e.offset,
            }
        }
    };
    let mut acc = msg.otid().map_or(0, |t| t.as_bytes().len());
    if let Some(d) = msg.dialogue_portion() {
        if let Some(ac) = d.application_context_name() {
            acc += ac.arcs().map(|a| a as usize).sum::<usize>();
        }
        if let Some(ui) = d.user_information() {
            for e in ui {
                acc += e.map_or(1, |e| e.raw().len());
            }
        }
    }
    for c in msg.components() {
        match c {
            Ok(Component::Invoke(i)) => {
                acc += i.opcode.local().unwrap_or(0) as usize;
                if let Some(p) = i.parameter {
                    for e in p.children().into_iter().flatten() {
                        acc += e.map_or(0, |e| e.content().len());
                    }
                }
            }
            Ok(Component::ReturnResultLast(r)) | Ok(Component::ReturnResultNotLast(r)) => {
                acc += r.result.map_or(0, |r| r.parameter.content().len());
            }
            Ok(c) => acc += usize::from(c.invoke_id().unwrap_or(0) as u8),
            Err(e) => {
                if let q774::Answer::Reject(r) = q774::answer(bytes, &e) {
                    acc += usize::from(r.problem.code());
                }
            }
        }
    }
    // Re-encode into a fixed buffer.
    let mut buf = [0u8; 256];
    acc + msg.encode_to_slice(&mut buf).unwrap_or(0)
}

#[test]
fn decode_walk_and_encode_allocate_nothing() {
    let inputs: Vec<Vec<u8>> = [
        // tcap.md §7
        "62584804000000016B1E281C060700118605010101A011600F80020780A1090607040000010014036C30A12E02010102012D30268007914477000910328101FF820791447700090000870088010089080C914477000940658B00",
        // tcap.md §8 End with AARE and SRI-SM result
        "64 70 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 3C A2 3A 02 01 01 30 35 02 01 2D 30 30 04 08 00 01 01 21 43 65 87 F9 A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00 A5 06 02 01 1E 02 01 3C",
        // tcap.md §6 and the aborts
        "67324904000000016B2A2828060700118605010101A01D611B80020780A109060704000001001402A203020101A305A103020102",
        "670949040000000 14A0101",
        // the indefinite vector
        "64574904000000016b2a2828060700118605010101a01d611b80020780a109060704000001001402a203020100a305a1030201006c80a21f0201ff301a02012d3015040822082121109058f6a0098107911497947400f00000",
        // errors: unknown type, truncated, broken component
        "630648040000000 7",
        "62584804000000016B1E281C0607001186",
        "620F480400000001 6C07A105020101 0500",
    ]
    .iter()
    .map(|h| smsip_core::hex::decode(h).unwrap())
    .collect();

    let region = Region::new(GLOBAL);
    let mut acc = 0;
    for _ in 0..10 {
        for b in &inputs {
            acc += walk(b);
        }
    }
    let stats = region.change();
    assert!(acc > 0);
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "decoding allocated: {stats:?}"
    );
    // Sanity: the inputs are what they claim to be.
    assert!(matches!(decode(&inputs[0]), Ok(TcapMessage::Begin(_))));
    assert!(matches!(decode(&inputs[4]), Ok(TcapMessage::End(_))));
    assert!(decode(&inputs[5]).is_err());
}
