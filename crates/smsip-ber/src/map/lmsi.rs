//! LMSI (TS 29.002 §17.7.8, MAP-CommonDataTypes; map-sms.md §7).

use core::fmt;

use smsip_core::Sink;

use crate::{BerWriter, DecodeError, Element, ErrorKind, Tag};

/// LMSI ::= OCTET STRING (SIZE (4)): an opaque local identity allocated by the VLR.
///
/// ```
/// use smsip_ber::{Element, Lmsi};
/// let lmsi = Lmsi::from_element(Element::from_ber(&[0x04, 0x04, 0x01, 0x02, 0x03, 0x04])?)?;
/// assert_eq!(lmsi, Lmsi([1, 2, 3, 4]));
/// assert_eq!(lmsi.to_string(), "01020304");
/// assert!(Lmsi([0; 4]).is_not_in_use());
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Lmsi(pub [u8; 4]);

impl Lmsi {
    /// From a primitive element (tag matched by the caller), checking SIZE (4).
    #[inline]
    pub fn from_element(e: Element<'_>) -> Result<Self, DecodeError> {
        let bytes = e.octet_string()?;
        <[u8; 4]>::try_from(bytes).map(Lmsi).map_err(|_| {
            e.error(ErrorKind::BadSize {
                min: 4,
                max: 4,
                found: bytes.len(),
            })
        })
    }

    /// The four octets.
    #[inline]
    pub const fn as_bytes(&self) -> &[u8; 4] {
        &self.0
    }

    /// All zero: "not in use" inside IMSI-WithLMSI.
    #[inline]
    pub const fn is_not_in_use(&self) -> bool {
        u32::from_be_bytes(self.0) == 0
    }

    /// Writes the octets as a primitive element with `tag`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.octet_string(tag, &self.0);
    }
}

impl TryFrom<Element<'_>> for Lmsi {
    type Error = DecodeError;
    fn try_from(e: Element<'_>) -> Result<Self, DecodeError> {
        Lmsi::from_element(e)
    }
}

impl fmt::Display for Lmsi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for Lmsi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lmsi({self})")
    }
}
