//! The one decode error of the crate.

use core::fmt;

use smsip_core::ReadError;

use crate::Tag;

/// A BER decoding failure: what went wrong ([`ErrorKind`]), where (octet offset from the start of
/// the outermost buffer the [`BerReader`](crate::BerReader) was created on, plus its base), and
/// in which type or field (the name given to [`BerReader::expect`](crate::BerReader::expect) and
/// friends, or the reader's own name).
///
/// ```
/// use smsip_ber::{BerReader, ErrorKind, Tag};
/// // RoutingInfoForSM-Arg whose msisdn [0] is missing: sm-RP-PRI [1] comes first.
/// let bytes = [0x30, 0x03, 0x81, 0x01, 0xFF];
/// let mut seq = BerReader::new(&bytes).enter(Tag::SEQUENCE, "RoutingInfoForSM-Arg").unwrap();
/// let err = seq.expect(Tag::context(0), "msisdn").unwrap_err();
/// assert_eq!(err.kind, ErrorKind::UnexpectedTag { expected: Tag::context(0), found: Tag::context(1) });
/// assert_eq!(err.offset, 2);
/// assert_eq!(err.field, "msisdn");
/// assert_eq!(err.to_string(), "msisdn: unexpected tag: expected [0], found [1] at offset 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {kind} at offset {offset}")]
#[non_exhaustive]
pub struct DecodeError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Octet offset of the problem (see [`ErrorKind`] for which octet each kind points at).
    pub offset: usize,
    /// The type or field being decoded, as the spec names it.
    pub field: &'static str,
}

impl DecodeError {
    /// An error of `kind` at `offset` while decoding `field` (for decoders built on this crate).
    #[inline]
    pub const fn new(kind: ErrorKind, offset: usize, field: &'static str) -> Self {
        DecodeError {
            kind,
            offset,
            field,
        }
    }

    /// The same error, naming `field` instead.
    #[inline]
    pub const fn with_field(self, field: &'static str) -> Self {
        DecodeError { field, ..self }
    }
}

impl From<ReadError> for DecodeError {
    #[inline]
    fn from(e: ReadError) -> Self {
        DecodeError {
            kind: ErrorKind::Truncated { needed: e.needed },
            offset: e.offset,
            field: e.field,
        }
    }
}

