//! The encode side of long messages (`smsip_tpdu::split`): segment counts at every capacity
//! boundary (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8, alphabet.md §4.1/§5.2/§7), ESC and surrogate
//! pairs never cut, the UDH IEs of each segment, national table choice, `<CR>` padding
//! (TS 23.038 §6.1.2.3.1), and property tests through decoding and `reassembly::Reassembler`.
#![cfg(feature = "alloc")]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use smsip_tpdu::alphabet::select::{choose_with, Encoding, Languages};
use smsip_tpdu::reassembly::{ConcatInfo, Outcome, Reassembler};
use smsip_tpdu::split::{
    decode_cr_padded, pack_text_with_cr_padding, pack_with_cr_padding, strip_cr_padding,
    AlphabetMode, Reference, ReferenceCounter, SegmentBuf, MAX_TPDU_OCTETS,
};
use smsip_tpdu::udh::{IeValue, Iei};
use smsip_tpdu::{
    Address, Alphabet, Dcs, Deliver, DeliverBuilder, Direction, EncodeError, MessageClass,
    SplitMessage, Submit, SubmitBuilder, Timestamp, Tpdu, ValidityPeriod,
};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::sync::{RwLock, RwLockReadGuard};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The allocation-count test takes this for writing; every other test for reading, so that
/// nothing else allocates while it counts.
static ALLOC_LOCK: RwLock<()> = RwLock::new(());

fn shared() -> RwLockReadGuard<'static, ()> {
    ALLOC_LOCK.read().unwrap_or_else(|e| e.into_inner())
}

fn to() -> Address {
    Address::international("+447700900123").unwrap()
}

fn scts() -> Timestamp {
    Timestamp::new(25, 3, 1, 9, 30, 0, 4).unwrap()
}

/// Every check a built message must pass, for SMS-SUBMIT: each segment decodes with
/// `Submit::decode` to its own view, has at most 140 octets of TP-UD, and carries the
/// concatenation IE (seq 1..=n, same reference and total) when there are several; the texts
/// joined give `text`. Returns the segment count.
fn check_submit(msg: &SplitMessage, text: &str) -> usize {
    let n = msg.len();
    assert!((1..=255).contains(&n));
    assert_eq!(msg.choice().segments, n);
    let mut back = String::new();
    for (i, seg) in msg.iter().enumerate() {
        assert!(seg.as_bytes().len() <= MAX_TPDU_OCTETS);
        let s = Submit::decode(seg.as_bytes()).unwrap_or_else(|e| panic!("segment {i}: {e}"));
        assert_eq!(Some(s), seg.submit());
        assert_eq!(seg.deliver(), None);
        assert!(
            s.ud.data.len() <= 140,
            "segment {i}: {} octets",
            s.ud.data.len()
        );
        check_concat(msg, seg, i);
        s.text_into(&mut back);
    }
    if msg.segments()[0].dcs().alphabet() != Alphabet::EightBit {
        assert_eq!(back, text);
    }
    n
}

/// As [`check_submit`] for SMS-DELIVER.
fn check_deliver(msg: &SplitMessage, text: &str) -> usize {
    let n = msg.len();
    let mut back = String::new();
    for (i, seg) in msg.iter().enumerate() {
        let d = Deliver::decode(seg.as_bytes()).unwrap_or_else(|e| panic!("segment {i}: {e}"));
        assert_eq!(Some(d), seg.deliver());
        assert!(d.ud.data.len() <= 140);
        assert_eq!(
            d.more_messages_waiting(),
            i + 1 < n,
            "TP-MMS of segment {i}"
        );
        check_concat(msg, seg, i);
        d.text_into(&mut back);
    }
    assert_eq!(back, text);
    n
}

fn check_concat(msg: &SplitMessage, seg: &SegmentBuf, i: usize) {
    let n = msg.len();
    match (seg.concat(), msg.reference()) {
        (None, None) => assert_eq!(n, 1),
        (Some(c), Some(r)) => {
            assert!(n > 1);
            assert_eq!((c.reference, c.wide), (r.value(), r.is_16bit()));
            assert_eq!((usize::from(c.total), usize::from(c.seq)), (n, i + 1));
        }
        other => panic!("concat IE {other:?} with {n} segments"),
    }
}

fn submit(text: &str, r: Reference) -> SplitMessage {
    SubmitBuilder::new(to())
        .text(text)
        .reference(r)
        .build()
        .unwrap()
}

fn submit_langs(text: &str, r: Reference, l: Languages) -> SplitMessage {
    SubmitBuilder::new(to())
        .text(text)
        .languages(l)
        .reference(r)
        .build()
        .unwrap()
}

const R8: Reference = Reference::Ref8(0xA5);
const R16: Reference = Reference::Ref16(0xBEEF);

/// (length, expected segments) at each boundary of a per-segment capacity: `single` alone,
/// `per` with concatenation.
fn boundaries(single: usize, per: usize) -> Vec<(usize, usize)> {
    vec![
        (0, 1),
        (1, 1),
        (single - 1, 1),
        (single, 1),
        (single + 1, 2),
        (2 * per - 1, 2),
        (2 * per, 2),
        (2 * per + 1, 3),
        (3 * per, 3),
        (3 * per + 1, 4),
        (10 * per, 10),
        (10 * per + 1, 11),
    ]
}

