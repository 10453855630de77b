//! RP-DATA (TS 24.011 §7.3.1).

use smsip_core::{Reader, Sink};

use crate::message::{header_len, put_header, user_data_lv, Header};
use crate::{
    BuildError, DecodeError, Direction, MessageType, RpAck, RpAddress, RpCause, RpError, RpMessage,
    SpareBits, UnknownIes, UserData,
};

/// RP-DATA (TS 24.011 §7.3.1.1 network → MS, §7.3.1.2 MS → network).
///
/// | IE | format | MS → network | network → MS |
/// |---|---|---|---|
/// | RP-MTI, RP-MR | V | 0, reference | 1, reference |
/// | RP-Originator Address | LV | empty | service centre |
/// | RP-Destination Address | LV | service centre | empty |
/// | RP-User-Data | LV, 1..=232 | SMS-SUBMIT / SMS-COMMAND | SMS-DELIVER / SMS-STATUS-REPORT |
///
/// Both addresses are kept as received: an address the spec says is empty but that is not
/// round-trips too. An address that is present has 2..=11 octets (TS 24.011 §8.2.5.1,
/// §8.2.5.2: the TON/NPI octet and at least one octet of digits); length 1 is refused.
///
/// RP-User-Data is mandatory and carries one TPDU (§8.2.5.3): its length is 1..=232, and
/// [`RpData::mo`] / [`RpData::mt`] refuse an empty TPDU. A value built by hand with an empty
/// `user_data` encodes to an RPDU that [`RpData::decode`] refuses.
///
/// ```
/// use smsip_rp::{Direction, RpAddress, RpData};
/// let sc = RpAddress::international("447700900000").unwrap();
/// let tpdu = [0x31, 0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7,
///             0x02, 0xC8, 0x34];
/// let data = RpData::mo(1, sc, &tpdu).unwrap();
/// let mut body = Vec::new();
/// data.encode(&mut body);
/// assert_eq!(&body[..4], &[0x00, 0x01, 0x00, 0x07]);
/// assert_eq!(body.len(), data.encoded_len());
/// assert_eq!(RpData::decode(&body).unwrap(), data);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RpData<'a> {
    /// RP-MTI 0 (MS → network) or 1 (network → MS).
    pub direction: Direction,
    /// Bits 8-4 of the RP-MTI octet (§8.2.2): 0 when sent, kept as received.
    pub spare: SpareBits,
    /// RP-Message Reference (§8.2.3), echoed by the answer.
    pub reference: u8,
    /// RP-Originator Address (§8.2.5.1): the service centre network → MS, empty MS → network.
    pub originator: Option<RpAddress>,
    /// RP-Destination Address (§8.2.5.2): the service centre MS → network, empty network → MS.
    pub destination: Option<RpAddress>,
    /// RP-User-Data (§8.2.5.3): the TPDU, 1..=232 octets.
    pub user_data: UserData<'a>,
}

impl<'a> RpData<'a> {
    /// MS → network RP-DATA carrying `tpdu` (an SMS-SUBMIT or SMS-COMMAND) to `service_centre`;
    /// `tpdu` must have 1..=232 octets.
    pub fn mo(
        reference: u8,
        service_centre: RpAddress,
        tpdu: &'a [u8],
    ) -> Result<Self, BuildError> {
        Ok(RpData {
            direction: Direction::MsToNetwork,
            spare: SpareBits::NONE,
            reference,
            originator: None,
            destination: Some(service_centre),
            user_data: mandatory_user_data(tpdu)?,
        })
    }

    /// Network → MS RP-DATA carrying `tpdu` (an SMS-DELIVER or SMS-STATUS-REPORT) from
    /// `service_centre`; `tpdu` must have 1..=232 octets.
    pub fn mt(
        reference: u8,
        service_centre: RpAddress,
        tpdu: &'a [u8],
    ) -> Result<Self, BuildError> {
        Ok(RpData {
            direction: Direction::NetworkToMs,
            spare: SpareBits::NONE,
            reference,
            originator: Some(service_centre),
            destination: None,
            user_data: mandatory_user_data(tpdu)?,
        })
    }

    /// RP-MTI of this message.
    #[inline]
    pub const fn message_type(&self) -> MessageType {
        MessageType(self.direction.bit())
    }