/// The kinds of [`DecodeError`], with the octet their offset points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input (or the enclosing element's contents) ended early; `needed` more octets were
    /// required. Offset: the first missing octet, i.e. the end of the enclosing contents.
    Truncated {
        /// Missing octets.
        needed: usize,
    },
    /// A long-form length does not fit `usize` (X.690 §8.1.3.5). Offset: the first length octet.
    LengthOverflow,
    /// Length octet `FF`, reserved for future extension (X.690 §8.1.3.5 c). Offset: that octet.
    BadLongForm,
    /// The indefinite form (`80`) on a primitive encoding (X.690 §8.1.3.2 a). Offset: the length
    /// octet.
    IndefinitePrimitive,
    /// Contents of indefinite length not closed by end-of-contents octets before the end of the
    /// enclosing contents (X.690 §8.1.3.6). Offset: where the `00 00` was expected.
    MissingEoc,
    /// End-of-contents octets (`00 00`) where no indefinite length is open (X.690 §8.1.5).
    /// Offset: the `00 00`.
    UnexpectedEoc,
    /// A `[UNIVERSAL 0]` identifier that is not exactly `00 00` (the tag is reserved for
    /// end-of-contents, X.680 §8.6 Table 1, X.690 §8.1.5). Offset: the identifier.
    MalformedEoc,
    /// More nested constructed levels than the reader's limit. Offset: the element that would
    /// open the level past the limit.
    DepthExceeded {
        /// The limit in force.
        limit: u16,
    },
    /// A high-tag-number form that is not canonical (number < 31, or a first subsequent octet
    /// `80`, X.690 §8.1.2.4.2 c) or a number above `u32::MAX`. Offset: the identifier.
    BadTag,
    /// An element with another tag than the one the decoder expected at this position.
    /// Offset: the element found.
    UnexpectedTag {
        /// The tag the decoder wanted.
        expected: Tag,
        /// The tag present.
        found: Tag,
    },
    /// A mandatory element is absent (the enclosing contents ended). Offset: the end of the
    /// enclosing contents; the error's `field` names the element.
    MissingMandatory,
    /// Octets after the last element the decoder understands. Offset: the first such octet.
    TrailingData,
    /// A constructed encoding where the type is always primitive (BOOLEAN, INTEGER, NULL, ...,
    /// X.690 §8.2–§8.19). Offset: the element.
    ExpectedPrimitive,
    /// A primitive encoding where a constructed one is required (SEQUENCE, SET, explicit tags).
    /// Offset: the element.
    ExpectedConstructed,
    /// A constructed (segmented) OCTET STRING or BIT STRING (X.690 §8.7.3, §8.6.3) given to the
    /// borrowed accessor; see [`Element::reassemble_octet_string`](crate::Element::reassemble_octet_string).
    /// Offset: the element.
    ConstructedString,
    /// INTEGER or ENUMERATED with empty contents (X.690 §8.3.1). Offset: the element.
    BadInteger,
    /// INTEGER or ENUMERATED value outside the target type. Offset: the element.
    IntegerOutOfRange,
    /// BOOLEAN contents not exactly one octet (X.690 §8.2.1). Offset: the element.
    BadBoolean,
    /// NULL with contents (X.690 §8.8.2). Offset: the element.
    BadNull,
    /// BIT STRING contents invalid: empty, more than 7 unused bits, or unused bits without any
    /// subsequent octet (X.690 §8.6.2). Offset: the element.
    BadBitString,
    /// OBJECT IDENTIFIER contents invalid: empty, a subidentifier with a leading `80` octet or
    /// not terminated (X.690 §8.19.2), or an arc above `u64::MAX`. Offset: the element.
    BadOid,
    /// Contents outside the SIZE constraint of the type (octets, or items of a SEQUENCE OF).
    /// Offset: the element.
    BadSize {
        /// Smallest size allowed.
        min: u16,
        /// Largest size allowed.
        max: u16,
        /// Size found.
        found: usize,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ErrorKind::Truncated { needed } => {
                write!(f, "truncated, {needed} more octet(s) needed")
            }
            ErrorKind::LengthOverflow => f.write_str("length does not fit in usize"),
            ErrorKind::BadLongForm => f.write_str("reserved length octet FF"),
            ErrorKind::IndefinitePrimitive => {
                f.write_str("indefinite length on a primitive encoding")
            }
            ErrorKind::MissingEoc => f.write_str("missing end-of-contents octets"),
            ErrorKind::UnexpectedEoc => f.write_str("end-of-contents outside an indefinite length"),
            ErrorKind::MalformedEoc => f.write_str("malformed end-of-contents ([UNIVERSAL 0])"),
            ErrorKind::DepthExceeded { limit } => write!(f, "nesting deeper than {limit} levels"),
            ErrorKind::BadTag => f.write_str("non-canonical or oversized tag number"),
            ErrorKind::UnexpectedTag { expected, found } => {
                write!(f, "unexpected tag: expected {expected}, found {found}")
            }
            ErrorKind::MissingMandatory => f.write_str("missing mandatory element"),
            ErrorKind::TrailingData => f.write_str("trailing data"),
            ErrorKind::ExpectedPrimitive => f.write_str("constructed encoding of a primitive type"),
            ErrorKind::ExpectedConstructed => {
                f.write_str("primitive encoding of a constructed type")
            }
            ErrorKind::ConstructedString => {
                f.write_str("constructed (segmented) string not accepted here, reassemble it")
            }
            ErrorKind::BadInteger => f.write_str("empty INTEGER/ENUMERATED contents"),
            ErrorKind::IntegerOutOfRange => f.write_str("integer out of range"),
            ErrorKind::BadBoolean => f.write_str("BOOLEAN contents not one octet"),
            ErrorKind::BadNull => f.write_str("NULL with contents"),
            ErrorKind::BadBitString => f.write_str("malformed BIT STRING"),
            ErrorKind::BadOid => f.write_str("malformed OBJECT IDENTIFIER"),
            ErrorKind::BadSize { min, max, found } => {
                write!(f, "size {found} outside {min}..{max}")
            }
        }
    }
}
