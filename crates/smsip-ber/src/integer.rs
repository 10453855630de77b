//! INTEGER and ENUMERATED contents: two's complement, big-endian (X.690 §8.3, §8.4).

use smsip_core::Sink;

use crate::ErrorKind;

mod sealed {
    pub trait Sealed {}
}

/// The Rust integer types an INTEGER or ENUMERATED can be decoded into and encoded from
/// (`i8`..`i64`, `u8`..`u64`, `isize`, `usize`). Decoding checks the range of the target type.
///
/// ```
/// use smsip_ber::Element;
/// let e = Element::from_ber(&[0x02, 0x01, 0x80]).unwrap(); // INTEGER -128
/// assert_eq!(e.integer::<i8>(), Ok(-128));
/// assert!(e.integer::<u8>().is_err());
/// ```
pub trait Integer: Copy + sealed::Sealed {
    #[doc(hidden)]
    fn from_i128(v: i128) -> Option<Self>;
    #[doc(hidden)]
    fn to_i128(self) -> i128;
}

macro_rules! impl_integer {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl Integer for $t {
            #[inline]
            fn from_i128(v: i128) -> Option<Self> {
                <$t>::try_from(v).ok()
            }
            #[inline]
            fn to_i128(self) -> i128 {
                // Every implementing type is at most 64 bits wide, so this is lossless.
                self as i128
            }
        }
    )*};
}

impl_integer!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// Decodes INTEGER contents. Redundant leading `00`/`FF` octets (X.690 §8.3.2 forbids them) are
/// accepted on decode, like non-minimal lengths; values wider than 128 bits are out of range.
pub(crate) fn decode(content: &[u8]) -> Result<i128, ErrorKind> {
    let mut c = content;
    let Some(&first) = c.first() else {
        return Err(ErrorKind::BadInteger);
    };
    // Strip redundant sign octets.
    while let [a, b, ..] = c {
        let redundant = (*a == 0x00 && b & 0x80 == 0) || (*a == 0xFF && b & 0x80 != 0);
        if !redundant {
            break;
        }
        c = c.get(1..).unwrap_or(&[]);
    }
    if c.len() > 16 {
        return Err(ErrorKind::IntegerOutOfRange);
    }
    let mut v: i128 = if first & 0x80 != 0 { -1 } else { 0 };
    for &b in c {
        v = (v << 8) | i128::from(b);
    }
    Ok(v)
}

/// Octets of the minimal two's-complement encoding of `v` (X.690 §8.3.2).
#[inline]
pub(crate) const fn encoded_len(v: i128) -> usize {
    // Significant bits plus one sign bit, rounded up to octets.
    let redundant = if v < 0 {
        v.leading_ones()
    } else {
        v.leading_zeros()
    };
    (136 - redundant as usize) / 8
}

/// Writes the minimal two's-complement encoding of `v`.
#[inline]
pub(crate) fn encode<S: Sink + ?Sized>(v: i128, out: &mut S) {
    let n = encoded_len(v);
    let bytes = v.to_be_bytes();
    out.put_slice(bytes.get(16 - n..).unwrap_or(&bytes));
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate alloc;
    use alloc::vec::Vec;

    #[test]
    fn minimal_encodings() {
        for (v, bytes) in [
            (0i128, &[0x00][..]),
            (1, &[0x01]),
            (127, &[0x7F]),
            (128, &[0x00, 0x80]),
            (-1, &[0xFF]),
            (-128, &[0x80]),
            (-129, &[0xFF, 0x7F]),
            (256, &[0x01, 0x00]),
            (i128::from(i64::MIN), &[0x80, 0, 0, 0, 0, 0, 0, 0]),
            (
                i128::from(u64::MAX),
                &[0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
            ),
        ] {
            let mut out = Vec::new();
            encode(v, &mut out);
            assert_eq!(out, bytes, "{v}");
            assert_eq!(encoded_len(v), bytes.len());
            assert_eq!(decode(bytes), Ok(v));
        }
    }

    #[test]
    fn lenient_and_bad() {
        assert_eq!(decode(&[0x00, 0x00, 0x05]), Ok(5));
        assert_eq!(decode(&[0xFF, 0xFF, 0x80]), Ok(-128));
        assert_eq!(decode(&[]), Err(ErrorKind::BadInteger));
        assert_eq!(decode(&[0x01; 17]), Err(ErrorKind::IntegerOutOfRange));
        let mut long = [0u8; 40];
        long[39] = 7;
        assert_eq!(decode(&long), Ok(7));
    }
}