#[test]
fn gsm7_segment_counts_8bit_reference() {
    let _g = shared();
    // 160 alone, 153 per segment (6-octet UDH + 1 fill bit).
    for (len, want) in boundaries(160, 153) {
        let text = "x".repeat(len);
        let msg = submit(&text, R8);
        assert_eq!(check_submit(&msg, &text), want, "{len} chars");
        assert_eq!(
            msg.encoding(),
            Encoding::Gsm7 {
                locking: 0,
                single: 0
            }
        );
    }
    // The well-known figures by name.
    for (len, want) in [
        (159, 1),
        (160, 1),
        (161, 2),
        (306, 2),
        (307, 3),
        (459, 3),
        (460, 4),
    ] {
        assert_eq!(submit(&"a".repeat(len), R8).len(), want, "{len}");
    }
}

#[test]
fn gsm7_segment_counts_16bit_reference() {
    let _g = shared();
    // 152 per segment: 7-octet UDH, no fill bits.
    for (len, want) in boundaries(160, 152) {
        let text = "y".repeat(len);
        let msg = submit(&text, R16);
        assert_eq!(check_submit(&msg, &text), want, "{len} chars");
    }
    for (len, want) in [(161, 2), (304, 2), (305, 3), (456, 3), (457, 4)] {
        assert_eq!(submit(&"a".repeat(len), R16).len(), want, "{len}");
    }
    let msg = submit(&"a".repeat(200), R16);
    let s = msg.segments()[0].submit().unwrap();
    assert_eq!(s.ud.udl, 160);
    assert_eq!(&s.ud.data[..7], &[0x06, 0x08, 0x04, 0xBE, 0xEF, 0x02, 0x01]);
}

#[test]
fn gsm7_segment_counts_with_nli_ies() {
    let _g = shared();
    // 'ı' costs 1 septet in the Turkish locking table (A.3.1), 2 in its single shift table:
    // locking shift (IE 0x25) it is. 155 alone (4-octet UDH), 149 with an 8-bit reference
    // (9 octets = 11 septets), 148 with a 16-bit one (10 octets = 12 septets).
    let tr = Languages::TURKISH;
    let unit = "ı";
    for (len, want) in boundaries(155, 149) {
        let text = unit.repeat(len);
        let msg = submit_langs(&text, R8, tr);
        let got = check_submit(&msg, &text);
        if len > 0 {
            assert_eq!(
                msg.encoding(),
                Encoding::Gsm7 {
                    locking: 1,
                    single: 0
                }
            );
            let h = msg.segments()[0].submit().unwrap().ud.header().unwrap();
            assert_eq!(h.national_locking_shift(), Some(1));
            assert_eq!(h.national_single_shift(), None);
        }
        assert_eq!(got, want, "{len} chars");
    }
    for (len, want) in boundaries(155, 148) {
        let text = unit.repeat(len);
        assert_eq!(
            check_submit(&submit_langs(&text, R16, tr), &text),
            want,
            "{len}"
        );
    }

    // Both shift IEs: 'ª' is Portuguese locking only, 'Φ' Portuguese single shift only
    // ("ªΦ" costs 3 septets). 152 alone (7-octet UDH), 146 per segment with an 8-bit
    // reference (12 octets = 14 septets), 145 with a 16-bit one (13 octets = 15 septets).
    let pt = Languages::PORTUGUESE;
    for (reference, per) in [(R8, 146), (R16, 145)] {
        for (septets, want) in [
            (150, 1),
            (152, 1),
            (153, 2),
            (2 * per - 1, 2),
            (2 * per + 1, 3),
        ] {
            // septets = 1 + 2k (one 'ª', then k 'Φ') or 2 + 2k ('ª' 'ª' then k 'Φ').
            let text = if septets % 2 == 1 {
                format!("ª{}", "Φ".repeat((septets - 1) / 2))
            } else {
                format!("ªª{}", "Φ".repeat((septets - 2) / 2))
            };
            let msg = submit_langs(&text, reference, pt);
            assert_eq!(
                msg.encoding(),
                Encoding::Gsm7 {
                    locking: 3,
                    single: 3
                }
            );
            assert_eq!(msg.choice().units, septets);
            assert_eq!(
                check_submit(&msg, &text),
                want,
                "{septets} septets {reference:?}"
            );
        }
    }
}

#[test]
fn ucs2_segment_counts() {
    let _g = shared();
    // 70 alone, 67 with an 8-bit reference (6-octet UDH), 66 with a 16-bit one.
    for (reference, per) in [(R8, 67), (R16, 66)] {
        for (len, want) in boundaries(70, per) {
            let text = "Ж".repeat(len);
            let msg = submit(&text, reference);
            assert_eq!(check_submit(&msg, &text), want, "{len} {reference:?}");
            if len > 0 {
                assert_eq!(msg.forced_by(), Some((0, 'Ж')));
                assert_eq!(msg.segments()[0].dcs(), Dcs::UCS2);
            }
        }
    }
    for (len, want) in [(69, 1), (70, 1), (71, 2), (134, 2), (135, 3)] {
        assert_eq!(submit(&"Ж".repeat(len), R8).len(), want, "{len}");
    }
    for (len, want) in [(132, 2), (133, 3)] {
        assert_eq!(submit(&"Ж".repeat(len), R16).len(), want, "{len}");
    }
    // Forced UCS2 on a text the default alphabet has.
    let msg = SubmitBuilder::new(to())
        .text("plain")
        .alphabet(AlphabetMode::Ucs2)
        .build()
        .unwrap();
    assert_eq!(msg.encoding(), Encoding::Ucs2 { forced_by: None });
    assert_eq!(msg.segments()[0].submit().unwrap().ud.udl, 10);
}

