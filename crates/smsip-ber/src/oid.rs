//! OBJECT IDENTIFIER contents (X.690 §8.19): borrowed, validated once, decoded to arcs lazily.

use core::fmt;

/// A borrowed OBJECT IDENTIFIER: the contents octets (without tag and length).
///
/// Construction validates the encoding (X.690 §8.19.2: every subidentifier minimal and
/// terminated) and that every arc fits a `u64`; so the encoding is canonical and two `Oid`s are
/// equal exactly when their arcs are. Arcs are decoded lazily by [`Oid::arcs`]; `Display` prints
/// them dotted. Constants come from the [`oid!`](crate::oid!) macro, computed at compile time.
///
/// ```
/// use smsip_ber::{oid, Oid};
/// // shortMsgGatewayContext-v3 (map-sms.md §3), as carried in the AARQ of tcap.md §7.
/// const SHORT_MSG_GATEWAY_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 3);
/// let received = Oid::new(&[0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03]).unwrap();
/// assert_eq!(received, SHORT_MSG_GATEWAY_V3);
/// assert_eq!(received.to_string(), "0.4.0.0.1.0.20.3");
/// assert!(received.starts_with(&oid!(0, 4, 0, 0, 1, 0, 20))); // any version
/// assert_eq!(received.arcs().last(), Some(3));
/// assert!(Oid::new(&[0x2B, 0x80, 0x01]).is_none()); // leading 80 octet
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Oid<'a> {
    bytes: &'a [u8],
}

impl<'a> Oid<'a> {
    /// Validates OBJECT IDENTIFIER contents octets; `None` if they are not a valid encoding.
    pub fn new(bytes: &'a [u8]) -> Option<Self> {
        if bytes.is_empty() {
            return None;
        }
        // Every octet below 0x80: every octet is a whole subidentifier (the common case of
        // application context names, e.g. `04 00 00 01 00 14 03`).
        if bytes.iter().fold(0u8, |acc, b| acc | b) < 0x80 {
            return Some(Oid { bytes });
        }
        let mut value: u64 = 0;
        let mut at_start = true;
        for &b in bytes {
            if at_start && b == 0x80 {
                return None; // X.690 §8.19.2: the leading octet shall not be 0x80
            }
            if value > u64::MAX >> 7 {
                return None;
            }
            value = (value << 7) | u64::from(b & 0x7F);
            at_start = b & 0x80 == 0;
            if at_start {
                value = 0;
            }
        }
        // The last octet must end a subidentifier.
        if at_start {
            Some(Oid { bytes })
        } else {
            None
        }
    }

    #[doc(hidden)]
    /// Not public API: the [`oid!`](crate::oid!) macro's constructor over octets it computed.
    pub const fn __from_valid(bytes: &'a [u8]) -> Self {
        Oid { bytes }
    }

    /// The contents octets.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The arcs, decoded as they are iterated (X.690 §8.19.4: the first subidentifier carries
    /// the first two arcs).
    #[inline]
    pub fn arcs(&self) -> Arcs<'a> {
        Arcs {
            bytes: self.bytes,
            second: None,
            first_done: false,
        }
    }

    /// True when the arcs equal `arcs`, without allocating.
    ///
    /// ```
    /// use smsip_ber::oid;
    /// assert!(oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1).eq_arcs(&[1, 3, 6, 1, 4, 1, 32473, 1, 1]));
    /// assert!(!oid!(1, 3, 6).eq_arcs(&[1, 3]));
    /// ```
    pub fn eq_arcs(&self, arcs: &[u64]) -> bool {
        let mut mine = self.arcs();
        for &a in arcs {
            if mine.next() != Some(a) {
                return false;
            }
        }
        mine.next().is_none()
    }

    /// True when the first arcs of `self` are those of `prefix` (every arc of `prefix`).
    #[inline]
    pub fn starts_with(&self, prefix: &Oid<'_>) -> bool {
        // Subidentifiers are self-delimiting and `prefix` ends on a subidentifier boundary, so an
        // octet prefix is an arc prefix (the first subidentifier holds two arcs in both).
        self.bytes.starts_with(prefix.bytes)
    }
}

impl fmt::Display for Oid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, arc) in self.arcs().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{arc}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Oid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Oid({self})")
    }
}

/// Iterator over the arcs of an [`Oid`].
#[derive(Debug, Clone)]
pub struct Arcs<'a> {
    bytes: &'a [u8],
    second: Option<u64>,
    first_done: bool,
}

impl Iterator for Arcs<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        if let Some(s) = self.second.take() {
            return Some(s);
        }
        if self.bytes.is_empty() {
            return None;
        }
        let mut value: u64 = 0;
        while let Some((&b, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            // Validated on construction: cannot overflow; saturate rather than trust it blindly.
            value = value.checked_shl(7).unwrap_or(u64::MAX) | u64::from(b & 0x7F);
            if b & 0x80 == 0 {
                break;
            }
        }
        if self.first_done {
            return Some(value);
        }
        self.first_done = true;
        let (first, second) = match value {
            0..=39 => (0, value),
            40..=79 => (1, value - 40),
            _ => (2, value - 80),
        };
        self.second = Some(second);
        Some(first)
    }
}

