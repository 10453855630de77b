//! Choosing the cheapest encoding for a text: GSM 7-bit with the default tables, GSM 7-bit with
//! a national (locking, single shift) pair (TS 23.038 §6.2.1.2), or UCS2 (§6.2.3).
//!
//! The choice is implementation policy (alphabet.md §4.4): [`choose`] counts, for every
//! candidate, the segments and the septets sent *including* the UDH that the shift IEs 0x24 /
//! 0x25 and, when the text needs several segments, the concatenation IE cost (TS 23.040
//! §9.2.3.24), and takes the fewest segments, then the fewest septets. Ties go to the simpler
//! candidate: default tables, then single shift only, then locking only, then both; lower NLI
//! first.
//!
//! ```
//! use smsip_tpdu::alphabet::select::{choose, Encoding, Languages};
//! let c = choose("Merhaba dünya, nasılsın?", "tr,es".parse().unwrap());
//! assert_eq!(c.encoding, Encoding::Gsm7 { locking: 1, single: 0 });
//! assert_eq!(c.segments, 1);
//! let c = choose("Merhaba dünya, nasılsın?", Languages::NONE);
//! assert!(matches!(c.encoding, Encoding::Ucs2 { forced_by: Some((18, 'ı')) }));
//! ```

use super::tables::{encode_locking, encode_single_shift, language_name, locking_table};
use core::fmt;
use core::ops::{BitAnd, BitOr, BitOrAssign};
use core::str::FromStr;

/// Highest assigned National Language Identifier (TS 23.038 §6.2.1.2.4: 13 = Urdu).
const MAX_NLI: u8 = 13;
/// Octets of TP-UD (TS 23.040 §9.2.3.16).
const UD_OCTETS: usize = 140;
/// Septets of TP-UD without a UDH (TS 23.040 §9.2.3.16).
const UD_SEPTETS: usize = 160;

/// ISO 639-1 codes of NLI 1..=13, in NLI order (TS 23.038 §6.2.1.2.4).
const CODES: [&str; MAX_NLI as usize] = [
    "tr", "es", "pt", "bn", "gu", "hi", "kn", "ml", "or", "pa", "ta", "te", "ur",
];

/// A set of national languages (NLI 1..=13, TS 23.038 §6.2.1.2.4) a sender may use.
///
/// ```
/// use smsip_tpdu::alphabet::select::Languages;
/// let l: Languages = "tr, PT".parse().unwrap();
/// assert_eq!(l, Languages::TURKISH | Languages::PORTUGUESE);
/// assert!(l.contains(3) && !l.contains(2));
/// assert_eq!(l.iter().collect::<Vec<_>>(), [1, 3]);
/// assert_eq!(l.to_string(), "tr,pt");
/// assert!("tr,xx".parse::<Languages>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Languages(u16);

#[allow(missing_docs)] // the constant names say it all
impl Languages {
    pub const NONE: Languages = Languages(0);
    pub const TURKISH: Languages = Languages(1 << 1);
    pub const SPANISH: Languages = Languages(1 << 2);
    pub const PORTUGUESE: Languages = Languages(1 << 3);
    pub const BENGALI: Languages = Languages(1 << 4);
    pub const GUJARATI: Languages = Languages(1 << 5);
    pub const HINDI: Languages = Languages(1 << 6);
    pub const KANNADA: Languages = Languages(1 << 7);
    pub const MALAYALAM: Languages = Languages(1 << 8);
    pub const ORIYA: Languages = Languages(1 << 9);
    pub const PUNJABI: Languages = Languages(1 << 10);
    pub const TAMIL: Languages = Languages(1 << 11);
    pub const TELUGU: Languages = Languages(1 << 12);
    pub const URDU: Languages = Languages(1 << 13);
    pub const ALL: Languages = Languages(0x3FFE);
}

impl Languages {
    /// The one-language set of `nli`, or `None` for NLI 0 and reserved NLIs.
    pub const fn from_nli(nli: u8) -> Option<Languages> {
        if nli >= 1 && nli <= MAX_NLI {
            Some(Languages(1 << nli))
        } else {
            None
        }
    }

