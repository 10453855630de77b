//! RP-Originator Address and RP-Destination Address (TS 24.011 §8.2.5.1, §8.2.5.2).
//!
//! ```text
//! octet 1   length of the contents in octets (0 = no address, else 2..=11; 1 is refused)
//! octet 2   bit 8 = 1 (no extension) | bits 7-5 type of number | bits 4-1 numbering plan
//! octet 3.. BCD digits, first digit in bits 4-1; an odd count ends with filler 1111
//! ```
//! Unlike a TS 23.040 TP address, the length counts octets, not digits.

use core::fmt;

use smsip_core::digits::{self, Digits};
use smsip_core::{Reader, Sink, SliceSink};

use crate::{BuildError, DecodeError};

smsip_core::open_enum! {
    /// Type of number, bits 7-5 of the TON/NPI octet (TS 24.008 §10.5.4.7, Table 10.5.118).
    pub struct TypeOfNumber(u8) {
        /// Unknown.
        UNKNOWN = 0 => "unknown",
        /// International number.
        INTERNATIONAL = 1 => "international number",
        /// National number.
        NATIONAL = 2 => "national number",
        /// Network specific number.
        NETWORK_SPECIFIC = 3 => "network specific number",
        /// Dedicated access, short code.
        DEDICATED_ACCESS = 4 => "dedicated access, short code",
        /// Reserved for extension.
        RESERVED_FOR_EXTENSION = 7 => "reserved for extension",
    }
}

smsip_core::open_enum! {
    /// Numbering plan identification, bits 4-1 of the TON/NPI octet (TS 24.008 §10.5.4.7).
    pub struct NumberingPlan(u8) {
        /// Unknown.
        UNKNOWN = 0 => "unknown",
        /// ISDN/telephony numbering plan (ITU-T E.164 / E.163).
        ISDN = 1 => "ISDN/telephony numbering plan (E.164/E.163)",
        /// Data numbering plan (ITU-T X.121).
        DATA = 3 => "data numbering plan (X.121)",
        /// Telex numbering plan (ITU-T F.69).
        TELEX = 4 => "telex numbering plan (F.69)",
        /// National numbering plan.
        NATIONAL = 8 => "national numbering plan",
        /// Private numbering plan.
        PRIVATE = 9 => "private numbering plan",
        /// Reserved for CTS.
        CTS = 11 => "reserved for CTS",
        /// Reserved for extension.
        RESERVED_FOR_EXTENSION = 15 => "reserved for extension",
    }
}

/// A non-empty RP address: the TON/NPI octet and 1 to 10 octets (1 to 20 digits) of BCD.
///
/// TS 24.011 §8.2.5.1 and §8.2.5.2: an address that is present has a length octet of 2..=11;
/// an address IE of length 1 (a TON/NPI octet without digits) is refused by the decoder, and
/// the constructors refuse an address without digits.
///
/// Held inline (it is at most 11 octets), so it is `Copy` and needs no buffer of its own; the
/// octets are kept exactly as received, including a misplaced filler, so re-encoding is
/// lossless. An empty address (length 0) is `None` where the message holds an
/// `Option<RpAddress>`.
///
/// ```
/// use smsip_rp::{NumberingPlan, RpAddress, TypeOfNumber};
/// let sc = RpAddress::international("+447700900000").unwrap();
/// assert_eq!(sc.ton_npi(), 0x91);
/// assert_eq!(sc.type_of_number(), TypeOfNumber::INTERNATIONAL);
/// assert_eq!(sc.numbering_plan(), NumberingPlan::ISDN);
/// assert_eq!(sc.bcd(), &[0x44, 0x77, 0x00, 0x09, 0x00, 0x00]);
/// assert_eq!(sc.to_string(), "+447700900000");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RpAddress {
    ton_npi: u8,
    len: u8,
    // Octets past `len` are always zero, so the derived equality is that of the contents.
    bcd: [u8; RpAddress::MAX_BCD_OCTETS],
}

impl RpAddress {
    /// Most BCD octets after the TON/NPI octet (`GSM411_SMSC_ADDR_MAX_OCTETS` = 11 in all).
    pub const MAX_BCD_OCTETS: usize = 10;

    /// An address from a type of number, a numbering plan and digit characters (`0`-`9`, `*`,
    /// `#`, `a`-`c`; a leading `+` is ignored). Bit 8 of the TON/NPI octet is set (no
    /// extension).
    pub fn new(ton: TypeOfNumber, npi: NumberingPlan, digits: &str) -> Result<Self, BuildError> {
        if ton.0 > 7 {
            return Err(BuildError::OutOfRange {
                field: "type of number",
                value: ton.0,
                max: 7,
            });
        }
        if npi.0 > 15 {
            return Err(BuildError::OutOfRange {
                field: "numbering plan identification",
                value: npi.0,
                max: 15,
            });
        }
        let digits = digits.strip_prefix('+').unwrap_or(digits);
        let count = digits::validate(digits).map_err(|source| BuildError::Digit {
            field: "RP address digits",
            source,
        })?;
        let octets = digits::packed_len(count);
        if octets == 0 {
            return Err(BuildError::TooShort {
                field: "RP address digits",
                len: 0,
                min: 1,
            });
        }
        if octets > Self::MAX_BCD_OCTETS {
            return Err(BuildError::TooLong {
                field: "RP address digits",
                len: octets,
                max: Self::MAX_BCD_OCTETS,
            });
        }
        let mut bcd = [0u8; Self::MAX_BCD_OCTETS];
        let mut sink = SliceSink::new(&mut bcd);
        digits::encode(digits, &mut sink).map_err(|source| BuildError::Digit {
            field: "RP address digits",
            source,
        })?;
        Ok(RpAddress {
            ton_npi: 0x80 | (ton.0 << 4) | npi.0,
            len: octets as u8,
            bcd,
        })
    }