impl core::iter::FusedIterator for Arcs<'_> {}

/// Builds an [`Oid`]`<'static>` from its arcs at compile time (a bad arc list is a compile
/// error). Usable in `const` items.
///
/// ```
/// use smsip_ber::{oid, Oid};
/// /// dialogue-as-id (tcap.md §4).
/// const DIALOGUE_AS_ID: Oid<'static> = oid!(0, 0, 17, 773, 1, 1, 1);
/// assert_eq!(DIALOGUE_AS_ID.as_bytes(), &[0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01]);
/// ```
#[macro_export]
macro_rules! oid {
    ($($arc:expr),+ $(,)?) => {{
        const __ARCS: &[u64] = &[$($arc),+];
        const __LEN: usize = $crate::__macro_support::oid_encoded_len(__ARCS);
        const __BYTES: [u8; __LEN] = $crate::__macro_support::oid_encode(__ARCS);
        $crate::Oid::__from_valid(&__BYTES)
    }};
}

/// Compile-time OID encoding for [`oid!`](crate::oid!). Not public API.
#[doc(hidden)]
pub mod macro_support {
    use crate::tag::base128_len;

    /// The first subidentifier (X.690 §8.19.4), checking the arc ranges of X.660.
    const fn first_subidentifier(arcs: &[u64]) -> u64 {
        assert!(
            arcs.len() >= 2,
            "an OBJECT IDENTIFIER has at least two arcs"
        );
        let (first, second) = match arcs {
            [a, b, ..] => (*a, *b),
            _ => (0, 0),
        };
        assert!(first <= 2, "the first arc is 0, 1 or 2");
        assert!(
            first == 2 || second < 40,
            "under arcs 0 and 1 the second arc is below 40"
        );
        assert!(second <= u64::MAX - 80, "second arc too large");
        first * 40 + second
    }

    /// Contents octets of the OID with `arcs`.
    pub const fn oid_encoded_len(arcs: &[u64]) -> usize {
        let mut n = base128_len(first_subidentifier(arcs));
        let mut rest = match arcs {
            [_, _, rest @ ..] => rest,
            _ => &[],
        };
        while let [a, tail @ ..] = rest {
            n += base128_len(*a);
            rest = tail;
        }
        n
    }

    /// Contents octets of the OID with `arcs`, into an array of exactly [`oid_encoded_len`].
    pub const fn oid_encode<const N: usize>(arcs: &[u64]) -> [u8; N] {
        let mut out = [0u8; N];
        let mut pos = put_base128(&mut out, 0, first_subidentifier(arcs));
        let mut rest = match arcs {
            [_, _, rest @ ..] => rest,
            _ => &[],
        };
        while let [a, tail @ ..] = rest {
            pos = put_base128(&mut out, pos, *a);
            rest = tail;
        }
        assert!(pos == N, "length mismatch");
        out
    }

    #[allow(clippy::indexing_slicing)] // const evaluation only: out of bounds is a compile error
    const fn put_base128<const N: usize>(out: &mut [u8; N], pos: usize, v: u64) -> usize {
        let n = base128_len(v);
        let mut i = 0;
        while i < n {
            let shift = 7 * (n - 1 - i);
            let cont = if i + 1 < n { 0x80 } else { 0 };
            out[pos + i] = ((v >> shift) & 0x7F) as u8 | cont;
            i += 1;
        }
        pos + n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arcs_and_bounds() {
        let o = crate::oid!(2, 999, 3);
        assert_eq!(o.as_bytes(), &[0x88, 0x37, 0x03]);
        assert!(o.eq_arcs(&[2, 999, 3]));
        let big = crate::oid!(1, 2, u64::MAX);
        assert!(big.eq_arcs(&[1, 2, u64::MAX]));
        assert_eq!(Oid::new(big.as_bytes()), Some(big));
        // One more bit than u64 holds.
        assert!(
            Oid::new(&[0x2A, 0x82, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]).is_none()
        );
        assert!(Oid::new(&[]).is_none());
        assert!(Oid::new(&[0x2A, 0x86]).is_none());
    }

    /// The rules of X.690 §8.19 one subidentifier at a time, without the short cut of `new`.
    fn valid_by_subidentifiers(bytes: &[u8]) -> bool {
        !bytes.is_empty()
            && bytes.last().is_some_and(|b| b & 0x80 == 0)
            && bytes
                .split_inclusive(|b| b & 0x80 == 0)
                .all(|sub| sub.first() != Some(&0x80) && sub.len() <= 9)
    }

    #[test]
    fn new_agrees_with_the_subidentifier_rules() {
        for a in 0..=255u8 {
            assert_eq!(Oid::new(&[a]).is_some(), valid_by_subidentifiers(&[a]));
            for b in 0..=255u8 {
                let two = [a, b];
                assert_eq!(
                    Oid::new(&two).is_some(),
                    valid_by_subidentifiers(&two),
                    "{two:02X?}"
                );
                for c in [0x00, 0x01, 0x7F, 0x80, 0x81, 0xFF] {
                    let three = [a, b, c];
                    assert_eq!(Oid::new(&three).is_some(), valid_by_subidentifiers(&three));
                }
            }
        }
    }
}