#[test]
fn eight_bit_segment_counts() {
    let _g = shared();
    // 140 alone, 134 with an 8-bit reference, 133 with a 16-bit one.
    for (reference, per) in [(R8, 134), (R16, 133)] {
        for (len, want) in boundaries(140, per) {
            let data: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let msg = SubmitBuilder::new(to())
                .bytes(&data)
                .reference(reference)
                .build()
                .unwrap();
            assert_eq!(check_submit(&msg, ""), want, "{len} {reference:?}");
            assert_eq!(msg.encoding(), Encoding::EightBit);
            let mut joined = Vec::new();
            for seg in &msg {
                assert_eq!(seg.dcs(), Dcs::EIGHT_BIT);
                let ud = seg.user_data();
                joined.extend_from_slice(ud.sm(seg.dcs()).bytes);
            }
            assert_eq!(joined, data);
        }
    }
    // A text sent as 8-bit data: its UTF-8 octets.
    let msg = SubmitBuilder::new(to())
        .text("é")
        .alphabet(AlphabetMode::EightBit)
        .build()
        .unwrap();
    let s = msg.segments()[0].submit().unwrap();
    assert_eq!((s.dcs, s.ud.data), (Dcs::EIGHT_BIT, &[0xC3, 0xA9][..]));
}

#[test]
fn esc_pairs_are_never_cut() {
    let _g = shared();
    // '€' is ESC 0x65: 2 septets. Put a pair exactly across each boundary.
    for (reference, single, per) in [(R8, 160, 153), (R16, 160, 152)] {
        // 159 septets + '€' = 161: does not fit alone; 2 segments.
        let text = format!("{}€", "x".repeat(single - 1));
        let msg = submit(&text, reference);
        assert_eq!(check_submit(&msg, &text), 2);
        // per - 1 septets then '€': the pair would straddle, so segment 1 holds per - 1.
        let text = format!("{}€{}", "x".repeat(per - 1), "y".repeat(50));
        let msg = submit(&text, reference);
        check_submit(&msg, &text);
        let first: String = msg.segments()[0].text().collect();
        assert_eq!(first, "x".repeat(per - 1));
        assert_eq!(msg.segments()[0].submit().unwrap().ud.udl as usize, 160 - 1);
        let second: String = msg.segments()[1].text().collect();
        assert!(second.starts_with('€'));
        // All pairs: 2 x per septets do not fill 2 segments when per is odd.
        let text = "€".repeat(per);
        let want = if per % 2 == 1 { 3 } else { 2 };
        assert_eq!(check_submit(&submit(&text, reference), &text), want);
    }
    // Exactly 160 septets with pairs fit alone; 161 do not.
    let text = format!("{}{}", "x".repeat(158), "€");
    assert_eq!(check_submit(&submit(&text, R8), &text), 1);
    // No segment ends on ESC.
    let text = "a€".repeat(300);
    let msg = submit(&text, R8);
    check_submit(&msg, &text);
    for seg in &msg {
        assert!(
            !seg.text().any(|c| c == ' '),
            "a lone ESC decodes as a space"
        );
    }
}

#[test]
fn surrogate_pairs_are_never_cut() {
    let _g = shared();
    // 😀 is 2 UTF-16 units. 66 units then 😀: 68 > 67, so it moves to segment 2.
    for (reference, per) in [(R8, 67), (R16, 66)] {
        let text = format!("{}😀{}", "Ж".repeat(per - 1), "Ж".repeat(10));
        let msg = submit(&text, reference);
        check_submit(&msg, &text);
        assert_eq!(msg.segments()[0].text().count(), per - 1);
        assert_eq!(msg.segments()[1].text().next(), Some('😀'));
        // 69 units then 😀: 71 units do not fit alone.
        let text = format!("{}😀", "Ж".repeat(69));
        assert_eq!(check_submit(&submit(&text, reference), &text), 2);
        // 68 units then 😀 = 70: fits alone.
        let text = format!("{}😀", "Ж".repeat(68));
        assert_eq!(check_submit(&submit(&text, reference), &text), 1);
        // Only pairs: per is odd for R8 (33 pairs per segment), even for R16.
        let text = "😀".repeat(per);
        let want = if per % 2 == 1 { 3 } else { 2 };
        assert_eq!(check_submit(&submit(&text, reference), &text), want);
    }
    let msg = submit(&"😀".repeat(35), R8);
    assert_eq!(msg.len(), 1);
    assert_eq!(msg.forced_by(), Some((0, '😀')));
}

