//! The hot path of text decoding: GSM 7-bit septets straight into a `String`.
//!
//! Septets are unpacked eight at a time from seven octets (one 64-bit load, a SWAR "spread" of
//! the septets into octets). With the default main table, runs of septets whose characters are
//! their own ASCII codes (nearly all text) are tested and stored 32 at a time with a few word
//! operations (which compilers turn into SIMD); other septets go through a precomputed UTF-8
//! table or the full rules. An empty `String` is filled directly (its buffer, validated once at
//! the end); a non-empty one through a stack buffer validated and appended in blocks. The
//! result is identical to collecting [`super::Gsm7Chars`] (tests check it on every septet value
//! and fill, and on random input).

use super::tables::{Table, DEFAULT_ALPHABET};
use super::ESC;
use alloc::string::String;

/// UTF-8 of each main-table code (a space for ESC and unassigned codes) in the low three
/// octets, little-endian, and its length in the high octet.
struct Utf8Table {
    packed: [u32; 128],
}

const fn utf8_of(c: char) -> ([u8; 4], u8) {
    let v = c as u32;
    if v < 0x80 {
        ([v as u8, 0, 0, 0], 1)
    } else if v < 0x800 {
        ([0xC0 | (v >> 6) as u8, 0x80 | (v & 0x3F) as u8, 0, 0], 2)
    } else if v < 0x10000 {
        (
            [
                0xE0 | (v >> 12) as u8,
                0x80 | ((v >> 6) & 0x3F) as u8,
                0x80 | (v & 0x3F) as u8,
                0,
            ],
            3,
        )
    } else {
        (
            [
                0xF0 | (v >> 18) as u8,
                0x80 | ((v >> 12) & 0x3F) as u8,
                0x80 | ((v >> 6) & 0x3F) as u8,
                0x80 | (v & 0x3F) as u8,
            ],
            4,
        )
    }
}

// Evaluated at compile time only (a static's initializer): an index out of bounds would fail
// the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const fn build(t: &Table) -> Utf8Table {
    let mut out = Utf8Table { packed: [0; 128] };
    let mut i = 0;
    while i < 128 {
        let c = match t[i] {
            Some(c) => c,
            None => ' ',
        };
        let (b, n) = utf8_of(c);
        // Main tables hold BMP characters: at most three UTF-8 octets.
        out.packed[i] = (b[0] as u32) | (b[1] as u32) << 8 | (b[2] as u32) << 16 | (n as u32) << 24;
        i += 1;
    }
    out
}

static DEFAULT_UTF8: Utf8Table = build(&DEFAULT_ALPHABET);

/// Where decoded octets go: a buffer with a write cursor. Only whole UTF-8 sequences are
/// written, so the result always validates.
trait Out {
    /// `N` ASCII octets (16 or 32); false, writing nothing, when they do not fit.
    fn put_ascii<const N: usize>(&mut self, bytes: [u8; N]) -> bool;
    /// Eight ASCII octets, little-endian.
    fn put8(&mut self, x: u64);
    /// The first `len` (1..=4) of `bytes`.
    fn put(&mut self, bytes: [u8; 4], len: u8);
    /// Called after every sixteen septets at most (64 octets).
    fn check(&mut self);

    #[inline]
    fn put_char(&mut self, c: char) {
        let (b, n) = utf8_of(c);
        self.put(b, n);
    }

    /// One default-table code (not ESC).
    #[inline]
    fn put_default(&mut self, s: u8) {
        let e = DEFAULT_UTF8
            .packed
            .get(usize::from(s))
            .copied()
            .unwrap_or(0x0100_0020);
        self.put(e.to_le_bytes(), (e >> 24) as u8);
    }
}

/// Appending to a non-empty `String`: a stack buffer, validated and pushed once it holds
/// `BLOCK` octets or more (checked after every sixteen septets, which write at most 16 * 4
/// octets; each write stores 4 or 8 octets).
struct Block<'s> {
    buf: [u8; ROOM],
    n: usize,
    out: &'s mut String,
}

const ROOM: usize = 256;
const BLOCK: usize = ROOM - 16 * 4 - 4;

