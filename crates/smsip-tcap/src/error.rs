//! The one decode error of the crate, with the Q.774 classification of every failure.

use core::fmt;

use smsip_ber::Tag;

use crate::{ComponentType, GeneralProblem, InvokeId, PAbortCause};

/// Why a TCAP message (or one of its components) could not be decoded: what went wrong
/// ([`ErrorKind`]), where (octet offset from the start of the message), in which field (the
/// Q.773 name), and in which portion of the message, classified as Q.774 needs it to answer
/// ([`Portion`]: the P-Abort cause of a transaction-portion error, the general problem of a
/// component error). [`q774::answer`](crate::q774::answer) turns it into the Abort or Reject to
/// send.
///
/// BER-level failures are [`ErrorKind::Ber`], wrapping [`smsip_ber::ErrorKind`] unchanged
/// ([`DecodeError::ber`] gives the whole [`smsip_ber::DecodeError`] back).
///
/// ```
/// use smsip_tcap::{decode, ErrorKind, PAbortCause, Portion};
/// // A Begin whose otid has 5 octets (Q.773: OrigTransactionID SIZE (1..4)).
/// let err = decode(&[0x62, 0x07, 0x48, 0x05, 0x00, 0x00, 0x00, 0x00, 0x01]).unwrap_err();
/// assert_eq!(err.kind, ErrorKind::TransactionIdSize { found: 5 });
/// assert_eq!((err.offset, err.field), (2, "otid"));
/// assert_eq!(err.portion, Portion::Transaction { cause: PAbortCause::INCORRECT_TRANSACTION_PORTION });
/// assert_eq!(err.p_abort_cause(), Some(PAbortCause::INCORRECT_TRANSACTION_PORTION));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {kind} at offset {offset} ({portion})")]
#[non_exhaustive]
pub struct DecodeError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Octet offset of the problem from the start of the message (see [`smsip_ber::ErrorKind`]
    /// for the octet each BER kind points at; the other kinds point at the offending element).
    pub offset: usize,
    /// The field or type being decoded, as Q.773 names it (`otid`, `dialoguePortion`,
    /// `application-context-name`, `invokeID`, ...).
    pub field: &'static str,
    /// The portion of the message the problem is in, with its Q.774 classification.
    pub portion: Portion,
}

impl DecodeError {
    /// An error of `kind` at `offset` in `field`, in `portion` (for decoders built on this crate).
    #[inline]
    pub const fn new(
        kind: ErrorKind,
        offset: usize,
        field: &'static str,
        portion: Portion,
    ) -> Self {
        DecodeError {
            kind,
            offset,
            field,
            portion,
        }
    }

    /// The BER error, when the failure is at the BER level ([`ErrorKind::Ber`]).
    #[inline]
    pub const fn ber(&self) -> Option<smsip_ber::DecodeError> {
        match self.kind {
            ErrorKind::Ber(kind) => {
                Some(smsip_ber::DecodeError::new(kind, self.offset, self.field))
            }
            _ => None,
        }
    }

    /// The P-Abort cause of a transaction-portion error (Q.774 §3.3.4), `None` otherwise.
    #[inline]
    pub const fn p_abort_cause(&self) -> Option<PAbortCause> {
        match self.portion {
            Portion::Transaction { cause } => Some(cause),
            _ => None,
        }
    }

    /// The general problem of a component error (Q.774 §3.2.2.2), `None` otherwise.
    #[inline]
    pub const fn general_problem(&self) -> Option<GeneralProblem> {
        match self.portion {
            Portion::Component { problem, .. } => Some(problem),
            _ => None,
        }
    }
}

/// The kinds of [`DecodeError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A BER-level failure (truncation, bad length, unexpected tag, missing mandatory element,
    /// trailing data, value out of range, ...), from [`smsip_ber`].
    Ber(smsip_ber::ErrorKind),
    /// The message is not one of the five message types (Q.773 §3.1, tcap.md §1: `61`, `62`,
    /// `64`, `65`, `67`). Offset: the message.
    UnrecognizedMessageType {
        /// The tag found (with a primitive encoding, a message-type tag counts as unrecognised).
        found: Tag,
    },
    /// A transaction ID of another size than 1 to 4 octets (Q.773: `OrigTransactionID`,
    /// `DestTransactionID` SIZE (1..4)). Offset: the transaction ID element.
    TransactionIdSize {
        /// Octets found.
        found: usize,
    },
    /// A component portion tag present with no component (`ComponentPortion ::= SEQUENCE SIZE
    /// (1..MAX) OF Component`). Offset: the component portion.
    EmptyComponentPortion,
    /// A dialogue PDU tag that is not one of the abstract syntax (dialogue-as: AARQ `60`, AARE
    /// `61`, ABRT `64`; unidialogue-as: AUDT `60`). Offset: the PDU.
    UnknownDialoguePdu {
        /// The tag found.
        found: Tag,
    },
    /// A dialogue-as or unidialogue-as EXTERNAL whose encoding is not `single-ASN1-type [0]`
    /// (the only one Q.773 uses for the dialogue PDUs). Offset: the EXTERNAL.
    UnsupportedExternalEncoding,
    /// A component whose tag is not one of the five component types (Q.773: invoke `A1`,
    /// returnResultLast `A2`, returnError `A3`, reject `A4`, returnResultNotLast `A7`). Offset:
    /// the component.
    UnrecognizedComponent {
        /// The tag found.
        found: Tag,
    },
}