#[test]
fn ports_and_nli_share_the_udh() {
    let _g = shared();
    // 16-bit ports (IE 0x05, 6 octets) + 8-bit reference: UDH 12 octets = 14 septets, 146
    // per segment; alone: UDH 7 octets = 8 septets, 152.
    let build = |text: &str, r| {
        SubmitBuilder::new(to())
            .text(text)
            .reference(r)
            .ports(2948, 9200)
            .build()
            .unwrap()
    };
    for (len, want) in [(152, 1), (153, 2), (292, 2), (293, 3)] {
        let text = "p".repeat(len);
        let msg = build(&text, R8);
        assert_eq!(check_submit(&msg, &text), want, "{len}");
        let h = msg.segments()[0].submit().unwrap().ud.header().unwrap();
        let p = h.ports().unwrap();
        assert_eq!((p.destination, p.originator, p.wide), (2948, 9200, true));
    }
    // Every segment has the ports; order: concat, ports.
    let msg = build(&"p".repeat(400), R8);
    for seg in &msg {
        let h = seg.submit().unwrap().ud.header().unwrap();
        let ieis: Vec<Iei> = h.ies().map(|ie| ie.unwrap().iei).collect();
        assert_eq!(ieis, [Iei::CONCAT_8, Iei::PORTS_16]);
    }
    // 8-bit ports (IE 0x04, 4 octets) with a 16-bit reference and both shift IEs:
    // UDH 1 + 6 + 4 + 3 + 3 = 17 octets = 20 septets: 140 per segment.
    let text = format!("ª{}", "Φ".repeat(100)); // 201 septets
    let msg = SubmitBuilder::new(to())
        .text(&text)
        .languages(Languages::PORTUGUESE)
        .reference(R16)
        .ports_8bit(245, 250)
        .build()
        .unwrap();
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 3,
            single: 3
        }
    );
    assert_eq!(msg.choice().udh_octets, 17);
    assert_eq!(check_submit(&msg, &text), 2);
    let h = msg.segments()[1].submit().unwrap().ud.header().unwrap();
    let ies: Vec<_> = h.ies().map(|ie| ie.unwrap().value().unwrap()).collect();
    assert_eq!(ies.len(), 4);
    assert!(matches!(ies[1], IeValue::Ports(p) if !p.wide && p.destination == 245));
    assert_eq!(ies[2], IeValue::NationalSingleShift(3));
    assert_eq!(ies[3], IeValue::NationalLockingShift(3));
    // UCS2 with ports: 16-bit ref + 16-bit ports = 13-octet UDH (odd): 63 units.
    let text = "Ж".repeat(127);
    let msg = SubmitBuilder::new(to())
        .text(&text)
        .reference(R16)
        .ports(1, 2)
        .build()
        .unwrap();
    assert_eq!(check_submit(&msg, &text), 3);
    assert_eq!(msg.segments()[0].submit().unwrap().ud.udl, 13 + 126);
}

#[test]
fn ports_can_change_the_cheapest_table_pair() {
    let _g = shared();
    // Whatever the choice, it must be the cheapest pair under the real UDH, and decode.
    let texts = ["Çalışıyorum ışık ", "Ação ªΦ ", "ç ñ á "];
    for base in texts {
        for n in [1, 5, 9, 12, 20] {
            let text = base.repeat(n);
            let msg = SubmitBuilder::new(to())
                .text(&text)
                .languages(Languages::ALL)
                .reference(R8)
                .ports(5000, 5000)
                .build()
                .unwrap();
            check_submit(&msg, &text);
            let without = choose_with(&text, Languages::ALL, false);
            assert!(msg.len() >= without.segments);
        }
    }
}

