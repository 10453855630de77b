//! TP-SCTS, TP-DT and the absolute TP-VP: seven semi-octet octets with a signed time zone
//! (TS 23.040 §9.2.3.11).

use crate::{DecodeError, EncodeError};
use smsip_core::{Reader, Sink};

/// A service-centre time stamp: year, month, day, hour, minute, second and time zone, kept as
/// the seven octets received so it re-encodes unchanged.
///
/// Decoding rejects a semi-octet that is not a decimal digit (there is nothing to show for it);
/// out-of-range values made of decimal digits (month 13) are kept, as TS 23.040 asks receivers
/// to show them as received, and [`Timestamp::validate`] reports them.
///
/// ```
/// use smsip_tpdu::Timestamp;
/// let ts = Timestamp::new(24, 12, 31, 23, 59, 58, -20).unwrap();
/// assert_eq!(ts.octets(), [0x42, 0x21, 0x13, 0x32, 0x95, 0x85, 0x0A]);
/// assert_eq!(ts.tz_quarters(), -20);
/// assert_eq!(ts.rfc3339().to_string(), "2024-12-31T23:59:58-05:00");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp(u64); // the seven octets, little-endian (octet 1 in bits 7..0)

const LOW_NIBBLES: u64 = 0x0000_0F0F_0F0F_0F0F;
const SIX: u64 = 0x0000_0606_0606_0606;
const CARRY: u64 = 0x0000_1010_1010_1010;

/// Octets 1..6 of `v` hold only decimal semi-octets, and octet 7's units semi-octet is decimal
/// (SWAR: adding 6 to a nibble carries into bit 4 exactly when it is above 9).
#[inline]
const fn all_decimal(v: u64) -> bool {
    let lo = v & LOW_NIBBLES;
    let hi = (v >> 4) & LOW_NIBBLES;
    (lo + SIX) & CARRY == 0 && (hi + SIX) & CARRY == 0 && (v >> 52) & 0x0F <= 9
}

#[inline]
const fn pack(o: [u8; 7]) -> u64 {
    let [a, b, c, d, e, f, g] = o;
    u64::from_le_bytes([a, b, c, d, e, f, g, 0])
}

#[inline]
const fn swap_bcd(b: u8) -> Option<u8> {
    let lo = b & 0x0F;
    let hi = b >> 4;
    if lo > 9 || hi > 9 {
        None
    } else {
        Some(lo * 10 + hi)
    }
}

#[inline]
const fn to_swapped(v: u8) -> u8 {
    (v % 10) << 4 | (v / 10)
}

impl Timestamp {
    /// All seven octets zero (`2000-00-00T00:00:00+00:00`: not a valid date, a placeholder).
    pub const ZERO: Timestamp = Timestamp(0);

    /// A time stamp from its values; `tz_quarters` is the offset from UTC in quarters of an hour
    /// (-79..=79).
    pub fn new(
        year: u8,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        tz_quarters: i8,
    ) -> Result<Self, EncodeError> {
        for v in [year, month, day, hour, minute, second] {
            if v > 99 {
                return Err(EncodeError::invalid("TP-SCTS", "field above 99"));
            }
        }
        let q = tz_quarters.unsigned_abs();
        if q > 79 {
            return Err(EncodeError::invalid(
                "TP-SCTS",
                "time zone above 79 quarters",
            ));
        }
        let tz = to_swapped(q) | if tz_quarters < 0 { 0x08 } else { 0 };
        Ok(Timestamp(pack([
            to_swapped(year),
            to_swapped(month),
            to_swapped(day),
            to_swapped(hour),
            to_swapped(minute),
            to_swapped(second),
            tz,
        ])))
    }

    /// From the seven octets as sent; checks every semi-octet is a decimal digit (the time zone
    /// tens digit is 3 bits, bit 3 is the sign). On error returns the index of the bad octet.
    pub fn from_octets(o: [u8; 7]) -> Result<Self, usize> {
        Self::from_packed(pack(o))
    }

    #[inline]
    fn from_packed(v: u64) -> Result<Self, usize> {
        if all_decimal(v) {
            return Ok(Timestamp(v));
        }
        let o = v.to_le_bytes();
        Err(o
            .iter()
            .take(6)
            .position(|&b| swap_bcd(b).is_none())
            .unwrap_or(6))
    }