    /// Whether `nli` is in the set.
    pub const fn contains(self, nli: u8) -> bool {
        nli >= 1 && nli <= MAX_NLI && self.0 & (1 << nli) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The NLIs in the set, ascending.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        (1..=MAX_NLI).filter(move |&n| self.contains(n))
    }

    /// The ISO 639-1 code of `nli` (`"tr"` for 1 ... `"ur"` for 13), as [`FromStr`] accepts.
    ///
    /// ```
    /// assert_eq!(smsip_tpdu::alphabet::select::Languages::code(13), Some("ur"));
    /// ```
    pub fn code(nli: u8) -> Option<&'static str> {
        CODES.get(usize::from(nli).checked_sub(1)?).copied()
    }
}

impl BitOr for Languages {
    type Output = Languages;
    fn bitor(self, rhs: Languages) -> Languages {
        Languages(self.0 | rhs.0)
    }
}

impl BitOrAssign for Languages {
    fn bitor_assign(&mut self, rhs: Languages) {
        self.0 |= rhs.0;
    }
}

impl BitAnd for Languages {
    type Output = Languages;
    fn bitand(self, rhs: Languages) -> Languages {
        Languages(self.0 & rhs.0)
    }
}

impl fmt::Debug for Languages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Languages({self})")
    }
}

/// Comma-separated ISO 639-1 codes, e.g. `tr,es`.
impl fmt::Display for Languages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, code) in self.iter().filter_map(Languages::code).enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(code)?;
        }
        Ok(())
    }
}

/// An item of a language list that is neither an ISO 639-1 code of [`Languages`] nor an
/// English language name of TS 23.038 §6.2.1.2.4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown national language at byte {offset} of the list")]
#[non_exhaustive]
pub struct UnknownLanguage {
    /// Byte offset of the unknown item in the parsed string.
    pub offset: usize,
}

/// Parses a comma-separated list of codes (`tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur`) or English
/// names (`Turkish`), case-insensitively; blanks around items and empty items are ignored.
impl FromStr for Languages {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut set = Languages::NONE;
        let mut offset = 0;
        for item in s.split(',') {
            let start = offset + (item.len() - item.trim_start().len());
            offset += item.len() + 1;
            let item = item.trim();
            if item.is_empty() {
                continue;
            }
            let nli = (1..=MAX_NLI).find(|&n| {
                Languages::code(n).is_some_and(|c| c.eq_ignore_ascii_case(item))
                    || language_name(n).is_some_and(|c| c.eq_ignore_ascii_case(item))
            });
            set |= nli
                .and_then(Languages::from_nli)
                .ok_or(UnknownLanguage { offset: start })?;
        }
        Ok(set)
    }
}

/// How a text is encoded (TS 23.038 §4 alphabets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// GSM 7-bit. `locking` / `single` are the NLIs of the locking shift (IE 0x25) and single
    /// shift (IE 0x24) tables; 0 means the default alphabet / extension table and no IE.
    Gsm7 {
        /// Locking shift NLI (0 = default alphabet).
        locking: u8,
        /// Single shift NLI (0 = default extension table).
        single: u8,
    },
    /// UCS2. `forced_by` is the first character (char index, char) that no allowed table can
    /// encode; `None` when each character fits some table but no single (locking, single)
    /// pair fits them all.
    Ucs2 {
        /// The character that forced UCS2.
        forced_by: Option<(usize, char)>,
    },
    /// 8-bit data (never chosen for text by [`choose`]; see [`Choice::binary`]).
    EightBit,
}

/// The result of [`choose`]: an encoding and what it costs.
///
/// ```
/// use smsip_tpdu::alphabet::select::{choose, Encoding, Languages};
/// let c = choose(&"x".repeat(161), Languages::NONE);
/// assert_eq!((c.units, c.segments, c.udh_octets), (161, 2, 6)); // 153 + 8 septets
/// assert_eq!(c.total, 161 + 2 * 7); // each segment: 7 UDH septets (6 octets + 1 fill bit)
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Choice {
    /// The encoding.
    pub encoding: Encoding,
    /// Length of the text: septets for GSM 7-bit (an ESC pair counts 2), UTF-16 code units for
    /// UCS2 (a surrogate pair counts 2), octets for 8-bit data.
    pub units: usize,
    /// Octets of the UDH of each segment (UDHL octet included; shift IEs, plus the
    /// concatenation IE when `segments > 1`); 0 when no UDH is needed.
    pub udh_octets: usize,
    /// Number of segments (TS 23.040 §9.2.3.24.1; at least 1, an empty text is one segment).
    pub segments: usize,
    /// TP-UDL summed over the segments, UDH included: septets for GSM 7-bit, octets otherwise.
    pub total: usize,
}

