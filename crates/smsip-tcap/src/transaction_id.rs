//! Transaction IDs (Q.773 §3.1: `OrigTransactionID [APPLICATION 8]`, `DestTransactionID
//! [APPLICATION 9]`, IMPLICIT OCTET STRING (SIZE (1..4))).

use core::fmt;

/// A transaction ID: 1 to 4 opaque octets, compared as octet strings (tcap.md §1: never as
/// integers; 4 octets is usual). Held inline, so it is `Copy` and outlives the message it was
/// decoded from (the peer's otid is the dtid of every answer).
///
/// ```
/// use smsip_tcap::TransactionId;
/// let otid = TransactionId::new(&[0x00, 0x00, 0x00, 0x01])?;
/// assert_eq!(otid, TransactionId::from_u32(1));
/// assert_eq!(otid.as_bytes(), &[0, 0, 0, 1]);
/// assert_eq!(otid.to_string(), "00000001");
/// // Different sizes are different IDs, even with the same numeric value.
/// assert_ne!(TransactionId::new(&[0x01])?, otid);
/// assert_eq!(TransactionId::new(&[]).unwrap_err().found, 0);
/// assert_eq!(TransactionId::new(&[0; 5]).unwrap_err().found, 5);
/// # Ok::<(), smsip_tcap::TransactionIdSizeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TransactionId {
    /// The octets, zero-filled after `len` (so derived comparisons are octet-string ones).
    bytes: [u8; 4],
    len: u8,
}

/// A transaction ID of another size than 1 to 4 octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("transaction ID of {found} octets: 1 to 4 allowed (Q.773 SIZE (1..4))")]
#[non_exhaustive]
pub struct TransactionIdSizeError {
    /// The size given.
    pub found: usize,
}

impl TransactionId {
    /// The transaction ID of `bytes` (1 to 4 octets).
    pub const fn new(bytes: &[u8]) -> Result<Self, TransactionIdSizeError> {
        let (bytes, len) = match *bytes {
            [a] => ([a, 0, 0, 0], 1),
            [a, b] => ([a, b, 0, 0], 2),
            [a, b, c] => ([a, b, c, 0], 3),
            [a, b, c, d] => ([a, b, c, d], 4),
            _ => return Err(TransactionIdSizeError { found: bytes.len() }),
        };
        Ok(TransactionId { bytes, len })
    }

    /// The usual 4-octet transaction ID of `value`, big-endian.
    #[inline]
    pub const fn from_u32(value: u32) -> Self {
        TransactionId {
            bytes: value.to_be_bytes(),
            len: 4,
        }
    }

    /// The octets (1 to 4).
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The octets read as a big-endian number (for logs and tables; IDs of different sizes
    /// with the same value are still different IDs).
    #[inline]
    pub fn to_u32(&self) -> u32 {
        self.as_bytes()
            .iter()
            .fold(0u32, |v, &b| (v << 8) | u32::from(b))
    }
}

impl fmt::Display for TransactionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.as_bytes() {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for TransactionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TransactionId({self})")
    }
}

impl TryFrom<&[u8]> for TransactionId {
    type Error = TransactionIdSizeError;

    #[inline]
    fn try_from(bytes: &[u8]) -> Result<Self, Self::Error> {
        TransactionId::new(bytes)
    }
}

impl From<u32> for TransactionId {
    #[inline]
    fn from(value: u32) -> Self {
        TransactionId::from_u32(value)
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for TransactionId {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let len = u.int_in_range(1..=4usize)?;
        let bytes: [u8; 4] = u.arbitrary()?;
        TransactionId::new(bytes.get(..len).unwrap_or(&bytes))
            .map_err(|_| arbitrary::Error::IncorrectFormat)
    }
}
