//! The connection layer, CP (TS 24.011 §7.2, §8.1): the radio-path wrapper of an RPDU between MS
//! and MSC/SGSN/MME. SMS over IP carries no CP layer.
//!
//! ```text
//! octet 1  bit 8 TI flag | bits 7-5 TI value (0..=6) | bits 4-1 protocol discriminator 1001 (SMS)
//! octet 2  message type: CP-DATA 0x01, CP-ACK 0x04, CP-ERROR 0x10
//! octet 3… CP-DATA: CP-User-Data LV (one RPDU, ≤ 248 octets); CP-ERROR: CP-Cause V
//! ```
//!
//! ```
//! use smsip_rp::cp::CpMessage;
//! use smsip_rp::RpMessage;
//! // rp.md §3: CP-DATA carrying RP-SMMA.
//! let CpMessage::Data(data) = CpMessage::decode(&[0x09, 0x01, 0x02, 0x06, 0x05]).unwrap() else {
//!     panic!()
//! };
//! assert!(!data.ti.flag());
//! assert!(matches!(data.rp().unwrap(), RpMessage::Smma(s) if s.reference == 5));
//! ```

use core::fmt;

use smsip_core::{Reader, Sink};

use crate::message::mandatory_u8;
use crate::{BuildError, CpUserData, DecodeError, RpMessage};

/// The protocol discriminator of SMS messages (TS 24.007 §11.2.3.1.1): `1001`.
pub const PROTOCOL_DISCRIMINATOR_SMS: u8 = 0x09;

smsip_core::open_enum! {
    /// CP message type (TS 24.011 §8.1.3, Table 8.1).
    pub struct CpMessageType(u8) {
        /// CP-DATA.
        DATA = 0x01 => "CP-DATA",
        /// CP-ACK.
        ACK = 0x04 => "CP-ACK",
        /// CP-ERROR.
        ERROR = 0x10 => "CP-ERROR",
    }
}

smsip_core::open_enum! {
    /// CP-Cause (TS 24.011 §8.1.4.2, Table 8.2).
    pub struct CpCause(u8) {
        /// 17: network failure.
        NETWORK_FAILURE = 17 => "Network failure",
        /// 22: congestion.
        CONGESTION = 22 => "Congestion",
        /// 81: invalid transaction identifier value.
        INVALID_TRANSACTION_IDENTIFIER = 81 => "Invalid Transaction Identifier value",
        /// 95: semantically incorrect message.
        SEMANTICALLY_INCORRECT_MESSAGE = 95 => "Semantically incorrect message",
        /// 96: invalid mandatory information.
        INVALID_MANDATORY_INFORMATION = 96 => "Invalid mandatory information",
        /// 97: message type non-existent or not implemented.
        MESSAGE_TYPE_NON_EXISTENT = 97 => "Message type non-existent or not implemented",
        /// 98: message not compatible with the short message protocol state.
        MESSAGE_NOT_COMPATIBLE = 98 => "Message not compatible with the short message protocol state",
        /// 99: information element non-existent or not implemented.
        IE_NON_EXISTENT = 99 => "Information element non-existent or not implemented",
        /// 111: protocol error, unspecified.
        PROTOCOL_ERROR = 111 => "Protocol error, unspecified",
    }
}

/// Transaction identifier, bits 8-5 of the first CP octet (TS 24.007 §11.2.3.1.3).
///
/// The flag is relative to the sender of each message: `false` = sent by the side that
/// allocated the TI (that sent the first CP-DATA), `true` = sent to that side.
///
/// The TI value is 0..=6: TS 24.007 §11.2.3.1.3 reserves 7 (`111`) as the escape to an
/// extended TI (a second octet, which tshark reads when it sees 7), and the CP layer of
/// TS 24.011 (§8.1.2) has a one-octet TI. [`CpMessage::decode`] refuses TI value 7 with
/// [`DecodeError::TransactionId`] and [`TransactionId::new`] does not build it.
///
/// ```
/// use smsip_rp::cp::TransactionId;
/// let ti = TransactionId::new(true, 0).unwrap();
/// assert_eq!(ti.reply(), TransactionId::new(false, 0).unwrap());
/// assert!(TransactionId::new(false, 6).is_ok());
/// assert!(TransactionId::new(false, 7).is_err()); // reserved: extended TI
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TransactionId(u8); // bits 8-5 of the header octet, in bits 4-1

impl TransactionId {
    /// The largest TI value (7 is reserved for the TI extension, TS 24.007 §11.2.3.1.3).
    pub const MAX_VALUE: u8 = 6;

    /// A TI from its flag and its 3-bit value (0..=6).
    pub const fn new(flag: bool, value: u8) -> Result<Self, BuildError> {
        if value > Self::MAX_VALUE {
            return Err(BuildError::OutOfRange {
                field: "TI value",
                value,
                max: Self::MAX_VALUE,
            });
        }
        Ok(TransactionId(((flag as u8) << 3) | value))
    }

    /// The TI flag (bit 8).
    #[inline]
    pub const fn flag(self) -> bool {
        self.0 & 0x08 != 0
    }

    /// The TI value (bits 7-5).
    #[inline]
    pub const fn value(self) -> u8 {
        self.0 & 0x07
    }

    /// The same TI as the peer uses it: the flag inverted.
    #[inline]
    pub const fn reply(self) -> Self {
        TransactionId(self.0 ^ 0x08)
    }

    #[inline]
    const fn header(self) -> u8 {
        (self.0 << 4) | PROTOCOL_DISCRIMINATOR_SMS
    }
}

impl fmt::Debug for TransactionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "TransactionId {{ flag: {}, value: {} }}",
            self.flag(),
            self.value()
        )
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for TransactionId {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let flag = bool::arbitrary(u)?;
        let value = u.int_in_range(0..=Self::MAX_VALUE)?;
        Ok(TransactionId((u8::from(flag) << 3) | value))
    }
}

