//! SMS over IP (TS 24.341): the RPDU as the body of a SIP MESSAGE.
//!
//! The body of a SIP MESSAGE with `Content-Type: application/vnd.3gpp.sms` is one RPDU exactly
//! as on the radio path, with no CP layer, no base64 and no length prefix (TS 24.341 §5.3,
//! `rp.md` §4.1). This module gives the content type, decodes a body, builds the bodies of the
//! MO, MT and memory-available flows (`rp.md` §4.2-4.4), and — with `alloc` — a sans-IO
//! [`Correlator`] matching delivery reports to the messages they answer. It parses no SIP.
//!
//! | flow | sender → receiver | body | builder | SIP answer |
//! |---|---|---|---|---|
//! | MO | UE → IP-SM-GW | RP-DATA (SMS-SUBMIT) | [`mo_data`], [`mo_submit`] | 202 Accepted |
//! | MO report | IP-SM-GW → UE | RP-ACK / RP-ERROR (SMS-SUBMIT-REPORT) | [`network_ack`], [`network_error`] | 200 OK |
//! | MT | IP-SM-GW → UE | RP-DATA (SMS-DELIVER / SMS-STATUS-REPORT) | [`mt_data`], [`mt_deliver`] | 200 OK |
//! | MT report | UE → IP-SM-GW | RP-ACK / RP-ERROR (SMS-DELIVER-REPORT) | [`ue_ack`], [`ue_error`] | 202 Accepted |
//! | memory available | UE → IP-SM-GW | RP-SMMA | [`smma`] | 202 Accepted |
//!
//! ```
//! use smsip_rp::{sip, RpAddress, RpMessage};
//! let sc = RpAddress::international("447700900000").unwrap();
//! let submit = [0x31, 0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7,
//!               0x02, 0xC8, 0x34];
//! let mut body = Vec::new();
//! sip::mo_data(1, &sc, &submit, &mut body).unwrap();
//! // ... sent as a SIP MESSAGE with Content-Type sip::CONTENT_TYPE; at the IP-SM-GW:
//! let RpMessage::Data(data) = sip::decode_body(&body).unwrap() else { panic!() };
//! assert_eq!(sip::response_status(&RpMessage::Data(data)), 202);
//! let mut answer = Vec::new();
//! sip::network_ack(data.reference, None, &mut answer).unwrap();
//! assert_eq!(answer, [0x03, 0x01]);
//! ```

#[cfg(feature = "alloc")]
mod correlation;

#[cfg(feature = "alloc")]
pub use correlation::{Correlation, Correlator, Expired, InsertError};

use smsip_core::Sink;

use crate::{
    BuildError, DecodeError, Direction, RpAck, RpAddress, RpCause, RpData, RpError, RpMessage,
    RpSmma, TpduBuf,
};

/// The MIME type of an RPDU body (TS 24.341 §5.3, `rp.md` §4.1).
pub const CONTENT_TYPE: &str = "application/vnd.3gpp.sms";

/// The media feature tag a UE puts in the `Contact` of its REGISTER to say it receives SMS over
/// IP (TS 24.341 Annex A).
pub const FEATURE_TAG: &str = "+g.3gpp.smsip";

/// The `Accept-Contact` value of an MT MESSAGE (TS 24.341 §5.3.3, TS 34.229-1 A.7.1), sent with
/// `Request-Disposition: no-fork`.
pub const ACCEPT_CONTACT: &str = "*;+g.3gpp.smsip;require;explicit";

/// True if a `Content-Type` header value names [`CONTENT_TYPE`] (case-insensitive, parameters
/// and surrounding whitespace ignored).
///
/// ```
/// assert!(smsip_rp::sip::is_sms_content_type(" Application/VND.3gpp.SMS ;x=1"));
/// assert!(!smsip_rp::sip::is_sms_content_type("text/plain"));
/// ```
pub fn is_sms_content_type(value: &str) -> bool {
    let media = value.split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case(CONTENT_TYPE)
}

/// Decodes the body of a SIP MESSAGE (the RPDU).
#[inline]
pub fn decode_body(body: &[u8]) -> Result<RpMessage<'_>, DecodeError> {
    RpMessage::decode(body)
}

/// The SIP final response to a MESSAGE carrying `message` (`rp.md` §4.2-4.4, TS 34.229-5):
/// 202 Accepted at the IP-SM-GW for anything the UE sends (MS → network), 200 OK at the UE for
/// anything the IP-SM-GW sends.
pub const fn response_status(message: &RpMessage<'_>) -> u16 {
    match message.direction() {
        Direction::MsToNetwork => 202,
        Direction::NetworkToMs => 200,
    }
}

/// Writes `message` and returns its length.
#[inline]
fn write<S: Sink + ?Sized>(message: RpMessage<'_>, out: &mut S) -> usize {
    message.encode(out);
    message.encoded_len()
}

/// MO (UE): RP-DATA MS → network carrying an SMS-SUBMIT (or SMS-COMMAND) `tpdu` to
/// `service_centre` (TS 24.341 §5.3.1, the SM-over-IP sender). Returns the octets written.
pub fn mo_data<S: Sink + ?Sized>(
    reference: u8,
    service_centre: &RpAddress,
    tpdu: &[u8],
    out: &mut S,
) -> Result<usize, BuildError> {
    Ok(write(
        RpData::mo(reference, *service_centre, tpdu)?.into(),
        out,
    ))
}

