//! TP-VP, TP-Validity-Period, in its three formats (TS 23.040 §9.2.3.12).

use crate::{DecodeError, EncodeError, Timestamp};
use smsip_core::{Reader, Sink};

/// TP-VP of an SMS-SUBMIT, with the format given by TP-VPF.
///
/// ```
/// use smsip_tpdu::ValidityPeriod;
/// assert_eq!(ValidityPeriod::Relative(167).duration_secs(), Some(24 * 3600));
/// assert_eq!(ValidityPeriod::Relative(0xA9).duration_secs(), Some(3 * 86400));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ValidityPeriod {
    /// TP-VPF 00: no TP-VP.
    #[default]
    None,
    /// TP-VPF 10: one octet, relative (§9.2.3.12.1).
    Relative(u8),
    /// TP-VPF 01: seven octets, enhanced (§9.2.3.12.3).
    Enhanced(EnhancedVp),
    /// TP-VPF 11: seven octets, absolute time (§9.2.3.12.2).
    Absolute(Timestamp),
}

/// The duration of a relative TP-VP value, in seconds (TS 23.040 §9.2.3.12.1).
///
/// ```
/// assert_eq!(smsip_tpdu::vp::relative_secs(0), 300);
/// assert_eq!(smsip_tpdu::vp::relative_secs(143), 12 * 3600);
/// assert_eq!(smsip_tpdu::vp::relative_secs(255), 63 * 7 * 86400);
/// ```
pub const fn relative_secs(v: u8) -> u32 {
    let v = v as u32;
    match v {
        0..=143 => (v + 1) * 300,
        144..=167 => 12 * 3600 + (v - 143) * 1800,
        168..=196 => (v - 166) * 86400,
        _ => (v - 192) * 7 * 86400,
    }
}

impl ValidityPeriod {
    /// TP-VPF bits (4..3 of the SMS-SUBMIT first octet) for this format.
    pub const fn vpf(&self) -> u8 {
        match self {
            ValidityPeriod::None => 0b00,
            ValidityPeriod::Relative(_) => 0b10,
            ValidityPeriod::Enhanced(_) => 0b01,
            ValidityPeriod::Absolute(_) => 0b11,
        }
    }

    /// The validity as a duration, where the format gives one.
    pub fn duration_secs(&self) -> Option<u32> {
        match self {
            ValidityPeriod::Relative(v) => Some(relative_secs(*v)),
            ValidityPeriod::Enhanced(e) => e.duration_secs(),
            _ => None,
        }
    }

    pub(crate) fn decode(r: &mut Reader<'_>, vpf: u8) -> Result<Self, DecodeError> {
        Ok(match vpf & 3 {
            0b00 => ValidityPeriod::None,
            0b10 => ValidityPeriod::Relative(r.u8("TP-VP")?),
            0b01 => ValidityPeriod::Enhanced(EnhancedVp(r.array::<7>("TP-VP")?)),
            _ => ValidityPeriod::Absolute(Timestamp::decode(r, "TP-VP")?),
        })
    }

    pub(crate) const fn encoded_len(&self) -> usize {
        match self {
            ValidityPeriod::None => 0,
            ValidityPeriod::Relative(_) => 1,
            _ => 7,
        }
    }

    pub(crate) fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        match self {
            ValidityPeriod::None => {}
            ValidityPeriod::Relative(v) => out.put(*v),
            ValidityPeriod::Enhanced(e) => out.put_slice(&e.0),
            ValidityPeriod::Absolute(t) => t.encode(out),
        }
    }
}

/// The enhanced TP-VP: functionality indicator octet(s) then the period; all seven octets kept
/// (TS 23.040 §9.2.3.12.3).
///
/// ```
/// use smsip_tpdu::vp::{EnhancedVp, EnhancedFormat};
/// let vp = EnhancedVp::new(false, EnhancedFormat::Seconds(60)).unwrap();
/// assert_eq!(vp.octets(), [0x02, 0x3C, 0, 0, 0, 0, 0]);
/// assert_eq!(vp.duration_secs(), Some(60));
/// let hms = EnhancedVp::from_octets([0x03, 0x30, 0x21, 0x54, 0, 0, 0]);
/// assert_eq!(hms.format(), EnhancedFormat::Hms(3, 12, 45));
/// assert_eq!(hms.duration_secs(), Some(11565));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct EnhancedVp([u8; 7]);

