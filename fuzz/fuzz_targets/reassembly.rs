//! Reassembly of concatenated short messages (`smsip_tpdu::reassembly`) under an arbitrary
//! sequence of feeds (key, concatenation IE, payload, time) and expiries, with small arbitrary
//! `Limits`.
//!
//! After every call: the payload octets held never exceed `max_total_octets`, the incomplete
//! messages never exceed `max_messages`, nor do the remembered finished ones; a completed
//! message has `total` parts in order with this part's payload at its sequence number; an
//! accepted part leaves 1..total parts missing; nothing panics.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smsip_tpdu::reassembly::{ConcatInfo, Limits, Outcome, Reassembler};

#[derive(Debug, Arbitrary)]
struct Feed<'a> {
    key: u8,
    reference: u16,
    is_16bit: bool,
    total: u8,
    seq: u8,
    payload: &'a [u8],
    /// Time passing before this feed.
    advance: u8,
    /// Run `expire` before feeding.
    expire: bool,
}

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    max_messages: u8,
    max_parts_per_message: u8,
    max_total_octets: u16,
    timeout: u8,
    feeds: Vec<Feed<'a>>,
}

fuzz_target!(|input: Input<'_>| {
    let limits = Limits {
        max_messages: usize::from(input.max_messages % 32),
        max_parts_per_message: input.max_parts_per_message,
        max_total_octets: usize::from(input.max_total_octets % 2048),
        timeout: u64::from(input.timeout),
    };
    let mut r = Reassembler::new(limits);
    let mut now = 0u64;
    for f in &input.feeds {
        now += u64::from(f.advance);
        if f.expire {
            for gone in r.expire(now) {
                assert!(gone.received() >= 1 && gone.received() < gone.total());
                assert!(gone.total() <= usize::from(limits.max_parts_per_message));
            }
        }
        // Keep 8-bit references below 256, as IE 0x00 carries them.
        let reference = if f.is_16bit {
            f.reference
        } else {
            f.reference & 0xFF
        };
        let concat = ConcatInfo {
            reference,
            is_16bit: f.is_16bit,
            total: f.total,
            seq: f.seq,
        };
        match r.feed(f.key % 4, concat, f.payload, now) {
            Outcome::Completed(m) => {
                assert!(concat.is_valid());
                assert_eq!(m.parts.len(), usize::from(f.total));
                assert_eq!(m.parts[usize::from(f.seq) - 1], f.payload);
                assert_eq!(
                    (m.key, m.reference, m.is_16bit),
                    (f.key % 4, reference, f.is_16bit)
                );
            }
            Outcome::Accepted { missing } => {
                assert!(concat.is_valid());
                assert!(missing >= 1 && missing < f.total);
            }
            Outcome::Invalid => assert!(!concat.is_valid()),
            _ => {}
        }
        assert!(
            r.held_octets() <= limits.max_total_octets,
            "{} octets held, limit {}",
            r.held_octets(),
            limits.max_total_octets
        );
        assert!(r.len() <= limits.max_messages);
        assert!(r.remembered() <= limits.max_messages);
        assert_eq!(r.is_empty(), r.len() == 0);
        if r.is_empty() {
            assert_eq!(r.held_octets(), 0);
        }
    }
    r.expire(u64::MAX);
    assert_eq!((r.len(), r.held_octets()), (0, 0));
});
