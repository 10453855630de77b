//! Borrowed element values whose length must fit their length octet.

use core::fmt;
use core::ops::Deref;

/// Borrowed octets, at most `MAX` of them: the value of an LV or TLV element.
///
/// The bound is part of the type, so every value of a message struct can be encoded (the
/// length octet cannot overflow) and decodes back to itself.
///
/// ```
/// use smsip_rp::UserData;
/// let ud = UserData::new(&[0x01, 0x00]).unwrap();
/// assert_eq!(ud.as_bytes(), &[0x01, 0x00]);
/// assert!(UserData::new(&[0u8; 233]).is_none()); // TS 24.011 §8.2.5.3: at most 232 octets
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Octets<'a, const MAX: usize>(&'a [u8]);

/// RP-User-Data (TS 24.011 §8.2.5.3): one TPDU of at most 232 octets.
pub type UserData<'a> = Octets<'a, 232>;

/// The diagnostic field of RP-Cause (TS 24.011 §8.2.5.4): opaque, at most 254 octets (the spec
/// sends at most one; more are kept, not interpreted).
pub type Diagnostic<'a> = Octets<'a, 254>;

/// CP-User-Data (TS 24.011 §8.1.4.1): one RPDU of at most 248 octets.
pub type CpUserData<'a> = Octets<'a, 248>;

impl<'a, const MAX: usize> Octets<'a, MAX> {
    /// The largest length allowed.
    pub const MAX: usize = MAX;

    /// No octets.
    pub const EMPTY: Self = Octets(&[]);

    /// `bytes` if it is at most `MAX` octets long.
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> Option<Self> {
        if bytes.len() <= MAX {
            Some(Octets(bytes))
        } else {
            None
        }
    }

    /// The octets, with the lifetime of the buffer they borrow from.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The length as the element's length octet carries it.
    #[inline]
    pub(crate) fn len_u8(&self) -> u8 {
        u8::try_from(self.0.len()).unwrap_or(u8::MAX)
    }
}

impl<const MAX: usize> Deref for Octets<'_, MAX> {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        self.0
    }
}

impl<const MAX: usize> AsRef<[u8]> for Octets<'_, MAX> {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.0
    }
}

impl<'a, const MAX: usize> TryFrom<&'a [u8]> for Octets<'a, MAX> {
    type Error = crate::BuildError;
    fn try_from(bytes: &'a [u8]) -> Result<Self, Self::Error> {
        Octets::new(bytes).ok_or(crate::BuildError::TooLong {
            field: "octets",
            len: bytes.len(),
            max: MAX,
        })
    }
}

impl<const MAX: usize> fmt::Debug for Octets<'_, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{b:02x}")?;
        }
        f.write_str("]")
    }
}

#[cfg(feature = "arbitrary")]
impl<'a, const MAX: usize> arbitrary::Arbitrary<'a> for Octets<'a, MAX> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let n = u.arbitrary_len::<u8>()?.min(MAX);
        Ok(Octets(u.bytes(n)?))
    }
}
