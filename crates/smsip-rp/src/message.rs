//! The RPDU: common header (TS 24.011 §8.2.2, §8.2.3) and the message enum.

use smsip_core::{Reader, Sink};

use crate::{
    DecodeError, Direction, MessageType, RpAck, RpData, RpError, RpSmma, SpareBits, UserData,
};

/// Any RP message (TS 24.011 §7.3), as carried in CP-User-Data or a SIP MESSAGE body.
///
/// ```
/// use smsip_rp::{RpCause, RpMessage};
/// // rp.md §2.6: RP-ERROR MS → network, cause 22, with an SMS-DELIVER-REPORT.
/// let body = [0x04, 0x01, 0x01, 0x16, 0x41, 0x03, 0x00, 0xD3, 0x00];
/// let RpMessage::Error(e) = RpMessage::decode(&body).unwrap() else { panic!() };
/// assert_eq!(e.reference, 1);
/// assert_eq!(e.cause, RpCause::MEMORY_CAPACITY_EXCEEDED);
/// assert_eq!(e.user_data.unwrap().as_bytes(), &[0x00, 0xD3, 0x00]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum RpMessage<'a> {
    /// RP-DATA, either direction.
    Data(RpData<'a>),
    /// RP-ACK, either direction.
    Ack(RpAck<'a>),
    /// RP-ERROR, either direction.
    Error(RpError<'a>),
    /// RP-SMMA (MS → network).
    Smma(RpSmma),
}

impl<'a> RpMessage<'a> {
    /// Decodes one RPDU; nothing may follow it.
    ///
    /// Bits 8-4 of the first octet are spare (§8.2.2): not interpreted, but kept in the
    /// message's `spare` field so that it re-encodes to `bytes`. RP-MTI 7 is a
    /// [`DecodeError::MessageType`]. Borrows from `bytes`, never allocates.
    #[inline]
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        Self::decode_at(bytes, 0)
    }

    /// As [`RpMessage::decode`], with offsets reported as if `bytes` started at `base` of an
    /// enclosing buffer.
    pub(crate) fn decode_at(bytes: &'a [u8], base: usize) -> Result<Self, DecodeError> {
        let mut r = Reader::with_base(bytes, base);
        let first = mandatory_u8(&mut r, "RP-MTI")?;
        let mti = first & 0x07;
        let spare = SpareBits::of_octet(first);
        let reference = mandatory_u8(&mut r, "RP-Message Reference")?;
        let h = Header {
            direction: Direction::from_mti(mti),
            spare,
            reference,
        };
        Ok(match mti {
            0 | 1 => RpMessage::Data(RpData::decode_body(h, &mut r)?),
            2 | 3 => RpMessage::Ack(RpAck::decode_body(h, &mut r)?),
            4 | 5 => RpMessage::Error(RpError::decode_body(h, &mut r)?),
            6 => RpMessage::Smma(RpSmma::decode_body(h, &mut r)?),
            value => {
                return Err(DecodeError::MessageType {
                    field: "RP-MTI",
                    offset: base,
                    value,
                })
            }
        })
    }

    /// RP-MTI.
    pub const fn message_type(&self) -> MessageType {
        match self {
            RpMessage::Data(m) => m.message_type(),
            RpMessage::Ack(m) => m.message_type(),
            RpMessage::Error(m) => m.message_type(),
            RpMessage::Smma(_) => MessageType::SMMA_MS_TO_NETWORK,
        }
    }

    /// Which way the message travels.
    pub const fn direction(&self) -> Direction {
        match self {
            RpMessage::Data(m) => m.direction,
            RpMessage::Ack(m) => m.direction,
            RpMessage::Error(m) => m.direction,
            RpMessage::Smma(_) => Direction::MsToNetwork,
        }
    }

    /// The spare bits 8-4 of the RP-MTI octet, as received (0 in a message built here).
    pub const fn spare(&self) -> SpareBits {
        match self {
            RpMessage::Data(m) => m.spare,
            RpMessage::Ack(m) => m.spare,
            RpMessage::Error(m) => m.spare,
            RpMessage::Smma(m) => m.spare,
        }
    }

    /// RP-Message Reference.
    pub const fn reference(&self) -> u8 {
        match self {
            RpMessage::Data(m) => m.reference,
            RpMessage::Ack(m) => m.reference,
            RpMessage::Error(m) => m.reference,
            RpMessage::Smma(m) => m.reference,
        }
    }

    /// RP-User-Data (the TPDU octets), if the message has it.
    pub const fn user_data(&self) -> Option<UserData<'a>> {
        match self {
            RpMessage::Data(m) => Some(m.user_data),
            RpMessage::Ack(m) => m.user_data,
            RpMessage::Error(m) => m.user_data,
            RpMessage::Smma(_) => None,
        }
    }

    /// True for RP-ACK and RP-ERROR, the answers that close a relay transaction.
    pub const fn is_report(&self) -> bool {
        matches!(self, RpMessage::Ack(_) | RpMessage::Error(_))
    }

    /// Octets [`RpMessage::encode`] writes.
    pub fn encoded_len(&self) -> usize {
        match self {
            RpMessage::Data(m) => m.encoded_len(),
            RpMessage::Ack(m) => m.encoded_len(),
            RpMessage::Error(m) => m.encoded_len(),
            RpMessage::Smma(m) => m.encoded_len(),
        }
    }

    /// Writes the RPDU.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        match self {
            RpMessage::Data(m) => m.encode(out),
            RpMessage::Ack(m) => m.encode(out),
            RpMessage::Error(m) => m.encode(out),
            RpMessage::Smma(m) => m.encode(out),
        }
    }
}