#[test]
fn national_language_texts_pick_expected_tables() {
    let _g = shared();
    // Turkish: ş ğ ı İ are in the Turkish locking table (A.3.1).
    let text = "Şişli'de ağır bir İstanbul günü; ılık rüzgâr yok.";
    let text = text.replace('â', "a"); // 'â' is in no Turkish table
    let msg = submit_langs(&text, R8, Languages::TURKISH | Languages::PORTUGUESE);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 1,
            single: 0
        }
    );
    check_submit(&msg, &text);
    // Turkish not allowed: UCS2, forced by 'Ş' at char 0.
    let msg = submit_langs(&text, R8, Languages::SPANISH);
    assert_eq!(msg.forced_by(), Some((0, 'Ş')));
    check_submit(&msg, &text);
    // A few Turkish letters in mostly default text: single shift is enough.
    let text = "Crème brûlée? Non, şimdi değil.";
    let text = text.replace('û', "u");
    let msg = submit_langs(&text, R8, Languages::TURKISH);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 0,
            single: 1
        }
    );
    check_submit(&msg, &text);

    // Portuguese: ã õ ç ê are in the Portuguese locking table (A.3.3).
    let text = "Não é possível: a inscrição está fechada. Até amanhã, João!";
    let msg = submit_langs(text, R8, Languages::PORTUGUESE | Languages::SPANISH);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 3,
            single: 0
        }
    );
    check_submit(&msg, text);
    let msg = submit_langs(text, R8, Languages::NONE);
    assert!(matches!(
        msg.encoding(),
        Encoding::Ucs2 {
            forced_by: Some((1, 'ã'))
        }
    ));

    // Spanish: single shift only (there is no Spanish locking table); 'ç' is in A.2.2.
    let msg = submit_langs("Açaí", R8, Languages::SPANISH);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 0,
            single: 2
        }
    );

    // Hindi: Devanagari is in the Hindi locking table (A.3.6); the danda '।' only in the
    // Hindi single shift table (A.2.6), so a sentence with it needs both IEs.
    let text = "मैं आज शाम को घर पर रहूँगा। कल मिलते हैं।";
    let msg = submit_langs(text, R8, Languages::HINDI | Languages::BENGALI);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 6,
            single: 6
        }
    );
    check_submit(&msg, text);
    let h = msg.segments()[0].submit().unwrap().ud.header().unwrap();
    assert_eq!(h.national_locking_shift(), Some(6));
    assert_eq!(h.national_single_shift(), Some(6));
    // Without the danda: the locking shift alone; a long text has 149 septets per segment
    // (8-bit reference + IE 0x25: 9 octets = 11 septets), each segment with IE 0x25.
    let plain = "मैं आज शाम को घर पर रहूँगा, कल मिलते हैं ";
    let long = plain.repeat(8);
    let msg = submit_langs(&long, R8, Languages::HINDI);
    assert_eq!(
        msg.encoding(),
        Encoding::Gsm7 {
            locking: 6,
            single: 0
        }
    );
    let septets = msg.choice().units;
    assert_eq!(septets, long.chars().count());
    assert_eq!(check_submit(&msg, &long), septets.div_ceil(149));
    for seg in &msg {
        let h = seg.submit().unwrap().ud.header().unwrap();
        assert_eq!(h.national_locking_shift(), Some(6));
        assert_eq!(h.national_single_shift(), None);
    }
    // The sentence with dandas, long: both IEs (146 per segment), never cut in a pair.
    let long = text.repeat(8);
    let msg = submit_langs(&long, R8, Languages::HINDI);
    assert_eq!(msg.choice().udh_octets, 12);
    assert_eq!(
        check_submit(&msg, &long),
        choose_with(&long, Languages::HINDI, false).segments
    );
    // Without Hindi: UCS2.
    let msg = submit_langs(text, R8, Languages::TURKISH);
    assert_eq!(msg.forced_by(), Some((0, 'म')));
}

#[test]
fn gsm7_mode_errors_when_no_table_fits() {
    let _g = shared();
    let b = SubmitBuilder::new(to())
        .text("şimdi")
        .alphabet(AlphabetMode::Gsm7);
    assert!(matches!(
        b.choice(),
        Err(EncodeError::Invalid { field: "TP-UD", .. })
    ));
    assert!(b.build().is_err());
    let msg = SubmitBuilder::new(to())
        .text("şimdi")
        .languages(Languages::TURKISH)
        .alphabet(AlphabetMode::Gsm7)
        .build()
        .unwrap();
    assert!(matches!(msg.encoding(), Encoding::Gsm7 { .. }));
    // Data cannot be sent as text.
    for mode in [AlphabetMode::Gsm7, AlphabetMode::Ucs2] {
        let r = SubmitBuilder::new(to())
            .bytes(b"\x01")
            .alphabet(mode)
            .build();
        assert!(matches!(
            r,
            Err(EncodeError::Invalid {
                field: "TP-DCS",
                ..
            })
        ));
    }
}

#[test]
fn several_segments_need_a_reference() {
    let _g = shared();
    let text = "z".repeat(161);
    let r = SubmitBuilder::new(to()).text(&text).build();
    assert!(matches!(
        r,
        Err(EncodeError::Invalid {
            field: "concatenation reference",
            ..
        })
    ));
    assert_eq!(
        SubmitBuilder::new(to())
            .text(&text[..160])
            .build()
            .unwrap()
            .reference(),
        None
    );
}

#[test]
fn more_than_255_segments_is_an_error() {
    let _g = shared();
    let ok = "q".repeat(255 * 153);
    assert_eq!(submit(&ok, R8).len(), 255);
    let too_long = "q".repeat(255 * 153 + 1);
    let r = SubmitBuilder::new(to())
        .text(&too_long)
        .reference(R8)
        .build();
    assert!(matches!(
        r,
        Err(EncodeError::Invalid { field: "TP-UD", .. })
    ));
    let r = SubmitBuilder::new(to())
        .text(&too_long)
        .reference(R8)
        .choice();
    assert!(r.is_err());
}

#[test]
fn reference_counter_advances_only_for_split_messages() {
    let _g = shared();
    let mut c = ReferenceCounter::ref8(254);
    let one = SubmitBuilder::new(to())
        .text("short")
        .reference_counter(&mut c)
        .build()
        .unwrap();
    assert_eq!((one.reference(), c.peek()), (None, Reference::Ref8(254)));
    let long = "L".repeat(200);
    for want in [254u16, 255, 0] {
        let msg = SubmitBuilder::new(to())
            .text(&long)
            .reference_counter(&mut c)
            .build()
            .unwrap();
        assert_eq!(msg.reference(), Some(Reference::Ref8(want as u8)));
        for seg in &msg {
            assert_eq!(seg.concat().unwrap().reference, want);
        }
    }
    // A failed build does not take a reference.
    let too_long = "q".repeat(255 * 153 + 1);
    assert!(SubmitBuilder::new(to())
        .text(&too_long)
        .reference_counter(&mut c)
        .build()
        .is_err());
    assert_eq!(c.peek(), Reference::Ref8(1));
    // 16-bit: the counter's width sets the capacity.
    let mut c = ReferenceCounter::ref16(u16::MAX);
    let msg = SubmitBuilder::new(to())
        .text(&"a".repeat(305))
        .reference_counter(&mut c)
        .build()
        .unwrap();
    assert_eq!(msg.len(), 3); // 152 per segment
    assert_eq!(msg.reference(), Some(Reference::Ref16(u16::MAX)));
    assert_eq!(c.next_reference(), Reference::Ref16(0));
}

