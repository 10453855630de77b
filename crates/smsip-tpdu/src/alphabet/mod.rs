//! The TS 23.038 alphabets: GSM 7-bit default alphabet and extension table, the national
//! language locking and single shift tables ([`tables`]), septet packing ([`septets`]), and UCS2.
//!
//! Decoding is lazy: [`Gsm7Chars`] and [`Ucs2Chars`] turn borrowed octets into `char`s on demand.
//!
//! ```
//! use smsip_tpdu::alphabet::{Gsm7Chars, septets::Septets};
//! let text: String = Gsm7Chars::default_tables(Septets::new(&[0xC8, 0x32, 0x9B, 0xFD, 0x06], 0, 5)).collect();
//! assert_eq!(text, "Hello");
//! ```

#[cfg(feature = "alloc")]
mod fast;
pub mod select;
pub mod septets;
pub mod tables;

use septets::Septets;
use tables::Table;

/// ESC: the next septet is read from the single shift (extension) table (TS 23.038 §6.2.1).
pub const ESC: u8 = 0x1B;

/// Decodes GSM 7-bit septets to characters with a locking and a single shift table.
///
/// Receiving rules (TS 23.038 §6.2.1.1, alphabet.md §3): ESC + a code the single shift table
/// does not assign shows the main table's character for that code; ESC ESC (SS2) and codes with
/// no character show a space; a lone ESC at the very end shows a space.
#[derive(Debug, Clone)]
pub struct Gsm7Chars<'a> {
    septets: Septets<'a>,
    locking: &'static Table,
    single: &'static Table,
}

impl<'a> Gsm7Chars<'a> {
    /// Appends the remaining characters to `out`, eight septets at a time (the fast path of
    /// `text_into`); the same characters as iterating.
    #[cfg(feature = "alloc")]
    pub fn decode_into(self, out: &mut alloc::string::String) {
        match self.septets.untouched() {
            Some((bytes, fill, count)) => {
                fast::gsm7_into(bytes, fill, count, self.locking, self.single, out)
            }
            None => out.extend(self),
        }
    }

    /// With explicit tables.
    pub fn new(septets: Septets<'a>, locking: &'static Table, single: &'static Table) -> Self {
        Gsm7Chars {
            septets,
            locking,
            single,
        }
    }

    /// With the default alphabet and extension table.
    pub fn default_tables(septets: Septets<'a>) -> Self {
        Self::new(
            septets,
            &tables::DEFAULT_ALPHABET,
            &tables::DEFAULT_EXTENSION,
        )
    }

    /// With the tables a UDH selects: `locking` / `single` are National Language Identifiers
    /// from IEs 0x25 / 0x24 (`None`, NLI 0, or an NLI without a table: the default tables).
    pub fn national(septets: Septets<'a>, locking: Option<u8>, single: Option<u8>) -> Self {
        let l = locking
            .and_then(tables::locking_table)
            .unwrap_or(&tables::DEFAULT_ALPHABET);
        let s = single
            .and_then(tables::single_shift_table)
            .unwrap_or(&tables::DEFAULT_EXTENSION);
        Self::new(septets, l, s)
    }
}

#[inline]
fn lookup(t: &Table, s: u8) -> Option<char> {
    t.get(usize::from(s & 0x7F)).copied().flatten()
}

impl Iterator for Gsm7Chars<'_> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        let s = self.septets.next()?;
        if s != ESC {
            return Some(lookup(self.locking, s).unwrap_or(' '));
        }
        let Some(t) = self.septets.next() else {
            return Some(' ');
        };
        if t == ESC {
            return Some(' ');
        }
        Some(
            lookup(self.single, t)
                .or_else(|| lookup(self.locking, t))
                .unwrap_or(' '),
        )
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.septets.len();
        (n.div_ceil(2), Some(n))
    }
}

/// Decodes UCS2 (big-endian, TS 23.038 §6.2.3) to characters. Well-formed UTF-16 surrogate
/// pairs (as handsets send them) are combined; a lone surrogate or a final odd octet gives
/// U+FFFD.
///
/// ```
/// use smsip_tpdu::alphabet::Ucs2Chars;
/// let s: String = Ucs2Chars::new(&[0x00, 0x4F, 0xD8, 0x3D, 0xDE, 0x00]).collect();
/// assert_eq!(s, "O\u{1F600}");
/// ```
#[derive(Debug, Clone)]
pub struct Ucs2Chars<'a> {
    inner: core::char::DecodeUtf16<Ucs2Units<'a>>,
}

#[derive(Debug, Clone)]
struct Ucs2Units<'a>(core::slice::ChunksExact<'a, u8>, bool);

impl Iterator for Ucs2Units<'_> {
    type Item = u16;
    #[inline]
    fn next(&mut self) -> Option<u16> {
        match self.0.next() {
            Some(&[a, b]) => Some(u16::from_be_bytes([a, b])),
            _ if self.1 => {
                self.1 = false;
                Some(0xDC00) // a lone low surrogate: decodes to U+FFFD for the odd octet
            }
            _ => None,
        }
    }
}

impl<'a> Ucs2Chars<'a> {
    /// Characters of `bytes` read as UCS2.
    pub fn new(bytes: &'a [u8]) -> Self {
        let chunks = bytes.chunks_exact(2);
        let odd = !chunks.remainder().is_empty();
        Ucs2Chars {
            inner: char::decode_utf16(Ucs2Units(chunks, odd)),
        }
    }
}

impl Iterator for Ucs2Chars<'_> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        self.inner
            .next()
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
    }
}

/// Encodes `c` in the default alphabet or, after ESC, the default extension table. Returns the
/// number of septets written to `out` (1 or 2), or `None` when `c` has no GSM 7-bit code.
///
/// ```
/// let mut b = [0u8; 2];
/// assert_eq!(smsip_tpdu::alphabet::encode_char_default('@', &mut b), Some(1));
/// assert_eq!(smsip_tpdu::alphabet::encode_char_default('€', &mut b), Some(2));
/// assert_eq!(b, [0x1B, 0x65]);
/// assert_eq!(smsip_tpdu::alphabet::encode_char_default('😀', &mut b), None);
/// ```
#[inline]
pub fn encode_char_default(c: char, out: &mut [u8; 2]) -> Option<usize> {
    encode_char(c, 0, 0, out)
}

/// Encodes `c` with the locking shift table of `locking` and the single shift table of
/// `single` (NLI 0 = default tables): one septet from the locking table, else ESC + code from
/// the single shift table.
#[inline]
pub fn encode_char(c: char, locking: u8, single: u8, out: &mut [u8; 2]) -> Option<usize> {
    if let Some(s) = tables::encode_locking(locking, c) {
        out[0] = s;
        return Some(1);
    }
    let s = tables::encode_single_shift(single, c)?;
    *out = [ESC, s];
    Some(2)
}