impl<'a> From<RpData<'a>> for RpMessage<'a> {
    fn from(m: RpData<'a>) -> Self {
        RpMessage::Data(m)
    }
}

impl<'a> From<RpAck<'a>> for RpMessage<'a> {
    fn from(m: RpAck<'a>) -> Self {
        RpMessage::Ack(m)
    }
}

impl<'a> From<RpError<'a>> for RpMessage<'a> {
    fn from(m: RpError<'a>) -> Self {
        RpMessage::Error(m)
    }
}

impl From<RpSmma> for RpMessage<'_> {
    fn from(m: RpSmma) -> Self {
        RpMessage::Smma(m)
    }
}

/// A one-octet mandatory V element: `Missing` when the input ends before it.
pub(crate) fn mandatory_u8(r: &mut Reader<'_>, field: &'static str) -> Result<u8, DecodeError> {
    let offset = r.offset();
    r.u8(field)
        .map_err(|_| DecodeError::Missing { field, offset })
}

/// What the first two octets say: direction (from RP-MTI), spare bits, RP-MR.
#[derive(Clone, Copy)]
pub(crate) struct Header {
    pub(crate) direction: Direction,
    pub(crate) spare: SpareBits,
    pub(crate) reference: u8,
}

/// RP-MTI and RP-MR.
#[inline]
pub(crate) const fn header_len() -> usize {
    2
}

#[inline]
pub(crate) fn put_header<S: Sink + ?Sized>(
    out: &mut S,
    mti: MessageType,
    spare: SpareBits,
    reference: u8,
) {
    out.put(mti.0 | spare.bits());
    out.put(reference);
}

/// The length octet (at `offset`) and value of RP-User-Data; `min` is the smallest length
/// allowed (1 in RP-DATA, where it is mandatory, TS 24.011 §8.2.5.3).
pub(crate) fn user_data_lv<'a>(
    r: &mut Reader<'a>,
    offset: usize,
    min: u8,
) -> Result<UserData<'a>, DecodeError> {
    let len = r.u8("RP-User-Data")?;
    if usize::from(len) > UserData::MAX || len < min {
        return Err(DecodeError::Length {
            field: "RP-User-Data",
            offset,
            len,
            min,
            max: UserData::MAX as u8,
        });
    }
    let value = r.take(usize::from(len), "RP-User-Data")?;
    Ok(UserData::new(value).unwrap_or(UserData::EMPTY))
}

/// The optional part of RP-ACK / RP-ERROR: RP-User-Data (IEI 0x41) if it comes first, then any
/// unknown elements.
pub(crate) fn optional_part<'a>(
    r: &mut Reader<'a>,
) -> Result<(Option<UserData<'a>>, crate::UnknownIes<'a>), DecodeError> {
    let mut user_data = None;
    if r.peek() == Some(crate::ie::IEI_RP_USER_DATA) {
        r.u8("RP-User-Data IEI")?;
        let offset = r.offset();
        user_data = Some(user_data_lv(r, offset, 0)?);
    }
    let base = r.offset();
    let unknown = crate::UnknownIes::scan(r.rest(), base)?;
    Ok((user_data, unknown))
}

pub(crate) fn optional_len(
    user_data: Option<&UserData<'_>>,
    unknown: &crate::UnknownIes<'_>,
) -> usize {
    user_data.map_or(0, |ud| 2 + ud.len()) + unknown.as_bytes().len()
}

pub(crate) fn put_optional<S: Sink + ?Sized>(
    out: &mut S,
    user_data: Option<&UserData<'_>>,
    unknown: &crate::UnknownIes<'_>,
) {
    if let Some(ud) = user_data {
        out.put(crate::ie::IEI_RP_USER_DATA);
        out.put(ud.len_u8());
        out.put_slice(ud.as_bytes());
    }
    out.put_slice(unknown.as_bytes());
}
