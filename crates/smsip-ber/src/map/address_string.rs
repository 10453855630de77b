//! AddressString and ISDN-AddressString (TS 29.002 §17.7.8, MAP-CommonDataTypes; map-sms.md §7).

use core::fmt;

use smsip_core::digits;
use smsip_core::Sink;

use crate::{BerWriter, DecodeError, Element, ErrorKind, Tag, Tbcd};

/// `maxAddressLength`: octets of an AddressString.
pub const MAX_ADDRESS_LENGTH: usize = 20;
/// `maxISDN-AddressLength`: octets of an ISDN-AddressString.
pub const MAX_ISDN_ADDRESS_LENGTH: usize = 9;

smsip_core::open_enum! {
    /// Nature of address indicator: bits 7–5 of the first AddressString octet.
    pub struct NatureOfAddress(u8) {
        /// 000
        UNKNOWN = 0 => "unknown",
        /// 001
        INTERNATIONAL = 1 => "international number",
        /// 010
        NATIONAL_SIGNIFICANT = 2 => "national significant number",
        /// 011
        NETWORK_SPECIFIC = 3 => "network specific number",
        /// 100
        SUBSCRIBER = 4 => "subscriber number",
        /// 110
        ABBREVIATED = 6 => "abbreviated number",
        /// 111
        RESERVED_FOR_EXTENSION = 7 => "reserved for extension",
    }
}

smsip_core::open_enum! {
    /// Numbering plan indicator: bits 4–1 of the first AddressString octet.
    pub struct NumberingPlan(u8) {
        /// 0000
        UNKNOWN = 0 => "unknown",
        /// 0001
        ISDN = 1 => "ISDN/Telephony Numbering Plan (Rec ITU-T E.164)",
        /// 0011
        DATA = 3 => "data numbering plan (ITU-T Rec X.121)",
        /// 0100
        TELEX = 4 => "telex numbering plan (ITU-T Rec F.69)",
        /// 0110
        LAND_MOBILE = 6 => "land mobile numbering plan (ITU-T Rec E.212)",
        /// 1000
        NATIONAL = 8 => "national numbering plan",
        /// 1001
        PRIVATE = 9 => "private numbering plan",
        /// 1111
        RESERVED_FOR_EXTENSION = 15 => "reserved for extension",
    }
}

/// A borrowed AddressString: one octet `1 NNN PPPP` (extension bit, nature of address,
/// numbering plan), then TBCD digits. ISDN-AddressString is the same type limited to
/// [`MAX_ISDN_ADDRESS_LENGTH`] octets ([`AddressString::from_element_isdn`]).
///
/// `Display` shows the digits, with `+` for international numbers.
///
/// ```
/// use smsip_ber::{AddressString, BerWriter, Element, NatureOfAddress, NumberingPlan, Tag};
/// // msisdn [0] of map-sms.md §13.1.
/// let e = Element::from_ber(&[0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32])?;
/// let a = AddressString::from_element_isdn(e)?;
/// assert_eq!(a.nature(), NatureOfAddress::INTERNATIONAL);
/// assert_eq!(a.plan(), NumberingPlan::ISDN);
/// assert!(a.extension_bit());
/// assert!(a.digits().eq_digits("447700900123"));
/// assert_eq!(a.to_string(), "+447700900123");
/// let mut out = Vec::new();
/// a.encode(&mut BerWriter::new(&mut out), Tag::context(0));
/// assert_eq!(out, e.raw());
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct AddressString<'a> {
    /// Never empty.
    bytes: &'a [u8],
}

impl<'a> AddressString<'a> {
    /// An AddressString of these contents octets; `None` if empty. No upper size check (see
    /// [`from_element`](Self::from_element) for the checked form).
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> Option<Self> {
        if bytes.is_empty() {
            None
        } else {
            Some(AddressString { bytes })
        }
    }

    #[inline]
    fn checked(e: Element<'a>, max: usize) -> Result<Self, DecodeError> {
        let bytes = e.octet_string()?;
        if bytes.is_empty() || bytes.len() > max {
            return Err(e.error(ErrorKind::BadSize {
                min: 1,
                max: max as u16,
                found: bytes.len(),
            }));
        }
        Ok(AddressString { bytes })
    }

    /// From a primitive element (tag matched by the caller), checking SIZE (1..20).
    #[inline]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        Self::checked(e, MAX_ADDRESS_LENGTH)
    }

    /// An ISDN-AddressString from a primitive element, checking SIZE (1..9).
    #[inline]
    pub fn from_element_isdn(e: Element<'a>) -> Result<Self, DecodeError> {
        Self::checked(e, MAX_ISDN_ADDRESS_LENGTH)
    }

    /// The first octet (extension bit, nature of address, numbering plan).
    #[inline]
    pub fn first_octet(&self) -> u8 {
        self.bytes.first().copied().unwrap_or(0)
    }

    /// Bit 8 of the first octet: `true` means "no extension", the only value MAP defines.
    #[inline]
    pub fn extension_bit(&self) -> bool {
        self.first_octet() & 0x80 != 0
    }

    /// Nature of address (bits 7–5).
    #[inline]
    pub fn nature(&self) -> NatureOfAddress {
        NatureOfAddress((self.first_octet() >> 4) & 0x07)
    }

    /// Numbering plan (bits 4–1).
    #[inline]
    pub fn plan(&self) -> NumberingPlan {
        NumberingPlan(self.first_octet() & 0x0F)
    }

    /// The TBCD digits after the first octet.
    #[inline]
    pub fn digits(&self) -> Tbcd<'a> {
        Tbcd::new(self.bytes.get(1..).unwrap_or(&[]))
    }

    /// The contents octets.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Writes the contents octets as a primitive element with `tag`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.octet_string(tag, self.bytes);
    }
}

impl<'a> TryFrom<Element<'a>> for AddressString<'a> {
    type Error = DecodeError;
    /// Same as [`AddressString::from_element`].
    fn try_from(e: Element<'a>) -> Result<Self, DecodeError> {
        AddressString::from_element(e)
    }
}

impl fmt::Display for AddressString<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.nature() == NatureOfAddress::INTERNATIONAL {
            f.write_str("+")?;
        }
        fmt::Display::fmt(&self.digits(), f)
    }
}

impl fmt::Debug for AddressString<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AddressString")
            .field("nature", &self.nature())
            .field("plan", &self.plan())
            .field("digits", &self.digits())
            .finish()
    }
}

impl<S: Sink + ?Sized> BerWriter<'_, S> {
    /// An AddressString from its parts: first octet `1 NNN PPPP` (extension bit set), then the
    /// digits as TBCD. Nothing is written if a character is not a digit. No size check.
    pub fn address_string(
        &mut self,
        tag: Tag,
        nature: NatureOfAddress,
        plan: NumberingPlan,
        digit_text: &str,
    ) -> Result<(), digits::BadDigit> {
        let n = digits::validate(digit_text)?;
        let first = 0x80 | ((nature.0 & 0x07) << 4) | (plan.0 & 0x0F);
        self.primitive_with(tag, 1 + digits::packed_len(n), |s| {
            s.put(first);
            // Validated above.
            let _ = digits::encode(digit_text, s);
        });
        Ok(())
    }
}
