//! The TPDU inside RP-User-Data, as a typed `smsip-tpdu` view (TS 23.040 §9.2.3.1: the
//! direction and the report variant come from the RP layer).

use smsip_core::{Sink, SliceSink};
use smsip_tpdu::{ReportContext, Tpdu};

use crate::{BuildError, Direction, RpAck, RpData, RpError, RpMessage, UserData};

/// What decoding RP-User-Data gives: `None` when the message has no RP-User-Data.
pub type TpduResult<'a> = Option<Result<Tpdu<'a>, smsip_tpdu::DecodeError>>;

impl Direction {
    /// The TPDU direction of the user data this RP direction carries: MS → network carries
    /// MS → SC TPDUs (SMS-SUBMIT, SMS-COMMAND, SMS-DELIVER-REPORT), network → MS the SC → MS
    /// ones (SMS-DELIVER, SMS-STATUS-REPORT, SMS-SUBMIT-REPORT).
    #[inline]
    pub const fn tpdu_direction(self) -> smsip_tpdu::Direction {
        match self {
            Direction::MsToNetwork => smsip_tpdu::Direction::MsToSc,
            Direction::NetworkToMs => smsip_tpdu::Direction::ScToMs,
        }
    }
}

fn view(ud: UserData<'_>, direction: Direction, report: ReportContext) -> TpduResult<'_> {
    if ud.is_empty() {
        return None;
    }
    Some(Tpdu::decode_with(
        ud.as_bytes(),
        direction.tpdu_direction(),
        report,
    ))
}

impl<'a> RpData<'a> {
    /// The TPDU: SMS-SUBMIT or SMS-COMMAND MS → network, SMS-DELIVER or SMS-STATUS-REPORT
    /// network → MS. `None` if RP-User-Data is empty (only in a value built by hand: the
    /// decoder refuses an empty RP-User-Data in RP-DATA). Error offsets count from the TPDU start.
    pub fn tpdu(&self) -> TpduResult<'a> {
        view(self.user_data, self.direction, ReportContext::Unknown)
    }
}

impl<'a> RpAck<'a> {
    /// The report TPDU for RP-ACK: SMS-DELIVER-REPORT MS → network, SMS-SUBMIT-REPORT
    /// network → MS. `None` without RP-User-Data.
    pub fn tpdu(&self) -> TpduResult<'a> {
        view(self.user_data?, self.direction, ReportContext::Ack)
    }
}

impl<'a> RpError<'a> {
    /// The report TPDU for RP-ERROR (with TP-FCS): SMS-DELIVER-REPORT MS → network,
    /// SMS-SUBMIT-REPORT network → MS. `None` without RP-User-Data.
    pub fn tpdu(&self) -> TpduResult<'a> {
        view(self.user_data?, self.direction, ReportContext::Error)
    }
}

impl<'a> RpMessage<'a> {
    /// The TPDU of RP-DATA, RP-ACK or RP-ERROR (see their `tpdu()`); `None` for RP-SMMA and
    /// without RP-User-Data.
    pub fn tpdu(&self) -> TpduResult<'a> {
        match self {
            RpMessage::Data(m) => m.tpdu(),
            RpMessage::Ack(m) => m.tpdu(),
            RpMessage::Error(m) => m.tpdu(),
            RpMessage::Smma(_) => None,
        }
    }
}

/// A typed TPDU encoded into an inline buffer of [`UserData::MAX`] octets, ready to be
/// RP-User-Data; no allocation.
///
/// ```
/// use smsip_rp::{RpAddress, RpData, TpduBuf};
/// use smsip_tpdu::{Submit, Tpdu};
/// let pdu = [0x31, 0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7, 0x02, 0xC8, 0x34];
/// let submit = Submit::decode(&pdu).unwrap();
/// let ud = TpduBuf::encode(&Tpdu::Submit(submit)).unwrap();
/// assert_eq!(ud.as_bytes(), &pdu);
/// let data = RpData::mo(1, RpAddress::international("447700900000").unwrap(), ud.as_bytes()).unwrap();
/// assert!(matches!(data.tpdu(), Some(Ok(Tpdu::Submit(s))) if s == submit));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TpduBuf {
    len: u8,
    buf: [u8; UserData::MAX],
}

impl TpduBuf {
    /// Encodes `tpdu`; an error if it does not encode or exceeds 232 octets.
    pub fn encode(tpdu: &Tpdu<'_>) -> Result<Self, BuildError> {
        let mut buf = [0u8; UserData::MAX];
        let mut sink = SliceSink::new(&mut buf);
        tpdu.encode(&mut sink).map_err(BuildError::Tpdu)?;
        let written = sink.written();
        let len = sink.finish().map_err(|_| BuildError::TooLong {
            field: "RP-User-Data",
            len: written,
            max: UserData::MAX,
        })?;
        Ok(TpduBuf {
            len: len as u8,
            buf,
        })
    }

    /// The TPDU octets.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.buf.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

impl core::fmt::Debug for TpduBuf {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("TpduBuf")
            .field(&UserData::new(self.as_bytes()).unwrap_or_default())
            .finish()
    }
}