/// CP-DATA (TS 24.011 §7.2.1): carries one RPDU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct CpData<'a> {
    /// Transaction identifier.
    pub ti: TransactionId,
    /// CP-User-Data (§8.1.4.1): the RPDU octets.
    pub user_data: CpUserData<'a>,
}

impl<'a> CpData<'a> {
    /// A CP-DATA carrying `rpdu`.
    pub fn new(ti: TransactionId, rpdu: &'a [u8]) -> Result<Self, BuildError> {
        let user_data = CpUserData::new(rpdu).ok_or(BuildError::TooLong {
            field: "CP-User-Data",
            len: rpdu.len(),
            max: CpUserData::MAX,
        })?;
        Ok(CpData { ti, user_data })
    }

    /// Decodes the RPDU in CP-User-Data; error offsets count from the start of the CP message.
    pub fn rp(&self) -> Result<RpMessage<'a>, DecodeError> {
        RpMessage::decode_at(self.user_data.as_bytes(), 3)
    }
}

/// CP-ACK (TS 24.011 §7.2.2): acknowledges a CP-DATA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct CpAck {
    /// Transaction identifier.
    pub ti: TransactionId,
}

/// CP-ERROR (TS 24.011 §7.2.3): rejects a CP-DATA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct CpError {
    /// Transaction identifier.
    pub ti: TransactionId,
    /// CP-Cause (§8.1.4.2).
    pub cause: CpCause,
}

/// Any CP message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum CpMessage<'a> {
    /// CP-DATA.
    Data(CpData<'a>),
    /// CP-ACK.
    Ack(CpAck),
    /// CP-ERROR.
    Error(CpError),
}

impl<'a> CpMessage<'a> {
    /// Decodes one CP message; nothing may follow it. The RPDU inside CP-DATA is decoded on
    /// demand by [`CpData::rp`]. TI value 7 is a [`DecodeError::TransactionId`] (see
    /// [`TransactionId`]).
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let header = mandatory_u8(&mut r, "protocol discriminator")?;
        if header & 0x0F != PROTOCOL_DISCRIMINATOR_SMS {
            return Err(DecodeError::Value {
                field: "protocol discriminator",
                offset: 0,
                value: header & 0x0F,
            });
        }
        let ti = TransactionId(header >> 4);
        if ti.value() > TransactionId::MAX_VALUE {
            return Err(DecodeError::TransactionId {
                offset: 0,
                value: ti.value(),
            });
        }
        let message_type = mandatory_u8(&mut r, "CP message type")?;
        let message = match CpMessageType(message_type) {
            CpMessageType::DATA => {
                let offset = r.offset();
                if r.is_empty() {
                    return Err(DecodeError::Missing {
                        field: "CP-User-Data",
                        offset,
                    });
                }
                let len = r.u8("CP-User-Data")?;
                if usize::from(len) > CpUserData::MAX {
                    return Err(DecodeError::Length {
                        field: "CP-User-Data",
                        offset,
                        len,
                        min: 0,
                        max: CpUserData::MAX as u8,
                    });
                }
                let value = r.take(usize::from(len), "CP-User-Data")?;
                let user_data = CpUserData::new(value).unwrap_or(CpUserData::EMPTY);
                CpMessage::Data(CpData { ti, user_data })
            }
            CpMessageType::ACK => CpMessage::Ack(CpAck { ti }),
            CpMessageType::ERROR => CpMessage::Error(CpError {
                ti,
                cause: CpCause(mandatory_u8(&mut r, "CP-Cause")?),
            }),
            _ => {
                return Err(DecodeError::MessageType {
                    field: "CP message type",
                    offset: 1,
                    value: message_type,
                })
            }
        };
        if !r.is_empty() {
            return Err(DecodeError::Trailing {
                field: message.message_type().description().unwrap_or("CP message"),
                offset: r.offset(),
                len: r.remaining(),
            });
        }
        Ok(message)
    }

    /// The transaction identifier.
    pub const fn ti(&self) -> TransactionId {
        match self {
            CpMessage::Data(m) => m.ti,
            CpMessage::Ack(m) => m.ti,
            CpMessage::Error(m) => m.ti,
        }
    }

    /// The CP message type.
    pub const fn message_type(&self) -> CpMessageType {
        match self {
            CpMessage::Data(_) => CpMessageType::DATA,
            CpMessage::Ack(_) => CpMessageType::ACK,
            CpMessage::Error(_) => CpMessageType::ERROR,
        }
    }

    /// Octets [`CpMessage::encode`] writes.
    pub fn encoded_len(&self) -> usize {
        match self {
            CpMessage::Data(m) => 3 + m.user_data.len(),
            CpMessage::Ack(_) => 2,
            CpMessage::Error(_) => 3,
        }
    }

    /// Writes the CP message.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        out.put(self.ti().header());
        out.put(self.message_type().0);
        match self {
            CpMessage::Data(m) => {
                out.put(m.user_data.len_u8());
                out.put_slice(m.user_data.as_bytes());
            }
            CpMessage::Ack(_) => {}
            CpMessage::Error(m) => out.put(m.cause.0),
        }
    }
}

impl<'a> From<CpData<'a>> for CpMessage<'a> {
    fn from(m: CpData<'a>) -> Self {
        CpMessage::Data(m)
    }
}

impl From<CpAck> for CpMessage<'_> {
    fn from(m: CpAck) -> Self {
        CpMessage::Ack(m)
    }
}

impl From<CpError> for CpMessage<'_> {
    fn from(m: CpError) -> Self {
        CpMessage::Error(m)
    }
}
