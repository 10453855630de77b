//! RP-ACK (TS 24.011 §7.3.3).

use smsip_core::{Reader, Sink};

use crate::message::{header_len, optional_len, optional_part, put_header, put_optional, Header};
use crate::rp_data::{unknown_ies, user_data};
use crate::{
    BuildError, DecodeError, Direction, MessageType, RpMessage, SpareBits, UnknownIes, UserData,
};

/// RP-ACK (TS 24.011 §7.3.3): the positive answer to RP-DATA or RP-SMMA.
///
/// | IE | format |
/// |---|---|
/// | RP-MTI (2 MS → network, 3 network → MS), RP-MR | V |
/// | RP-User-Data | TLV, IEI 0x41, optional: SMS-DELIVER-REPORT (MS → network) or SMS-SUBMIT-REPORT (network → MS) for RP-ACK |
///
/// ```
/// use smsip_rp::{Direction, RpAck};
/// // tpdu.md §13.7: SMS-SUBMIT-REPORT for RP-ACK.
/// let report = [0x01, 0x00, 0x42, 0x30, 0x51, 0x41, 0x03, 0x10, 0x40];
/// let ack = RpAck::new(Direction::NetworkToMs, 1).with_user_data(&report).unwrap();
/// let mut body = Vec::new();
/// ack.encode(&mut body);
/// assert_eq!(body, [0x03, 0x01, 0x41, 0x09, 0x01, 0x00, 0x42, 0x30, 0x51, 0x41, 0x03, 0x10, 0x40]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct RpAck<'a> {
    /// RP-MTI 2 (MS → network) or 3 (network → MS).
    pub direction: Direction,
    /// Bits 8-4 of the RP-MTI octet (§8.2.2): 0 when sent, kept as received.
    pub spare: SpareBits,
    /// RP-Message Reference of the RP-DATA or RP-SMMA acknowledged.
    pub reference: u8,
    /// RP-User-Data (§8.2.5.3): the report TPDU, if any.
    pub user_data: Option<UserData<'a>>,
    /// Optional elements after RP-User-Data that this crate does not know, kept as sent.
    pub unknown_ies: UnknownIes<'a>,
}

impl<'a> RpAck<'a> {
    /// An RP-ACK without user data.
    #[inline]
    pub const fn new(direction: Direction, reference: u8) -> Self {
        RpAck {
            direction,
            spare: SpareBits::NONE,
            reference,
            user_data: None,
            unknown_ies: UnknownIes::EMPTY,
        }
    }

    /// Adds RP-User-Data: an SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT for RP-ACK.
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
        MessageType(2 | self.direction.bit())
    }

    /// The TPDU octets, if any.
    #[inline]
    pub fn tpdu_bytes(&self) -> Option<&'a [u8]> {
        self.user_data.map(|ud| ud.as_bytes())
    }

    /// Decodes an RP-ACK of either direction; another RP-MTI is a [`DecodeError::MessageType`].
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        match RpMessage::decode(bytes)? {
            RpMessage::Ack(m) => Ok(m),
            other => Err(DecodeError::MessageType {
                field: "RP-MTI",
                offset: 0,
                value: other.message_type().0,
            }),
        }
    }

    pub(crate) fn decode_body(h: Header, r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let (user_data, unknown_ies) = optional_part(r)?;
        Ok(RpAck {
            direction: h.direction,
            spare: h.spare,
            reference: h.reference,
            user_data,
            unknown_ies,
        })
    }

    /// Octets [`RpAck::encode`] writes.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        header_len() + optional_len(self.user_data.as_ref(), &self.unknown_ies)
    }

    /// Writes the RPDU.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        put_header(out, self.message_type(), self.spare, self.reference);
        put_optional(out, self.user_data.as_ref(), &self.unknown_ies);
    }
}
