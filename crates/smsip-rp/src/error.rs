//! The crate's two error types: [`DecodeError`] (bytes in) and [`BuildError`] (values in).

use smsip_core::digits::BadDigit;
use smsip_core::ReadError;

use crate::cause::RpCause;
use crate::cp::CpCause;

/// Why an RPDU or CP message could not be decoded.
///
/// Every variant names the field (as TS 24.011 names it) and the octet offset, counted from the
/// start of the buffer given to the decoder (for an RPDU inside CP-DATA, from the start of the
/// CP message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// A length octet points beyond the end of the input (or a fixed field is cut).
    #[error(transparent)]
    Truncated(#[from] ReadError),
    /// The input ends where a mandatory information element should start.
    #[error("{field}: missing mandatory information element at offset {offset}")]
    Missing {
        /// The missing element.
        field: &'static str,
        /// Offset where it should have started (the input length).
        offset: usize,
    },
    /// A length octet outside the range the spec allows for the element.
    #[error("{field}: length {len} at offset {offset} outside {min}..={max}")]
    Length {
        /// The element.
        field: &'static str,
        /// Offset of the length octet.
        offset: usize,
        /// The length received.
        len: u8,
        /// Smallest allowed length.
        min: u8,
        /// Largest allowed length.
        max: u8,
    },
    /// A message type that is reserved, unknown, or not the one the caller asked for.
    #[error("{field}: unexpected message type {value:#04x} at offset {offset}")]
    MessageType {
        /// `RP-MTI` or `CP message type`.
        field: &'static str,
        /// Offset of the message type octet.
        offset: usize,
        /// The value received (for RP, the 3-bit RP-MTI).
        value: u8,
    },
    /// An information element repeated or out of sequence (TS 24.007 §11.2.5).
    #[error("{field}: unexpected information element {iei:#04x} at offset {offset}")]
    UnexpectedIe {
        /// The element.
        field: &'static str,
        /// Offset of its IEI.
        offset: usize,
        /// The IEI.
        iei: u8,
    },
    /// Octets left after the last element of a message that has no optional part.
    #[error("{field}: {len} trailing octet(s) at offset {offset}")]
    Trailing {
        /// The message.
        field: &'static str,
        /// Offset of the first extra octet.
        offset: usize,
        /// Number of extra octets.
        len: usize,
    },
    /// A fixed-value field with another value (e.g. a CP protocol discriminator other than 9).
    #[error("{field}: invalid value {value:#04x} at offset {offset}")]
    Value {
        /// The field.
        field: &'static str,
        /// Its offset.
        offset: usize,
        /// The value received.
        value: u8,
    },
    /// A CP message whose TI value is 7 (`111`): TS 24.007 §11.2.3.1.3 reserves it as the escape
    /// to an extended TI, which the one-octet CP header (TS 24.011 §8.1.2) does not have.
    #[error("TI value: reserved value {value} at offset {offset}")]
    TransactionId {
        /// Offset of the octet holding the TI (0, the first CP octet).
        offset: usize,
        /// The TI value received (7).
        value: u8,
    },
}

impl DecodeError {
    /// The field (information element or message) the error is about.
    pub const fn field(&self) -> &'static str {
        match *self {
            DecodeError::Truncated(e) => e.field,
            DecodeError::Missing { field, .. }
            | DecodeError::Length { field, .. }
            | DecodeError::MessageType { field, .. }
            | DecodeError::UnexpectedIe { field, .. }
            | DecodeError::Trailing { field, .. }
            | DecodeError::Value { field, .. } => field,
            DecodeError::TransactionId { .. } => "TI value",
        }
    }

    /// The octet offset the error is about.
    pub const fn offset(&self) -> usize {
        match *self {
            DecodeError::Truncated(e) => e.offset,
            DecodeError::Missing { offset, .. }
            | DecodeError::Length { offset, .. }
            | DecodeError::MessageType { offset, .. }
            | DecodeError::UnexpectedIe { offset, .. }
            | DecodeError::Trailing { offset, .. }
            | DecodeError::Value { offset, .. }
            | DecodeError::TransactionId { offset, .. } => offset,
        }
    }

    /// The RP-Cause to answer a bad RPDU with in RP-ERROR (TS 24.011 §9.2, `rp.md` §4.5):
    /// 97 for an unknown RP-MTI, 96 for a missing, cut or mis-sized mandatory element, 95
    /// otherwise.
    pub const fn rp_cause(&self) -> RpCause {
        match self {
            DecodeError::MessageType { .. } => RpCause::MESSAGE_TYPE_NON_EXISTENT,
            DecodeError::Truncated(_)
            | DecodeError::Missing { .. }
            | DecodeError::Length { .. } => RpCause::INVALID_MANDATORY_INFORMATION,
            _ => RpCause::SEMANTICALLY_INCORRECT_MESSAGE,
        }
    }

    /// The CP-Cause to answer a bad CP message with in CP-ERROR (TS 24.011 §9.1): the same
    /// grouping as [`DecodeError::rp_cause`], and 81 (invalid transaction identifier value) for
    /// a reserved TI value.
    pub const fn cp_cause(&self) -> CpCause {
        match self {
            DecodeError::MessageType { .. } => CpCause::MESSAGE_TYPE_NON_EXISTENT,
            DecodeError::TransactionId { .. } => CpCause::INVALID_TRANSACTION_IDENTIFIER,
            DecodeError::Truncated(_)
            | DecodeError::Missing { .. }
            | DecodeError::Length { .. } => CpCause::INVALID_MANDATORY_INFORMATION,
            _ => CpCause::SEMANTICALLY_INCORRECT_MESSAGE,
        }
    }
}

/// A value that cannot be put in a message (too long for its length octet, a bad digit, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// More octets than the element may carry.
    #[error("{field}: {len} octets, at most {max} allowed")]
    TooLong {
        /// The element.
        field: &'static str,
        /// Octets given.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Fewer octets than the element must carry (an empty RP-User-Data in RP-DATA, an RP
    /// address without digits).
    #[error("{field}: {len} octets, at least {min} needed")]
    TooShort {
        /// The element.
        field: &'static str,
        /// Octets given.
        len: usize,
        /// The minimum.
        min: usize,
    },
    /// A field holding a value that cannot be sent (as `smsip_tpdu::EncodeError::Invalid`).
    #[error("{field}: {reason}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A character that is not a semi-octet digit.
    #[error("{field}: {source}")]
    Digit {
        /// The element.
        field: &'static str,
        /// The bad character.
        #[source]
        source: BadDigit,
    },
    /// A number outside the field's range.
    #[error("{field}: value {value} out of range 0..={max}")]
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value given.
        value: u8,
        /// The largest allowed value.
        max: u8,
    },
    /// A typed TPDU that could not be encoded.
    #[error("RP-User-Data: {0}")]
    Tpdu(#[source] smsip_tpdu::EncodeError),
    /// Octets that are not a well-formed list of optional information elements.
    #[error("{field}: not a well-formed list of optional information elements")]
    Malformed {
        /// The element.
        field: &'static str,
    },
}