impl Block<'_> {
    fn flush(&mut self) {
        // Every write is a whole UTF-8 sequence, so this never fails.
        if let Ok(s) = core::str::from_utf8(self.buf.get(..self.n).unwrap_or(&[])) {
            self.out.push_str(s);
        }
        self.n = 0;
    }
}

impl Out for Block<'_> {
    #[inline]
    fn put_ascii<const N: usize>(&mut self, bytes: [u8; N]) -> bool {
        match self.buf.get_mut(self.n..self.n + N) {
            Some(dst) => {
                dst.copy_from_slice(&bytes);
                self.n += N;
                true
            }
            None => false,
        }
    }

    #[inline]
    fn put8(&mut self, x: u64) {
        if let Some(dst) = self.buf.get_mut(self.n..self.n + 8) {
            dst.copy_from_slice(&x.to_le_bytes());
        }
        self.n += 8;
    }

    #[inline]
    fn put(&mut self, bytes: [u8; 4], len: u8) {
        if let Some(dst) = self.buf.get_mut(self.n..self.n + 4) {
            dst.copy_from_slice(&bytes);
        }
        self.n += usize::from(len);
    }

    #[inline]
    fn check(&mut self) {
        if self.n >= BLOCK {
            self.flush();
        }
    }
}

/// Filling an empty `String`: straight into its buffer (no copy; the stores are read back
/// only by the final validation).
struct Direct(alloc::vec::Vec<u8>);

impl Out for Direct {
    #[inline]
    fn put_ascii<const N: usize>(&mut self, bytes: [u8; N]) -> bool {
        self.0.extend_from_slice(&bytes);
        true
    }

    #[inline]
    fn put8(&mut self, x: u64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }

    #[inline]
    fn put(&mut self, bytes: [u8; 4], len: u8) {
        let [a, b, c, d] = bytes;
        match len {
            1 => self.0.push(a),
            2 => self.0.extend_from_slice(&[a, b]),
            3 => self.0.extend_from_slice(&[a, b, c]),
            _ => self.0.extend_from_slice(&[a, b, c, d]),
        }
    }

    #[inline]
    fn check(&mut self) {}
}

/// Appends the text of `count` septets packed in `bytes` after `fill` bits, read with the
/// `locking` and `single` tables (the rules of [`super::Gsm7Chars`]).
pub(crate) fn gsm7_into(
    bytes: &[u8],
    fill: u8,
    count: usize,
    locking: &'static Table,
    single: &'static Table,
    out: &mut String,
) {
    let fill = u32::from(fill & 7);
    let count = count.min((bytes.len() * 8).saturating_sub(fill as usize) / 7);
    if out.is_empty() {
        let mut d = Direct(core::mem::take(out).into_bytes());
        d.0.reserve(count);
        decode(&mut d, bytes, fill, count, locking, single);
        // Every write is a whole UTF-8 sequence, so this never fails.
        *out = String::from_utf8(d.0)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    } else {
        out.reserve(count);
        let mut blk = Block {
            buf: [0; ROOM],
            n: 0,
            out,
        };
        decode(&mut blk, bytes, fill, count, locking, single);
        blk.flush();
    }
}

#[inline]
fn decode<O: Out>(
    o: &mut O,
    bytes: &[u8],
    fill: u32,
    count: usize,
    locking: &'static Table,
    single: &'static Table,
) {
    let default_main = core::ptr::eq(locking, &DEFAULT_ALPHABET);
    let mut esc = false;
    // Septets done (a multiple of eight before the tail) and the octet of the next group.
    let mut done = 0usize;
    let mut k = 0usize;
    if default_main {
        // Sixteen septets (fourteen octets) at a time.
        while count - done >= 16 {
            if !esc {
                let max = (count - done) / 16;
                // Without fill bits (no header) the loads need no shift.
                let p = match fill {
                    0 => ascii_run(o, bytes, k, 0, max),
                    _ => ascii_run(o, bytes, k, fill, max),
                };
                o.check();
                done += 16 * p;
                k += 14 * p;
                if count - done < 16 {
                    break;
                }
            }
            // Sixteen septets that are not all their own ASCII characters (or the last ones).
            let v = load16(bytes, k);
            esc = group_default(o, spread(v as u64 >> fill), esc, single);
            esc = group_default(o, spread((v >> 56) as u64 >> fill), esc, single);
            o.check();
            done += 16;
            k += 14;
        }
    }
    // The rest (all of it with national tables): eight septets at a time.
    while done < count {
        let w = load16(bytes, k) as u64 >> fill;
        let n = (count - done).min(8);
        if default_main && n == 8 {
            esc = group_default(o, spread(w), esc, single);
        } else {
            for j in 0..n {
                let s = ((w >> (7 * j)) & 0x7F) as u8;
                esc = step(o, s, esc, default_main, locking, single);
            }
        }
        o.check();
        done += n;
        k += 7;
    }
    if esc {
        o.put_char(' ');
    }
}

