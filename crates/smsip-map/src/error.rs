//! The one decode error of the crate.

use smsip_ber::Tag;

use crate::{ErrorCode, OpCode};

/// Why a MAP parameter could not be decoded, with the octet offset (counted from the start of
/// the buffer the decoder was given, or of the enclosing buffer for
/// [`from_element`](crate::RoutingInfoForSmArg::from_element) decoders) and the ASN.1 name of
/// the member or type.
///
/// BER-level failures (truncation, bad lengths, an unexpected tag where a mandatory member was
/// due, a missing mandatory member, trailing data, values outside a SIZE or range constraint)
/// are [`DecodeError::Ber`], wrapping [`smsip_ber::DecodeError`] unchanged. The MAP-level
/// sequence rules (map-sms.md §1: members in definition order) add
/// [`RepeatedMember`](Self::RepeatedMember) and [`MisplacedMember`](Self::MisplacedMember).
///
/// ```
/// use smsip_map::{DecodeError, RoutingInfoForSmArg};
/// use smsip_ber::ErrorKind;
/// // RoutingInfoForSM-Arg whose msisdn [0] is missing: sm-RP-PRI [1] comes first.
/// let err = RoutingInfoForSmArg::decode(&[0x30, 0x03, 0x81, 0x01, 0xFF]).unwrap_err();
/// assert_eq!((err.offset(), err.field()), (2, "msisdn"));
/// let DecodeError::Ber(ber) = err else { panic!() };
/// assert!(matches!(ber.kind, ErrorKind::UnexpectedTag { .. }));
///
/// // gprsSupportIndicator [7] twice.
/// let bytes = [
///     0x30, 0x14, 0x80, 0x02, 0x91, 0x21, 0x81, 0x01, 0xFF, 0x82, 0x02, 0x91, 0x21,
///     0x87, 0x00, 0x88, 0x01, 0x00, 0x87, 0x00, 0x8B, 0x00,
/// ];
/// let err = RoutingInfoForSmArg::decode(&bytes).unwrap_err();
/// assert_eq!(err, DecodeError::RepeatedMember { field: "gprsSupportIndicator", offset: 18 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// A BER-level failure, with its offset and field.
    #[error(transparent)]
    Ber(#[from] smsip_ber::DecodeError),
    /// A member that was already decoded appears again (after later members or at the end).
    #[error("{field}: repeated member at offset {offset}")]
    RepeatedMember {
        /// The ASN.1 name of the member.
        field: &'static str,
        /// Offset of the second occurrence.
        offset: usize,
    },
    /// A known member after members that follow it in the definition (SEQUENCE members are
    /// encoded in definition order, map-sms.md §1 and §5.1).
    #[error("{field}: member out of definition order at offset {offset}")]
    MisplacedMember {
        /// The ASN.1 name of the member.
        field: &'static str,
        /// Offset of the misplaced element.
        offset: usize,
    },
    /// A tag that is no alternative of a (non-extensible) CHOICE.
    #[error("{field}: tag {found} is not an alternative of the CHOICE at offset {offset}")]
    UnknownAlternative {
        /// The ASN.1 name of the CHOICE member.
        field: &'static str,
        /// Offset of the element.
        offset: usize,
        /// The tag found.
        found: Tag,
    },
    /// The dispatcher was given an operation code this crate has no types for.
    #[error("operation {0:?} is not supported")]
    UnsupportedOperation(OpCode),
    /// The dispatcher was given an error code this crate has no types for.
    #[error("error {0:?} is not supported")]
    UnsupportedError(ErrorCode),
    /// The operation has no result (informServiceCentre, noteSubscriberPresent,
    /// alertServiceCentreWithoutResult: class 4 operations, map-sms.md §2).
    #[error("operation {0:?} has no result")]
    NoResult(OpCode),
    /// A parameter where the operation or error defines none (alertServiceCentre's empty
    /// result, the v1/v2 forwardSM result, a parameterless error), at offset 0 of the buffer.
    #[error("{0}: no parameter is defined here, found one at offset 0")]
    UnexpectedParameter(&'static str),
}

impl DecodeError {
    /// Offset of the octet in error (0 for the dispatcher's errors).
    pub const fn offset(&self) -> usize {
        match *self {
            DecodeError::Ber(e) => e.offset,
            DecodeError::RepeatedMember { offset, .. }
            | DecodeError::MisplacedMember { offset, .. }
            | DecodeError::UnknownAlternative { offset, .. } => offset,
            DecodeError::UnsupportedOperation(_)
            | DecodeError::UnsupportedError(_)
            | DecodeError::NoResult(_)
            | DecodeError::UnexpectedParameter(_) => 0,
        }
    }

    /// The ASN.1 member or type the error is about (`""` for the dispatcher's errors).
    pub const fn field(&self) -> &'static str {
        match *self {
            DecodeError::Ber(e) => e.field,
            DecodeError::RepeatedMember { field, .. }
            | DecodeError::MisplacedMember { field, .. }
            | DecodeError::UnknownAlternative { field, .. } => field,
            DecodeError::UnexpectedParameter(field) => field,
            DecodeError::UnsupportedOperation(_)
            | DecodeError::UnsupportedError(_)
            | DecodeError::NoResult(_) => "",
        }
    }

    /// The wrapped BER error, if this is one.
    pub const fn ber(&self) -> Option<&smsip_ber::DecodeError> {
        match self {
            DecodeError::Ber(e) => Some(e),
            _ => None,
        }
    }

    /// True when the input ended early (a truncated message rather than a malformed one).
    pub const fn is_truncated(&self) -> bool {
        matches!(self, DecodeError::Ber(e) if matches!(e.kind, smsip_ber::ErrorKind::Truncated { .. }))
    }
}