impl Choice {
    /// The cost of `octets` of 8-bit data (TS 23.040 §9.2.3.24.1: 140 octets, or 134 per
    /// segment with an 8-bit concatenation reference, 133 with a 16-bit one).
    ///
    /// ```
    /// use smsip_tpdu::alphabet::select::Choice;
    /// assert_eq!(Choice::binary(140, false).segments, 1);
    /// assert_eq!(Choice::binary(141, false).segments, 2);
    /// assert_eq!(Choice::binary(268, true).segments, 3);
    /// ```
    pub fn binary(octets: usize, reference_16bit: bool) -> Choice {
        if octets <= UD_OCTETS {
            return Choice {
                encoding: Encoding::EightBit,
                units: octets,
                udh_octets: 0,
                segments: 1,
                total: octets,
            };
        }
        let udh = 1 + concat_ie_octets(reference_16bit);
        let segments = octets.div_ceil(UD_OCTETS - udh);
        Choice {
            encoding: Encoding::EightBit,
            units: octets,
            udh_octets: udh,
            segments,
            total: octets + segments * udh,
        }
    }
}

/// Septets `c` costs with the given tables (TS 23.038 §6.2.1.2): 1 from the locking table of
/// `locking`, 2 (ESC + code) from the single shift table of `single`, `None` if neither has it.
/// NLI 0 (and an NLI without that table) selects the default table.
///
/// A splitter uses this to never cut an ESC pair (TS 23.040 §9.2.3.24.1).
///
/// ```
/// use smsip_tpdu::alphabet::select::char_septets;
/// assert_eq!(char_septets('a', 0, 0), Some(1));
/// assert_eq!(char_septets('€', 0, 0), Some(2));
/// assert_eq!(char_septets('ş', 0, 1), Some(2)); // Turkish single shift
/// assert_eq!(char_septets('ş', 1, 0), Some(1)); // Turkish locking shift
/// assert_eq!(char_septets('ş', 0, 0), None);
/// ```
#[inline]
pub fn char_septets(c: char, locking: u8, single: u8) -> Option<usize> {
    if encode_locking(locking, c).is_some() {
        Some(1)
    } else if encode_single_shift(single, c).is_some() {
        Some(2)
    } else {
        None
    }
}

/// Septets of `text` with the given tables (see [`char_septets`]), or `None` if a character
/// has no code in them.
///
/// ```
/// assert_eq!(smsip_tpdu::alphabet::select::text_septets("[a]", 0, 0), Some(5));
/// ```
pub fn text_septets(text: &str, locking: u8, single: u8) -> Option<usize> {
    text.chars().map(|c| char_septets(c, locking, single)).sum()
}

/// Septets a UDH of `udh_octets` octets (UDHL octet included) occupies in 7-bit TP-UD, fill
/// bits included (TS 23.040 §9.2.3.24; alphabet.md §5.2). 0 for no UDH.
///
/// ```
/// use smsip_tpdu::alphabet::select::udh_septets;
/// assert_eq!([udh_septets(0), udh_septets(4), udh_septets(6), udh_septets(12)], [0, 5, 7, 14]);
/// ```
pub const fn udh_septets(udh_octets: usize) -> usize {
    (udh_octets * 8).div_ceil(7)
}

/// Text septets that fit in one segment after a UDH of `udh_octets` octets (UDHL included):
/// 160, 155 (one shift IE), 153 (8-bit concatenation), 146 (both shift IEs + concatenation).
///
/// ```
/// use smsip_tpdu::alphabet::select::gsm7_capacity;
/// assert_eq!([gsm7_capacity(0), gsm7_capacity(4), gsm7_capacity(6), gsm7_capacity(12)],
///            [160, 155, 153, 146]);
/// ```
pub const fn gsm7_capacity(udh_octets: usize) -> usize {
    UD_SEPTETS.saturating_sub(udh_septets(udh_octets))
}