#[test]
fn submit_header_fields() {
    let _g = shared();
    let vp = ValidityPeriod::Absolute(scts());
    let msg = SubmitBuilder::new(to())
        .text(&"m".repeat(400))
        .reference(R8)
        .mr_start(254)
        .srr(true)
        .rd(true)
        .reply_path(true)
        .vp(vp)
        .pid(smsip_tpdu::Pid(0x39))
        .class(MessageClass::Class0)
        .build()
        .unwrap();
    let mrs: Vec<u8> = msg.iter().map(|s| s.submit().unwrap().mr).collect();
    assert_eq!(mrs, [254, 255, 0]);
    for seg in &msg {
        let s = seg.submit().unwrap();
        assert!(s.srr && s.rd && s.reply_path);
        assert_eq!((s.vp, s.pid.0, s.dcs), (vp, 0x39, Dcs(0x10)));
        assert_eq!(s.da, to());
        assert_eq!(
            Tpdu::decode(seg.as_bytes(), Direction::MsToSc).unwrap(),
            seg.tpdu()
        );
    }
    check_submit(&msg, &"m".repeat(400));
    // Class with UCS2: DCS 0x18.
    let msg = SubmitBuilder::new(to())
        .text("Ж")
        .class(MessageClass::Class2)
        .build()
        .unwrap();
    assert_eq!(msg.segments()[0].dcs(), Dcs(0x1A));
}

#[test]
fn deliver_segments() {
    let _g = shared();
    let from = Address::alphanumeric("Bank").unwrap();
    let text = "Ваш код: 4711. Никому его не сообщайте. ".repeat(3);
    let msg = DeliverBuilder::new(from, scts())
        .text(&text)
        .reference(R16)
        .sri(true)
        .lp(true)
        .reply_path(true)
        .build()
        .unwrap();
    assert_eq!(check_deliver(&msg, &text), 2);
    for seg in &msg {
        let d = seg.deliver().unwrap();
        assert!(d.sri && d.lp && d.reply_path);
        assert_eq!((d.oa, d.scts), (from, scts()));
        assert_eq!(seg.submit(), None);
        assert_eq!(
            Tpdu::decode(seg.as_bytes(), Direction::ScToMs).unwrap(),
            seg.tpdu()
        );
    }
    // more_messages: the last segment says more are waiting too.
    let msg = DeliverBuilder::new(from, scts())
        .text("one")
        .more_messages(true)
        .build()
        .unwrap();
    assert!(msg.segments()[0].deliver().unwrap().more_messages_waiting());
    // Turkish SMS-DELIVER with a single shift IE (the shape of tpdu.md §13.10, as DELIVER).
    let msg = DeliverBuilder::new(from, scts())
        .text("Crème, şimdi")
        .languages(Languages::TURKISH)
        .build()
        .unwrap();
    let d = msg.segments()[0].deliver().unwrap();
    assert_eq!(d.ud.header().unwrap().as_bytes(), [0x24, 0x01, 0x01]);
    assert_eq!(d.ud.udl, 5 + 13);
    assert_eq!(check_deliver(&msg, "Crème, şimdi"), 1);
}

#[test]
fn known_octets() {
    let _g = shared();
    // tpdu.md §13.2: SMS-SUBMIT, 8-bit reference 0xA5, part 1 of 2, "Hello world" is the
    // first part of a 2-part message. Build "Hello world" + 153 more chars and compare
    // segment 2 structure; segment 1 of "Hello world" alone is compared via UserDataBuf.
    let tail = "x".repeat(153);
    let text = format!("{tail}Hello world");
    let msg = SubmitBuilder::new(to())
        .text(&text)
        .reference(R8)
        .mr_start(0)
        .build()
        .unwrap();
    let seg2 = msg.segments()[1].submit().unwrap();
    assert_eq!(seg2.ud.udl, 0x12);
    assert_eq!(
        seg2.ud.data,
        [
            0x05, 0x00, 0x03, 0xA5, 0x02, 0x02, 0x90, 0x65, 0x36, 0xFB, 0x0D, 0xBA, 0xBF, 0xE5,
            0x6C, 0x32
        ]
    );
    assert_eq!(
        &msg.segments()[1].as_bytes()[..12],
        [0x41, 0x01, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00]
    );
}

#[test]
fn empty_text_is_one_empty_segment() {
    let _g = shared();
    let msg = SubmitBuilder::new(to()).build().unwrap();
    assert_eq!(msg.len(), 1);
    let s = msg.segments()[0].submit().unwrap();
    assert_eq!((s.ud.udhi, s.ud.udl, s.ud.data), (false, 0, &[][..]));
    // With ports only: the UDH alone.
    let msg = SubmitBuilder::new(to()).ports(1, 2).build().unwrap();
    let s = msg.segments()[0].submit().unwrap();
    assert_eq!((s.ud.udhi, s.ud.udl), (true, 8)); // 7 octets = 8 septets
}

