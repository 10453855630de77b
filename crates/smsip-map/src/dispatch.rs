//! The dispatcher: operation code (and application-context version) to typed argument and
//! result, over the enums [`Argument`] and [`ReturnResult`] (errors: [`decode_err`](crate::decode_err)).
//!
//! The bytes given are the `parameter` of the TCAP Invoke (the argument) or the `result` of
//! the ReturnResult(Last) component, one BER element; empty bytes mean the component has none.

use smsip_ber::{AddressString, BerReader, BerWriter, Element, Imsi, Tag};
use smsip_core::Sink;

use crate::{
    AlertServiceCentreArg, AnyTimeModificationArg, AnyTimeModificationRes, DecodeError,
    ForwardSmArg, InformServiceCentreArg, MoForwardSmArg, MoForwardSmRes, MtForwardSmArg,
    MtForwardSmRes, OpCode, ReadyForSmArg, ReadyForSmRes, ReportSmDeliveryStatusArg,
    ReportSmDeliveryStatusRes, RoutingInfoForSmArg, RoutingInfoForSmRes,
};

/// The argument of an Invoke, typed by its operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
// Views are `Copy` and decoding does not allocate, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum Argument<'a> {
    /// sendRoutingInfoForSM (45).
    SendRoutingInfoForSm(RoutingInfoForSmArg<'a>),
    /// mo-ForwardSM (46), v3.
    MoForwardSm(MoForwardSmArg<'a>),
    /// forwardSM (46), v1/v2.
    ForwardSm(ForwardSmArg<'a>),
    /// mt-ForwardSM (44).
    MtForwardSm(MtForwardSmArg<'a>),
    /// reportSM-DeliveryStatus (47).
    ReportSmDeliveryStatus(ReportSmDeliveryStatusArg<'a>),
    /// noteSubscriberPresent (48), v1: a bare IMSI (`04`).
    NoteSubscriberPresent(Imsi<'a>),
    /// alertServiceCentreWithoutResult (49), v1.
    AlertServiceCentreWithoutResult(AlertServiceCentreArg<'a>),
    /// informServiceCentre (63).
    InformServiceCentre(InformServiceCentreArg<'a>),
    /// alertServiceCentre (64).
    AlertServiceCentre(AlertServiceCentreArg<'a>),
    /// anyTimeModification (65).
    AnyTimeModification(AnyTimeModificationArg<'a>),
    /// readyForSM (66).
    ReadyForSm(ReadyForSmArg<'a>),
}

/// The single element of `bytes`; `None` when empty.
fn single<'a>(bytes: &'a [u8], name: &'static str) -> Result<Option<Element<'a>>, DecodeError> {
    let mut r = BerReader::new(bytes).named(name);
    let e = r.next_element()?;
    r.finish()?;
    Ok(e.map(|e| e.named(name)))
}

/// A SEQUENCE-typed parameter element.
fn seq<'a>(e: Element<'a>, name: &'static str) -> Result<Element<'a>, DecodeError> {
    Ok(e.named(name).expect_tag(Tag::SEQUENCE)?)
}

/// Decodes the argument of the Invoke of `op` in a v3 dialogue (opcode 46 = mo-ForwardSM).
///
/// ```
/// use smsip_map::{decode_arg, Argument, OpCode};
/// let bytes = [0x30, 0x04, 0x03, 0x02, 0x02, 0x40]; // jss7-isc-arg
/// let Argument::InformServiceCentre(isc) = decode_arg(OpCode::INFORM_SERVICE_CENTRE, &bytes)? else { panic!() };
/// assert!(isc.mw_status.unwrap().is_set(1));
/// let mut out = Vec::new();
/// Argument::InformServiceCentre(isc).encode(&mut out);
/// assert_eq!(out, bytes);
/// assert!(decode_arg(OpCode(99), &bytes).is_err());
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
pub fn decode_arg(op: OpCode, bytes: &[u8]) -> Result<Argument<'_>, DecodeError> {
    decode_arg_versioned(op, 3, bytes)
}

/// Decodes the argument of the Invoke of `op` in a dialogue of application-context `version`
/// (1, 2 or 3): opcode 46 is forwardSM ([`ForwardSmArg`]) below version 3.
pub fn decode_arg_versioned(
    op: OpCode,
    version: u8,
    bytes: &[u8],
) -> Result<Argument<'_>, DecodeError> {
    match single(bytes, "argument")? {
        Some(e) => Argument::from_element(op, version, e),
        None if op.name().is_some() && op != OpCode::MT_FORWARD_SM_VGCS => Err(
            smsip_ber::DecodeError::new(smsip_ber::ErrorKind::MissingMandatory, 0, "argument")
                .into(),
        ),
        None => Err(DecodeError::UnsupportedOperation(op)),
    }
}

impl<'a> Argument<'a> {
    /// Decodes the argument element `e` of `op` in a dialogue of `version` (offsets of `e`'s
    /// buffer: hand over the TCAP parameter element to get offsets in the whole message).
    #[inline]
    pub fn from_element(op: OpCode, version: u8, e: Element<'a>) -> Result<Self, DecodeError> {
        use Argument as A;
        Ok(match op {
            OpCode::SEND_ROUTING_INFO_FOR_SM => A::SendRoutingInfoForSm(
                RoutingInfoForSmArg::from_element(seq(e, RoutingInfoForSmArg::ASN1_NAME)?)?,
            ),
            OpCode::MO_FORWARD_SM if version < 3 => A::ForwardSm(ForwardSmArg::from_element(seq(
                e,
                ForwardSmArg::ASN1_NAME,
            )?)?),
            OpCode::MO_FORWARD_SM => A::MoForwardSm(MoForwardSmArg::from_element(seq(
                e,
                MoForwardSmArg::ASN1_NAME,
            )?)?),
            OpCode::MT_FORWARD_SM => A::MtForwardSm(MtForwardSmArg::from_element(seq(
                e,
                MtForwardSmArg::ASN1_NAME,
            )?)?),
            OpCode::REPORT_SM_DELIVERY_STATUS => {
                A::ReportSmDeliveryStatus(ReportSmDeliveryStatusArg::from_element(seq(
                    e,
                    ReportSmDeliveryStatusArg::ASN1_NAME,
                )?)?)
            }
            OpCode::NOTE_SUBSCRIBER_PRESENT => A::NoteSubscriberPresent(Imsi::from_element(
                e.named("IMSI").expect_tag(Tag::OCTET_STRING)?,
            )?),
            OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT => A::AlertServiceCentreWithoutResult(
                AlertServiceCentreArg::from_element(seq(e, AlertServiceCentreArg::ASN1_NAME)?)?,
            ),
            OpCode::INFORM_SERVICE_CENTRE => A::InformServiceCentre(
                InformServiceCentreArg::from_element(seq(e, InformServiceCentreArg::ASN1_NAME)?)?,
            ),
            OpCode::ALERT_SERVICE_CENTRE => A::AlertServiceCentre(
                AlertServiceCentreArg::from_element(seq(e, AlertServiceCentreArg::ASN1_NAME)?)?,
            ),
            OpCode::ANY_TIME_MODIFICATION => A::AnyTimeModification(
                AnyTimeModificationArg::from_element(seq(e, AnyTimeModificationArg::ASN1_NAME)?)?,
            ),
            OpCode::READY_FOR_SM => A::ReadyForSm(ReadyForSmArg::from_element(seq(
                e,
                ReadyForSmArg::ASN1_NAME,
            )?)?),
            other => return Err(DecodeError::UnsupportedOperation(other)),
        })
    }

    /// The operation code.
    pub const fn opcode(&self) -> OpCode {
        match self {
            Argument::SendRoutingInfoForSm(_) => OpCode::SEND_ROUTING_INFO_FOR_SM,
            Argument::MoForwardSm(_) | Argument::ForwardSm(_) => OpCode::MO_FORWARD_SM,
            Argument::MtForwardSm(_) => OpCode::MT_FORWARD_SM,
            Argument::ReportSmDeliveryStatus(_) => OpCode::REPORT_SM_DELIVERY_STATUS,
            Argument::NoteSubscriberPresent(_) => OpCode::NOTE_SUBSCRIBER_PRESENT,
            Argument::AlertServiceCentreWithoutResult(_) => {
                OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT
            }
            Argument::InformServiceCentre(_) => OpCode::INFORM_SERVICE_CENTRE,
            Argument::AlertServiceCentre(_) => OpCode::ALERT_SERVICE_CENTRE,
            Argument::AnyTimeModification(_) => OpCode::ANY_TIME_MODIFICATION,
            Argument::ReadyForSm(_) => OpCode::READY_FOR_SM,
        }
    }

    /// The lowest application-context version whose syntax this argument uses (1 for
    /// forwardSM, noteSubscriberPresent and alertServiceCentreWithoutResult, else 3), as
    /// [`decode_arg_versioned`] needs it back.
    pub const fn version(&self) -> u8 {
        match self {
            Argument::ForwardSm(_)
            | Argument::NoteSubscriberPresent(_)
            | Argument::AlertServiceCentreWithoutResult(_) => 1,
            _ => 3,
        }
    }

    /// Writes the argument element.
    pub fn write_ber<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self {
            Argument::SendRoutingInfoForSm(a) => a.write_ber(w),
            Argument::MoForwardSm(a) => a.write_ber(w),
            Argument::ForwardSm(a) => a.write_ber(w),
            Argument::MtForwardSm(a) => a.write_ber(w),
            Argument::ReportSmDeliveryStatus(a) => a.write_ber(w),
            Argument::NoteSubscriberPresent(i) => i.encode(w, Tag::OCTET_STRING),
            Argument::AlertServiceCentreWithoutResult(a) | Argument::AlertServiceCentre(a) => {
                a.write_ber(w)
            }
            Argument::InformServiceCentre(a) => a.write_ber(w),
            Argument::AnyTimeModification(a) => a.write_ber(w),
            Argument::ReadyForSm(a) => a.write_ber(w),
        }
    }

    /// Appends the argument element to `out`.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write_ber(&mut BerWriter::new(out));
    }

    /// Octets [`encode`](Self::encode) writes.
    pub fn encoded_len(&self) -> usize {
        smsip_ber::writer::measure(|w| self.write_ber(w))
    }
}

/// The result of a ReturnResult(Last), typed by its operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
// Views are `Copy` and decoding does not allocate, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum ReturnResult<'a> {
    /// No result parameter: the optional results of mo-/mt-ForwardSM, reportSM-DeliveryStatus
    /// and readyForSM left out, alertServiceCentre's empty result, forwardSM v1/v2.
    Empty,
    /// sendRoutingInfoForSM (45).
    SendRoutingInfoForSm(RoutingInfoForSmRes<'a>),
    /// mo-ForwardSM (46), v3.
    MoForwardSm(MoForwardSmRes<'a>),
    /// mt-ForwardSM (44).
    MtForwardSm(MtForwardSmRes<'a>),
    /// reportSM-DeliveryStatus (47), v3.
    ReportSmDeliveryStatus(ReportSmDeliveryStatusRes<'a>),
    /// reportSM-DeliveryStatus (47), v2: storedMSISDN, a bare ISDN-AddressString (`04`).
    ReportSmDeliveryStatusV2(AddressString<'a>),
    /// anyTimeModification (65).
    AnyTimeModification(AnyTimeModificationRes<'a>),
    /// readyForSM (66).
    ReadyForSm(ReadyForSmRes<'a>),
}

/// Decodes the result of `op` in a v3 dialogue.
///
/// ```
/// use smsip_map::{decode_res, OpCode, ReturnResult};
/// assert_eq!(decode_res(OpCode::MT_FORWARD_SM, &[])?, ReturnResult::Empty);
/// assert_eq!(decode_res(OpCode::ALERT_SERVICE_CENTRE, &[])?, ReturnResult::Empty);
/// assert!(decode_res(OpCode::SEND_ROUTING_INFO_FOR_SM, &[]).is_err()); // mandatory
/// assert!(decode_res(OpCode::INFORM_SERVICE_CENTRE, &[]).is_err()); // no result at all
/// let ReturnResult::ReportSmDeliveryStatusV2(msisdn) =
///     decode_res(OpCode::REPORT_SM_DELIVERY_STATUS, &[0x04, 0x03, 0x91, 0x21, 0xF3])? else { panic!() };
/// assert_eq!(msisdn.to_string(), "+123");
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
pub fn decode_res(op: OpCode, bytes: &[u8]) -> Result<ReturnResult<'_>, DecodeError> {
    decode_res_versioned(op, 3, bytes)
}

/// Decodes the result of `op` in a dialogue of application-context `version`: forwardSM
/// (46 below version 3) has an empty result.
pub fn decode_res_versioned(
    op: OpCode,
    version: u8,
    bytes: &[u8],
) -> Result<ReturnResult<'_>, DecodeError> {
    let e = single(bytes, "result")?;
    ReturnResult::from_element(op, version, e)
}

impl<'a> ReturnResult<'a> {
    /// Decodes the result element `e` (`None`: the component has no result) of `op` in a
    /// dialogue of `version`.
    pub fn from_element(
        op: OpCode,
        version: u8,
        e: Option<Element<'a>>,
    ) -> Result<Self, DecodeError> {
        use ReturnResult as R;
        let missing = |name| -> DecodeError {
            smsip_ber::DecodeError::new(smsip_ber::ErrorKind::MissingMandatory, 0, name).into()
        };
        Ok(match (op, e) {
            (OpCode::SEND_ROUTING_INFO_FOR_SM, None) => {
                return Err(missing(RoutingInfoForSmRes::ASN1_NAME))
            }
            (OpCode::SEND_ROUTING_INFO_FOR_SM, Some(e)) => R::SendRoutingInfoForSm(
                RoutingInfoForSmRes::from_element(seq(e, RoutingInfoForSmRes::ASN1_NAME)?)?,
            ),
            (OpCode::ANY_TIME_MODIFICATION, None) => {
                return Err(missing(AnyTimeModificationRes::ASN1_NAME))
            }
            (OpCode::ANY_TIME_MODIFICATION, Some(e)) => R::AnyTimeModification(
                AnyTimeModificationRes::from_element(seq(e, AnyTimeModificationRes::ASN1_NAME)?)?,
            ),
            (
                OpCode::MO_FORWARD_SM
                | OpCode::MT_FORWARD_SM
                | OpCode::REPORT_SM_DELIVERY_STATUS
                | OpCode::READY_FOR_SM,
                None,
            )
            | (OpCode::ALERT_SERVICE_CENTRE, None) => R::Empty,
            (OpCode::MO_FORWARD_SM, Some(_)) if version < 3 => {
                return Err(DecodeError::UnexpectedParameter("forwardSM result"))
            }
            (OpCode::MO_FORWARD_SM, Some(e)) => R::MoForwardSm(MoForwardSmRes::from_element(seq(
                e,
                MoForwardSmRes::ASN1_NAME,
            )?)?),
            (OpCode::MT_FORWARD_SM, Some(e)) => R::MtForwardSm(MtForwardSmRes::from_element(seq(
                e,
                MtForwardSmRes::ASN1_NAME,
            )?)?),
            (OpCode::REPORT_SM_DELIVERY_STATUS, Some(e)) if e.tag() == Tag::OCTET_STRING => {
                R::ReportSmDeliveryStatusV2(AddressString::from_element_isdn(
                    e.named("storedMSISDN"),
                )?)
            }
            (OpCode::REPORT_SM_DELIVERY_STATUS, Some(e)) => {
                R::ReportSmDeliveryStatus(ReportSmDeliveryStatusRes::from_element(seq(
                    e,
                    ReportSmDeliveryStatusRes::ASN1_NAME,
                )?)?)
            }
            (OpCode::READY_FOR_SM, Some(e)) => R::ReadyForSm(ReadyForSmRes::from_element(seq(
                e,
                ReadyForSmRes::ASN1_NAME,
            )?)?),
            (OpCode::ALERT_SERVICE_CENTRE, Some(_)) => {
                return Err(DecodeError::UnexpectedParameter(
                    "alertServiceCentre result",
                ))
            }
            (
                OpCode::INFORM_SERVICE_CENTRE
                | OpCode::NOTE_SUBSCRIBER_PRESENT
                | OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT,
                _,
            ) => return Err(DecodeError::NoResult(op)),
            (other, _) => return Err(DecodeError::UnsupportedOperation(other)),
        })
    }

    /// Writes the result element (nothing for [`Empty`](Self::Empty)).
    pub fn write_ber<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self {
            ReturnResult::Empty => {}
            ReturnResult::SendRoutingInfoForSm(r) => r.write_ber(w),
            ReturnResult::MoForwardSm(r) => r.write_ber(w),
            ReturnResult::MtForwardSm(r) => r.write_ber(w),
            ReturnResult::ReportSmDeliveryStatus(r) => r.write_ber(w),
            ReturnResult::ReportSmDeliveryStatusV2(a) => a.encode(w, Tag::OCTET_STRING),
            ReturnResult::AnyTimeModification(r) => r.write_ber(w),
            ReturnResult::ReadyForSm(r) => r.write_ber(w),
        }
    }

    /// Appends the result element to `out` (nothing for [`Empty`](Self::Empty)).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write_ber(&mut BerWriter::new(out));
    }

    /// Octets [`encode`](Self::encode) writes.
    pub fn encoded_len(&self) -> usize {
        smsip_ber::writer::measure(|w| self.write_ber(w))
    }
}
