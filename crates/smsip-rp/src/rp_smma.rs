//! RP-SMMA (TS 24.011 §7.3.2).

use smsip_core::{Reader, Sink};

use crate::message::{header_len, put_header, Header};
use crate::{DecodeError, Direction, MessageType, RpAck, RpCause, RpError, RpMessage, SpareBits};

/// RP-SMMA (TS 24.011 §7.3.2): MS → network, "memory available again" after the MS rejected a
/// message with cause 22. RP-MTI 6 and RP-MR only.
///
/// ```
/// use smsip_rp::RpSmma;
/// let mut body = Vec::new();
/// RpSmma::new(5).encode(&mut body);
/// assert_eq!(body, [0x06, 0x05]); // rp.md §2.6
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct RpSmma {
    /// Bits 8-4 of the RP-MTI octet (§8.2.2): 0 when sent, kept as received.
    pub spare: SpareBits,
    /// RP-Message Reference, echoed by the network's RP-ACK / RP-ERROR.
    pub reference: u8,
}

impl RpSmma {
    /// An RP-SMMA with `reference`.
    #[inline]
    pub const fn new(reference: u8) -> Self {
        RpSmma {
            spare: SpareBits::NONE,
            reference,
        }
    }

    /// RP-MTI of this message (always 6).
    #[inline]
    pub const fn message_type(&self) -> MessageType {
        MessageType::SMMA_MS_TO_NETWORK
    }

    /// The network's RP-ACK answering this message.
    #[inline]
    pub const fn ack(&self) -> RpAck<'static> {
        RpAck::new(Direction::NetworkToMs, self.reference)
    }

    /// The network's RP-ERROR answering this message with `cause`.
    #[inline]
    pub const fn error(&self, cause: RpCause) -> RpError<'static> {
        RpError::new(Direction::NetworkToMs, self.reference, cause)
    }

    /// Decodes an RP-SMMA; another RP-MTI is a [`DecodeError::MessageType`].
    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        match RpMessage::decode(bytes)? {
            RpMessage::Smma(m) => Ok(m),
            other => Err(DecodeError::MessageType {
                field: "RP-MTI",
                offset: 0,
                value: other.message_type().0,
            }),
        }
    }

    pub(crate) fn decode_body(h: Header, r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        if !r.is_empty() {
            return Err(DecodeError::Trailing {
                field: "RP-SMMA",
                offset: r.offset(),
                len: r.remaining(),
            });
        }
        Ok(RpSmma {
            spare: h.spare,
            reference: h.reference,
        })
    }

    /// Octets [`RpSmma::encode`] writes (always 2).
    #[inline]
    pub const fn encoded_len(&self) -> usize {
        header_len()
    }

    /// Writes the RPDU.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        put_header(out, self.message_type(), self.spare, self.reference);
    }
}