impl From<smsip_ber::ErrorKind> for ErrorKind {
    #[inline]
    fn from(kind: smsip_ber::ErrorKind) -> Self {
        ErrorKind::Ber(kind)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ErrorKind::Ber(kind) => fmt::Display::fmt(&kind, f),
            ErrorKind::UnrecognizedMessageType { found } => {
                write!(f, "{found} is not a TCAP message type")
            }
            ErrorKind::TransactionIdSize { found } => {
                write!(f, "transaction ID of {found} octets, 1 to 4 allowed")
            }
            ErrorKind::EmptyComponentPortion => f.write_str("component portion without components"),
            ErrorKind::UnknownDialoguePdu { found } => {
                write!(f, "{found} is not a dialogue PDU of the abstract syntax")
            }
            ErrorKind::UnsupportedExternalEncoding => {
                f.write_str("EXTERNAL encoding other than single-ASN1-type")
            }
            ErrorKind::UnrecognizedComponent { found } => {
                write!(f, "{found} is not a component type")
            }
        }
    }
}

/// Where in the message a [`DecodeError`] is, and how Q.774 classifies it.
///
/// * **Transaction portion** (Q.774 §3.3.4, detected by the transaction sub-layer): the message
///   type, the transaction IDs, the framing of the message and of its dialogue and component
///   portions. Answered with an Abort carrying the P-Abort `cause` (tcap.md §1), when the
///   message is a Begin or a Continue (or of unknown type) whose otid is derivable.
/// * **Dialogue portion** (Q.774 §3.2.2.1, component sub-layer): the EXTERNAL and the
///   AARQ / AARE / ABRT / AUDT inside it. Answered with an Abort carrying an ABRT with
///   abort-source dialogue-service-provider (tcap.md §4); the components are discarded.
/// * **Component** (Q.774 §3.2.2.2, component sub-layer): one component of the component
///   portion, found while iterating [`Components`](crate::Components). Answered with a Reject
///   carrying the general `problem` and the `invoke_id` when it could be read; the components
///   before it stand, the later ones are discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Portion {
    /// The transaction portion.
    Transaction {
        /// The P-Abort cause that describes the problem: unrecognizedMessageType,
        /// badlyFormattedTransactionPortion (BER framing, a constructed transaction ID, octets
        /// after the message) or incorrectTransactionPortion (elements missing, misplaced or
        /// unexpected for the message type, transaction IDs of a wrong size, an empty component
        /// portion).
        cause: PAbortCause,
    },
    /// The dialogue portion.
    Dialogue,
    /// One component.
    Component {
        /// Position of the component in the component portion, from 0.
        index: usize,
        /// The component type, when its tag is one Q.773 defines.
        component_type: Option<ComponentType>,
        /// The invoke ID, when it could be read (the first element of a component of a known
        /// type, a one-octet INTEGER).
        invoke_id: Option<InvokeId>,
        /// The general problem (Q.773 Reject): unrecognizedComponent (unknown component tag),
        /// mistypedComponent (elements of wrong types, missing, extra or out of range) or
        /// badlyStructuredComponent (the BER encoding rules are violated).
        problem: GeneralProblem,
    },
}

impl fmt::Display for Portion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Portion::Transaction { cause } => write!(f, "transaction portion, {cause}"),
            Portion::Dialogue => f.write_str("dialogue portion"),
            Portion::Component { index, problem, .. } => {
                write!(f, "component {index}, {problem}")
            }
        }
    }
}

/// A failure before its portion is known: what the internal decoders return; the portion is
/// attached where a portion's decoding starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Failure {
    pub(crate) kind: ErrorKind,
    pub(crate) offset: usize,
    pub(crate) field: &'static str,
}

impl Failure {
    #[inline]
    pub(crate) const fn new(kind: ErrorKind, offset: usize, field: &'static str) -> Self {
        Failure {
            kind,
            offset,
            field,
        }
    }

    #[inline]
    pub(crate) const fn at(self, portion: Portion) -> DecodeError {
        DecodeError::new(self.kind, self.offset, self.field, portion)
    }
}

impl From<smsip_ber::DecodeError> for Failure {
    #[inline]
    fn from(e: smsip_ber::DecodeError) -> Self {
        Failure::new(ErrorKind::Ber(e.kind), e.offset, e.field)
    }
}

/// Errors that violate the BER encoding rules themselves (as opposed to elements of the wrong
/// type, missing or extra): badly structured / badly formatted in Q.773's terms.
pub(crate) const fn is_encoding_violation(kind: ErrorKind) -> bool {
    use smsip_ber::ErrorKind as B;
    match kind {
        ErrorKind::Ber(k) => matches!(
            k,
            B::Truncated { .. }
                | B::LengthOverflow
                | B::BadLongForm
                | B::IndefinitePrimitive
                | B::MissingEoc
                | B::UnexpectedEoc
                | B::MalformedEoc
                | B::DepthExceeded { .. }
                | B::BadTag
                | B::ExpectedPrimitive
                | B::ExpectedConstructed
                | B::ConstructedString
                | B::BadInteger
                | B::BadBoolean
                | B::BadNull
                | B::BadBitString
                | B::BadOid
        ),
        _ => false,
    }
}

/// The tag of a one-octet identifier (low tag numbers), for errors about an element that could
/// not be parsed.
pub(crate) fn tag_of_octet(b: u8) -> Tag {
    Tag::new(smsip_ber::Class::from_bits(b >> 6), u32::from(b & 0x1F))
}
