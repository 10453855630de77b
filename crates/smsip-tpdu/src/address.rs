//! Address fields: TP-OA, TP-DA, TP-RA and the Reply Address IE (TS 23.040 §9.1.2.5).

use crate::alphabet::{self, septets};
use crate::{DecodeError, EncodeError};
use smsip_core::digits::{self, Digits};
use smsip_core::{Reader, Sink};

smsip_core::open_enum! {
    /// Type of number, bits 6..4 of the Type-of-Address octet.
    pub struct TypeOfNumber(u8) {
        /// Unknown.
        UNKNOWN = 0 => "unknown",
        /// International number.
        INTERNATIONAL = 1 => "international number",
        /// National number.
        NATIONAL = 2 => "national number",
        /// Network specific number.
        NETWORK_SPECIFIC = 3 => "network specific number",
        /// Subscriber number.
        SUBSCRIBER = 4 => "subscriber number",
        /// Alphanumeric (GSM 7-bit default alphabet).
        ALPHANUMERIC = 5 => "alphanumeric",
        /// Abbreviated number.
        ABBREVIATED = 6 => "abbreviated number",
        /// Reserved for extension.
        RESERVED = 7 => "reserved for extension",
    }
}

smsip_core::open_enum! {
    /// Numbering plan identification, bits 3..0 of the Type-of-Address octet.
    pub struct NumberingPlan(u8) {
        /// Unknown.
        UNKNOWN = 0 => "unknown",
        /// ISDN/telephone numbering plan (E.164/E.163).
        ISDN = 1 => "ISDN/telephone numbering plan (E.164/E.163)",
        /// Data numbering plan (X.121).
        DATA = 3 => "data numbering plan (X.121)",
        /// Telex numbering plan.
        TELEX = 4 => "telex numbering plan",
        /// Service centre specific plan 1.
        SC_SPECIFIC_1 = 5 => "service centre specific plan 1",
        /// Service centre specific plan 2.
        SC_SPECIFIC_2 = 6 => "service centre specific plan 2",
        /// National numbering plan.
        NATIONAL = 8 => "national numbering plan",
        /// Private numbering plan.
        PRIVATE = 9 => "private numbering plan",
        /// ERMES numbering plan.
        ERMES = 10 => "ERMES numbering plan (ETSI DE/PS 3 01-3)",
        /// Reserved for extension.
        RESERVED = 15 => "reserved for extension",
    }
}

/// Maximum Address-Length: 20 semi-octets in 10 octets (TS 23.040 §9.1.2.5).
pub const MAX_ADDRESS_SEMI_OCTETS: u8 = 20;

/// An address field, stored inline (12 octets at most, so no borrow and no allocation).
///
/// Numeric addresses are semi-octet digits; alphanumeric ones (TON 101) are GSM 7-bit packed
/// text whose Address-Length counts the semi-octets the septets occupy.
///
/// ```
/// use smsip_tpdu::{Address, TypeOfNumber};
/// let a = Address::international("447700900123").unwrap();
/// assert_eq!(a.ton(), TypeOfNumber::INTERNATIONAL);
/// assert_eq!(a.digits().collect::<String>(), "447700900123");
/// assert_eq!(a.to_string(), "+447700900123");
/// let mut out = Vec::new();
/// a.encode(&mut out);
/// assert_eq!(out, [0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32]);
///
/// let info = Address::alphanumeric("Info").unwrap();
/// assert_eq!(info.to_string(), "Info");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Address {
    len: u8,
    toa: u8,
    value: [u8; 10],
}

impl Address {
    /// An address from its Type-of-Address octet parts and semi-octet digits
    /// (`0-9 * # a b c`, at most 20).
    pub fn new(ton: TypeOfNumber, npi: NumberingPlan, digits: &str) -> Result<Self, EncodeError> {
        let n = digits::validate(digits)
            .map_err(|_| EncodeError::invalid("Address-Value", "not a semi-octet digit"))?;
        if n > usize::from(MAX_ADDRESS_SEMI_OCTETS) {
            return Err(EncodeError::invalid("Address-Value", "more than 20 digits"));
        }
        let mut value = [0u8; 10];
        let mut sink = smsip_core::SliceSink::new(&mut value);
        let _ = digits::encode(digits, &mut sink);
        sink.finish()?;
        Ok(Address {
            len: n as u8,
            toa: 0x80 | (ton.0 & 7) << 4 | (npi.0 & 0x0F),
            value,
        })
    }

    /// An international E.164 number (TOA 0x91); a leading `+` is allowed.
    pub fn international(digits: &str) -> Result<Self, EncodeError> {
        let d = digits.strip_prefix('+').unwrap_or(digits);
        Self::new(TypeOfNumber::INTERNATIONAL, NumberingPlan::ISDN, d)
    }

    /// An alphanumeric address (TON 101, NPI 0): at most 11 GSM 7-bit septets.
    pub fn alphanumeric(text: &str) -> Result<Self, EncodeError> {
        let mut sept = [0u8; 11];
        let mut n = 0usize;
        for c in text.chars() {
            let mut buf = [0u8; 2];
            let k = alphabet::encode_char_default(c, &mut buf).ok_or(EncodeError::invalid(
                "Address-Value",
                "character not in the GSM 7-bit default alphabet",
            ))?;
            for &s in buf.get(..k).unwrap_or(&[]) {
                *sept.get_mut(n).ok_or(EncodeError::invalid(
                    "Address-Value",
                    "more than 11 septets in an alphanumeric address",
                ))? = s;
                n += 1;
            }
        }
        let sept = sept.get(..n).unwrap_or(&[]);
        let mut value = [0u8; 10];
        septets::pack_into(sept, 0, &mut value);
        Ok(Address {
            len: (7 * n).div_ceil(4) as u8,
            toa: 0xD0,
            value,
        })
    }