/// UCS2 characters (16-bit units) that fit in one segment after a UDH of `udh_octets` octets
/// (UDHL included): the rest of the 140 octets, rounded down to whole units (TS 23.040
/// §9.2.3.24.1): 70, 67 (8-bit concatenation), 66 (16-bit concatenation).
///
/// ```
/// use smsip_tpdu::alphabet::select::ucs2_capacity;
/// assert_eq!([ucs2_capacity(0), ucs2_capacity(6), ucs2_capacity(7)], [70, 67, 66]);
/// ```
pub const fn ucs2_capacity(udh_octets: usize) -> usize {
    UD_OCTETS.saturating_sub(udh_octets) / 2
}

/// Octets of the shift IEs for a (locking, single) pair: 3 per IE, none for NLI 0 (TS 23.040
/// §9.2.3.24.15 / .16), UDHL not included.
///
/// ```
/// assert_eq!(smsip_tpdu::alphabet::select::shift_ie_octets(1, 1), 6);
/// ```
pub const fn shift_ie_octets(locking: u8, single: u8) -> usize {
    3 * (locking != 0) as usize + 3 * (single != 0) as usize
}

/// Octets of a concatenation IE (TS 23.040 §9.2.3.24.1 / .8): 5 with an 8-bit reference, 6 with
/// a 16-bit one.
const fn concat_ie_octets(reference_16bit: bool) -> usize {
    if reference_16bit {
        6
    } else {
        5
    }
}

/// UDH octets with `ies` octets of IEs (0 = no UDH).
const fn udh_with(ies: usize) -> usize {
    if ies == 0 {
        0
    } else {
        ies + 1
    }
}

/// Greedy segment packing in which no item (ESC pair, surrogate pair) is cut.
#[derive(Clone, Copy, Default)]
struct Packer {
    full: usize,
    fill: usize,
}

impl Packer {
    #[inline]
    fn push(&mut self, cost: usize, capacity: usize) {
        if self.fill + cost > capacity && self.fill > 0 {
            self.full += 1;
            self.fill = cost;
        } else {
            self.fill += cost;
        }
    }
    fn segments(self) -> usize {
        self.full + 1
    }
}

/// Running cost of one (locking, single) candidate.
#[derive(Clone, Copy)]
struct Candidate {
    locking: u8,
    single: u8,
    alive: bool,
    septets: usize,
    concat: Packer,
}

impl Candidate {
    fn new(locking: u8, single: u8) -> Self {
        Candidate {
            locking,
            single,
            alive: true,
            septets: 0,
            concat: Packer::default(),
        }
    }

    /// (segments, TP-UDL total, UDH octets) once the whole text has been seen.
    fn cost(&self, reference_16bit: bool) -> (usize, usize, usize) {
        let ies = shift_ie_octets(self.locking, self.single);
        let single_udh = udh_with(ies);
        if self.septets <= gsm7_capacity(single_udh) {
            return (1, self.septets + udh_septets(single_udh), single_udh);
        }
        let udh = udh_with(ies + concat_ie_octets(reference_16bit));
        let n = self.concat.segments();
        (n, self.septets + n * udh_septets(udh), udh)
    }
}

/// Most candidates: 14 locking choices (0, 1, 3..=13 are 13) x 14 single shift choices.
const MAX_CANDIDATES: usize = 14 * 14;

/// Chooses the cheapest encoding of `text` with the national languages in `allowed`, assuming
/// an 8-bit concatenation reference when segments are needed. See the [module](self) docs for
/// the policy.
///
/// ```
/// use smsip_tpdu::alphabet::select::{choose, Encoding, Languages};
/// assert_eq!(choose("Hello", Languages::ALL).encoding, Encoding::Gsm7 { locking: 0, single: 0 });
/// let c = choose("Olá, João!", Languages::PORTUGUESE); // locking shift: 10 + 5 UDH septets
/// assert_eq!(c.encoding, Encoding::Gsm7 { locking: 3, single: 0 });
/// assert_eq!((c.units, c.udh_octets, c.total), (10, 4, 15));
/// ```
pub fn choose(text: &str, allowed: Languages) -> Choice {
    choose_with(text, allowed, false)
}

