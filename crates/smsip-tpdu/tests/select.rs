//! Encoding choice (TS 23.038 §6.2.1.2, alphabet.md §4.1/§4.4) checked against a brute-force
//! oracle built only from the per-character costs.

use proptest::prelude::*;
use smsip_tpdu::alphabet::select::{
    char_septets, choose, choose_with, gsm7_capacity, shift_ie_octets, text_septets, udh_septets,
    Choice, Encoding, Languages,
};
use smsip_tpdu::alphabet::tables::{locking_table, single_shift_table, DEFAULT_ALPHABET};

/// (segments, TP-UDL total, UDH octets) of `text` with a table pair, or `None`.
fn oracle_cost(text: &str, l: u8, s: u8, wide: bool) -> Option<(usize, usize, usize)> {
    let septets = text_septets(text, l, s)?;
    let ies = shift_ie_octets(l, s);
    let single_udh = if ies == 0 { 0 } else { ies + 1 };
    if septets <= gsm7_capacity(single_udh) {
        return Some((1, septets + udh_septets(single_udh), single_udh));
    }
    let udh = ies + if wide { 6 } else { 5 } + 1;
    let cap = gsm7_capacity(udh);
    let (mut segments, mut fill) = (1, 0);
    for c in text.chars() {
        let n = char_septets(c, l, s)?;
        if fill + n > cap {
            segments += 1;
            fill = 0;
        }
        fill += n;
    }
    Some((segments, septets + segments * udh_septets(udh), udh))
}

fn pairs(allowed: Languages) -> Vec<(u8, u8)> {
    let lockings: Vec<u8> = std::iter::once(0)
        .chain(allowed.iter().filter(|&n| locking_table(n).is_some()))
        .collect();
    let singles: Vec<u8> = std::iter::once(0).chain(allowed.iter()).collect();
    lockings
        .iter()
        .flat_map(|&l| singles.iter().map(move |&s| (l, s)))
        .collect()
}

fn check_against_oracle(text: &str, allowed: Languages, wide: bool) -> Result<(), TestCaseError> {
    let got = choose_with(text, allowed, wide);
    let best = pairs(allowed)
        .into_iter()
        .filter_map(|(l, s)| oracle_cost(text, l, s, wide).map(|c| (c.0, c.1)))
        .min();
    match got.encoding {
        Encoding::Gsm7 { locking, single } => {
            let cost = oracle_cost(text, locking, single, wide);
            prop_assert!(cost.is_some(), "chosen pair cannot encode {:?}", text);
            let (segments, total, udh) = cost.unwrap();
            prop_assert_eq!(
                Some((segments, total)),
                best,
                "not the cheapest for {:?}",
                text
            );
            prop_assert_eq!(
                (got.segments, got.total, got.udh_octets),
                (segments, total, udh)
            );
            prop_assert_eq!(Some(got.units), text_septets(text, locking, single));
            prop_assert!(locking == 0 || allowed.contains(locking));
            prop_assert!(single == 0 || allowed.contains(single));
        }
        Encoding::Ucs2 { forced_by } => {
            prop_assert_eq!(best, None, "GSM 7-bit was possible for {:?}", text);
            let fits_some = |c: char| {
                pairs(allowed)
                    .iter()
                    .any(|&(l, s)| char_septets(c, l, s).is_some())
            };
            match forced_by {
                Some((i, c)) => {
                    prop_assert_eq!(text.chars().nth(i), Some(c));
                    prop_assert!(!fits_some(c));
                    prop_assert!(text.chars().take(i).all(fits_some));
                }
                None => prop_assert!(text.chars().all(fits_some)),
            }
            let units: usize = text.chars().map(char::len_utf16).sum();
            prop_assert_eq!(got.units, units);
        }
        Encoding::EightBit => prop_assert!(false, "8-bit chosen for text"),
    }
    Ok(())
}

/// Characters from every table family (Latin, Turkish, Portuguese, Bengali, Devanagari, Urdu,
/// Tamil, Kannada) ...
const ENCODABLE: &str =
    "aZ 0@èΔ€[{\u{0C}ışĞçãªΦáÓ\u{0985}\u{09E6}\u{0905}\u{0967}\u{0627}\u{06F1}\u{0B85}\u{0C85}";
/// ... and some in no table.
const UNENCODABLE: &str = "\u{1F600}中\u{00A0}";

fn text_from(picks: Vec<usize>, with_unencodable: bool) -> String {
    let pool: Vec<char> = if with_unencodable {
        ENCODABLE.chars().chain(UNENCODABLE.chars()).collect()
    } else {
        ENCODABLE.chars().collect()
    };
    picks.into_iter().map(|i| pool[i % pool.len()]).collect()
}

fn languages(bits: u16) -> Languages {
    (1..=13)
        .filter(|n| bits & (1 << n) != 0)
        .filter_map(Languages::from_nli)
        .fold(Languages::NONE, |a, b| a | b)
}