/// MO (UE): as [`mo_data`], from a typed SMS-SUBMIT (encoded on the stack, no allocation).
pub fn mo_submit<S: Sink + ?Sized>(
    reference: u8,
    service_centre: &RpAddress,
    submit: &smsip_tpdu::Submit<'_>,
    out: &mut S,
) -> Result<usize, BuildError> {
    let tpdu = TpduBuf::encode(&smsip_tpdu::Tpdu::Submit(*submit))?;
    mo_data(reference, service_centre, tpdu.as_bytes(), out)
}

/// MO report (IP-SM-GW): RP-ACK network → MS with an optional SMS-SUBMIT-REPORT for RP-ACK.
pub fn network_ack<S: Sink + ?Sized>(
    reference: u8,
    submit_report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    ack(Direction::NetworkToMs, reference, submit_report, out)
}

/// MO report (IP-SM-GW): RP-ERROR network → MS with `cause` and an optional SMS-SUBMIT-REPORT
/// for RP-ERROR.
pub fn network_error<S: Sink + ?Sized>(
    reference: u8,
    cause: RpCause,
    submit_report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    error(Direction::NetworkToMs, reference, cause, submit_report, out)
}

/// MT (IP-SM-GW): RP-DATA network → MS carrying an SMS-DELIVER (or SMS-STATUS-REPORT) `tpdu`
/// from `service_centre` (TS 24.341 §5.3.3, the IP-SM-GW).
pub fn mt_data<S: Sink + ?Sized>(
    reference: u8,
    service_centre: &RpAddress,
    tpdu: &[u8],
    out: &mut S,
) -> Result<usize, BuildError> {
    Ok(write(
        RpData::mt(reference, *service_centre, tpdu)?.into(),
        out,
    ))
}

/// MT (IP-SM-GW): as [`mt_data`], from a typed SMS-DELIVER (encoded on the stack).
pub fn mt_deliver<S: Sink + ?Sized>(
    reference: u8,
    service_centre: &RpAddress,
    deliver: &smsip_tpdu::Deliver<'_>,
    out: &mut S,
) -> Result<usize, BuildError> {
    let tpdu = TpduBuf::encode(&smsip_tpdu::Tpdu::Deliver(*deliver))?;
    mt_data(reference, service_centre, tpdu.as_bytes(), out)
}

/// MT report (UE): RP-ACK MS → network with an optional SMS-DELIVER-REPORT for RP-ACK.
pub fn ue_ack<S: Sink + ?Sized>(
    reference: u8,
    deliver_report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    ack(Direction::MsToNetwork, reference, deliver_report, out)
}

/// MT report (UE): RP-ERROR MS → network with `cause` (e.g. 22, memory capacity exceeded) and
/// an optional SMS-DELIVER-REPORT for RP-ERROR.
pub fn ue_error<S: Sink + ?Sized>(
    reference: u8,
    cause: RpCause,
    deliver_report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    error(
        Direction::MsToNetwork,
        reference,
        cause,
        deliver_report,
        out,
    )
}

/// Memory available (UE): RP-SMMA (TS 24.341 §5.3.2.5).
pub fn smma<S: Sink + ?Sized>(reference: u8, out: &mut S) -> usize {
    write(RpSmma::new(reference).into(), out)
}

fn ack<S: Sink + ?Sized>(
    direction: Direction,
    reference: u8,
    report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    let mut m = RpAck::new(direction, reference);
    if let Some(tpdu) = report {
        m = m.with_user_data(tpdu)?;
    }
    Ok(write(m.into(), out))
}

fn error<S: Sink + ?Sized>(
    direction: Direction,
    reference: u8,
    cause: RpCause,
    report: Option<&[u8]>,
    out: &mut S,
) -> Result<usize, BuildError> {
    let mut m = RpError::new(direction, reference, cause);
    if let Some(tpdu) = report {
        m = m.with_user_data(tpdu)?;
    }
    Ok(write(m.into(), out))
}

/// The RP-ERROR (sent in `answer` direction) rejecting a body that failed to decode with
/// `error`: cause [`DecodeError::rp_cause`] and the body's RP-MR (`rp.md` §4.5).
///
/// `None` when the body is too short to carry an RP-MR, or when it is itself an RP-ACK or
/// RP-ERROR (an answer is not answered).
///
/// ```
/// use smsip_rp::{sip, Direction, RpCause};
/// let body = [0x00, 0x07, 0x00]; // RP-DATA cut after RP-OA
/// let err = sip::decode_body(&body).unwrap_err();
/// let reply = sip::reject(&body, &err, Direction::NetworkToMs).unwrap();
/// assert_eq!((reply.reference, reply.cause), (7, RpCause::INVALID_MANDATORY_INFORMATION));
/// ```
pub fn reject(body: &[u8], error: &DecodeError, answer: Direction) -> Option<RpError<'static>> {
    let (&first, rest) = body.split_first()?;
    let &reference = rest.first()?;
    if matches!(first & 0x07, 2..=5) {
        return None;
    }
    Some(RpError::new(answer, reference, error.rp_cause()))
}