/// [`choose`] with the concatenation reference size of the segments, should the text need
/// several (TS 23.040 §9.2.3.24.1 8-bit / §9.2.3.24.8 16-bit).
///
/// ```
/// use smsip_tpdu::alphabet::select::{choose_with, Languages};
/// assert_eq!(choose_with(&"x".repeat(305), Languages::NONE, true).segments, 3); // 152 per segment
/// assert_eq!(choose_with(&"x".repeat(305), Languages::NONE, false).segments, 2);
/// ```
pub fn choose_with(text: &str, allowed: Languages, reference_16bit: bool) -> Choice {
    // Fast path: every character is in the default alphabet; nothing is cheaper.
    if let Some(n) = text
        .chars()
        .map(|c| encode_locking(0, c).map(|_| 1))
        .sum::<Option<usize>>()
    {
        let cap = gsm7_capacity(1 + concat_ie_octets(reference_16bit));
        let concat = Packer {
            full: n.saturating_sub(1) / cap,
            fill: 0,
        };
        return gsm7_choice(
            Candidate {
                septets: n,
                concat,
                ..Candidate::new(0, 0)
            },
            reference_16bit,
        );
    }

    // Candidate order is the tie-break order: simpler first.
    let lockings =
        || core::iter::once(0).chain(allowed.iter().filter(|&n| locking_table(n).is_some()));
    let singles = || core::iter::once(0).chain(allowed.iter());
    let mut cands = [Candidate::new(0, 0); MAX_CANDIDATES];
    let mut len = 0;
    let pairs = singles()
        .map(|s| (0, s))
        .chain(lockings().skip(1).map(|l| (l, 0)))
        .chain(
            lockings()
                .skip(1)
                .flat_map(|l| singles().skip(1).map(move |s| (l, s))),
        );
    for (slot, (l, s)) in cands.iter_mut().zip(pairs) {
        *slot = Candidate::new(l, s);
        len += 1;
    }
    let cands = cands.get_mut(..len).unwrap_or_default();

    let mut ucs2_units = 0;
    let mut ucs2 = Packer::default();
    let ucs2_cap = ucs2_capacity(1 + concat_ie_octets(reference_16bit));
    let mut forced_by = None;
    let mut any_alive = true;
    for (i, c) in text.chars().enumerate() {
        let units = c.len_utf16();
        ucs2_units += units;
        ucs2.push(units, ucs2_cap);
        if !any_alive && forced_by.is_some() {
            continue;
        }
        // Bit n: NLI n's locking (resp. single shift) table has `c`.
        let mut lock_mask = 0u16;
        for n in lockings() {
            if encode_locking(n, c).is_some() {
                lock_mask |= 1 << n;
            }
        }
        let mut single_mask = 0u16;
        for n in singles() {
            if encode_single_shift(n, c).is_some() {
                single_mask |= 1 << n;
            }
        }
        if lock_mask | single_mask == 0 && forced_by.is_none() {
            forced_by = Some((i, c));
        }
        any_alive = false;
        for cand in cands.iter_mut().filter(|c| c.alive) {
            let cost = if lock_mask & (1 << cand.locking) != 0 {
                1
            } else if single_mask & (1 << cand.single) != 0 {
                2
            } else {
                cand.alive = false;
                continue;
            };
            any_alive = true;
            cand.septets += cost;
            let cap = gsm7_capacity(udh_with(
                shift_ie_octets(cand.locking, cand.single) + concat_ie_octets(reference_16bit),
            ));
            cand.concat.push(cost, cap);
        }
    }

    let best = cands
        .iter()
        .filter(|c| c.alive)
        .min_by_key(|c| {
            let (segments, total, _) = c.cost(reference_16bit);
            (segments, total)
        })
        .copied();
    if let Some(best) = best {
        return gsm7_choice(best, reference_16bit);
    }
    let (segments, udh) = if ucs2_units <= ucs2_capacity(0) {
        (1, 0)
    } else {
        (ucs2.segments(), 1 + concat_ie_octets(reference_16bit))
    };
    Choice {
        encoding: Encoding::Ucs2 { forced_by },
        units: ucs2_units,
        udh_octets: udh,
        segments,
        total: 2 * ucs2_units + segments * udh,
    }
}