    /// An international E.164 address (TON/NPI `0x91`), the usual service-centre address.
    pub fn international(digits: &str) -> Result<Self, BuildError> {
        Self::new(TypeOfNumber::INTERNATIONAL, NumberingPlan::ISDN, digits)
    }

    /// An address from its raw octets: the TON/NPI octet and the packed BCD digits (1 to 10
    /// octets).
    pub fn from_raw(ton_npi: u8, bcd: &[u8]) -> Result<Self, BuildError> {
        if bcd.is_empty() {
            return Err(BuildError::TooShort {
                field: "RP address digits",
                len: 0,
                min: 1,
            });
        }
        let mut out = [0u8; Self::MAX_BCD_OCTETS];
        let dst = out.get_mut(..bcd.len()).ok_or(BuildError::TooLong {
            field: "RP address digits",
            len: bcd.len(),
            max: Self::MAX_BCD_OCTETS,
        })?;
        dst.copy_from_slice(bcd);
        Ok(RpAddress {
            ton_npi,
            len: bcd.len() as u8,
            bcd: out,
        })
    }

    /// The TON/NPI octet as sent.
    #[inline]
    pub const fn ton_npi(&self) -> u8 {
        self.ton_npi
    }

    /// Type of number (bits 7-5).
    #[inline]
    pub const fn type_of_number(&self) -> TypeOfNumber {
        TypeOfNumber((self.ton_npi >> 4) & 0x07)
    }

    /// Numbering plan identification (bits 4-1).
    #[inline]
    pub const fn numbering_plan(&self) -> NumberingPlan {
        NumberingPlan(self.ton_npi & 0x0F)
    }

    /// The packed BCD digit octets.
    #[inline]
    pub fn bcd(&self) -> &[u8] {
        self.bcd.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The digits as characters (a final `1111` filler is dropped).
    #[inline]
    pub fn digits(&self) -> Digits<'_> {
        Digits::tbcd(self.bcd())
    }

    /// The number of octets of the address contents (the value of the length octet).
    #[inline]
    pub const fn contents_len(&self) -> usize {
        1 + self.len as usize
    }

    /// Decodes an address LV; `None` for length 0. Length 1 (a TON/NPI octet alone) and more
    /// than 11 are [`DecodeError::Length`] at the length octet (TS 24.011 §8.2.5.1, §8.2.5.2:
    /// 2..=11 when present).
    pub(crate) fn decode_lv(
        r: &mut Reader<'_>,
        field: &'static str,
    ) -> Result<Option<RpAddress>, DecodeError> {
        let offset = r.offset();
        if r.is_empty() {
            return Err(DecodeError::Missing { field, offset });
        }
        let len = r.u8(field)?;
        if len == 0 {
            return Ok(None);
        }
        if len < 2 || usize::from(len) > 1 + Self::MAX_BCD_OCTETS {
            return Err(DecodeError::Length {
                field,
                offset,
                len,
                min: 2,
                max: 1 + Self::MAX_BCD_OCTETS as u8,
            });
        }
        let value = r.take(usize::from(len), field)?;
        let Some((&ton_npi, bcd)) = value.split_first() else {
            return Ok(None);
        };
        let mut out = [0u8; Self::MAX_BCD_OCTETS];
        if let Some(dst) = out.get_mut(..bcd.len()) {
            dst.copy_from_slice(bcd);
        }
        Ok(Some(RpAddress {
            ton_npi,
            len: bcd.len() as u8,
            bcd: out,
        }))
    }

    /// Encodes an address LV (length 0 for `None`).
    pub(crate) fn encode_lv<S: Sink + ?Sized>(address: Option<&RpAddress>, out: &mut S) {
        match address {
            None => out.put(0),
            Some(a) => {
                out.put(1 + a.len);
                out.put(a.ton_npi);
                out.put_slice(a.bcd());
            }
        }
    }

    /// Octets of an address LV.
    #[inline]
    pub(crate) fn lv_len(address: Option<&RpAddress>) -> usize {
        address.map_or(1, |a| 1 + a.contents_len())
    }
}

impl fmt::Display for RpAddress {
    /// The digits, with a `+` for an international number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.type_of_number() == TypeOfNumber::INTERNATIONAL {
            f.write_str("+")?;
        }
        for c in self.digits() {
            fmt::Write::write_char(f, c)?;
        }
        Ok(())
    }
}

impl fmt::Debug for RpAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RpAddress({:#04x}, \"", self.ton_npi)?;
        for c in self.digits() {
            fmt::Write::write_char(f, c)?;
        }
        f.write_str("\")")
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for RpAddress {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let ton_npi = u8::arbitrary(u)?;
        let n = u.int_in_range(1..=Self::MAX_BCD_OCTETS)?;
        let bytes = u.bytes(n)?;
        let mut bcd = [0u8; Self::MAX_BCD_OCTETS];
        if let Some(dst) = bcd.get_mut(..n) {
            dst.copy_from_slice(bytes);
        }
        Ok(RpAddress {
            ton_npi,
            len: n as u8,
            bcd,
        })
    }
}
