//! Concatenated short message reassembly (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8): every
//! [`Outcome`], the limits, and property tests.
#![cfg(feature = "alloc")]

use proptest::prelude::*;
use smsip_tpdu::reassembly::{ConcatInfo, Conflict, Limit, Limits, Message, Outcome, Reassembler};

fn c8(reference: u16, total: u8, seq: u8) -> ConcatInfo {
    ConcatInfo {
        reference,
        is_16bit: false,
        total,
        seq,
    }
}

fn c16(reference: u16, total: u8, seq: u8) -> ConcatInfo {
    ConcatInfo {
        reference,
        is_16bit: true,
        total,
        seq,
    }
}

fn completed<K: std::fmt::Debug>(o: Outcome<K>) -> Message<K> {
    match o {
        Outcome::Completed(m) => m,
        other => panic!("expected Completed, got {other:?}"),
    }
}

#[test]
fn in_order_and_reverse_order() {
    let mut r = Reassembler::default();
    assert_eq!(
        r.feed(1, c8(9, 3, 1), b"a", 0),
        Outcome::Accepted { missing: 2 }
    );
    assert_eq!(
        r.feed(1, c8(9, 3, 2), b"b", 0),
        Outcome::Accepted { missing: 1 }
    );
    let m = completed(r.feed(1, c8(9, 3, 3), b"c", 0));
    assert_eq!(m.parts, [b"a", b"b", b"c"]);
    assert_eq!((m.key, m.reference, m.is_16bit), (1, 9, false));
    assert!(r.is_empty());
    assert_eq!(r.held_octets(), 0);

    let mut r = Reassembler::default();
    for seq in (2..=255u8).rev() {
        assert_eq!(
            r.feed((), c16(0xBEEF, 255, seq), &[seq], 0),
            Outcome::Accepted { missing: seq - 1 }
        );
    }
    let m = completed(r.feed((), c16(0xBEEF, 255, 1), &[1], 0));
    assert_eq!(m.concatenated(), (1..=255u8).collect::<Vec<_>>());
}

#[test]
fn single_part_message_completes_at_once() {
    let mut r = Reassembler::default();
    let m = completed(r.feed("k", c8(1, 1, 1), b"only", 5));
    assert_eq!(m.parts, [b"only"]);
    assert!(r.is_empty());
    assert_eq!(r.feed("k", c8(1, 1, 1), b"only", 6), Outcome::Duplicate);
    // The same reference with other content is a new message.
    assert!(matches!(
        r.feed("k", c8(1, 1, 1), b"new", 7),
        Outcome::Completed(_)
    ));
}