#[test]
fn split_allocates_once() {
    let _g = ALLOC_LOCK.write().unwrap_or_else(|e| e.into_inner());
    let gsm7 = "Allocation check, plain text. ".repeat(30);
    let turkish = "Yarın görüşürüz, şimdi çıkıyorum. ".repeat(20);
    let ucs2 = "Привет 😀 ".repeat(60);
    let data = vec![0x5A; 700];
    let mut c = ReferenceCounter::ref16(0);
    // A stray allocation of the test harness can only add: take the minimum of a few runs.
    let mut counts = Vec::with_capacity(4 * 5);
    for _ in 0..5 {
        let region = Region::new(GLOBAL);
        let a = SubmitBuilder::new(to())
            .text(&gsm7)
            .reference(R8)
            .build()
            .unwrap();
        let b = DeliverBuilder::new(to(), scts())
            .text(&turkish)
            .languages(Languages::ALL)
            .reference_counter(&mut c)
            .ports(1, 2)
            .build()
            .unwrap();
        let d = SubmitBuilder::new(to())
            .text(&ucs2)
            .reference(R16)
            .build()
            .unwrap();
        let e = SubmitBuilder::new(to())
            .bytes(&data)
            .reference(R8)
            .build()
            .unwrap();
        let stats = region.change();
        counts.push(stats.allocations + stats.reallocations);
        assert!(a.len() > 1 && b.len() > 1 && d.len() > 1 && e.len() > 1);
    }
    assert_eq!(counts.iter().min(), Some(&4), "{counts:?}");
}

#[test]
fn cr_padding_rules() {
    let _g = shared();
    // Rule 1: 8n - 1 characters: the 7 spare bits hold <CR> (alphabet.md §5.3 example).
    let mut out = Vec::new();
    pack_text_with_cr_padding("1234567", &mut out).unwrap();
    assert_eq!(out, [0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x1A]);
    assert_eq!(decode_cr_padded(&out).collect::<String>(), "1234567");
    // Without padding the receiver would see '@'.
    let plain: String = smsip_tpdu::alphabet::Gsm7Chars::default_tables(
        smsip_tpdu::alphabet::septets::Septets::new(
            &[0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x00],
            0,
            8,
        ),
    )
    .collect();
    assert_eq!(plain, "1234567@");
    // Rule 2: a wanted final <CR> on an octet boundary is doubled (+ a 0 bit): 9 septets in 8
    // octets, which the receiver does not strip (not on a boundary), showing <CR><CR>.
    let text = "1234567\r";
    out.clear();
    assert_eq!(pack_text_with_cr_padding(text, &mut out).unwrap(), 8);
    let back: String = decode_cr_padded(&out).collect();
    assert_eq!(back, "1234567\r\r");
    // No padding needed: 1..=6 spare bits.
    for n in [1usize, 2, 3, 5, 6, 8, 9, 14, 16] {
        let t = "a".repeat(n);
        out.clear();
        let k = pack_text_with_cr_padding(&t, &mut out).unwrap();
        let padded = n % 8 == 7;
        assert_eq!(k, (7 * (n + usize::from(padded))).div_ceil(8), "{n}");
        assert_eq!(decode_cr_padded(&out).collect::<String>(), t, "{n}");
    }
    // Every length round-trips, with and without trailing <CR>s.
    for n in 0..40 {
        for cr in 0..3 {
            let t = format!("{}{}", "b".repeat(n), "\r".repeat(cr));
            let septets: Vec<u8> = t
                .bytes()
                .map(|b| if b == b'\r' { 0x0D } else { 0x62 })
                .collect();
            out.clear();
            pack_with_cr_padding(&septets, &mut out);
            let back: Vec<u8> = strip_cr_padding(&out).collect();
            // A doubled wanted <CR> comes back as <CR><CR> (the same as <CR>, §6.1.2.3.1).
            let doubled = septets.len().is_multiple_of(8) && septets.last() == Some(&0x0D);
            let mut want = septets.clone();
            if doubled {
                want.push(0x0D);
            }
            assert_eq!(back, want, "n {n} cr {cr}");
        }
    }
    // Characters outside the default tables: nothing written.
    out.clear();
    assert!(pack_text_with_cr_padding("aş", &mut out).is_err());
    assert!(out.is_empty());
    assert_eq!(strip_cr_padding(&[]).count(), 0);
}