    /// The seven octets.
    pub const fn octets(&self) -> [u8; 7] {
        let b = self.0.to_le_bytes();
        [b[0], b[1], b[2], b[3], b[4], b[5], b[6]]
    }

    fn field(&self, i: usize) -> u8 {
        swap_bcd((self.0 >> (8 * (i & 7))) as u8).unwrap_or(0)
    }

    /// Two-digit year (read as 20YY by [`Timestamp::rfc3339`]).
    pub fn year(&self) -> u8 {
        self.field(0)
    }
    /// Month.
    pub fn month(&self) -> u8 {
        self.field(1)
    }
    /// Day.
    pub fn day(&self) -> u8 {
        self.field(2)
    }
    /// Hour.
    pub fn hour(&self) -> u8 {
        self.field(3)
    }
    /// Minute.
    pub fn minute(&self) -> u8 {
        self.field(4)
    }
    /// Second.
    pub fn second(&self) -> u8 {
        self.field(5)
    }
    /// Offset from UTC in quarters of an hour (tens digit in bits 2..0, sign in bit 3, units in
    /// bits 7..4).
    pub const fn tz_quarters(&self) -> i8 {
        let t = (self.0 >> 48) as u8;
        let q = ((t & 0x07) * 10 + (t >> 4)) as i8;
        if t & 0x08 != 0 {
            -q
        } else {
            q
        }
    }

    /// Checks the values are a real date and time (month 1-12, day valid for the month, hour
    /// < 24, minute and second < 60, time zone within +-14 h). Returns the field name at fault.
    pub fn validate(&self) -> Result<(), &'static str> {
        let (y, m, d) = (self.year(), self.month(), self.day());
        if !(1..=12).contains(&m) {
            return Err("month");
        }
        let leap = y % 4 == 0;
        let dim = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if d == 0 || d > dim {
            return Err("day");
        }
        if self.hour() > 23 {
            return Err("hour");
        }
        if self.minute() > 59 {
            return Err("minute");
        }
        if self.second() > 59 {
            return Err("second");
        }
        if self.tz_quarters().unsigned_abs() > 56 {
            return Err("time zone");
        }
        Ok(())
    }

    /// An RFC 3339 rendering (`2024-03-15T14:30:00+01:00`), the year read as 20YY.
    pub const fn rfc3339(&self) -> Rfc3339 {
        Rfc3339(*self)
    }

    #[inline]
    pub(crate) fn decode(r: &mut Reader<'_>, field: &'static str) -> Result<Self, DecodeError> {
        let at = r.offset();
        // Built with shifts, not a copy into a stack array (that stalls store forwarding).
        let v = r
            .take(7, field)?
            .iter()
            .rev()
            .fold(0u64, |v, &b| v << 8 | u64::from(b));
        Timestamp::from_packed(v)
            .map_err(|i| DecodeError::invalid(field, at + i, "semi-octet is not a decimal digit"))
    }

    pub(crate) fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        out.put_slice(&self.octets());
    }
}

impl Default for Timestamp {
    /// [`Timestamp::ZERO`].
    fn default() -> Self {
        Timestamp::ZERO
    }
}

impl core::fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Timestamp({})", self.rfc3339())
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for Timestamp {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut f = [0u8; 6];
        for v in &mut f {
            *v = u.int_in_range(0..=99)?;
        }
        let tz = u.int_in_range(-79..=79)?;
        Timestamp::new(f[0], f[1], f[2], f[3], f[4], f[5], tz)
            .map_err(|_| arbitrary::Error::IncorrectFormat)
    }
}

/// RFC 3339 display of a [`Timestamp`].
#[derive(Clone, Copy)]
pub struct Rfc3339(Timestamp);

impl core::fmt::Display for Rfc3339 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let t = &self.0;
        let q = t.tz_quarters();
        let sign = if q < 0 { '-' } else { '+' };
        let m = u16::from(q.unsigned_abs()) * 15;
        write!(
            f,
            "20{:02}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            sign,
            m / 60,
            m % 60
        )
    }
}