/// The common case: blocks of sixteen septets (fourteen octets of `bytes` from octet `k`) that
/// are all their own ASCII characters, written to `o` two blocks (or one) at a time. Stops
/// after `max` blocks, at the first other block, or when `o` has no room; returns the number
/// of blocks done. One loop for all the checks, and no call in it but a buffer's growth.
#[inline(always)]
fn ascii_run<O: Out>(o: &mut O, bytes: &[u8], k: usize, fill: u32, max: usize) -> usize {
    let mut p = 0;
    let mut k = k;
    // Two blocks at a time: four groups of eight septets, at octets 0, 7, 14 and 21.
    while p + 2 <= max {
        let Some(w) = bytes.get(k..k + 29).and_then(<[u8]>::first_chunk::<29>) else {
            break;
        };
        let x = [
            spread(load8(w, 0) >> fill),
            spread(load8(w, 7) >> fill),
            spread(load8(w, 14) >> fill),
            spread(load8(w, 21) >> fill),
        ];
        if not_identity(x[0]) | not_identity(x[1]) | not_identity(x[2]) | not_identity(x[3]) != 0 {
            break;
        }
        let mut out = [0u8; 32];
        for (d, x) in out.chunks_exact_mut(8).zip(x) {
            d.copy_from_slice(&x.to_le_bytes());
        }
        if !o.put_ascii(out) {
            break;
        }
        k += 28;
        p += 2;
    }
    while p < max {
        let v = load16(bytes, k);
        let x0 = spread(v as u64 >> fill);
        let x1 = spread((v >> 56) as u64 >> fill);
        if not_identity(x0) | not_identity(x1) != 0 {
            break;
        }
        if !o.put_ascii((u128::from(x1) << 64 | u128::from(x0)).to_le_bytes()) {
            break;
        }
        k += 14;
        p += 1;
    }
    p
}

/// Eight septets `x` (one per octet) with the default main table; returns the ESC state.
#[inline]
fn group_default<O: Out>(o: &mut O, x: u64, esc: bool, single: &'static Table) -> bool {
    if !esc && not_identity(x) == 0 {
        o.put8(x);
        false
    } else if !esc && !has_byte(x, ESC) {
        for s in x.to_le_bytes() {
            o.put_default(s);
        }
        false
    } else {
        let mut esc = esc;
        for s in x.to_le_bytes() {
            esc = step(o, s, esc, true, &DEFAULT_ALPHABET, single);
        }
        esc
    }
}

/// The 64 bits at octet `o` of `w` (`o + 8 <= N`: constant offsets fold away the check).
#[inline(always)]
fn load8<const N: usize>(w: &[u8; N], o: usize) -> u64 {
    w.get(o..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |c| u64::from_le_bytes(*c))
}

/// The 128 bits at octet `k` (zeros past the end).
#[inline]
fn load16(bytes: &[u8], k: usize) -> u128 {
    if let Some(s) = bytes.get(k..k + 16).and_then(|s| s.first_chunk::<16>()) {
        return u128::from_le_bytes(*s);
    }
    let len = bytes.len();
    if let Some(s) = bytes
        .get(len.wrapping_sub(16)..)
        .and_then(|s| s.first_chunk::<16>())
    {
        // The last sixteen octets, shifted down to start at `k` (k + 16 > len here).
        let d = k + 16 - len;
        return if d < 16 {
            u128::from_le_bytes(*s) >> (8 * d)
        } else {
            0
        };
    }
    let mut a = [0u8; 16];
    for (d, s) in a.iter_mut().zip(bytes.get(k..).unwrap_or(&[])) {
        *d = *s;
    }
    u128::from_le_bytes(a)
}

