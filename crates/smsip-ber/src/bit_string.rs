//! BIT STRING contents (X.690 §8.6), primitive form.

use core::fmt;

/// A borrowed BIT STRING: the number of unused bits in the last octet and the octets.
///
/// Bit 0 is the most significant bit of the first octet (X.680 §22.6: the leading bit), so the
/// named bits of MAP (`MW-Status`: `sc-AddressNotIncluded (0)`, `mnrf-Set (1)`, ...) and TCAP
/// (`protocol-version`: `version1 (0)`) are tested with [`BitString::is_set`].
///
/// ```
/// use smsip_ber::{BitString, Element};
/// // MW-Status with only mnrf-Set: 03 02 02 40 (map-sms.md §5.3).
/// let mw = Element::from_ber(&[0x03, 0x02, 0x02, 0x40])?.bit_string()?;
/// assert_eq!(mw.len(), 6);
/// assert!(mw.is_set(1) && !mw.is_set(0) && !mw.is_set(9));
/// // TCAP protocol-version version1: 80 02 07 80.
/// assert_eq!(BitString::new(7, &[0x80]).unwrap().len(), 1);
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct BitString<'a> {
    unused: u8,
    bytes: &'a [u8],
}

impl<'a> BitString<'a> {
    /// A bit string of `bytes` whose last octet has `unused` (0..=7) unused bits; `None` when
    /// unused bits are given without octets or exceed 7 (X.690 §8.6.2.2, §8.6.2.3).
    #[inline]
    pub const fn new(unused: u8, bytes: &'a [u8]) -> Option<Self> {
        if unused > 7 || (bytes.is_empty() && unused != 0) {
            None
        } else {
            Some(BitString { unused, bytes })
        }
    }

    /// From contents octets: the initial octet (unused bits), then the bits (X.690 §8.6.2).
    #[inline]
    pub fn from_content(content: &'a [u8]) -> Option<Self> {
        let (&unused, bytes) = content.split_first()?;
        Self::new(unused, bytes)
    }

    /// Unused bits in the last octet (0..=7).
    #[inline]
    pub const fn unused_bits(&self) -> u8 {
        self.unused
    }

    /// The octets holding the bits (unused bits included).
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Number of bits.
    #[inline]
    pub const fn len(&self) -> usize {
        self.bytes.len().saturating_mul(8) - self.unused as usize
    }

    /// True when there are no bits.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bit `i` (0 = leading bit); `None` past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<bool> {
        if i >= self.len() {
            return None;
        }
        let octet = self.bytes.get(i / 8)?;
        Some(octet & (0x80 >> (i % 8)) != 0)
    }

    /// Bit `i`, `false` past the end (absent named bits are clear, X.680 §22.7).
    #[inline]
    pub fn is_set(&self, i: usize) -> bool {
        self.get(i).unwrap_or(false)
    }

    /// Contents length when encoded: the unused-bits octet and the octets.
    #[inline]
    pub const fn content_len(&self) -> usize {
        1 + self.bytes.len()
    }
}

impl fmt::Debug for BitString<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BitString(")?;
        for i in 0..self.len() {
            f.write_str(if self.is_set(i) { "1" } else { "0" })?;
        }
        f.write_str(")")
    }
}
