//! Semi-octet digits: TPDU and RP addresses (TS 23.040 §9.1.2.3/§9.1.2.5), MAP TBCD-STRING and
//! AddressString (TS 29.002 §17.7.8). One codec for all of them.
//!
//! Two digits per octet, the first in bits 3..0 and the second in bits 7..4. Digit values:
//! `0`-`9`, `*` (0xA), `#` (0xB), `a` (0xC), `b` (0xD), `c` (0xE); 0xF is the filler of an odd
//! count. A 0xF inside the counted digits is shown as `f` so it still round-trips.
//!
//! ```
//! use smsip_core::digits::{Digits, encode};
//! let d: String = Digits::new(&[0x44, 0x77, 0xF0], 5).collect();
//! assert_eq!(d, "44770");
//! let mut out = Vec::new();
//! assert_eq!(encode("44770", &mut out), Ok(5));
//! assert_eq!(out, [0x44, 0x77, 0xF0]);
//! ```

use crate::Sink;

/// The character of a semi-octet value (`f` for 0xF).
#[inline]
pub const fn to_char(nibble: u8) -> char {
    match nibble & 0x0F {
        n @ 0..=9 => (b'0' + n) as char,
        0xA => '*',
        0xB => '#',
        0xC => 'a',
        0xD => 'b',
        0xE => 'c',
        _ => 'f',
    }
}

/// The semi-octet value of a digit character (`A`-`C` and `F` accepted in either case).
#[inline]
pub const fn from_char(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '*' => Some(0xA),
        '#' => Some(0xB),
        'a' | 'A' => Some(0xC),
        'b' | 'B' => Some(0xD),
        'c' | 'C' => Some(0xE),
        'f' | 'F' => Some(0xF),
        _ => None,
    }
}

/// Iterator over the first `count` semi-octet digits of `bytes` (as characters).
#[derive(Debug, Clone)]
pub struct Digits<'a> {
    bytes: &'a [u8],
    index: usize,
    count: usize,
}

impl<'a> Digits<'a> {
    /// The first `count` digits of `bytes` (fewer if `bytes` is shorter).
    #[inline]
    pub fn new(bytes: &'a [u8], count: usize) -> Self {
        Digits {
            bytes,
            index: 0,
            count: count.min(bytes.len() * 2),
        }
    }

    /// All digits of a TBCD-STRING: every semi-octet, except a final 0xF filler.
    #[inline]
    pub fn tbcd(bytes: &'a [u8]) -> Self {
        let mut count = bytes.len() * 2;
        if bytes.last().is_some_and(|b| b >> 4 == 0xF) {
            count -= 1;
        }
        Digits {
            bytes,
            index: 0,
            count,
        }
    }

    /// The semi-octet values (0..=15) instead of characters.
    pub fn nibbles(self) -> impl Iterator<Item = u8> + 'a {
        let Digits {
            bytes,
            index,
            count,
        } = self;
        (index..count).map(move |i| nibble_at(bytes, i))
    }
}

#[inline]
fn nibble_at(bytes: &[u8], i: usize) -> u8 {
    let b = bytes.get(i / 2).copied().unwrap_or(0xFF);
    if i & 1 == 0 {
        b & 0x0F
    } else {
        b >> 4
    }
}

impl Iterator for Digits<'_> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.index >= self.count {
            return None;
        }
        let n = nibble_at(self.bytes, self.index);
        self.index += 1;
        Some(to_char(n))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.count - self.index;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Digits<'_> {}

/// A character that is not a semi-octet digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a semi-octet digit: {ch:?} at index {index}")]
#[non_exhaustive]
pub struct BadDigit {
    /// The offending character.
    pub ch: char,
    /// Its index (in characters) in the digit string.
    pub index: usize,
}

/// Packs `digits` two per octet with an 0xF filler when the count is odd; returns the count.
pub fn encode<S: Sink + ?Sized>(digits: &str, out: &mut S) -> Result<usize, BadDigit> {
    let mut n = 0usize;
    let mut low: Option<u8> = None;
    for (index, ch) in digits.chars().enumerate() {
        let v = from_char(ch).ok_or(BadDigit { ch, index })?;
        n += 1;
        match low.take() {
            None => low = Some(v),
            Some(l) => out.put(v << 4 | l),
        }
    }
    if let Some(l) = low {
        out.put(0xF0 | l);
    }
    Ok(n)
}

/// Checks `digits` and returns its count without writing anything.
pub fn validate(digits: &str) -> Result<usize, BadDigit> {
    let mut n = 0;
    for (index, ch) in digits.chars().enumerate() {
        from_char(ch).ok_or(BadDigit { ch, index })?;
        n += 1;
    }
    Ok(n)
}

/// Octets needed for `count` semi-octets.
#[inline]
pub const fn packed_len(count: usize) -> usize {
    count.div_ceil(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate alloc;
    use alloc::string::String;
    use alloc::vec::Vec;

    #[test]
    fn tpdu_md_example_odd_digits() {
        // tpdu.md §4: +44770090050 -> 0B 91 44 77 00 09 50 F0
        let mut v = Vec::new();
        assert_eq!(encode("44770090050", &mut v), Ok(11));
        assert_eq!(v, [0x44, 0x77, 0x00, 0x09, 0x50, 0xF0]);
        assert_eq!(Digits::new(&v, 11).collect::<String>(), "44770090050");
        assert_eq!(Digits::tbcd(&v).collect::<String>(), "44770090050");
    }

    #[test]
    fn special_digits_round_trip() {
        let mut v = Vec::new();
        assert_eq!(encode("*#abc0f", &mut v), Ok(7));
        assert_eq!(Digits::new(&v, 7).collect::<String>(), "*#abc0f");
        assert_eq!(encode("12x", &mut v), Err(BadDigit { ch: 'x', index: 2 }));
    }

    #[test]
    fn count_beyond_buffer_is_clamped() {
        assert_eq!(Digits::new(&[0x21], 5).count(), 2);
    }
}