#[test]
fn duplicates_while_pending_and_after_completion() {
    let mut r = Reassembler::default();
    assert_eq!(
        r.feed(0u8, c8(1, 2, 1), b"x", 0),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(r.feed(0u8, c8(1, 2, 1), b"x", 1), Outcome::Duplicate);
    assert_eq!(r.held_octets(), 1);
    completed(r.feed(0u8, c8(1, 2, 2), b"y", 2));
    assert_eq!(r.feed(0u8, c8(1, 2, 1), b"x", 3), Outcome::Duplicate);
    assert_eq!(r.feed(0u8, c8(1, 2, 2), b"y", 3), Outcome::Duplicate);
    assert!(r.is_empty(), "late copies must not start a new message");
    assert_eq!(r.remembered(), 1);
    // Reference reuse with different content (or total) starts a new message.
    assert_eq!(
        r.feed(0u8, c8(1, 2, 1), b"X", 4),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(r.remembered(), 0);
    assert_eq!(
        r.feed(0u8, c8(2, 2, 1), b"x", 4),
        Outcome::Accepted { missing: 1 }
    );
}

#[test]
fn conflicting_payload_and_total() {
    let mut r = Reassembler::default();
    r.feed('a', c8(7, 3, 2), b"two", 0);
    assert_eq!(
        r.feed('a', c8(7, 3, 2), b"TWO", 0),
        Outcome::Conflicting(Conflict::Payload)
    );
    assert_eq!(
        r.feed('a', c8(7, 4, 1), b"one", 0),
        Outcome::Conflicting(Conflict::Total { held: 3 })
    );
    assert_eq!(r.held_octets(), 3, "conflicting parts are dropped");
    r.feed('a', c8(7, 3, 1), b"one", 0);
    let m = completed(r.feed('a', c8(7, 3, 3), b"three", 0));
    assert_eq!(m.concatenated(), b"onetwothree");
}

#[test]
fn invalid_concat_info() {
    let mut r = Reassembler::<u8>::default();
    assert_eq!(r.feed(0, c8(1, 0, 0), b"", 0), Outcome::Invalid);
    assert_eq!(r.feed(0, c8(1, 2, 0), b"", 0), Outcome::Invalid);
    assert_eq!(r.feed(0, c8(1, 2, 3), b"", 0), Outcome::Invalid);
    assert_eq!(r.feed(0, c8(1, 0, 1), b"", 0), Outcome::Invalid);
    assert!(r.is_empty());
    assert!(!c8(1, 2, 3).is_valid() && c8(1, 2, 2).is_valid());
}

#[test]
fn eight_and_sixteen_bit_references_never_mix() {
    let mut r = Reassembler::default();
    assert_eq!(
        r.feed(1, c8(5, 2, 1), b"8", 0),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(
        r.feed(1, c16(5, 2, 2), b"16", 0),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(r.len(), 2);
    let m = completed(r.feed(1, c16(5, 2, 1), b"16a", 0));
    assert!(m.is_16bit);
    assert_eq!(m.concatenated(), b"16a16");
    let m = completed(r.feed(1, c8(5, 2, 2), b"8b", 0));
    assert!(!m.is_16bit);
    assert_eq!(m.concatenated(), b"88b");
}

#[test]
fn keys_never_mix() {
    let mut r = Reassembler::default();
    r.feed("alice", c8(5, 2, 1), b"A1", 0);
    assert_eq!(
        r.feed("bob", c8(5, 2, 1), b"B1", 0),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(
        r.feed("bob", c8(5, 3, 2), b"B2", 0),
        Outcome::Conflicting(Conflict::Total { held: 2 })
    );
    let m = completed(r.feed("alice", c8(5, 2, 2), b"A2", 0));
    assert_eq!((m.key, m.concatenated()), ("alice", b"A1A2".to_vec()));
    assert_eq!(r.len(), 1);
}

#[test]
fn expiry_and_late_parts() {
    let mut r = Reassembler::new(Limits {
        timeout: 10,
        ..Limits::default()
    });
    r.feed(1, c8(1, 3, 1), b"a", 100);
    r.feed(1, c8(2, 2, 1), b"x", 105);
    r.feed(1, c8(1, 3, 2), b"b", 108); // the timeout counts from the first part
    assert!(r.expire(109).is_empty());
    let gone = r.expire(110);
    assert_eq!(gone.len(), 1);
    assert_eq!(
        (gone[0].key, gone[0].reference, gone[0].is_16bit),
        (1, 1, false)
    );
    assert_eq!((gone[0].received(), gone[0].total()), (2, 3));
    assert_eq!(
        gone[0].parts,
        [Some(b"a".to_vec()), Some(b"b".to_vec()), None]
    );
    assert_eq!((r.len(), r.held_octets()), (1, 1));

    // Late parts of the dropped message: a missing one, or a copy of a held one.
    assert_eq!(r.feed(1, c8(1, 3, 3), b"c", 111), Outcome::Expired);
    assert_eq!(r.feed(1, c8(1, 3, 1), b"a", 111), Outcome::Expired);
    assert_eq!(r.len(), 1);
    // Content or total that differs: a new message with a reused reference.
    assert_eq!(
        r.feed(1, c8(1, 3, 1), b"new", 112),
        Outcome::Accepted { missing: 2 }
    );

    let gone = r.expire(115);
    assert_eq!(gone.len(), 1);
    assert_eq!(gone[0].reference, 2);
    assert_eq!(
        r.feed(1, c8(2, 4, 1), b"x", 116),
        Outcome::Accepted { missing: 3 }
    );

    // Memories fade after another timeout.
    assert_eq!(r.expire(200).len(), 2);
    assert_eq!((r.len(), r.remembered()), (0, 2));
    r.expire(300);
    assert_eq!((r.len(), r.remembered()), (0, 0));
    assert_eq!(
        r.feed(1, c8(1, 3, 3), b"c", 301),
        Outcome::Accepted { missing: 2 }
    );
}

#[test]
fn expire_returns_oldest_first_and_feed_does_not_expire() {
    let mut r = Reassembler::new(Limits {
        timeout: 5,
        ..Limits::default()
    });
    for (i, now) in [(3u16, 2u64), (1, 0), (2, 1)] {
        r.feed((), c8(i, 2, 1), b"p", now);
    }
    // Past the deadline but not expired yet: parts still join their message.
    completed(r.feed((), c8(2, 2, 2), b"q", 50));
    let refs: Vec<u16> = r.expire(50).iter().map(|e| e.reference).collect();
    assert_eq!(refs, [1, 3]);
}

#[test]
fn limit_messages() {
    let mut r = Reassembler::new(Limits {
        max_messages: 2,
        ..Limits::default()
    });
    r.feed(0, c8(1, 2, 1), b"", 0);
    r.feed(0, c8(2, 2, 1), b"", 0);
    assert_eq!(
        r.feed(0, c8(3, 2, 1), b"", 0),
        Outcome::OverLimit(Limit::Messages)
    );
    // Parts of held messages and single-part messages still go through.
    assert_eq!(r.feed(0, c8(1, 2, 1), b"", 0), Outcome::Duplicate);
    assert!(matches!(
        r.feed(0, c8(4, 1, 1), b"", 0),
        Outcome::Completed(_)
    ));
    completed(r.feed(0, c8(1, 2, 2), b"", 0));
    assert_eq!(
        r.feed(0, c8(3, 2, 1), b"", 0),
        Outcome::Accepted { missing: 1 }
    );
    assert!(r.remembered() <= 2);

    let mut r = Reassembler::new(Limits {
        max_messages: 0,
        ..Limits::default()
    });
    assert_eq!(
        r.feed(0, c8(1, 2, 1), b"", 0),
        Outcome::OverLimit(Limit::Messages)
    );
    assert!(matches!(
        r.feed(0, c8(1, 1, 1), b"", 0),
        Outcome::Completed(_)
    ));
    assert_eq!(r.remembered(), 0);
}

#[test]
fn limit_parts() {
    let mut r = Reassembler::new(Limits {
        max_parts_per_message: 4,
        ..Limits::default()
    });
    assert_eq!(
        r.feed(0, c8(1, 5, 1), b"", 0),
        Outcome::OverLimit(Limit::Parts)
    );
    assert_eq!(
        r.feed(0, c8(1, 4, 4), b"", 0),
        Outcome::Accepted { missing: 3 }
    );
}

#[test]
fn limit_octets() {
    let mut r = Reassembler::new(Limits {
        max_total_octets: 10,
        ..Limits::default()
    });
    assert_eq!(
        r.feed(0, c8(1, 3, 1), &[0; 6], 0),
        Outcome::Accepted { missing: 2 }
    );
    assert_eq!(
        r.feed(0, c8(2, 2, 1), &[0; 5], 0),
        Outcome::OverLimit(Limit::Octets)
    );
    assert_eq!(
        r.feed(0, c8(1, 3, 2), &[0; 5], 0),
        Outcome::OverLimit(Limit::Octets)
    );
    assert_eq!(
        r.feed(0, c8(1, 3, 2), &[0; 4], 0),
        Outcome::Accepted { missing: 1 }
    );
    assert_eq!(r.held_octets(), 10);
    // The completing part is not refused: its octets leave at once.
    let m = completed(r.feed(0, c8(1, 3, 3), &[0; 100], 0));
    assert_eq!(m.concatenated().len(), 110);
    assert_eq!(r.held_octets(), 0);
}

#[test]
fn memory_is_bounded_by_max_messages() {
    let mut r = Reassembler::new(Limits {
        max_messages: 3,
        ..Limits::default()
    });
    for reference in 0..100 {
        completed(r.feed(0, c8(reference, 1, 1), b"m", u64::from(reference)));
        assert!(r.remembered() <= 3);
    }
    // The newest memories are kept.
    assert_eq!(r.feed(0, c8(99, 1, 1), b"m", 100), Outcome::Duplicate);
    assert!(matches!(
        r.feed(0, c8(0, 1, 1), b"m", 100),
        Outcome::Completed(_)
    ));
}

#[test]
fn udh_concat_converts() {
    let udh = smsip_tpdu::udh::Concat {
        reference: 0xA5,
        wide: false,
        total: 2,
        seq: 1,
    };
    assert_eq!(ConcatInfo::from(udh), c8(0xA5, 2, 1));
}

proptest! {
    /// Every part at least once, copies anywhere, any order: exactly one completion, in order.
    #[test]
    fn any_order_with_duplicates_completes_once(
        total in 1u8..=20,
        extra in proptest::collection::vec(0u8..20, 0..30),
        wide in any::<bool>(),
        reference in any::<u16>(),
        seed in any::<u64>(),
    ) {
        let reference = if wide { reference } else { reference & 0xFF };
        let mut seqs: Vec<u8> = (1..=total).chain(extra.iter().map(|e| e % total + 1)).collect();
        // Fisher-Yates with a xorshift stream from the seed.
        let mut x = seed | 1;
        for i in (1..seqs.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            seqs.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let mut r = Reassembler::default();
        let mut done = Vec::new();
        for (t, &seq) in seqs.iter().enumerate() {
            let payload = [seq, seq.wrapping_mul(7)];
            let c = ConcatInfo { reference, is_16bit: wide, total, seq };
            match r.feed("k", c, &payload, t as u64) {
                Outcome::Completed(m) => done.push(m),
                Outcome::Accepted { .. } | Outcome::Duplicate => {}
                other => prop_assert!(false, "unexpected {:?}", other),
            }
        }
        prop_assert_eq!(done.len(), 1);
        let m = &done[0];
        prop_assert_eq!(m.parts.len(), usize::from(total));
        for (i, p) in m.parts.iter().enumerate() {
            let seq = i as u8 + 1;
            prop_assert_eq!(p.as_slice(), &[seq, seq.wrapping_mul(7)][..]);
        }
        prop_assert!(r.is_empty());
        prop_assert_eq!(r.held_octets(), 0);
    }

    /// Random hostile feeds never exceed the limits, never mix messages, and complete only
    /// whole messages.
    #[test]
    fn hostile_feeds_stay_within_limits(
        ops in proptest::collection::vec(
            (0u8..3, 0u16..4, any::<bool>(), 0u8..7, 0u8..8, 0usize..40, 0u8..3, 0u64..4),
            1..400,
        ),
        max_messages in 0usize..6,
        max_parts in 1u8..6,
        max_octets in 0usize..120,
    ) {
        let limits = Limits {
            max_messages,
            max_parts_per_message: max_parts,
            max_total_octets: max_octets,
            timeout: 20,
        };
        let mut r = Reassembler::new(limits);
        let mut now = 0u64;
        for (key, reference, wide, total, seq, len, flavour, dt) in ops {
            now += dt;
            if dt == 3 {
                for e in r.expire(now) {
                    prop_assert!(e.received() >= 1 && e.received() < e.total());
                }
            }
            // The payload names its message and part, so a mix-up is visible.
            let mut payload = vec![key, reference as u8, wide as u8, total, seq, flavour];
            payload.resize(6 + len, flavour);
            let c = ConcatInfo { reference, is_16bit: wide, total, seq };
            match r.feed(key, c, &payload, now) {
                Outcome::Completed(m) => {
                    prop_assert_eq!(m.parts.len(), usize::from(total));
                    for (i, p) in m.parts.iter().enumerate() {
                        prop_assert_eq!(&p[..5], &[key, reference as u8, wide as u8, total, i as u8 + 1][..]);
                    }
                    prop_assert_eq!((m.key, m.reference, m.is_16bit), (key, reference, wide));
                }
                Outcome::Invalid => prop_assert!(!c.is_valid()),
                Outcome::OverLimit(Limit::Parts) => prop_assert!(total > max_parts),
                _ => {}
            }
            prop_assert!(r.len() <= max_messages);
            prop_assert!(r.remembered() <= max_messages);
            prop_assert!(r.held_octets() <= max_octets);
        }
        for e in r.expire(u64::MAX) {
            prop_assert!(e.received() < e.total());
        }
        prop_assert_eq!((r.len(), r.held_octets()), (0, 0));
    }
}
