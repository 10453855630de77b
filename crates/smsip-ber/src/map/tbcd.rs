//! TBCD-STRING and IMSI (TS 29.002 §17.7.8, MAP-CommonDataTypes; map-sms.md §7).

use core::fmt;

use smsip_core::digits::{self, Digits};
use smsip_core::Sink;

use crate::{BerWriter, DecodeError, Element, ErrorKind, Tag};

/// A borrowed TBCD-STRING: two digits per octet, the first in bits 4–1, `F` filler in the last
/// high nibble of an odd count. Digits are decoded by the shared semi-octet codec
/// ([`smsip_core::digits`]); a 0xF inside the digits shows as `f` so it still round-trips.
///
/// ```
/// use smsip_ber::Tbcd;
/// let t = Tbcd::new(&[0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]);
/// assert_eq!(t.to_string(), "001010123456789");
/// assert_eq!(t.digit_count(), 15);
/// assert!(t.eq_digits("001010123456789") && !t.eq_digits("00101012345678"));
/// assert!(t.is_well_formed());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tbcd<'a> {
    bytes: &'a [u8],
}

impl<'a> Tbcd<'a> {
    /// The TBCD-STRING with these octets.
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> Self {
        Tbcd { bytes }
    }

    /// The packed octets.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The digits as characters (`0`-`9`, `*`, `#`, `a`-`c`, `f`), the final filler excluded.
    #[inline]
    pub fn digits(&self) -> Digits<'a> {
        Digits::tbcd(self.bytes)
    }

    /// Number of digits (the final filler excluded).
    #[inline]
    pub fn digit_count(&self) -> usize {
        self.digits().len()
    }

    /// True when there are no digits.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.digit_count() == 0
    }

    /// True when the digits equal `text` (digit letters in either case), without allocating.
    pub fn eq_digits(&self, text: &str) -> bool {
        let mut mine = self.digits().nibbles();
        for c in text.chars() {
            match (digits::from_char(c), mine.next()) {
                (Some(a), Some(b)) if a == b => {}
                _ => return false,
            }
        }
        mine.next().is_none()
    }

    /// True when no 0xF appears except as the final filler.
    #[inline]
    pub fn is_well_formed(&self) -> bool {
        self.digits().nibbles().all(|n| n != 0xF)
    }

    /// Writes the octets as a primitive element with `tag`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.octet_string(tag, self.bytes);
    }
}

impl fmt::Display for Tbcd<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.digits().try_for_each(|c| fmt::Write::write_char(f, c))
    }
}

impl fmt::Debug for Tbcd<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tbcd(\"{self}\")")
    }
}

/// IMSI ::= TBCD-STRING (SIZE (3..8)): MCC, MNC and MSIN digits concatenated. The MNC length is
/// not encoded (it comes from configuration).
///
/// ```
/// use smsip_ber::{BerWriter, Element, ErrorKind, Imsi, Tag};
/// let e = Element::from_ber(&[0x80, 0x08, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9])?;
/// let imsi = Imsi::from_element(e)?;
/// assert_eq!(imsi.to_string(), "001010123456789");
/// let mut out = Vec::new();
/// imsi.encode(&mut BerWriter::new(&mut out), Tag::context(0));
/// assert_eq!(out, e.raw());
/// let short = Element::from_ber(&[0x04, 0x02, 0x00, 0xF1])?;
/// assert_eq!(Imsi::from_element(short).unwrap_err().kind, ErrorKind::BadSize { min: 3, max: 8, found: 2 });
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Imsi<'a> {
    tbcd: Tbcd<'a>,
}

impl<'a> Imsi<'a> {
    /// Fewest octets of an IMSI.
    pub const MIN_LEN: usize = 3;
    /// Most octets of an IMSI.
    pub const MAX_LEN: usize = 8;

    /// An IMSI of these packed octets; `None` outside SIZE (3..8).
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> Option<Self> {
        if bytes.len() < Self::MIN_LEN || bytes.len() > Self::MAX_LEN {
            None
        } else {
            Some(Imsi {
                tbcd: Tbcd::new(bytes),
            })
        }
    }

    /// From a primitive element (tag already matched by the caller), checking SIZE (3..8).
    #[inline]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        let bytes = e.octet_string()?;
        Self::new(bytes).ok_or(e.error(ErrorKind::BadSize {
            min: Self::MIN_LEN as u16,
            max: Self::MAX_LEN as u16,
            found: bytes.len(),
        }))
    }

    /// The TBCD digits.
    #[inline]
    pub const fn tbcd(&self) -> Tbcd<'a> {
        self.tbcd
    }

    /// The digits as characters.
    #[inline]
    pub fn digits(&self) -> Digits<'a> {
        self.tbcd.digits()
    }

    /// The packed octets.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.tbcd.as_bytes()
    }

    /// Writes the octets as a primitive element with `tag`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        self.tbcd.encode(w, tag);
    }
}

impl<'a> TryFrom<Element<'a>> for Imsi<'a> {
    type Error = DecodeError;
    fn try_from(e: Element<'a>) -> Result<Self, DecodeError> {
        Imsi::from_element(e)
    }
}

impl fmt::Display for Imsi<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.tbcd, f)
    }
}

impl fmt::Debug for Imsi<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Imsi(\"{self}\")")
    }
}