proptest! {
    #[test]
    fn choice_is_the_cheapest_one(
        picks in proptest::collection::vec(any::<usize>(), 0..400),
        langs in 0u16..0x4000,
        wide in any::<bool>(),
    ) {
        check_against_oracle(&text_from(picks, false), languages(langs), wide)?;
    }

    #[test]
    fn choice_is_the_cheapest_one_for_national_text(
        nli in 1u8..=13,
        picks in proptest::collection::vec(any::<usize>(), 0..400),
        single_weight in 0usize..4,
        langs in 0u16..0x4000,
        wide in any::<bool>(),
    ) {
        // Every character comes from the locking (or, for Spanish, default) and single shift
        // tables of `nli`, so GSM 7-bit is always possible with `nli` allowed; the mix decides
        // which pair is cheapest.
        let locking: Vec<char> =
            locking_table(nli).unwrap_or(&DEFAULT_ALPHABET).iter().flatten().copied().collect();
        let single: Vec<char> = single_shift_table(nli).unwrap().iter().flatten().copied().collect();
        let text: String = picks
            .into_iter()
            .map(|i| {
                if i % 4 < single_weight {
                    single[i / 4 % single.len()]
                } else {
                    locking[i / 4 % locking.len()]
                }
            })
            .collect();
        let allowed = languages(langs) | Languages::from_nli(nli).unwrap();
        let is_gsm7 = matches!(choose(&text, allowed).encoding, Encoding::Gsm7 { .. });
        prop_assert!(is_gsm7);
        check_against_oracle(&text, allowed, wide)?;
    }

    #[test]
    fn choice_with_unencodable_chars(
        picks in proptest::collection::vec(any::<usize>(), 0..30),
        langs in 0u16..0x4000,
        wide in any::<bool>(),
    ) {
        check_against_oracle(&text_from(picks, true), languages(langs), wide)?;
    }

    #[test]
    fn languages_display_roundtrip(bits in 0u16..0x4000) {
        let l = languages(bits);
        prop_assert_eq!(l.to_string().parse::<Languages>(), Ok(l));
    }
}
#[test]
fn every_national_locking_table_is_chosen_for_its_own_text() {
    for nli in 1..=13u8 {
        let Some(table) = locking_table(nli) else {
            assert_eq!(
                nli, 2,
                "only Spanish lacks a locking table (TS 23.038 A.3.2)"
            );
            continue;
        };
        let text: String = table.iter().flatten().collect();
        let allowed = Languages::from_nli(nli).unwrap();
        let c = choose(&text, allowed);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: nli,
                single: 0
            },
            "NLI {nli}"
        );
        assert_eq!(c.units, text.chars().count());
        // Every language allowed at once: still one septet per character.
        let c = choose(&text, Languages::ALL);
        assert_eq!(c.units, text.chars().count(), "NLI {nli}");
    }
}

#[test]
fn every_single_shift_table_is_usable() {
    for nli in 1..=13u8 {
        let table = single_shift_table(nli).unwrap();
        // Characters of the single shift table that the default alphabet lacks.
        let text: String = table
            .iter()
            .flatten()
            .filter(|c| !DEFAULT_ALPHABET.contains(&Some(**c)))
            .collect();
        let c = choose(&text, Languages::from_nli(nli).unwrap());
        let Encoding::Gsm7 { locking, single } = c.encoding else {
            panic!("NLI {nli}: {c:?}")
        };
        assert!(locking == nli || single == nli, "NLI {nli}: {c:?}");
    }
}

#[test]
fn fewest_septets_including_the_udh() {
    // 150 Latin letters + 'ı': the Turkish locking table costs 151 + 5 septets (1 segment).
    let text = format!("{}ı", "a".repeat(150));
    let c = choose(&text, Languages::TURKISH);
    assert_eq!(
        c.encoding,
        Encoding::Gsm7 {
            locking: 1,
            single: 0
        }
    );
    assert_eq!((c.segments, c.total), (1, 156));
    // With 'è' (default alphabet only) the pair (0, Turkish single shift) is the only one.
    let text = format!("{}ıè", "a".repeat(150));
    let c = choose(&text, Languages::TURKISH);
    assert_eq!(
        c.encoding,
        Encoding::Gsm7 {
            locking: 0,
            single: 1
        }
    );
    assert_eq!((c.units, c.segments, c.total), (153, 1, 158));
}

#[test]
fn fixed_cases() {
    for (text, allowed) in [
        ("", Languages::NONE),
        ("plain", Languages::ALL),
        ("€€€", Languages::NONE),
        ("ığüşöç", "tr".parse().unwrap()),
        ("Não há ª", "pt,es".parse().unwrap()),
        ("\u{0985}\u{09BE}\u{09AE}\u{09BF} ok", "bn".parse().unwrap()),
        (
            "\u{0939}\u{093F}\u{0928}\u{094D}\u{0926}\u{0940} 123 [x]",
            "hi,ur".parse().unwrap(),
        ),
        ("mixed ª \u{0985}", "pt,bn".parse().unwrap()),
        ("emoji \u{1F600}", Languages::ALL),
    ] {
        for wide in [false, true] {
            check_against_oracle(text, allowed, wide).unwrap();
        }
    }
    let c: Choice = choose("emoji \u{1F600}", Languages::ALL);
    assert_eq!(
        c.encoding,
        Encoding::Ucs2 {
            forced_by: Some((6, '\u{1F600}'))
        }
    );
    assert_eq!(
        choose("mixed ª \u{0985}", "pt,bn".parse().unwrap()).encoding,
        Encoding::Ucs2 { forced_by: None }
    );
}
