//! Information element identifiers and the optional part of RP-ACK / RP-ERROR
//! (TS 24.011 §8.2.5, TS 24.007 §11.2.4).

use core::fmt;

use smsip_core::Reader;

use crate::DecodeError;

/// IEI of RP-User-Data when it is optional (RP-ACK, RP-ERROR): TS 24.011 §8.2.5.3.
pub const IEI_RP_USER_DATA: u8 = 0x41;
/// IEI of RP-Cause if it were ever optional (it is mandatory LV in RP-ERROR): TS 24.011 §8.2.5.4.
pub const IEI_RP_CAUSE: u8 = 0x42;

/// One optional information element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ie<'a> {
    /// The IEI octet. With bit 8 set it is a one-octet element (type 1 or 2, TS 24.007
    /// §11.2.4) and `value` is empty; for a type 1 element bits 4-1 are its value.
    pub iei: u8,
    /// The value of a TLV element (without IEI and length).
    pub value: &'a [u8],
}

/// Optional information elements this crate does not know, kept in wire order so a message
/// re-encodes unchanged (TS 24.007 §11.2.5: unknown IEs in the non-imperative part are
/// skipped, not fatal).
///
/// Always a well-formed list (a type 4 TLV for an IEI with bit 8 clear, a single octet for an
/// IEI with bit 8 set, TS 24.007 §11.2.4) that holds no RP-User-Data (0x41): the user data is a
/// field of its own.
///
/// ```
/// use smsip_rp::UnknownIes;
/// let ies = UnknownIes::new(&[0x7E, 0x01, 0xAA, 0x90]).unwrap();
/// let v: Vec<_> = ies.iter().map(|ie| (ie.iei, ie.value)).collect();
/// assert_eq!(v, [(0x7E, &[0xAA][..]), (0x90, &[][..])]);
/// assert!(UnknownIes::new(&[0x7E, 0x05]).is_none()); // value cut
/// assert!(UnknownIes::new(&[0x41, 0x00]).is_none()); // RP-User-Data is not unknown
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UnknownIes<'a>(&'a [u8]);

impl<'a> UnknownIes<'a> {
    /// No elements.
    pub const EMPTY: Self = UnknownIes(&[]);

    /// `bytes` if it is a well-formed list of elements without RP-User-Data.
    pub fn new(bytes: &'a [u8]) -> Option<Self> {
        Self::scan(bytes, 0).ok()
    }

    /// The elements as sent.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// True when there are none.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The elements in wire order.
    #[inline]
    pub fn iter(&self) -> Ies<'a> {
        Ies {
            r: Reader::new(self.0),
        }
    }

    /// Checks that `bytes` (at `base` in the message) is a list of optional elements without
    /// RP-User-Data.
    pub(crate) fn scan(bytes: &'a [u8], base: usize) -> Result<Self, DecodeError> {
        let mut r = Reader::with_base(bytes, base);
        while !r.is_empty() {
            let offset = r.offset();
            let iei = r.u8("IEI")?;
            if iei == IEI_RP_USER_DATA {
                // A repeated or out-of-sequence RP-User-Data (TS 24.007 §11.2.5).
                return Err(DecodeError::UnexpectedIe {
                    field: "RP-User-Data",
                    offset,
                    iei,
                });
            }
            if iei & 0x80 == 0 {
                let len = r.u8("optional information element length")?;
                r.take(usize::from(len), "optional information element")?;
            }
        }
        Ok(UnknownIes(bytes))
    }
}

impl<'a> IntoIterator for UnknownIes<'a> {
    type Item = Ie<'a>;
    type IntoIter = Ies<'a>;
    fn into_iter(self) -> Ies<'a> {
        self.iter()
    }
}

impl fmt::Debug for UnknownIes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterator over [`UnknownIes`].
#[derive(Debug, Clone)]
pub struct Ies<'a> {
    r: Reader<'a>,
}

impl<'a> Iterator for Ies<'a> {
    type Item = Ie<'a>;
    fn next(&mut self) -> Option<Ie<'a>> {
        let iei = self.r.u8("IEI").ok()?;
        if iei & 0x80 != 0 {
            return Some(Ie { iei, value: &[] });
        }
        let len = self.r.u8("IE length").ok()?;
        let value = self.r.take(usize::from(len), "IE value").ok()?;
        Some(Ie { iei, value })
    }
}

impl core::iter::FusedIterator for Ies<'_> {}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for UnknownIes<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        // Any octets, cut to the longest well-formed prefix.
        let n = u.arbitrary_len::<u8>()?.min(64);
        let bytes = u.bytes(n)?;
        let mut r = Reader::new(bytes);
        let mut good = 0;
        while let Ok(iei) = r.u8("IEI") {
            if iei == IEI_RP_USER_DATA {
                break;
            }
            if iei & 0x80 == 0 {
                let Ok(len) = r.u8("len") else { break };
                if r.take(usize::from(len), "value").is_err() {
                    break;
                }
            }
            good = r.offset();
        }
        Ok(UnknownIes(bytes.get(..good).unwrap_or(&[])))
    }
}