    /// The raw parts: Address-Length (semi-octets), Type-of-Address and the value octets.
    /// `value` longer than `ceil(len / 2)` octets or `len > 20` is an error.
    pub fn from_raw(len: u8, toa: u8, value: &[u8]) -> Result<Self, EncodeError> {
        if len > MAX_ADDRESS_SEMI_OCTETS || value.len() != usize::from(len).div_ceil(2) {
            return Err(EncodeError::invalid(
                "Address-Length",
                "does not match the value",
            ));
        }
        let mut v = [0u8; 10];
        v.get_mut(..value.len())
            .ok_or(EncodeError::invalid("Address-Value", "too long"))?
            .copy_from_slice(value);
        Ok(Address { len, toa, value: v })
    }

    /// The empty address (Address-Length 0) with the given Type-of-Address octet.
    pub const fn empty(toa: u8) -> Self {
        Address {
            len: 0,
            toa,
            value: [0; 10],
        }
    }

    /// Address-Length: useful semi-octets.
    pub const fn len_semi_octets(&self) -> u8 {
        self.len
    }

    /// The Type-of-Address octet as received (bit 7 included).
    pub const fn toa(&self) -> u8 {
        self.toa
    }

    /// Type of number.
    pub const fn ton(&self) -> TypeOfNumber {
        TypeOfNumber((self.toa >> 4) & 7)
    }

    /// Numbering plan identification.
    pub const fn npi(&self) -> NumberingPlan {
        NumberingPlan(self.toa & 0x0F)
    }

    /// True for TON 101 (alphanumeric).
    pub const fn is_alphanumeric(&self) -> bool {
        self.ton().0 == TypeOfNumber::ALPHANUMERIC.0
    }

    /// The Address-Value octets.
    pub fn value(&self) -> &[u8] {
        self.value
            .get(..usize::from(self.len).div_ceil(2))
            .unwrap_or(&[])
    }

    /// The semi-octet digits (meaningful when not alphanumeric).
    pub fn digits(&self) -> Digits<'_> {
        Digits::new(self.value(), usize::from(self.len))
    }

    /// The text of an alphanumeric address: `floor(4 * len / 7)` septets in the default
    /// alphabet with its extension table.
    pub fn alpha_text(&self) -> alphabet::Gsm7Chars<'_> {
        let n = usize::from(self.len) * 4 / 7;
        alphabet::Gsm7Chars::default_tables(septets::Septets::new(self.value(), 0, n))
    }

    /// Octets this field encodes to.
    pub fn encoded_len(&self) -> usize {
        2 + self.value().len()
    }

    /// Writes Address-Length, Type-of-Address and the value.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        out.put(self.len);
        out.put(self.toa);
        out.put_slice(self.value());
    }

    /// Reads an address field.
    #[inline]
    pub fn decode(r: &mut Reader<'_>, field: &'static str) -> Result<Self, DecodeError> {
        let at = r.offset();
        let len = r.u8(field)?;
        if len > MAX_ADDRESS_SEMI_OCTETS {
            return Err(DecodeError::invalid(
                field,
                at,
                "Address-Length above 20 semi-octets",
            ));
        }
        let toa = r.u8(field)?;
        let n = usize::from(len).div_ceil(2);
        // The value is built in two integers from a fixed ten-octet window when the input has
        // one (a TPDU always does: other fields follow), not copied into the array: a
        // variable-length copy is a call whose narrow stores stall the wide loads that move
        // the address on (store forwarding).
        let rest = r.clone().rest();
        let (lo, hi) = match (
            rest.first_chunk::<8>(),
            rest.get(8..).and_then(<[u8]>::first_chunk::<2>),
        ) {
            (Some(lo), Some(hi)) => (u64::from_le_bytes(*lo), u16::from_le_bytes(*hi)),
            _ => {
                let x = rest
                    .iter()
                    .take(10)
                    .rev()
                    .fold(0u128, |x, &b| x << 8 | u128::from(b));
                (x as u64, (x >> 64) as u16)
            }
        };
        r.take(n, field)?;
        // Keep the first `n` octets (n <= 10).
        let keep = (1u128 << (8 * n)) - 1;
        let mut value = [0u8; 10];
        let (a, b) = value.split_at_mut(8);
        a.copy_from_slice(&(lo & keep as u64).to_le_bytes());
        b.copy_from_slice(&(hi & (keep >> 64) as u16).to_le_bytes());
        Ok(Address { len, toa, value })
    }
}

impl Default for Address {
    /// The empty address with TOA 0x81 (unknown, ISDN).
    fn default() -> Self {
        Address::empty(0x81)
    }
}

impl core::fmt::Display for Address {
    /// `+` and the digits for international numbers, the text for alphanumeric ones.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use core::fmt::Write;
        if self.is_alphanumeric() {
            for c in self.alpha_text() {
                f.write_char(c)?;
            }
            return Ok(());
        }
        if self.ton() == TypeOfNumber::INTERNATIONAL {
            f.write_char('+')?;
        }
        for c in self.digits() {
            f.write_char(c)?;
        }
        Ok(())
    }
}

impl core::fmt::Debug for Address {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "Address({:?}, {:?}, \"{}\")",
            self.ton(),
            self.npi(),
            self
        )
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for Address {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let len = u.int_in_range(0..=MAX_ADDRESS_SEMI_OCTETS)?;
        let toa = u.arbitrary()?;
        let mut value = [0u8; 10];
        for b in value.iter_mut().take(usize::from(len).div_ceil(2)) {
            *b = u.arbitrary()?;
        }
        Ok(Address { len, toa, value })
    }
}