/// Reassembles a message from its decoded segments through a `Reassembler` (keyed by the
/// originator), decoding each payload's text; single-segment messages skip it.
fn reassemble(msg: &SplitMessage) -> String {
    let mut r = Reassembler::default();
    let mut done = None;
    for (i, seg) in msg.iter().enumerate().rev() {
        let t = Tpdu::decode(seg.as_bytes(), Direction::MsToSc).unwrap();
        let Tpdu::Submit(s) = t else { panic!() };
        let text: String = s.text().collect();
        match s.ud.header().and_then(|h| h.concat()) {
            None => {
                assert_eq!(msg.len(), 1);
                return text;
            }
            Some(c) => {
                // Payload: the decoded text of the part, as UTF-8.
                let o = r.feed(
                    s.da.to_string(),
                    ConcatInfo::from(c),
                    text.as_bytes(),
                    i as u64,
                );
                if let Outcome::Completed(m) = o {
                    done = Some(m);
                } else {
                    assert!(matches!(o, Outcome::Accepted { .. }), "{o:?}");
                }
            }
        }
    }
    let m = done.expect("completed");
    assert_eq!(m.parts.len(), msg.len());
    String::from_utf8(m.concatenated()).unwrap()
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        // Arbitrary Unicode.
        any::<String>(),
        ".{0,400}",
        // Default alphabet with ESC characters, near the boundaries.
        "[a-zA-Z0-9 @£$¥èéùìòÇØøÅå€\\[\\]{}|~^\\\\]{140,480}",
        // Turkish / Portuguese / Hindi letters mixed with Latin.
        "[a-z şğıİçöüŞĞÇÖÜãõáêªΦ]{100,500}",
        "[मैंआजशामकोघरपरहूँगा। ]{50,400}",
        // Astral characters (surrogate pairs) and Cyrillic.
        "[Ж😀𝄞a]{60,300}",
    ]
}

fn languages() -> impl Strategy<Value = Languages> {
    prop_oneof![
        Just(Languages::NONE),
        Just(Languages::ALL),
        Just(Languages::TURKISH | Languages::PORTUGUESE),
        Just(Languages::HINDI),
        (0u16..0x3FFF).prop_map(|m| {
            (1..=13u8)
                .filter(|n| m & (1 << n) != 0)
                .filter_map(Languages::from_nli)
                .fold(Languages::NONE, |a, b| a | b)
        }),
    ]
}

#[test]
fn proptest_split_then_reassemble() {
    let _g = shared();
    let mut runner = TestRunner::new(Config::with_cases(384));
    let strategy = (
        any_text(),
        languages(),
        any::<bool>(),
        any::<u16>(),
        prop::option::of((any::<u16>(), any::<u16>(), any::<bool>())),
        prop::sample::select(vec![AlphabetMode::Auto, AlphabetMode::Ucs2]),
    );
    runner
        .run(&strategy, |(text, langs, wide, r, ports, mode)| {
            let reference = if wide {
                Reference::Ref16(r)
            } else {
                Reference::Ref8(r as u8)
            };
            let mut b = SubmitBuilder::new(to())
                .text(&text)
                .languages(langs)
                .alphabet(mode)
                .reference(reference);
            if let Some((d, o, wide_ports)) = ports {
                b = if wide_ports {
                    b.ports(d, o)
                } else {
                    b.ports_8bit(d as u8, o as u8)
                };
            }
            let planned = b.choice();
            let msg = match b.build() {
                Ok(m) => m,
                Err(e) => {
                    // Only over 255 segments.
                    prop_assert!(text.chars().count() > 255 * 60, "{e}");
                    return Ok(());
                }
            };
            prop_assert_eq!(planned.unwrap(), *msg.choice());
            check_submit(&msg, &text);
            for seg in &msg {
                let ud = seg.user_data();
                prop_assert!(ud.data.len() <= 140);
                if let Some(p) = ports {
                    let got = ud.header().unwrap().ports().unwrap();
                    prop_assert_eq!(got.destination & 0xFF, p.0 & 0xFF);
                }
            }
            // Without ports the segment count is the one `choose_with` predicts.
            if ports.is_none() && mode == AlphabetMode::Auto {
                let c = choose_with(&text, langs, wide);
                prop_assert_eq!(c, *msg.choice());
            }
            prop_assert_eq!(reassemble(&msg), text);
            Ok(())
        })
        .unwrap();
}

#[test]
fn proptest_deliver_raw_sm_reassembly() {
    let _g = shared();
    // Reassemble the raw SM octets of 8-bit segments and compare with the data.
    let mut runner = TestRunner::new(Config::with_cases(256));
    let strategy = (prop::collection::vec(any::<u8>(), 0..2000), any::<bool>());
    runner
        .run(&strategy, |(data, wide)| {
            let reference = if wide { R16 } else { R8 };
            let msg = DeliverBuilder::new(to(), scts())
                .bytes(&data)
                .reference(reference)
                .build()
                .unwrap();
            let per = if wide { 133 } else { 134 };
            let want = if data.len() <= 140 {
                1
            } else {
                data.len().div_ceil(per)
            };
            prop_assert_eq!(msg.len(), want);
            let mut r = Reassembler::default();
            let mut out = None;
            for seg in &msg {
                let d = Deliver::decode(seg.as_bytes()).unwrap();
                prop_assert!(d.ud.data.len() <= 140);
                let sm = d.ud.sm(d.dcs).bytes;
                match d.ud.header().and_then(|h| h.concat()) {
                    None => out = Some(sm.to_vec()),
                    Some(c) => {
                        if let Outcome::Completed(m) = r.feed(0u8, c.into(), sm, 0) {
                            out = Some(m.concatenated());
                        }
                    }
                }
            }
            prop_assert_eq!(out, Some(data));
            Ok(())
        })
        .unwrap();
}