    /// The service-centre address: RP-Destination Address MS → network, RP-Originator Address
    /// network → MS.
    #[inline]
    pub const fn service_centre(&self) -> Option<&RpAddress> {
        match self.direction {
            Direction::MsToNetwork => self.destination.as_ref(),
            Direction::NetworkToMs => self.originator.as_ref(),
        }
    }

    /// The TPDU octets.
    #[inline]
    pub const fn tpdu_bytes(&self) -> &'a [u8] {
        self.user_data.as_bytes()
    }

    /// The RP-ACK answering this message (same RP-MR, other direction, no user data).
    #[inline]
    pub const fn ack(&self) -> RpAck<'static> {
        RpAck::new(self.direction.reverse(), self.reference)
    }

    /// The RP-ERROR answering this message with `cause`.
    #[inline]
    pub const fn error(&self, cause: RpCause) -> RpError<'static> {
        RpError::new(self.direction.reverse(), self.reference, cause)
    }

    /// Decodes an RP-DATA of either direction; another RP-MTI is a
    /// [`DecodeError::MessageType`].
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        match RpMessage::decode(bytes)? {
            RpMessage::Data(d) => Ok(d),
            other => Err(DecodeError::MessageType {
                field: "RP-MTI",
                offset: 0,
                value: other.message_type().0,
            }),
        }
    }

    /// Decodes the part after RP-MTI and RP-MR.
    pub(crate) fn decode_body(h: Header, r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let originator = RpAddress::decode_lv(r, "RP-Originator Address")?;
        let destination = RpAddress::decode_lv(r, "RP-Destination Address")?;
        let offset = r.offset();
        if r.is_empty() {
            return Err(DecodeError::Missing {
                field: "RP-User-Data",
                offset,
            });
        }
        let user_data = user_data_lv(r, offset, 1)?;
        if !r.is_empty() {
            return Err(DecodeError::Trailing {
                field: "RP-DATA",
                offset: r.offset(),
                len: r.remaining(),
            });
        }
        Ok(RpData {
            direction: h.direction,
            spare: h.spare,
            reference: h.reference,
            originator,
            destination,
            user_data,
        })
    }

    /// Octets [`RpData::encode`] writes.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        header_len()
            + RpAddress::lv_len(self.originator.as_ref())
            + RpAddress::lv_len(self.destination.as_ref())
            + 1
            + self.user_data.len()
    }

    /// Writes the RPDU.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        put_header(out, self.message_type(), self.spare, self.reference);
        RpAddress::encode_lv(self.originator.as_ref(), out);
        RpAddress::encode_lv(self.destination.as_ref(), out);
        out.put(self.user_data.len_u8());
        out.put_slice(self.user_data.as_bytes());
    }
}

pub(crate) fn user_data(tpdu: &[u8]) -> Result<UserData<'_>, BuildError> {
    UserData::new(tpdu).ok_or(BuildError::TooLong {
        field: "RP-User-Data",
        len: tpdu.len(),
        max: UserData::MAX,
    })
}

/// RP-User-Data of RP-DATA: mandatory, so at least one octet (TS 24.011 §8.2.5.3).
fn mandatory_user_data(tpdu: &[u8]) -> Result<UserData<'_>, BuildError> {
    if tpdu.is_empty() {
        return Err(BuildError::TooShort {
            field: "RP-User-Data",
            len: 0,
            min: 1,
        });
    }
    user_data(tpdu)
}

pub(crate) fn unknown_ies(bytes: &[u8]) -> Result<UnknownIes<'_>, BuildError> {
    UnknownIes::new(bytes).ok_or(BuildError::Malformed {
        field: "optional information elements",
    })
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for RpData<'a> {
    /// Only values that encode to an RPDU the decoder accepts: RP-User-Data is never empty.
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let direction: Direction = u.arbitrary()?;
        let spare: SpareBits = u.arbitrary()?;
        let reference: u8 = u.arbitrary()?;
        let originator: Option<RpAddress> = u.arbitrary()?;
        let destination: Option<RpAddress> = u.arbitrary()?;
        let n = u.int_in_range(1..=UserData::MAX)?;
        let user_data = UserData::new(u.bytes(n)?).ok_or(arbitrary::Error::IncorrectFormat)?;
        Ok(RpData {
            direction,
            spare,
            reference,
            originator,
            destination,
            user_data,
        })
    }
}
