//! RP-ERROR (TS 24.011 §7.3.4).

use smsip_core::{Reader, Sink};

use crate::message::{header_len, optional_len, optional_part, put_header, put_optional, Header};
use crate::rp_data::{unknown_ies, user_data};
use crate::{
    BuildError, DecodeError, Diagnostic, Direction, MessageType, RpCause, RpMessage, SpareBits,
    UnknownIes, UserData,
};

/// RP-ERROR (TS 24.011 §7.3.4): the negative answer to RP-DATA or RP-SMMA.
///
/// | IE | format |
/// |---|---|
/// | RP-MTI (4 MS → network, 5 network → MS), RP-MR | V |
/// | RP-Cause | LV, 1..: cause octet and optional diagnostic (§8.2.5.4) |
/// | RP-User-Data | TLV, IEI 0x41, optional: SMS-DELIVER-REPORT / SMS-SUBMIT-REPORT for RP-ERROR |
///
/// ```
/// use smsip_rp::{Direction, RpCause, RpError};
/// // tpdu.md §13.6: memory capacity exceeded, with an SMS-DELIVER-REPORT for RP-ERROR.
/// let report = [0x00, 0xD3, 0x00];
/// let err = RpError::new(Direction::MsToNetwork, 1, RpCause::MEMORY_CAPACITY_EXCEEDED)
///     .with_user_data(&report)
///     .unwrap();
/// let mut body = Vec::new();
/// err.encode(&mut body);
/// assert_eq!(body, [0x04, 0x01, 0x01, 0x16, 0x41, 0x03, 0x00, 0xD3, 0x00]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct RpError<'a> {
    /// RP-MTI 4 (MS → network) or 5 (network → MS).
    pub direction: Direction,
    /// Bits 8-4 of the RP-MTI octet (§8.2.2): 0 when sent, kept as received.
    pub spare: SpareBits,
    /// RP-Message Reference of the RP-DATA or RP-SMMA rejected.
    pub reference: u8,
    /// RP-Cause value (§8.2.5.4).
    pub cause: RpCause,
    /// The RP-Cause diagnostic field: opaque, usually empty (at most one octet is specified;
    /// extra octets are kept).
    pub diagnostic: Diagnostic<'a>,
    /// RP-User-Data (§8.2.5.3): the report TPDU, if any.
    pub user_data: Option<UserData<'a>>,
    /// Optional elements after RP-User-Data that this crate does not know, kept as sent.
    pub unknown_ies: UnknownIes<'a>,
}

impl<'a> RpError<'a> {
    /// An RP-ERROR with `cause`, no diagnostic and no user data.
    #[inline]
    pub const fn new(direction: Direction, reference: u8, cause: RpCause) -> Self {
        RpError {
            direction,
            spare: SpareBits::NONE,
            reference,
            cause,
            diagnostic: Diagnostic::EMPTY,
            user_data: None,
            unknown_ies: UnknownIes::EMPTY,
        }
    }

    /// Adds the RP-Cause diagnostic field.
    pub fn with_diagnostic(mut self, diagnostic: &'a [u8]) -> Result<Self, BuildError> {
        self.diagnostic = Diagnostic::new(diagnostic).ok_or(BuildError::TooLong {
            field: "RP-Cause diagnostic",
            len: diagnostic.len(),
            max: Diagnostic::MAX,
        })?;
        Ok(self)
    }

    /// Adds RP-User-Data: an SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT for RP-ERROR.
    pub fn with_user_data(mut self, tpdu: &'a [u8]) -> Result<Self, BuildError> {
        self.user_data = Some(user_data(tpdu)?);
        Ok(self)
    }

    /// Adds optional elements after RP-User-Data (a well-formed list without IEI 0x41).
    pub fn with_unknown_ies(mut self, ies: &'a [u8]) -> Result<Self, BuildError> {
        self.unknown_ies = unknown_ies(ies)?;
        Ok(self)
    }

    /// RP-MTI of this message.
    #[inline]
    pub const fn message_type(&self) -> MessageType {
        MessageType(4 | self.direction.bit())
    }

    /// The TPDU octets, if any.
    #[inline]
    pub fn tpdu_bytes(&self) -> Option<&'a [u8]> {
        self.user_data.map(|ud| ud.as_bytes())
    }

    /// Decodes an RP-ERROR of either direction; another RP-MTI is a
    /// [`DecodeError::MessageType`].
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        match RpMessage::decode(bytes)? {
            RpMessage::Error(m) => Ok(m),
            other => Err(DecodeError::MessageType {
                field: "RP-MTI",
                offset: 0,
                value: other.message_type().0,
            }),
        }
    }

    pub(crate) fn decode_body(h: Header, r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let offset = r.offset();
        if r.is_empty() {
            return Err(DecodeError::Missing {
                field: "RP-Cause",
                offset,
            });
        }
        let len = r.u8("RP-Cause")?;
        let value = r.take(usize::from(len), "RP-Cause")?;
        let Some((&cause, diagnostic)) = value.split_first() else {
            return Err(DecodeError::Length {
                field: "RP-Cause",
                offset,
                len,
                min: 1,
                max: 255,
            });
        };
        let diagnostic = Diagnostic::new(diagnostic).unwrap_or(Diagnostic::EMPTY);
        let (user_data, unknown_ies) = optional_part(r)?;
        Ok(RpError {
            direction: h.direction,
            spare: h.spare,
            reference: h.reference,
            cause: RpCause(cause),
            diagnostic,
            user_data,
            unknown_ies,
        })
    }

    /// Octets [`RpError::encode`] writes.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        header_len()
            + 2
            + self.diagnostic.len()
            + optional_len(self.user_data.as_ref(), &self.unknown_ies)
    }

    /// Writes the RPDU.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        put_header(out, self.message_type(), self.spare, self.reference);
        out.put(1 + self.diagnostic.len_u8());
        out.put(self.cause.0);
        out.put_slice(self.diagnostic.as_bytes());
        put_optional(out, self.user_data.as_ref(), &self.unknown_ies);
    }
}
