//! Septet packing (TS 23.038 §6.1.2.1): septet *i* occupies stream bits `f + 7i .. f + 7i + 6`,
//! least significant bit first, where `f` is the number of fill bits before the first septet.

use smsip_core::Sink;

/// Iterator over `count` septets packed in `bytes`, starting `fill` bits into the first octet.
///
/// Uses a bit accumulator, so each septet costs a shift and a mask (no division).
///
/// ```
/// use smsip_tpdu::alphabet::septets::Septets;
/// let s: Vec<u8> = Septets::new(&[0xC8, 0x34], 0, 2).collect();
/// assert_eq!(s, [b'H', b'i']);
/// ```
#[derive(Debug, Clone)]
pub struct Septets<'a> {
    bytes: core::slice::Iter<'a, u8>,
    acc: u32,
    bits: u32,
    left: usize,
    // Read by the `alloc` fast decoder only.
    #[cfg_attr(not(feature = "alloc"), allow(dead_code))]
    start: (&'a [u8], u8, usize),
}

impl<'a> Septets<'a> {
    /// `count` septets from `bytes` after `fill` (0..=7) leading bits. Septets past the end of
    /// `bytes` are not produced.
    #[inline]
    pub fn new(bytes: &'a [u8], fill: u8, count: usize) -> Self {
        let fill = u32::from(fill & 7);
        let max = (bytes.len() * 8).saturating_sub(fill as usize) / 7;
        let mut it = bytes.iter();
        let (acc, bits) = match (fill, it.next()) {
            (0, None) => (0, 0),
            (0, Some(&b)) => (u32::from(b), 8),
            (f, Some(&b)) => (u32::from(b) >> f, 8 - f),
            (_, None) => (0, 0),
        };
        let left = count.min(max);
        Septets {
            bytes: it,
            acc,
            bits,
            left,
            start: (bytes, fill as u8, left),
        }
    }

    /// The packed input, fill and count this iterator was made with, if no septet has been
    /// taken yet (the fast decoder starts from there).
    #[cfg(feature = "alloc")]
    #[inline]
    pub(crate) fn untouched(&self) -> Option<(&'a [u8], u8, usize)> {
        (self.left == self.start.2).then_some(self.start)
    }
}

impl Iterator for Septets<'_> {
    type Item = u8;
    #[inline]
    fn next(&mut self) -> Option<u8> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        if self.bits < 7 {
            let b = self.bytes.next().copied().unwrap_or(0);
            self.acc |= u32::from(b) << self.bits;
            self.bits += 8;
        }
        let s = (self.acc & 0x7F) as u8;
        self.acc >>= 7;
        self.bits -= 7;
        Some(s)
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Septets<'_> {}

/// Octets needed for `count` septets after `fill` bits.
#[inline]
pub const fn packed_len(count: usize, fill: u8) -> usize {
    (fill as usize + 7 * count).div_ceil(8)
}

/// A streaming septet packer writing into a [`Sink`].
///
/// ```
/// use smsip_tpdu::alphabet::septets::Packer;
/// let mut out = Vec::new();
/// let mut p = Packer::new(1);
/// for s in b"Hi" { p.push(*s, &mut out); }
/// p.finish(&mut out);
/// assert_eq!(out, [0x90, 0x69]);
/// ```
#[derive(Debug, Clone)]
pub struct Packer {
    acc: u32,
    bits: u32,
}

impl Packer {
    /// A packer that starts with `fill` zero bits (0..=6).
    pub const fn new(fill: u8) -> Self {
        Packer {
            acc: 0,
            bits: (fill & 7) as u32,
        }
    }

    /// Appends one septet (its bit 7 is ignored).
    #[inline]
    pub fn push<S: Sink + ?Sized>(&mut self, septet: u8, out: &mut S) {
        self.acc |= u32::from(septet & 0x7F) << self.bits;
        self.bits += 7;
        if self.bits >= 8 {
            out.put(self.acc as u8);
            self.acc >>= 8;
            self.bits -= 8;
        }
    }

    /// Flushes the last partial octet (its unused high bits are 0).
    #[inline]
    pub fn finish<S: Sink + ?Sized>(self, out: &mut S) {
        if self.bits > 0 {
            out.put(self.acc as u8);
        }
    }
}

/// Packs `septets` after `fill` bits into `out` (which must be large enough; extra septets are
/// dropped).
pub fn pack_into(septets: &[u8], fill: u8, out: &mut [u8]) -> usize {
    let mut sink = smsip_core::SliceSink::new(out);
    let mut p = Packer::new(fill);
    for &s in septets {
        p.push(s, &mut sink);
    }
    p.finish(&mut sink);
    sink.written()
}

/// Fill bits after a User Data Header of `udh_octets` octets (UDHL included) so the text starts
/// on a septet boundary (TS 23.040 §9.2.3.24).
///
/// ```
/// use smsip_tpdu::alphabet::septets::fill_bits;
/// assert_eq!(fill_bits(6), 1);
/// assert_eq!(fill_bits(7), 0);
/// assert_eq!(fill_bits(4), 3);
/// ```
#[inline]
pub const fn fill_bits(udh_octets: usize) -> u8 {
    ((7 - (udh_octets * 8) % 7) % 7) as u8
}

/// Septets a User Data Header of `udh_octets` octets occupies, fill bits included.
#[inline]
pub const fn udh_septets(udh_octets: usize) -> usize {
    (udh_octets * 8).div_ceil(7)
}