/// The [`Choice`] of a GSM 7-bit candidate.
fn gsm7_choice(cand: Candidate, reference_16bit: bool) -> Choice {
    let (segments, total, udh_octets) = cand.cost(reference_16bit);
    Choice {
        encoding: Encoding::Gsm7 {
            locking: cand.locking,
            single: cand.single,
        },
        units: cand.septets,
        udh_octets,
        segments,
        total,
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use alloc::{format, string::ToString};

    #[test]
    fn turkish_single_shift_when_the_locking_table_lacks_a_char() {
        // 'è' is in the default alphabet but not the Turkish locking table (A.3.1); 'ş' is in
        // the Turkish single shift table (A.2.1). One IE: 4 octets = 5 UDH septets.
        let c = choose("Crème, şimdi", Languages::TURKISH);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 0,
                single: 1
            }
        );
        assert_eq!(c.units, 12 + 1);
        assert_eq!((c.udh_octets, c.total, c.segments), (4, 13 + 5, 1));
    }

    #[test]
    fn turkish_locking_beats_single_shift() {
        // 'ı' and 'ş' are in both Turkish tables: locking 4 + 5, single shift 7 + 5.
        let c = choose("ışık", Languages::TURKISH | Languages::SPANISH);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 1,
                single: 0
            }
        );
        assert_eq!((c.units, c.udh_octets, c.total), (4, 4, 9));
        let long = "ışık ".repeat(40); // 200 septets
        let c = choose(&long, Languages::TURKISH);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 1,
                single: 0
            }
        );
        // IEs 0x00 + 0x25: 9 octets = 11 septets, 149 text septets per segment.
        assert_eq!((c.segments, c.udh_octets, c.total), (2, 9, 200 + 22));
    }

    #[test]
    fn portuguese_locking_and_forced_ucs2() {
        // 'ç' and 'ã' are in the Portuguese locking (A.3.3) and single shift (A.2.3) tables.
        let c = choose("Ação", Languages::PORTUGUESE);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 3,
                single: 0
            }
        );
        assert_eq!(c.total, 4 + 5);
        assert_eq!(char_septets('ã', 0, 3), Some(2));
        assert_eq!(char_septets('ã', 3, 0), Some(1));
        // Turkish has 'ç' but not 'ã' (char index 2).
        let c = choose("Ação", Languages::TURKISH);
        assert_eq!(
            c.encoding,
            Encoding::Ucs2 {
                forced_by: Some((2, 'ã'))
            }
        );
        assert_eq!((c.units, c.total, c.segments, c.udh_octets), (4, 8, 1, 0));
    }

    #[test]
    fn portuguese_needs_both_tables() {
        // 'ª' is only in the Portuguese locking table; 'Φ' is not in it but in the Portuguese
        // single shift table. Both IEs: 7 octets = 8 UDH septets.
        let c = choose("ªΦ", Languages::PORTUGUESE);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 3,
                single: 3
            }
        );
        assert_eq!((c.units, c.udh_octets, c.total), (3, 7, 3 + 8));
        assert_eq!(text_septets("ªΦ", 3, 3), Some(3));
        // '{' comes from the default extension table under the Portuguese locking table.
        let c = choose("ê{", Languages::PORTUGUESE);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 3,
                single: 0
            }
        );
        assert_eq!(c.total, 3 + 5);
    }

    #[test]
    fn ucs2_forced_by_emoji_with_index() {
        let c = choose("ok \u{1F600}!", Languages::ALL);
        assert_eq!(
            c.encoding,
            Encoding::Ucs2 {
                forced_by: Some((3, '\u{1F600}'))
            }
        );
        assert_eq!(c.units, 6); // the surrogate pair counts 2
        assert_eq!(c.total, 12);
    }

    #[test]
    fn ucs2_forced_by_mixed_scripts() {
        // 'ª' is Portuguese locking only, Bengali letter A is Bengali locking only.
        let c = choose("ª\u{0985}", Languages::PORTUGUESE | Languages::BENGALI);
        assert_eq!(c.encoding, Encoding::Ucs2 { forced_by: None });
        // Turkish chars are all reachable through its single shift table: no UCS2.
        let c = choose("ı\u{0985}", Languages::TURKISH | Languages::BENGALI);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 4,
                single: 1
            }
        );
    }

    #[test]
    fn ucs2_segments_do_not_split_surrogates() {
        let text = "\u{1F600}".repeat(35); // 70 units: one segment
        assert_eq!(choose(&text, Languages::NONE).segments, 1);
        // 134 units would fill 2 x 67, but pairs do not straddle: 33 + 33 + 1 pairs.
        let text = "\u{1F600}".repeat(67);
        let c = choose(&text, Languages::NONE);
        assert_eq!(
            (c.units, c.segments, c.udh_octets, c.total),
            (134, 3, 6, 268 + 18)
        );
    }

    #[test]
    fn esc_pairs_are_not_split_between_segments() {
        // 306 septets would fill 2 x 153, but pairs do not straddle: 76 + 76 + 1 pairs.
        let c = choose(&"€".repeat(153), Languages::NONE);
        assert_eq!((c.units, c.segments), (306, 3));
        let c = choose(&format!("{}€", "x".repeat(159)), Languages::NONE);
        assert_eq!((c.units, c.segments), (161, 2));
    }

    #[test]
    fn capacity_table_of_alphabet_md() {
        assert_eq!(gsm7_capacity(udh_with(shift_ie_octets(0, 1))), 155);
        assert_eq!(gsm7_capacity(udh_with(shift_ie_octets(1, 1))), 152);
        assert_eq!(gsm7_capacity(udh_with(shift_ie_octets(1, 1) + 5)), 146);
        assert_eq!(gsm7_capacity(udh_with(6)), 152);
    }

    #[test]
    fn default_fast_path_and_empty() {
        let c = choose("", Languages::NONE);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 0,
                single: 0
            }
        );
        assert_eq!((c.units, c.segments, c.total, c.udh_octets), (0, 1, 0, 0));
        let c = choose(&"a".repeat(160), Languages::NONE);
        assert_eq!((c.segments, c.total), (1, 160));
        let c = choose(&"a".repeat(306), Languages::NONE);
        assert_eq!((c.segments, c.total), (2, 306 + 14));
        let c = choose(&"a".repeat(307), Languages::NONE);
        assert_eq!(c.segments, 3);
    }

    #[test]
    fn languages_parse_and_display() {
        let all: Languages = "tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur".parse().unwrap();
        assert_eq!(all, Languages::ALL);
        assert_eq!(all.iter().count(), 13);
        assert_eq!(all.to_string().parse::<Languages>(), Ok(all));
        assert_eq!("".parse::<Languages>(), Ok(Languages::NONE));
        assert_eq!(
            " Turkish , es ,".parse::<Languages>(),
            Ok(Languages::TURKISH | Languages::SPANISH)
        );
        assert_eq!(
            "tr, xx".parse::<Languages>(),
            Err(UnknownLanguage { offset: 4 })
        );
        assert_eq!(Languages::from_nli(0), None);
        assert_eq!(Languages::from_nli(14), None);
        assert!(!Languages::ALL.contains(0) && !Languages::ALL.contains(14));
        assert_eq!(format!("{:?}", Languages::URDU), "Languages(ur)");
        assert_eq!((Languages::ALL & Languages::HINDI), Languages::HINDI);
    }

    #[test]
    fn spanish_has_no_locking_candidate() {
        // 'ç' is in the Spanish single shift table (A.2.2); there is no Spanish locking table.
        let c = choose("ç", Languages::SPANISH);
        assert_eq!(
            c.encoding,
            Encoding::Gsm7 {
                locking: 0,
                single: 2
            }
        );
    }

    #[test]
    fn binary_choice() {
        let c = Choice::binary(0, false);
        assert_eq!((c.segments, c.total), (1, 0));
        let c = Choice::binary(134 * 2, false);
        assert_eq!((c.segments, c.udh_octets, c.total), (2, 6, 268 + 12));
    }
}
