//! Decode and encode errors (one of each for the crate).

use crate::{Fcs, TpduType};
use smsip_core::ReadError;

/// Why a TPDU could not be decoded: the field (as TS 23.040 names it) and the octet offset.
///
/// ```
/// use smsip_tpdu::{Direction, Tpdu, DecodeError};
/// // SMS-DELIVER whose TP-UDL announces 8 septets but no TP-UD follows.
/// let pdu = [0x04, 0x04, 0x91, 0x36, 0x19, 0x00, 0x00, 0x51, 0x50, 0x71, 0x32, 0x20, 0x05, 0x23, 0x08];
/// let err = Tpdu::decode(&pdu, Direction::ScToMs).unwrap_err();
/// assert_eq!(err.field(), "TP-UD");
/// assert_eq!(err.offset(), 15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input ended inside a field.
    #[error("{field}: truncated at offset {offset}, {needed} more octet(s) needed")]
    Truncated {
        /// Field being read.
        field: &'static str,
        /// Offset of the first missing octet.
        offset: usize,
        /// Octets missing.
        needed: usize,
    },
    /// A field holds a value the spec does not allow.
    #[error("{field} at offset {offset}: {reason}")]
    Invalid {
        /// Field in error.
        field: &'static str,
        /// Offset of the offending octet.
        offset: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Octets remain after the last field of the TPDU.
    #[error("{count} trailing octet(s) at offset {offset} after the {tpdu}")]
    Trailing {
        /// The TPDU type decoded.
        tpdu: &'static str,
        /// Offset of the first extra octet.
        offset: usize,
        /// How many octets are left over.
        count: usize,
    },
    /// TP-MTI 11 (reserved) in the MS-to-SC direction (TS 23.040 §9.2.3.1).
    #[error("TP-MTI at offset 0: reserved value 3 in the MS-to-SC direction")]
    ReservedMti,
    /// The first octet's TP-MTI names another TPDU type than the one asked for.
    #[error("TP-MTI at offset 0: found {found:?}, expected {expected:?}")]
    WrongType {
        /// The type the decoder was asked for.
        expected: TpduType,
        /// The type the first octet announces.
        found: TpduType,
    },
    /// The input is empty.
    #[error("empty input: no TPDU first octet")]
    Empty,
}

impl DecodeError {
    pub(crate) const fn invalid(field: &'static str, offset: usize, reason: &'static str) -> Self {
        DecodeError::Invalid {
            field,
            offset,
            reason,
        }
    }

    /// Offset of the octet in error (0 for errors of the first octet).
    pub const fn offset(&self) -> usize {
        match *self {
            DecodeError::Truncated { offset, .. }
            | DecodeError::Invalid { offset, .. }
            | DecodeError::Trailing { offset, .. } => offset,
            DecodeError::ReservedMti | DecodeError::WrongType { .. } | DecodeError::Empty => 0,
        }
    }

    /// The field in error, as TS 23.040 names it.
    pub const fn field(&self) -> &'static str {
        match *self {
            DecodeError::Truncated { field, .. } | DecodeError::Invalid { field, .. } => field,
            DecodeError::Trailing { .. } => "TPDU length",
            DecodeError::ReservedMti | DecodeError::WrongType { .. } | DecodeError::Empty => {
                "TP-MTI"
            }
        }
    }

    /// The TP-FCS an SC or MS answers with when it rejects a TPDU for this error
    /// (TS 23.040 §9.2.3.22): TP-PID, TP-DCS and TP-VPF problems have their own causes, an
    /// unknown TP-MTI is "TPDU not supported", everything else "unspecified error cause".
    ///
    /// ```
    /// use smsip_tpdu::{DecodeError, Fcs};
    /// assert_eq!(DecodeError::ReservedMti.failure_cause(), Fcs::TPDU_NOT_SUPPORTED);
    /// ```
    pub const fn failure_cause(&self) -> Fcs {
        match *self {
            DecodeError::ReservedMti | DecodeError::WrongType { .. } => Fcs::TPDU_NOT_SUPPORTED,
            DecodeError::Invalid { field, .. } | DecodeError::Truncated { field, .. } => {
                match field.as_bytes() {
                    b"TP-PID" => Fcs::UNSPECIFIED_PID_ERROR,
                    b"TP-DCS" => Fcs::UNSPECIFIED_DCS_ERROR,
                    b"TP-VP" | b"TP-VPF" => Fcs::VP_NOT_SUPPORTED,
                    _ => Fcs::UNSPECIFIED,
                }
            }
            _ => Fcs::UNSPECIFIED,
        }
    }
}

impl From<ReadError> for DecodeError {
    #[inline]
    fn from(e: ReadError) -> Self {
        DecodeError::Truncated {
            field: e.field,
            offset: e.offset,
            needed: e.needed,
        }
    }
}

/// Why a value could not be encoded.
///
/// ```
/// use smsip_tpdu::{Address, EncodeError};
/// let err = Address::international("1234567890123456789012").unwrap_err();
/// assert!(matches!(err, EncodeError::Invalid { field: "Address-Value", .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// A field holds a value that cannot be sent.
    #[error("{field}: {reason}")]
    Invalid {
        /// Field in error.
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The caller's output buffer is too small.
    #[error("output buffer too small: {needed} octets needed, {available} available")]
    BufferTooSmall {
        /// Octets needed.
        needed: usize,
        /// Octets available.
        available: usize,
    },
}

impl EncodeError {
    pub(crate) const fn invalid(field: &'static str, reason: &'static str) -> Self {
        EncodeError::Invalid { field, reason }
    }
}

impl From<smsip_core::SliceTooSmall> for EncodeError {
    fn from(e: smsip_core::SliceTooSmall) -> Self {
        EncodeError::BufferTooSmall {
            needed: e.needed,
            available: e.available,
        }
    }
}