/// The eight septets in the low 56 bits of `w`, one per octet (septet 0 in the low octet).
#[inline]
fn spread(w: u64) -> u64 {
    let x = (w & 0x0000_0000_0FFF_FFFF) | ((w & 0x00FF_FFFF_F000_0000) << 4);
    let x = (x & 0x0000_3FFF_0000_3FFF) | ((x & 0x0FFF_C000_0FFF_C000) << 2);
    (x & 0x007F_007F_007F_007F) | ((x & 0x3F80_3F80_3F80_3F80) << 1)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Some octet of `x` (all below 0x80) equals `b` (exact: the classic zero-octet test).
#[inline]
fn has_byte(x: u64, b: u8) -> bool {
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & HIGH != 0
}

/// Bit 7 set in each octet of `x` (all below 0x80) that is not a septet whose default-alphabet
/// character is the same ASCII code; 0 when all eight are. The identity codes are 0x20..=0x7A
/// except `¤` 0x24, `¡` 0x40 and `Ä Ö Ñ Ü § ¿` 0x5B..=0x60 (TS 23.038 §6.2.1). From 0x40 up,
/// the others are exactly the codes whose low five bits are 0 or 0x1B..=0x1F (0x40, 0x5B..=0x60,
/// 0x7B..=0x7F): their low five bits plus 5, modulo 32, are below 6.
///
/// Each term sets bit 7 of an octet exactly in its case, and no term carries or borrows
/// across octets (every octet stays within 0x00..=0xFF for inputs below 0x80).
#[inline]
fn not_identity(x: u64) -> u64 {
    // Below 0x20: 0x9F - x is 0x80 or more.
    let low = (ONES * 0x9F) - x;
    // 0x24: 0x80 - (x ^ 0x24) is 0x80 only when x == 0x24.
    let dollar = (ONES * 0x80) - (x ^ (ONES * 0x24));
    // 0x40 or more: x + 0x40 is 0x80 or more.
    let upper = x + ONES * 0x40;
    // Low five bits plus 5 (mod 32) at 6 or more: (that + 0x7A) is 0x80 or more.
    let letter = ((x + ONES * 0x05) & (ONES * 0x1F)) + ONES * 0x7A;
    (low | dollar | (upper & !letter)) & HIGH
}

/// One septet through the full rules (ESC, SS2, national tables); returns the new ESC state.
#[inline]
fn step<O: Out>(
    blk: &mut O,
    s: u8,
    esc: bool,
    default_main: bool,
    locking: &'static Table,
    single: &'static Table,
) -> bool {
    let i = usize::from(s);
    if esc {
        let c = if s == ESC {
            ' '
        } else {
            single
                .get(i)
                .copied()
                .flatten()
                .or(locking.get(i).copied().flatten())
                .unwrap_or(' ')
        };
        blk.put_char(c);
        false
    } else if s == ESC {
        true
    } else if default_main {
        blk.put_default(s);
        false
    } else {
        blk.put_char(locking.get(i).copied().flatten().unwrap_or(' '));
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::{septets::Septets, tables, Gsm7Chars};
    use alloc::string::String;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The fast path gives exactly what the iterator gives, for any octets, fill, count and
        /// pair of tables (ESC pairs, SS2, unassigned codes, a final lone ESC included).
        #[test]
        fn same_as_the_iterator(bytes in prop::collection::vec(any::<u8>(), 0..200),
                                fill in 0u8..8, count in 0usize..260,
                                locking in 0u8..15, single in 0u8..15) {
            let (l, s) = (Some(locking).filter(|&n| n != 14), Some(single).filter(|&n| n != 14));
            let slow: String = Gsm7Chars::national(Septets::new(&bytes, fill, count), l, s).collect();
            let mut fast = String::new();
            Gsm7Chars::national(Septets::new(&bytes, fill, count), l, s).decode_into(&mut fast);
            prop_assert_eq!(fast, slow);
        }

        /// The same on text-like input: mostly septets that are their own ASCII characters (so
        /// the sixteen-septet path runs) among any others, packed after any fill, with a count
        /// past the end, decoded into an empty and a non-empty `String`.
        #[test]
        fn same_as_the_iterator_on_text(
            septets in prop::collection::vec(
                prop_oneof![20 => 0x61u8..0x7B, 8 => 0x20u8..0x7B, 1 => 0u8..128], 0..300),
            fill in 0u8..8, extra in 0usize..3, prefix in any::<bool>(), single in 0u8..15) {
            let mut packed = alloc::vec::Vec::new();
            let mut p = super::super::septets::Packer::new(fill);
            for &s in &septets {
                p.push(s, &mut packed);
            }
            p.finish(&mut packed);
            let count = septets.len() + extra;
            let single = Some(single).filter(|&n| n != 14);
            let mut slow = String::from(if prefix { "x" } else { "" });
            slow.extend(Gsm7Chars::national(Septets::new(&packed, fill, count), None, single));
            let mut fast = String::from(if prefix { "x" } else { "" });
            Gsm7Chars::national(Septets::new(&packed, fill, count), None, single)
                .decode_into(&mut fast);
            prop_assert_eq!(fast, slow);
        }
    }

    /// `not_identity` flags exactly the octets that are not their own character, wherever they
    /// sit and whatever their neighbours (no carry or borrow crosses octets).
    #[test]
    fn identity_mask_is_exact_per_octet() {
        let same =
            |b: u8| tables::DEFAULT_ALPHABET[usize::from(b)] == Some(char::from(b)) && b >= 0x20;
        for fillr in [0x00u8, 0x1F, 0x20, 0x24, 0x40, 0x41, 0x5B, 0x60, 0x7A, 0x7F] {
            for pos in 0..8 {
                for b in 0u8..128 {
                    let mut o = [fillr; 8];
                    o[pos] = b;
                    let expect = o.iter().enumerate().fold(0u64, |m, (j, &c)| {
                        m | if same(c) { 0 } else { 0x80 << (8 * j) }
                    });
                    assert_eq!(
                        super::not_identity(u64::from_le_bytes(o)),
                        expect,
                        "{o:02x?}"
                    );
                }
            }
        }
    }

    #[test]
    fn identity_test_matches_the_table() {
        for b in 0u8..128 {
            let x = super::ONES * u64::from(b);
            let same = tables::DEFAULT_ALPHABET[usize::from(b)] == Some(char::from(b));
            let expect = same && b >= 0x20; // LF and CR map to themselves but are not tested
            assert_eq!(super::not_identity(x) == 0, expect, "{b:#04x}");
            // One odd octet among identity ones spoils the group.
            let mixed = (super::ONES * 0x41) & !0xFF | u64::from(b);
            assert_eq!(super::not_identity(mixed) == 0, expect, "{b:#04x} mixed");
        }
    }

    #[test]
    fn spread_puts_one_septet_per_octet() {
        let septets = [0x01u64, 0x7F, 0x00, 0x55, 0x2A, 0x1B, 0x40, 0x7E];
        let w = septets
            .iter()
            .enumerate()
            .fold(0u64, |w, (j, s)| w | s << (7 * j));
        let expect = septets
            .iter()
            .enumerate()
            .fold(0u64, |x, (j, s)| x | s << (8 * j));
        assert_eq!(super::spread(w), expect);
        // Bits above the eight septets (the next octet, after a shift by the fill) are ignored.
        assert_eq!(super::spread(w | 0xFF << 56), expect);
    }

    #[test]
    fn every_default_code() {
        for code in 0u8..128 {
            for fill in 0..7 {
                let mut packed = alloc::vec::Vec::new();
                let mut p = super::super::septets::Packer::new(fill);
                for s in [code, b'A', code] {
                    p.push(s, &mut packed);
                }
                p.finish(&mut packed);
                let slow: String =
                    Gsm7Chars::default_tables(Septets::new(&packed, fill, 3)).collect();
                let mut fast = String::new();
                Gsm7Chars::default_tables(Septets::new(&packed, fill, 3)).decode_into(&mut fast);
                assert_eq!(fast, slow, "code {code:#04x} fill {fill}");
            }
        }
        let _ = tables::DEFAULT_EXTENSION;
    }
}