/// The validity period format of an enhanced TP-VP (bits 2..0 of the functionality indicator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnhancedFormat {
    /// 000: no validity period specified.
    NotSpecified,
    /// 001: one octet coded as the relative format.
    Relative(u8),
    /// 010: one octet, 0..=255 seconds (0 is reserved).
    Seconds(u8),
    /// 011: hours, minutes, seconds in semi-octets (`None` when a semi-octet is not a digit).
    Hms(u8, u8, u8),
    /// 011 with a non-decimal semi-octet.
    BadHms([u8; 3]),
    /// 100..=111: reserved.
    Reserved(u8),
}

impl EnhancedVp {
    /// From the seven octets as sent.
    pub const fn from_octets(o: [u8; 7]) -> Self {
        EnhancedVp(o)
    }

    /// A single-indicator-octet value with the given format (unused octets 0).
    pub fn new(single_shot: bool, format: EnhancedFormat) -> Result<Self, EncodeError> {
        let mut o = [0u8; 7];
        let ss = if single_shot { 0x40 } else { 0 };
        let sw = |v: u8| (v % 10) << 4 | (v / 10);
        match format {
            EnhancedFormat::NotSpecified => o[0] = ss,
            EnhancedFormat::Relative(v) => o = [ss | 1, v, 0, 0, 0, 0, 0],
            EnhancedFormat::Seconds(v) => o = [ss | 2, v, 0, 0, 0, 0, 0],
            EnhancedFormat::Hms(h, m, s) if h < 100 && m < 100 && s < 100 => {
                o = [ss | 3, sw(h), sw(m), sw(s), 0, 0, 0]
            }
            EnhancedFormat::BadHms(b) => o = [ss | 3, b[0], b[1], b[2], 0, 0, 0],
            EnhancedFormat::Reserved(f) if (4..=7).contains(&f) => o[0] = ss | f,
            _ => {
                return Err(EncodeError::invalid(
                    "TP-VP",
                    "enhanced format value out of range",
                ))
            }
        }
        Ok(EnhancedVp(o))
    }

    /// The seven octets.
    pub const fn octets(&self) -> [u8; 7] {
        self.0
    }

    /// Index of the last functionality indicator octet (bit 7 chains further octets).
    fn last_indicator(&self) -> usize {
        self.0
            .iter()
            .take(6)
            .take_while(|&&b| b & 0x80 != 0)
            .count()
    }

    /// Bit 6 of the first indicator octet: the SC makes one delivery attempt only.
    pub const fn single_shot(&self) -> bool {
        self.0[0] & 0x40 != 0
    }

    /// Bit 7 of the first indicator octet: further indicator octets follow.
    pub const fn extended(&self) -> bool {
        self.0[0] & 0x80 != 0
    }

    /// The validity period format and value.
    pub fn format(&self) -> EnhancedFormat {
        let v = self.last_indicator() + 1;
        let get = |i: usize| self.0.get(i).copied().unwrap_or(0);
        match self.0[0] & 7 {
            0 => EnhancedFormat::NotSpecified,
            1 => EnhancedFormat::Relative(get(v)),
            2 => EnhancedFormat::Seconds(get(v)),
            3 => {
                let (a, b, c) = (get(v), get(v + 1), get(v + 2));
                match (swap(a), swap(b), swap(c)) {
                    (Some(h), Some(m), Some(s)) => EnhancedFormat::Hms(h, m, s),
                    _ => EnhancedFormat::BadHms([a, b, c]),
                }
            }
            f => EnhancedFormat::Reserved(f),
        }
    }

    /// The period in seconds, where the format gives one.
    pub fn duration_secs(&self) -> Option<u32> {
        match self.format() {
            EnhancedFormat::Relative(v) => Some(relative_secs(v)),
            EnhancedFormat::Seconds(s) => Some(s as u32),
            EnhancedFormat::Hms(h, m, s) => Some(h as u32 * 3600 + m as u32 * 60 + s as u32),
            _ => None,
        }
    }
}

const fn swap(b: u8) -> Option<u8> {
    let (lo, hi) = (b & 0x0F, b >> 4);
    if lo > 9 || hi > 9 {
        None
    } else {
        Some(lo * 10 + hi)
    }
}
