//! MAP dialogues carried in TCAP: typed MAP operations, results and errors in TC-BEGIN,
//! TC-CONTINUE, TC-END and TC-ABORT (tcap.md §4, §6, §7; map-sms.md §3), on top of
//! [`smsip_tcap`].
//!
//! * **Decoding** ([`decode`], [`decode_in`]) — the TCAP message, with the application context
//!   and version of its dialogue ([`AcVersion`], from the AARQ / AARE, or given by the caller
//!   for the later messages of a dialogue, which carry no dialogue portion). The components are
//!   typed lazily by [`MapMessage::components`]: an Invoke's argument by (context version,
//!   operation code), a ReturnResult's result by the result's operation code (or, for a result
//!   without parameter, the operation of the pending invocation the caller looks up,
//!   [`MapMessage::components_with`]), a ReturnError's parameter by its error code. Nothing is
//!   allocated.
//! * **What to answer** ([`reject_for`], [`answer`]) — the Reject of a component MAP cannot
//!   accept (an unknown operation, an operation outside the dialogue's context, a parameter that
//!   does not decode: Q.773 invoke / returnResult / returnError problems, tcap.md §3 "MAP
//!   usage"), or the Q.774 answer to a TCAP-level problem.
//! * **Building** — [`begin_mt_forward_sm`] (shortMsgMT-RelayContext with an mt-ForwardSM
//!   invoke, or forwardSM in v1/v2), [`begin_with_invoke`], [`end_with_result`],
//!   [`end_with_error`], [`end_with_reject`], [`fallback_abort`] (the TC-ABORT with the AARE
//!   naming the version to fall back to, tcap.md §6), the segmented-delivery steps
//!   ([`continue_with_result`], [`continue_with_invoke`], [`begin_dialogue_only`],
//!   [`continue_accept`]), MAP-OPEN in the AARQ ([`begin_with_open`]; any MAP dialogue PDU
//!   with [`map_user_information`], read back by [`MapMessage::map_dialogue_pdu`]) and,
//!   underneath them all, [`encode_message`] over typed
//!   [`Outgoing`] components. Encoders write straight into a [`Sink`] (a `Vec<u8>` or a
//!   [`SliceSink`] over a fixed buffer) with definite minimal lengths.
//!
//! ## Dialogues with more than one message
//!
//! mt-ForwardSM (TS 29.002 §12.9, map-sms.md §6) uses two multi-message shapes, both built and
//! recognised here ([`MapMessage::step`], [`MapMessage::more_messages_to_send`]):
//!
//! 1. *More messages to send.* The SMS-GMSC sends the first segment with `moreMessagesToSend`
//!    in the TC-BEGIN; the receiver answers each segment but the last with a TC-CONTINUE
//!    carrying the result (the first one with the AARE), the GMSC sends the next segment in a
//!    TC-CONTINUE (`noSM-RP-DA` / `noSM-RP-OA` allowed), and the last one is answered with a
//!    TC-END.
//! 2. *Empty Begin.* When the dialogue portion and the invoke do not fit in one TC-BEGIN, the
//!    GMSC sends a TC-BEGIN with the dialogue portion only ([`DialogueStep::EmptyBegin`]), the
//!    receiver accepts with a TC-CONTINUE carrying only the AARE ([`DialogueStep::Accept`]),
//!    and the invoke follows in a TC-CONTINUE ([`continue_with_invoke`]).
//!
//! ```
//! use smsip_map::dialogue::{self, AcVersion, DialogueStep, MapComponent};
//! use smsip_map::{Argument, MtForwardSmArg, MtForwardSmRes, OpCode, ReturnResult, SmRpDa, SmRpOa};
//! use smsip_tcap::TransactionId;
//! let imsi = smsip_ber::Imsi::new(&[0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap();
//! let sc = smsip_ber::AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap();
//! let tpdu = smsip_core::hex::decode("040C914477000940650000423051410300 4005C8329BFD06").unwrap();
//! let arg = MtForwardSmArg::new(SmRpDa::Imsi(imsi), SmRpOa::ServiceCentreAddressOa(sc), &tpdu);
//!
//! // The SMS-GMSC opens shortMsgMT-RelayContext-v3 with the mt-ForwardSM invoke.
//! let mut begin = Vec::new();
//! dialogue::begin_mt_forward_sm(TransactionId::from_u32(7), 3, 1, &arg, &mut begin)?;
//!
//! // The IP-SM-GW decodes it to the typed argument ...
//! let msg = dialogue::decode(&begin)?;
//! assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));
//! assert_eq!(msg.step(), DialogueStep::Begin);
//! let Some(Ok(MapComponent::Invoke { invoke_id: 1, op, arg: Argument::MtForwardSm(got), .. })) =
//!     msg.components().next() else { panic!() };
//! assert_eq!((op, got), (OpCode::MT_FORWARD_SM, arg));
//!
//! // ... and answers with a TC-END: AARE accepted and the (empty) MT-ForwardSM-Res.
//! let mut end = Vec::new();
//! let res = ReturnResult::MtForwardSm(MtForwardSmRes::default());
//! let otid = msg.tcap.otid().unwrap();
//! dialogue::end_with_result(otid, 1, OpCode::MT_FORWARD_SM, &res, msg.context(), &mut end);
//! let back = dialogue::decode(&end)?;
//! let Some(Ok(MapComponent::ReturnResult { op, res: got, .. })) = back.components().next()
//!     else { panic!() };
//! assert_eq!((op, got), (Some(OpCode::MT_FORWARD_SM), res));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

//!
//! ## Cost
//!
//! `cargo bench -p smsip-map --bench dialogue` measures a whole message against the `tcap` 3 +
//! `gsm_map` 4 crates in the same run. Here (2-core VM), decoding the 90-octet TC-BEGIN of
//! tcap.md §7 down to its typed SendRoutingInfoForSM argument took 87 ns against 1.57 µs
//! (18x), and building the TC-END that answers an mt-ForwardSM (AARE and MT-ForwardSM-Res)
//! 40 ns against 866 ns (21x). Neither allocates (tests/dialogue.rs counts).

use core::fmt;

use smsip_ber::writer::{integer_len, tlv_len};
use smsip_ber::{BerWriter, Oid, RawElements, Tag};
use smsip_core::{Sink, SliceSink};
use smsip_tcap::{
    self as tcap, q774, AbortReason, AssociateResult, Code, Component, ComponentType,
    DialoguePortion, InvokeId, InvokeProblem, Reject, ResultSourceDiagnostic, ReturnErrorProblem,
    ReturnResultProblem, TcapMessage, TransactionId,
};

use crate::contexts::{self, lookup};
use crate::dialogue_pdu::{MapDialoguePdu, MapOpenInfo};
use crate::{
    decode_arg_versioned, decode_err, ApplicationContext, Argument, DecodeError, ErrorCode,
    ErrorParam, ForwardSmArg, MtForwardSmArg, OpCode, ReturnResult, SmRpDa, SmRpOa,
};

// ---------------------------------------------------------------------------------------------
// Application context and version
// ---------------------------------------------------------------------------------------------

/// A MAP application context in one of its versions (map-sms.md §3): what types the
/// operations of a dialogue. Only existing versions can be made, so [`oid`](Self::oid) always
/// names one.
///
/// ```
/// use smsip_map::dialogue::AcVersion;
/// use smsip_map::{ApplicationContext, OpCode};
/// let mt = AcVersion::new(ApplicationContext::ShortMsgMtRelay, 3).unwrap();
/// assert_eq!(mt, AcVersion::SHORT_MSG_MT_RELAY_V3);
/// assert_eq!(mt.oid().to_string(), "0.4.0.0.1.0.25.3");
/// assert_eq!(mt.to_string(), "shortMsgMT-RelayContext-v3");
/// assert_eq!(mt.operations(), &[OpCode::MT_FORWARD_SM]);
/// assert_eq!(AcVersion::from_oid(&mt.oid()), Some(mt));
/// assert!(AcVersion::new(ApplicationContext::ShortMsgAlert, 3).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AcVersion {
    context: ApplicationContext,
    version: u8,
    oid: Oid<'static>,
}

/// The named context versions: `NAME = context, version, OID constant;`.
macro_rules! ac_versions {
    ($($(#[$doc:meta])* $name:ident = $context:ident, $version:literal, $oid:ident;)*) => {
        impl AcVersion {
            $(
                $(#[$doc])*
                pub const $name: AcVersion = AcVersion {
                    context: ApplicationContext::$context,
                    version: $version,
                    oid: contexts::$oid,
                };
            )*
        }
    };
}

ac_versions! {
    /// shortMsgMT-RelayContext-v3 (mt-ForwardSM).
    SHORT_MSG_MT_RELAY_V3 = ShortMsgMtRelay, 3, SHORT_MSG_MT_RELAY_CONTEXT_V3;
    /// shortMsgMT-RelayContext-v2 (forwardSM).
    SHORT_MSG_MT_RELAY_V2 = ShortMsgMtRelay, 2, SHORT_MSG_MT_RELAY_CONTEXT_V2;
    /// shortMsgGatewayContext-v3 (sendRoutingInfoForSM, reportSM-DeliveryStatus,
    /// informServiceCentre).
    SHORT_MSG_GATEWAY_V3 = ShortMsgGateway, 3, SHORT_MSG_GATEWAY_CONTEXT_V3;
    /// shortMsgGatewayContext-v2.
    SHORT_MSG_GATEWAY_V2 = ShortMsgGateway, 2, SHORT_MSG_GATEWAY_CONTEXT_V2;
    /// shortMsgMO-RelayContext-v3 (mo-ForwardSM).
    SHORT_MSG_MO_RELAY_V3 = ShortMsgMoRelay, 3, SHORT_MSG_MO_RELAY_CONTEXT_V3;
    /// shortMsgMO-RelayContext-v2 (forwardSM).
    SHORT_MSG_MO_RELAY_V2 = ShortMsgMoRelay, 2, SHORT_MSG_MO_RELAY_CONTEXT_V2;
    /// shortMsgAlertContext-v2 (alertServiceCentre).
    SHORT_MSG_ALERT_V2 = ShortMsgAlert, 2, SHORT_MSG_ALERT_CONTEXT_V2;
    /// mwdMngtContext-v3 (readyForSM).
    MWD_MNGT_V3 = MwdMngt, 3, MWD_MNGT_CONTEXT_V3;
    /// anyTimeInfoHandlingContext-v3 (anyTimeModification: IP-SM-GW registration).
    ANY_TIME_INFO_HANDLING_V3 = AnyTimeInfoHandling, 3, ANY_TIME_INFO_HANDLING_CONTEXT_V3;
}

impl AcVersion {
    /// `context` in `version`, if that version exists.
    pub const fn new(context: ApplicationContext, version: u8) -> Option<Self> {
        match context.oid(version) {
            Some(oid) => Some(AcVersion {
                context,
                version,
                oid,
            }),
            None => None,
        }
    }

    /// The context and version an application-context name designates ([`contexts::lookup`]).
    #[inline]
    pub fn from_oid(oid: &Oid<'_>) -> Option<Self> {
        let (context, version) = lookup(oid)?;
        AcVersion::new(context, version)
    }

    /// The context.
    #[inline]
    pub const fn context(self) -> ApplicationContext {
        self.context
    }

    /// The version (1, 2 or 3).
    #[inline]
    pub const fn version(self) -> u8 {
        self.version
    }

    /// The application-context name.
    #[inline]
    pub const fn oid(self) -> Oid<'static> {
        self.oid
    }

    /// The operations of the context in this version.
    #[inline]
    pub const fn operations(self) -> &'static [OpCode] {
        self.context.operations(self.version)
    }

    /// The dialogue portion of a TC-BEGIN opening the dialogue (an AARQ); `None` in version 1,
    /// whose dialogues carry no dialogue portion (tcap.md §4).
    #[inline]
    pub const fn request(self) -> Option<DialoguePortion<'static>> {
        if self.version < 2 {
            None
        } else {
            Some(DialoguePortion::request(self.oid))
        }
    }

    /// The dialogue portion of the first backward message accepting the dialogue (an AARE
    /// accepted); `None` in version 1.
    #[inline]
    pub const fn accepted(self) -> Option<DialoguePortion<'static>> {
        if self.version < 2 {
            None
        } else {
            Some(DialoguePortion::accepted(self.oid))
        }
    }
}

impl fmt::Display for AcVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-v{}", self.context.name(), self.version)
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Why a MAP component was not accepted (see [`ComponentError`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ComponentErrorKind {
    /// The operation code is not a MAP operation this crate types (`code`: the local value,
    /// `None` for a global one). Invoke: Reject unrecognizedOperation.
    #[error("unrecognized operation code {code:?}")]
    UnrecognizedOperation {
        /// The local value, `None` for a global code.
        code: Option<i64>,
    },
    /// The operation is not one of the dialogue's application context (TS 29.002: Reject
    /// unrecognizedOperation).
    #[error("operation {op} is not one of {context}")]
    OperationNotInContext {
        /// The operation.
        op: OpCode,
        /// The dialogue's context.
        context: AcVersion,
    },
    /// The error code is not a MAP error this crate types (Reject unrecognizedError).
    #[error("unrecognized error code {code:?}")]
    UnrecognizedError {
        /// The local value, `None` for a global code.
        code: Option<i64>,
    },
    /// The parameter does not decode as the operation's argument or result, or the error's
    /// parameter (a missing mandatory parameter included): Reject mistypedParameter
    /// (map-sms.md §1); a result of an operation without result: Reject
    /// returnResultUnexpected.
    #[error("parameter: {0}")]
    Parameter(DecodeError),
}

/// A component MAP cannot accept: where it is and why. [`reject_for`] gives the Reject to
/// send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("component {index} ({component_type:?}, invoke ID {invoke_id}): {kind}")]
#[non_exhaustive]
pub struct ComponentError {
    /// Position of the component in the component portion, from 0.
    pub index: usize,
    /// The component's invoke ID.
    pub invoke_id: InvokeId,
    /// The component's type.
    pub component_type: ComponentType,
    /// What is wrong.
    pub kind: ComponentErrorKind,
}

/// The error of [`decode`] and of the [`MapComponents`] iterator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The TCAP message, its dialogue portion or one of its components could not be decoded
    /// ([`q774::answer`] says what to send back; [`answer`] wraps it).
    #[error("TCAP: {0}")]
    Tcap(#[from] tcap::DecodeError),
    /// A well-formed TCAP component MAP cannot accept.
    #[error(transparent)]
    Component(#[from] ComponentError),
}

/// The Reject to send (in the next TC-CONTINUE or TC-END of the dialogue) for `err`, `None`
/// when the answer is not a Reject (a transaction- or dialogue-portion problem, answered with
/// an Abort by [`q774::answer`], or a faulty Reject, which is discarded):
///
/// | Problem | Reject |
/// |---|---|
/// | a TCAP component that cannot be decoded | general problem, invoke ID if derivable (Q.774 §3.2.2.2) |
/// | Invoke of an unknown operation, or of one outside the dialogue's context | invoke unrecognizedOperation |
/// | Invoke whose argument does not decode (or is missing) | invoke mistypedParameter |
/// | ReturnResult whose result does not decode | returnResult mistypedParameter |
/// | ReturnResult for an operation without result | returnResult returnResultUnexpected |
/// | ReturnError with an unknown error code | returnError unrecognizedError |
/// | ReturnError whose parameter does not decode | returnError mistypedParameter |
///
/// ```
/// use smsip_map::dialogue::{self, MapComponent};
/// use smsip_tcap::{InvokeProblem, Reject};
/// // A TC-CONTINUE whose invoke (ID 5) of mt-ForwardSM carries an empty SEQUENCE.
/// let bytes = [0x65, 0x16, 0x48, 0x02, 0x0A, 0x0B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x01,
///              0x6C, 0x0A, 0xA1, 0x08, 0x02, 0x01, 0x05, 0x02, 0x01, 0x2C, 0x30, 0x00];
/// let msg = dialogue::decode(&bytes)?;
/// let err = msg.components().next().unwrap().unwrap_err();
/// assert_eq!(dialogue::reject_for(&err), Some(Reject::invoke(5, InvokeProblem::MISTYPED_PARAMETER)));
/// # Ok::<(), dialogue::Error>(())
/// ```
pub fn reject_for(err: &Error) -> Option<Reject> {
    match err {
        Error::Tcap(e) => match q774::answer(&[], e) {
            q774::Answer::Reject(r) => Some(r),
            _ => None,
        },
        Error::Component(c) => {
            use ComponentErrorKind as K;
            let id = c.invoke_id;
            Some(match (c.component_type, c.kind) {
                (ComponentType::Invoke, K::Parameter(DecodeError::UnsupportedOperation(_)))
                | (
                    ComponentType::Invoke,
                    K::UnrecognizedOperation { .. } | K::OperationNotInContext { .. },
                ) => Reject::invoke(id, InvokeProblem::UNRECOGNIZED_OPERATION),
                (ComponentType::Invoke, _) => Reject::invoke(id, InvokeProblem::MISTYPED_PARAMETER),
                (
                    ComponentType::ReturnResultLast | ComponentType::ReturnResultNotLast,
                    K::Parameter(DecodeError::NoResult(_)),
                ) => Reject::return_result(id, ReturnResultProblem::RETURN_RESULT_UNEXPECTED),
                (ComponentType::ReturnResultLast | ComponentType::ReturnResultNotLast, _) => {
                    Reject::return_result(id, ReturnResultProblem::MISTYPED_PARAMETER)
                }
                (ComponentType::ReturnError, K::UnrecognizedError { .. })
                | (ComponentType::ReturnError, K::Parameter(DecodeError::UnsupportedError(_))) => {
                    Reject::return_error(id, ReturnErrorProblem::UNRECOGNIZED_ERROR)
                }
                (ComponentType::ReturnError, _) => {
                    Reject::return_error(id, ReturnErrorProblem::MISTYPED_PARAMETER)
                }
                (ComponentType::Reject, _) => return None,
            })
        }
    }
}

/// What to send back for `err`, the error of decoding `bytes` (or of iterating its
/// components): the Q.774 answer of a TCAP-level problem ([`q774::answer`]: an Abort to the
/// received otid, a Reject, or nothing), or the Reject of [`reject_for`].
pub fn answer(bytes: &[u8], err: &Error) -> q774::Answer<'static> {
    match err {
        Error::Tcap(e) => q774::answer(bytes, e),
        Error::Component(_) => match reject_for(err) {
            Some(r) => q774::Answer::Reject(r),
            None => q774::Answer::Discard,
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// A decoded TCAP message of a MAP dialogue: the message itself and the application context
/// that types its components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapMessage<'a> {
    /// The TCAP message, as [`smsip_tcap::decode`] returns it.
    pub tcap: TcapMessage<'a>,
    context: Option<AcVersion>,
}

/// What a message is in the course of a dialogue (see the [module](self) documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DialogueStep {
    /// A TC-BEGIN with components: the dialogue opens with its first invoke (with the AARQ,
    /// except in MAP v1).
    Begin,
    /// A TC-BEGIN without components: the "empty Begin" opening a dialogue whose first invoke
    /// did not fit with the dialogue portion; the invoke follows in a TC-CONTINUE once the peer
    /// has accepted.
    EmptyBegin,
    /// A TC-CONTINUE with an AARE accepted and no component: the acceptance of an empty Begin.
    Accept,
    /// Any other TC-CONTINUE: results of segments sent with moreMessagesToSend, the invoke
    /// after an [`Accept`](Self::Accept), the next segment.
    Continue,
    /// A TC-END.
    End,
    /// A TC-ABORT whose AARE refuses the dialogue (reject-permanent): see
    /// [`MapMessage::refusal`].
    Refused,
    /// Any other TC-ABORT (a P-Abort, an ABRT, a bare abort).
    Abort,
    /// A TC-UNI.
    Unidirectional,
}

/// The refusal of a dialogue: the AARE of a TC-ABORT with result reject-permanent (tcap.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal<'a> {
    /// The application-context name of the AARE: for application-context-name-not-supported,
    /// the version the peer supports (retry with it; version 1 means a dialogue without
    /// dialogue portion).
    pub ac_name: Oid<'a>,
    /// `ac_name` as a MAP context, when it is one.
    pub offered: Option<AcVersion>,
    /// result-source-diagnostic.
    pub diagnostic: ResultSourceDiagnostic,
}

/// Decodes one TCAP message of a MAP dialogue: the message (checked up to the framing of its
/// component portion, [`smsip_tcap::decode`]) and the application context of its dialogue
/// portion. Components are typed when [`MapMessage::components`] is iterated. Nothing is
/// allocated.
///
/// For the later messages of a dialogue, which carry no dialogue portion, use [`decode_in`]
/// with the dialogue's context.
///
/// ```
/// use smsip_map::dialogue::{self, AcVersion, MapComponent};
/// use smsip_map::Argument;
/// // The TC-BEGIN of tcap.md §7: SRI-SM in shortMsgGatewayContext-v3.
/// let bytes = smsip_core::hex::decode(
///     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
///      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
///      89080C91447700094065 8B00").unwrap();
/// let msg = dialogue::decode(&bytes)?;
/// assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V3));
/// for c in msg.components() {
///     let MapComponent::Invoke { arg: Argument::SendRoutingInfoForSm(sri), .. } = c? else { panic!() };
///     assert_eq!(sri.msisdn.to_string(), "+447700900123");
/// }
/// # Ok::<(), dialogue::Error>(())
/// ```
#[inline]
pub fn decode(bytes: &[u8]) -> Result<MapMessage<'_>, Error> {
    let tcap = tcap::decode(bytes)?;
    let context = tcap
        .dialogue_portion()
        .and_then(|d| d.application_context_name())
        .and_then(|oid| AcVersion::from_oid(&oid));
    Ok(MapMessage { tcap, context })
}

/// Decodes a message of an established dialogue of `context`: as [`decode`], with `context`
/// typing the components unless the message names a MAP context of its own (the AARE of the
/// first backward message).
pub fn decode_in(bytes: &[u8], context: AcVersion) -> Result<MapMessage<'_>, Error> {
    let mut msg = decode(bytes)?;
    if msg.context.is_none() {
        msg.context = Some(context);
    }
    Ok(msg)
}

impl<'a> MapMessage<'a> {
    /// The application context of the dialogue: named by the message's dialogue portion (AARQ,
    /// AARE; for a refusal the context offered), or given to [`decode_in`]. `None` when neither
    /// names a MAP context (a MAP v1 dialogue, a later message decoded with [`decode`], a
    /// non-MAP context).
    #[inline]
    pub const fn context(&self) -> Option<AcVersion> {
        self.context
    }

    /// The same message typed in `context` (for a message of an established dialogue).
    #[inline]
    pub const fn with_context(mut self, context: AcVersion) -> Self {
        self.context = Some(context);
        self
    }

    /// The application-context name of the dialogue portion, as sent (MAP or not).
    #[inline]
    pub fn ac_name(&self) -> Option<Oid<'a>> {
        self.tcap
            .dialogue_portion()
            .and_then(|d| d.application_context_name())
    }

    /// The MAP dialogue PDU (MAP-OPEN, -ACCEPT, -CLOSE, -REFUSE, -USER-ABORT, -PROVIDER-ABORT;
    /// TS 29.002 §7.3, map-sms.md §12) carried in the user information of the dialogue
    /// portion, `None` when there is none. For an mt-ForwardSM whose sm-RP-DA is an LMSI or
    /// noSM-RP-DA, MAP-OPEN's destinationReference holds the IMSI and its originationReference
    /// the service centre address.
    ///
    /// ```
    /// use smsip_map::dialogue::{self, AcVersion};
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapOpenInfo};
    /// use smsip_tcap::TransactionId;
    /// let imsi = smsip_ber::AddressString::new(&[0x96, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap();
    /// let sc = smsip_ber::AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap();
    /// let open = MapOpenInfo::new(Some(imsi), Some(sc));
    /// let mut begin = Vec::new();
    /// dialogue::begin_with_open(TransactionId::from_u32(9), AcVersion::SHORT_MSG_MT_RELAY_V3, &open, &[], &mut begin)?;
    /// let msg = dialogue::decode(&begin)?;
    /// assert_eq!(msg.map_dialogue_pdu()?, Some(MapDialoguePdu::Open(open)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn map_dialogue_pdu(&self) -> Result<Option<MapDialoguePdu<'a>>, DecodeError> {
        match self.tcap.dialogue_portion() {
            Some(p) => MapDialoguePdu::from_dialogue_portion(&p),
            None => Ok(None),
        }
    }

    /// The version that types the components: the context's; without a context, 1 for a
    /// TC-BEGIN without dialogue portion (a MAP v1 dialogue, tcap.md §4), else 3.
    pub fn version(&self) -> u8 {
        match (self.context, &self.tcap) {
            (Some(c), _) => c.version,
            (None, TcapMessage::Begin(b)) if b.dialogue_portion.is_none() => 1,
            (None, _) => 3,
        }
    }

    /// What the message is in the dialogue.
    pub fn step(&self) -> DialogueStep {
        match &self.tcap {
            TcapMessage::Begin(b) if b.components.is_some() => DialogueStep::Begin,
            TcapMessage::Begin(_) => DialogueStep::EmptyBegin,
            TcapMessage::Continue(c) => match (c.dialogue_portion, c.components) {
                (Some(DialoguePortion::Response(aare)), None)
                    if aare.result == AssociateResult::ACCEPTED =>
                {
                    DialogueStep::Accept
                }
                _ => DialogueStep::Continue,
            },
            TcapMessage::End(_) => DialogueStep::End,
            TcapMessage::Abort(_) if self.refusal().is_some() => DialogueStep::Refused,
            TcapMessage::Abort(_) => DialogueStep::Abort,
            TcapMessage::Unidirectional(_) => DialogueStep::Unidirectional,
        }
    }

    /// The refusal carried by a TC-ABORT (an AARE with result reject-permanent), if any.
    pub fn refusal(&self) -> Option<Refusal<'a>> {
        let TcapMessage::Abort(a) = &self.tcap else {
            return None;
        };
        match a.reason {
            Some(AbortReason::User(DialoguePortion::Response(aare)))
                if aare.result != AssociateResult::ACCEPTED =>
            {
                Some(Refusal {
                    ac_name: aare.application_context_name,
                    offered: AcVersion::from_oid(&aare.application_context_name),
                    diagnostic: aare.result_source_diagnostic,
                })
            }
            _ => None,
        }
    }

    /// The components, typed one at a time. A ReturnResult without parameter is typed by
    /// nothing (its `op` is `None`); use [`components_with`](Self::components_with) to look its
    /// operation up among the pending invocations.
    #[inline]
    pub fn components(&self) -> MapComponents<'a, NoPending> {
        self.components_with(no_pending)
    }

    /// The components, typed one at a time; `pending` gives the operation of an outstanding
    /// invocation by invoke ID (for ReturnResults without a parameter, and the `op` of
    /// ReturnErrors).
    ///
    /// Iteration stops after a TCAP-level error ([`Error::Tcap`]: Q.774 discards the later
    /// components); it goes on after a [`ComponentError`], which concerns one component only.
    pub fn components_with<F>(&self, pending: F) -> MapComponents<'a, F>
    where
        F: FnMut(InvokeId) -> Option<OpCode>,
    {
        MapComponents {
            inner: self.tcap.components(),
            context: self.context,
            version: self.version(),
            pending,
            index: 0,
        }
    }

    /// True when an invoke of the message is an mt-ForwardSM (or v1/v2 forwardSM) with
    /// moreMessagesToSend: the sender has further segments for this dialogue.
    pub fn more_messages_to_send(&self) -> bool {
        self.components().any(|c| {
            matches!(
                c,
                Ok(MapComponent::Invoke {
                    arg: Argument::MtForwardSm(MtForwardSmArg {
                        more_messages_to_send: true,
                        ..
                    }) | Argument::ForwardSm(ForwardSmArg {
                        more_messages_to_send: true,
                        ..
                    }),
                    ..
                })
            )
        })
    }
}

/// The pending-invocation lookup of [`MapMessage::components`]: none.
pub type NoPending = fn(InvokeId) -> Option<OpCode>;

fn no_pending(_: InvokeId) -> Option<OpCode> {
    None
}

/// A typed component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// Views are `Copy` and decoding does not allocate, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum MapComponent<'a> {
    /// An Invoke with its typed argument.
    Invoke {
        /// invokeID.
        invoke_id: InvokeId,
        /// linkedID (not used by the MAP short-message operations).
        linked_id: Option<InvokeId>,
        /// The operation.
        op: OpCode,
        /// The argument, typed by (version, operation).
        arg: Argument<'a>,
    },
    /// A ReturnResult (last or not last) with its typed result.
    ReturnResult {
        /// invokeID of the invocation answered.
        invoke_id: InvokeId,
        /// returnResultLast (`true`) or returnResultNotLast.
        last: bool,
        /// The operation: the result's operation code, or for a result without parameter the
        /// pending invocation's; `None` when neither is known.
        op: Option<OpCode>,
        /// The result ([`ReturnResult::Empty`] when the component carries none).
        res: ReturnResult<'a>,
    },
    /// A ReturnError with its typed parameter.
    ReturnError {
        /// invokeID of the invocation answered.
        invoke_id: InvokeId,
        /// The operation of the pending invocation, when the lookup knows it.
        op: Option<OpCode>,
        /// The error code.
        code: ErrorCode,
        /// The parameter ([`ErrorParam::Absent`] when the component carries none).
        param: ErrorParam<'a>,
    },
    /// A Reject from the peer.
    Reject(Reject),
}

impl MapComponent<'_> {
    /// The invoke ID (`None` for a Reject whose invoke ID was not derivable).
    pub const fn invoke_id(&self) -> Option<InvokeId> {
        match *self {
            MapComponent::Invoke { invoke_id, .. }
            | MapComponent::ReturnResult { invoke_id, .. }
            | MapComponent::ReturnError { invoke_id, .. } => Some(invoke_id),
            MapComponent::Reject(r) => r.invoke_id,
        }
    }
}

/// The lazy iterator of [`MapMessage::components_with`].
#[derive(Clone)]
pub struct MapComponents<'a, F> {
    inner: tcap::Components<'a>,
    context: Option<AcVersion>,
    version: u8,
    pending: F,
    index: usize,
}

impl<F> fmt::Debug for MapComponents<'_, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MapComponents")
            .field("inner", &self.inner)
            .field("context", &self.context)
            .field("version", &self.version)
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

/// The local value of a code as a one-octet MAP code; the code itself (`None` when global)
/// otherwise.
fn local_u8(code: Code<'_>) -> Result<u8, Option<i64>> {
    match code {
        Code::Local(v) => u8::try_from(v).map_err(|_| Some(v)),
        Code::Global(_) => Err(None),
    }
}

impl<'a, F> MapComponents<'a, F>
where
    F: FnMut(InvokeId) -> Option<OpCode>,
{
    #[inline]
    fn typed(&mut self, c: Component<'a>, index: usize) -> Result<MapComponent<'a>, Error> {
        let version = self.version;
        let fail = |invoke_id, component_type, kind| {
            Error::Component(ComponentError {
                index,
                invoke_id,
                component_type,
                kind,
            })
        };
        match c {
            Component::Invoke(inv) => {
                let ty = ComponentType::Invoke;
                let id = inv.invoke_id;
                let op = OpCode(local_u8(inv.opcode).map_err(|code| {
                    fail(id, ty, ComponentErrorKind::UnrecognizedOperation { code })
                })?);
                if let Some(context) = self.context {
                    if !context.operations().contains(&op) {
                        let kind = if op.name().is_some() {
                            ComponentErrorKind::OperationNotInContext { op, context }
                        } else {
                            ComponentErrorKind::UnrecognizedOperation {
                                code: Some(i64::from(op.0)),
                            }
                        };
                        return Err(fail(id, ty, kind));
                    }
                }
                let arg = match inv.parameter {
                    Some(e) => Argument::from_element(op, version, e),
                    None => decode_arg_versioned(op, version, &[]),
                }
                .map_err(|e| {
                    let kind = match e {
                        DecodeError::UnsupportedOperation(op) => {
                            ComponentErrorKind::UnrecognizedOperation {
                                code: Some(i64::from(op.0)),
                            }
                        }
                        e => ComponentErrorKind::Parameter(e),
                    };
                    fail(id, ty, kind)
                })?;
                Ok(MapComponent::Invoke {
                    invoke_id: id,
                    linked_id: inv.linked_id,
                    op,
                    arg,
                })
            }
            Component::ReturnResultLast(rr) | Component::ReturnResultNotLast(rr) => {
                let last = matches!(c, Component::ReturnResultLast(_));
                let ty = if last {
                    ComponentType::ReturnResultLast
                } else {
                    ComponentType::ReturnResultNotLast
                };
                let id = rr.invoke_id;
                let (op, res) = match rr.result {
                    Some(r) => {
                        let op = OpCode(local_u8(r.opcode).map_err(|code| {
                            fail(id, ty, ComponentErrorKind::UnrecognizedOperation { code })
                        })?);
                        (
                            Some(op),
                            ReturnResult::from_element(op, version, Some(r.parameter)),
                        )
                    }
                    None => match (self.pending)(id) {
                        Some(op) => (Some(op), ReturnResult::from_element(op, version, None)),
                        None => (None, Ok(ReturnResult::Empty)),
                    },
                };
                let res = res.map_err(|e| fail(id, ty, ComponentErrorKind::Parameter(e)))?;
                Ok(MapComponent::ReturnResult {
                    invoke_id: id,
                    last,
                    op,
                    res,
                })
            }
            Component::ReturnError(re) => {
                let ty = ComponentType::ReturnError;
                let id = re.invoke_id;
                let code = ErrorCode(local_u8(re.error_code).map_err(|code| {
                    fail(id, ty, ComponentErrorKind::UnrecognizedError { code })
                })?);
                let param = match re.parameter {
                    Some(e) => ErrorParam::from_element(code, e),
                    None => decode_err(code, &[]),
                }
                .map_err(|e| {
                    let kind = match e {
                        DecodeError::UnsupportedError(c) => ComponentErrorKind::UnrecognizedError {
                            code: Some(i64::from(c.0)),
                        },
                        e => ComponentErrorKind::Parameter(e),
                    };
                    fail(id, ty, kind)
                })?;
                Ok(MapComponent::ReturnError {
                    invoke_id: id,
                    op: (self.pending)(id),
                    code,
                    param,
                })
            }
            Component::Reject(r) => Ok(MapComponent::Reject(r)),
        }
    }
}

impl<'a, F> Iterator for MapComponents<'a, F>
where
    F: FnMut(InvokeId) -> Option<OpCode>,
{
    type Item = Result<MapComponent<'a>, Error>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let c = self.inner.next()?;
        let index = self.index;
        self.index += 1;
        Some(match c {
            Ok(c) => self.typed(c, index),
            Err(e) => Err(Error::Tcap(e)),
        })
    }
}

impl<F> core::iter::FusedIterator for MapComponents<'_, F> where F: FnMut(InvokeId) -> Option<OpCode>
{}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

/// `[APPLICATION 8]` otid.
const OTID: Tag = Tag::application(8);
/// `[APPLICATION 9]` dtid.
const DTID: Tag = Tag::application(9);
/// `[APPLICATION 12]` component portion.
const COMPONENT_PORTION: Tag = Tag::application(12);

/// Why a message could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The operation is not one of the context (e.g. mt-ForwardSM in a v2 dialogue, where MT
    /// relay uses forwardSM).
    #[error("operation {op} is not one of {context}")]
    OperationNotInContext {
        /// The operation.
        op: OpCode,
        /// The context.
        context: AcVersion,
    },
    /// The argument has the syntax of another version (mo-ForwardSM in v1/v2, forwardSM in
    /// v3).
    #[error("the argument of {op} has the syntax of another version than {context}")]
    ArgumentVersion {
        /// The operation.
        op: OpCode,
        /// The context.
        context: AcVersion,
    },
    /// The error parameter is that of another error.
    #[error("error {code} with the parameter of {param}")]
    ErrorParamMismatch {
        /// The error code.
        code: ErrorCode,
        /// The error the parameter belongs to.
        param: ErrorCode,
    },
    /// A member MAP v1 does not have (moreMessagesToSend, noSM-RP-DA, noSM-RP-OA).
    #[error("{0} does not exist in MAP v1")]
    NotInVersion1(&'static str),
    /// The version does not exist for the context.
    #[error("{context} has no version {version}")]
    NoSuchVersion {
        /// The context.
        context: ApplicationContext,
        /// The version asked for.
        version: u8,
    },
    /// The application-context name is not a MAP context.
    #[error("not a MAP application context")]
    UnknownContext,
    /// A fallback to the very version requested: nothing to refuse.
    #[error("version {0} is the one requested")]
    NoFallback(u8),
    /// The MAP dialogue PDU does not fit the buffer given for the user information.
    #[error("the MAP dialogue PDU takes {len} octets, the buffer has {room}")]
    DialoguePduTooLarge {
        /// Octets of the EXTERNAL carrying the PDU.
        len: usize,
        /// Octets available.
        room: usize,
    },
    /// The MAP dialogue PDU holds raw parts (extension container, unknown members) that do
    /// not read back as BER: never for values decoded or built by this crate.
    #[error("the MAP dialogue PDU does not read back as BER")]
    InvalidDialoguePdu,
}

/// The transaction part of a message to build (not to be confused with the state machine
/// [`smsip_tcap::transaction::Transaction`], whose `send_*` answers convert into this one).
///
/// ```
/// use smsip_map::dialogue::{self, AcVersion, Transaction};
/// use smsip_tcap::{transaction, TransactionId};
/// let mut tx = transaction::Transaction::new(TransactionId::from_u32(5));
/// let part: Transaction = tx.send_begin()?.into();
/// assert_eq!(part, Transaction::Begin { otid: TransactionId::from_u32(5) });
/// let mut out = Vec::new();
/// dialogue::encode_message(part, AcVersion::SHORT_MSG_GATEWAY_V3.request(), &[], &mut out);
/// assert_eq!(dialogue::decode(&out)?.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V3));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transaction {
    /// A TC-BEGIN from `otid` (ours).
    Begin {
        /// Our transaction ID.
        otid: TransactionId,
    },
    /// A TC-CONTINUE from `otid` (ours) to `dtid` (the peer's).
    Continue {
        /// Our transaction ID.
        otid: TransactionId,
        /// The peer's transaction ID (its otid).
        dtid: TransactionId,
    },
    /// A TC-END to `dtid` (the peer's).
    End {
        /// The peer's transaction ID (its otid).
        dtid: TransactionId,
    },
}

/// The transaction part of the message [`smsip_tcap::transaction::Transaction`] says to send:
/// `encode_message(tx.send_begin()?.into(), ...)`.
impl From<tcap::Begin<'_>> for Transaction {
    fn from(m: tcap::Begin<'_>) -> Self {
        Transaction::Begin { otid: m.otid }
    }
}

/// See the `Begin` conversion.
impl From<tcap::Continue<'_>> for Transaction {
    fn from(m: tcap::Continue<'_>) -> Self {
        Transaction::Continue {
            otid: m.otid,
            dtid: m.dtid,
        }
    }
}

/// See the `Begin` conversion.
impl From<tcap::End<'_>> for Transaction {
    fn from(m: tcap::End<'_>) -> Self {
        Transaction::End { dtid: m.dtid }
    }
}

impl Transaction {
    const fn tag(self) -> Tag {
        Tag::application(match self {
            Transaction::Begin { .. } => 2,
            Transaction::End { .. } => 4,
            Transaction::Continue { .. } => 5,
        })
    }

    fn ids_len(self) -> usize {
        let tid = |t: TransactionId| tlv_len(OTID, t.as_bytes().len());
        match self {
            Transaction::Begin { otid } => tid(otid),
            Transaction::Continue { otid, dtid } => tid(otid) + tid(dtid),
            Transaction::End { dtid } => tid(dtid),
        }
    }

    fn write_ids<S: Sink + ?Sized>(self, w: &mut BerWriter<'_, S>) {
        match self {
            Transaction::Begin { otid } => w.octet_string(OTID, otid.as_bytes()),
            Transaction::Continue { otid, dtid } => {
                w.octet_string(OTID, otid.as_bytes());
                w.octet_string(DTID, dtid.as_bytes());
            }
            Transaction::End { dtid } => w.octet_string(DTID, dtid.as_bytes()),
        }
    }
}

/// A typed component to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// Views are `Copy`; a component list is a short slice, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum Outgoing<'a> {
    /// An Invoke of the argument's operation ([`Argument::opcode`]).
    Invoke {
        /// invokeID.
        invoke_id: InvokeId,
        /// The argument.
        arg: Argument<'a>,
    },
    /// A ReturnResult: `A2` (last) or `A7` (not last); without result parameter
    /// (`A2 03 02 01 <id>`) for [`ReturnResult::Empty`].
    Result {
        /// invokeID of the invocation answered.
        invoke_id: InvokeId,
        /// The operation answered.
        op: OpCode,
        /// The result.
        res: ReturnResult<'a>,
        /// returnResultLast (`true`) or returnResultNotLast.
        last: bool,
    },
    /// A ReturnError, without parameter for [`ErrorParam::Absent`].
    Error {
        /// invokeID of the invocation answered.
        invoke_id: InvokeId,
        /// The error code.
        code: ErrorCode,
        /// The parameter.
        param: ErrorParam<'a>,
    },
    /// A Reject.
    Reject(Reject),
}

#[inline]
fn id_len(id: InvokeId) -> usize {
    tlv_len(Tag::INTEGER, integer_len(id))
}

#[inline]
fn code_of(v: u8) -> Code<'static> {
    Code::Local(i64::from(v))
}

/// A ReturnResult's contents length, and that of its `result` SEQUENCE (`None` for
/// [`ReturnResult::Empty`]): the result is measured once.
#[inline]
fn result_lens(invoke_id: InvokeId, op: OpCode, res: &ReturnResult<'_>) -> (usize, Option<usize>) {
    let seq = match res {
        ReturnResult::Empty => None,
        res => Some(code_of(op.0).encoded_len() + res.encoded_len()),
    };
    (
        id_len(invoke_id) + seq.map_or(0, |l| tlv_len(Tag::SEQUENCE, l)),
        seq,
    )
}

/// Writes a ReturnResult component whose lengths [`result_lens`] gave.
#[inline]
fn write_result<S: Sink + ?Sized>(
    w: &mut BerWriter<'_, S>,
    last: bool,
    invoke_id: InvokeId,
    op: OpCode,
    res: &ReturnResult<'_>,
    (content_len, seq_len): (usize, Option<usize>),
) {
    let ty = if last {
        ComponentType::ReturnResultLast
    } else {
        ComponentType::ReturnResultNotLast
    };
    w.header(ty.tag(), true, content_len);
    w.integer(Tag::INTEGER, invoke_id);
    if let Some(l) = seq_len {
        w.header(Tag::SEQUENCE, true, l);
        code_of(op.0).write(w);
        res.write_ber(w);
    }
}

/// A TC-BEGIN, TC-CONTINUE or TC-END whose only component is a ReturnResult given by
/// reference (the result is neither copied nor measured twice).
fn encode_result_message<S: Sink + ?Sized>(
    tx: Transaction,
    dialogue: Option<DialoguePortion<'_>>,
    last: bool,
    invoke_id: InvokeId,
    op: OpCode,
    res: &ReturnResult<'_>,
    out: &mut S,
) {
    let lens = result_lens(invoke_id, op, res);
    let ty = if last {
        ComponentType::ReturnResultLast
    } else {
        ComponentType::ReturnResultNotLast
    };
    let portion = tlv_len(ty.tag(), lens.0);
    write_message(tx, dialogue, Some(portion), out, |w| {
        write_result(w, last, invoke_id, op, res, lens)
    });
}

/// Writes a message: the transaction part, the dialogue portion, and a component portion of
/// `portion` contents octets (none for `None`) whose components `components` writes.
#[inline(always)]
fn write_message<S: Sink + ?Sized>(
    tx: Transaction,
    dialogue: Option<DialoguePortion<'_>>,
    portion: Option<usize>,
    out: &mut S,
    components: impl FnOnce(&mut BerWriter<'_, S>),
) {
    let mut w = BerWriter::new(out);
    let content = tx.ids_len()
        + dialogue.map_or(0, |d| d.encoded_len())
        + portion.map_or(0, |l| tlv_len(COMPONENT_PORTION, l));
    w.header(tx.tag(), true, content);
    tx.write_ids(&mut w);
    if let Some(d) = dialogue {
        d.write(&mut w);
    }
    if let Some(l) = portion {
        w.header(COMPONENT_PORTION, true, l);
        components(&mut w);
    }
}

impl Outgoing<'_> {
    /// The component's tag and contents length; the parameter's length is measured once.
    fn content_len(&self) -> usize {
        match self {
            Outgoing::Invoke { invoke_id, arg } => {
                id_len(*invoke_id) + code_of(arg.opcode().0).encoded_len() + arg.encoded_len()
            }
            Outgoing::Result {
                invoke_id, op, res, ..
            } => result_lens(*invoke_id, *op, res).0,
            Outgoing::Error {
                invoke_id,
                code,
                param,
            } => id_len(*invoke_id) + code_of(code.0).encoded_len() + param.encoded_len(),
            Outgoing::Reject(_) => 0,
        }
    }

    const fn component_type(&self) -> ComponentType {
        match self {
            Outgoing::Invoke { .. } => ComponentType::Invoke,
            Outgoing::Result { last: true, .. } => ComponentType::ReturnResultLast,
            Outgoing::Result { last: false, .. } => ComponentType::ReturnResultNotLast,
            Outgoing::Error { .. } => ComponentType::ReturnError,
            Outgoing::Reject(_) => ComponentType::Reject,
        }
    }

    /// Octets of the component.
    pub fn encoded_len(&self) -> usize {
        self.lens().encoded_len
    }

    /// The component's lengths, measured once (its parameter is measured here, and again
    /// only by its own writer).
    fn lens(&self) -> Lens {
        match self {
            Outgoing::Reject(r) => Lens {
                encoded_len: Component::Reject(*r).encoded_len(),
                content_len: 0,
                seq_len: None,
            },
            Outgoing::Result {
                invoke_id, op, res, ..
            } => {
                let (content_len, seq_len) = result_lens(*invoke_id, *op, res);
                Lens {
                    encoded_len: tlv_len(self.component_type().tag(), content_len),
                    content_len,
                    seq_len,
                }
            }
            c => {
                let content_len = c.content_len();
                Lens {
                    encoded_len: tlv_len(c.component_type().tag(), content_len),
                    content_len,
                    seq_len: None,
                }
            }
        }
    }

    /// Writes the component.
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        self.write_lens(w, self.lens());
    }

    /// Writes the component whose [`lens`](Self::lens) are known.
    fn write_lens<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, lens: Lens) {
        match self {
            Outgoing::Reject(r) => r.write(w),
            Outgoing::Result {
                invoke_id,
                op,
                res,
                last,
            } => write_result(
                w,
                *last,
                *invoke_id,
                *op,
                res,
                (lens.content_len, lens.seq_len),
            ),
            c => c.write_with_len(w, lens.content_len),
        }
    }

    /// Writes an Invoke or ReturnError component whose contents length is known.
    fn write_with_len<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, content_len: usize) {
        w.header(self.component_type().tag(), true, content_len);
        match self {
            Outgoing::Invoke { invoke_id, arg } => {
                w.integer(Tag::INTEGER, *invoke_id);
                code_of(arg.opcode().0).write(w);
                arg.write_ber(w);
            }
            Outgoing::Error {
                invoke_id,
                code,
                param,
            } => {
                w.integer(Tag::INTEGER, *invoke_id);
                code_of(code.0).write(w);
                param.write_ber(w);
            }
            Outgoing::Result { .. } | Outgoing::Reject(_) => {}
        }
    }
}

/// The lengths of an [`Outgoing`] component.
#[derive(Clone, Copy, Default)]
struct Lens {
    /// The whole component.
    encoded_len: usize,
    /// Its contents (not used for a Reject).
    content_len: usize,
    /// A ReturnResult's `result` SEQUENCE contents.
    seq_len: Option<usize>,
}

/// Components whose lengths [`encode_message`] keeps between measuring and writing; later
/// ones are measured again.
const KEPT_LENS: usize = 4;

fn portion_len(components: &[Outgoing<'_>]) -> Option<usize> {
    if components.is_empty() {
        None
    } else {
        Some(components.iter().map(Outgoing::encoded_len).sum())
    }
}

/// Octets [`encode_message`] writes.
pub fn message_len(
    tx: Transaction,
    dialogue: Option<DialoguePortion<'_>>,
    components: &[Outgoing<'_>],
) -> usize {
    let portion = portion_len(components).map_or(0, |l| tlv_len(COMPONENT_PORTION, l));
    tlv_len(
        tx.tag(),
        tx.ids_len() + dialogue.map_or(0, |d| d.encoded_len()) + portion,
    )
}

/// Writes a TC-BEGIN, TC-CONTINUE or TC-END with an optional dialogue portion and typed
/// components (no component portion when `components` is empty), definite minimal lengths.
/// Each parameter is measured once here (and once more by its own writer, which writes its
/// length first) and written once; nothing is buffered.
///
/// ```
/// use smsip_map::dialogue::{self, AcVersion, Outgoing, Transaction};
/// use smsip_map::{decode_arg, OpCode};
/// use smsip_tcap::TransactionId;
/// // Rebuild the TC-BEGIN of tcap.md §7 from its typed SRI-SM argument.
/// let arg = smsip_core::hex::decode(
///     "3026800791447700091032 8101FF 820791447700090000 8700 880100 89080C91447700094065 8B00").unwrap();
/// let arg = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &arg)?;
/// let tx = Transaction::Begin { otid: TransactionId::from_u32(1) };
/// let comps = [Outgoing::Invoke { invoke_id: 1, arg }];
/// let mut out = Vec::new();
/// dialogue::encode_message(tx, AcVersion::SHORT_MSG_GATEWAY_V3.request(), &comps, &mut out);
/// assert_eq!(out.len(), 90);
/// assert_eq!(dialogue::message_len(tx, AcVersion::SHORT_MSG_GATEWAY_V3.request(), &comps), 90);
/// assert_eq!(&out[..4], &[0x62, 0x58, 0x48, 0x04]);
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
pub fn encode_message<S: Sink + ?Sized>(
    tx: Transaction,
    dialogue: Option<DialoguePortion<'_>>,
    components: &[Outgoing<'_>],
    out: &mut S,
) {
    let mut kept = [Lens::default(); KEPT_LENS];
    let mut portion = 0;
    for (i, c) in components.iter().enumerate() {
        let lens = c.lens();
        if let Some(k) = kept.get_mut(i) {
            *k = lens;
        }
        portion += lens.encoded_len;
    }
    let portion = (!components.is_empty()).then_some(portion);
    write_message(tx, dialogue, portion, out, |w| {
        for (i, c) in components.iter().enumerate() {
            let lens = kept.get(i).copied().unwrap_or_else(|| c.lens());
            c.write_lens(w, lens);
        }
    });
}

/// The argument of the MT short-message transfer in `version`: mt-ForwardSM
/// ([`Argument::MtForwardSm`]) in v3; forwardSM ([`Argument::ForwardSm`]) in v1 and v2, with
/// the members they have (sm-RP-DA, sm-RP-OA, sm-RP-UI and, in v2, moreMessagesToSend; the
/// v3-only members are left out, as in a v2 dialogue they do not exist).
///
/// v1 has neither moreMessagesToSend nor noSM-RP-DA / noSM-RP-OA ([`BuildError::NotInVersion1`]).
pub fn mt_forward_sm_argument<'a>(
    version: u8,
    arg: &MtForwardSmArg<'a>,
) -> Result<Argument<'a>, BuildError> {
    match version {
        3 => Ok(Argument::MtForwardSm(*arg)),
        1 | 2 => {
            if version == 1 {
                if arg.more_messages_to_send {
                    return Err(BuildError::NotInVersion1("moreMessagesToSend"));
                }
                if matches!(arg.sm_rp_da, SmRpDa::NoSmRpDa) {
                    return Err(BuildError::NotInVersion1("noSM-RP-DA"));
                }
                if matches!(arg.sm_rp_oa, SmRpOa::NoSmRpOa) {
                    return Err(BuildError::NotInVersion1("noSM-RP-OA"));
                }
            }
            let mut fwd = ForwardSmArg::new(arg.sm_rp_da, arg.sm_rp_oa, arg.sm_rp_ui);
            fwd.more_messages_to_send = arg.more_messages_to_send;
            Ok(Argument::ForwardSm(fwd))
        }
        _ => Err(BuildError::NoSuchVersion {
            context: ApplicationContext::ShortMsgMtRelay,
            version,
        }),
    }
}

/// Checks that `arg` may be invoked in `ac`.
fn check_invoke(ac: AcVersion, arg: &Argument<'_>) -> Result<(), BuildError> {
    let op = arg.opcode();
    if !ac.operations().contains(&op) {
        return Err(BuildError::OperationNotInContext { op, context: ac });
    }
    let v1_syntax = matches!(arg, Argument::ForwardSm(_));
    if op == OpCode::MO_FORWARD_SM && v1_syntax != (ac.version < 3) {
        return Err(BuildError::ArgumentVersion { op, context: ac });
    }
    Ok(())
}

/// A TC-BEGIN opening `ac` (AARQ; none in v1) with the Invoke of `arg`.
///
/// The operation must be one of the context ([`BuildError::OperationNotInContext`]), with the
/// syntax of its version (forwardSM below v3, [`BuildError::ArgumentVersion`]).
pub fn begin_with_invoke<S: Sink + ?Sized>(
    otid: TransactionId,
    ac: AcVersion,
    invoke_id: InvokeId,
    arg: &Argument<'_>,
    out: &mut S,
) -> Result<(), BuildError> {
    check_invoke(ac, arg)?;
    encode_message(
        Transaction::Begin { otid },
        ac.request(),
        &[Outgoing::Invoke {
            invoke_id,
            arg: *arg,
        }],
        out,
    );
    Ok(())
}

/// The TC-BEGIN of an MT short-message transfer: shortMsgMT-RelayContext in `version` (3:
/// mt-ForwardSM; 2: forwardSM; 1: forwardSM in a dialogue without dialogue portion,
/// shortMsgRelayContext-v1) with the Invoke carrying `arg` (see [`mt_forward_sm_argument`]).
/// Set `arg.more_messages_to_send` for the first of several segments.
///
/// The message must fit in one SCCP message with the dialogue portion; when it does not
/// ([`mt_forward_sm_begin_len`]), open the dialogue with [`begin_dialogue_only`] instead.
pub fn begin_mt_forward_sm<S: Sink + ?Sized>(
    otid: TransactionId,
    version: u8,
    invoke_id: InvokeId,
    arg: &MtForwardSmArg<'_>,
    out: &mut S,
) -> Result<(), BuildError> {
    let (ac, arg) = mt_relay(version, arg)?;
    begin_with_invoke(otid, ac, invoke_id, &arg, out)
}

fn mt_relay<'a>(
    version: u8,
    arg: &MtForwardSmArg<'a>,
) -> Result<(AcVersion, Argument<'a>), BuildError> {
    let ac = AcVersion::new(ApplicationContext::ShortMsgMtRelay, version).ok_or(
        BuildError::NoSuchVersion {
            context: ApplicationContext::ShortMsgMtRelay,
            version,
        },
    )?;
    Ok((ac, mt_forward_sm_argument(version, arg)?))
}

/// Octets of the TC-BEGIN [`begin_mt_forward_sm`] would write: compare with what the SCCP
/// service can carry to choose between it and the empty-Begin dialogue.
pub fn mt_forward_sm_begin_len(
    otid: TransactionId,
    version: u8,
    invoke_id: InvokeId,
    arg: &MtForwardSmArg<'_>,
) -> Result<usize, BuildError> {
    let (ac, arg) = mt_relay(version, arg)?;
    Ok(message_len(
        Transaction::Begin { otid },
        ac.request(),
        &[Outgoing::Invoke { invoke_id, arg }],
    ))
}

/// The "empty Begin": a TC-BEGIN with only the AARQ proposing `ac`, for a dialogue whose
/// first invoke does not fit with the dialogue portion. The peer accepts with a TC-CONTINUE
/// ([`continue_accept`], [`DialogueStep::Accept`]); the invoke follows with
/// [`continue_with_invoke`]. Not in v1 (no dialogue portion: [`BuildError::NotInVersion1`]).
pub fn begin_dialogue_only<S: Sink + ?Sized>(
    otid: TransactionId,
    ac: AcVersion,
    out: &mut S,
) -> Result<(), BuildError> {
    let Some(aarq) = ac.request() else {
        return Err(BuildError::NotInVersion1("dialogue portion"));
    };
    encode_message(Transaction::Begin { otid }, Some(aarq), &[], out);
    Ok(())
}

/// Writes `pdu` into `buf` as the EXTERNAL (direct-reference map-DialogueAS) that MAP puts in
/// the user information of an AARQ, AARE or ABRT (map-sms.md §12), and returns that user
/// information, borrowing `buf`: set it in the dialogue PDU, e.g.
/// `Aarq { user_information: Some(ui), ..Aarq::new(ac.oid()) }`.
///
/// ```
/// use smsip_map::dialogue;
/// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice, MapUserAbortInfo};
/// let pdu = MapDialoguePdu::UserAbort(MapUserAbortInfo::new(MapUserAbortChoice::UserSpecificReason));
/// let mut buf = [0u8; 32];
/// let ui = dialogue::map_user_information(&pdu, &mut buf)?;
/// assert_eq!(ui.as_bytes(), [0x28, 0x0F, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01,
///                            0xA0, 0x04, 0xA4, 0x02, 0x80, 0x00]);
/// assert!(dialogue::map_user_information(&pdu, &mut [0u8; 16]).is_err());
/// # Ok::<(), dialogue::BuildError>(())
/// ```
pub fn map_user_information<'b>(
    pdu: &MapDialoguePdu<'_>,
    buf: &'b mut [u8],
) -> Result<RawElements<'b>, BuildError> {
    let len = pdu.external_len();
    let room = buf.len();
    let Some(buf) = buf.get_mut(..len) else {
        return Err(BuildError::DialoguePduTooLarge { len, room });
    };
    let mut sink = SliceSink::new(buf);
    pdu.encode_external(&mut sink);
    let n = sink
        .finish()
        .map_err(|_| BuildError::DialoguePduTooLarge { len, room })?;
    let written: &'b [u8] = buf.get(..n).unwrap_or_default();
    crate::dialogue_pdu::raw_user_information(written).map_err(|_| BuildError::InvalidDialoguePdu)
}

/// A TC-BEGIN opening `ac` with MAP-OPEN in the AARQ's user information (TS 29.002 §7.3.1:
/// destinationReference and originationReference, e.g. the IMSI and the service centre
/// address of an mt-ForwardSM whose sm-RP-DA cannot carry the IMSI), and `components` (none
/// for the empty Begin of a segmented transfer; invokes are checked as by
/// [`begin_with_invoke`]). Not in v1 ([`BuildError::NotInVersion1`]); a MAP-OPEN with an
/// extension container over 200-odd octets is [`BuildError::DialoguePduTooLarge`].
pub fn begin_with_open<S: Sink + ?Sized>(
    otid: TransactionId,
    ac: AcVersion,
    open: &MapOpenInfo<'_>,
    components: &[Outgoing<'_>],
    out: &mut S,
) -> Result<(), BuildError> {
    if ac.version < 2 {
        return Err(BuildError::NotInVersion1("dialogue portion"));
    }
    for c in components {
        if let Outgoing::Invoke { arg, .. } = c {
            check_invoke(ac, arg)?;
        }
    }
    let mut buf = [0u8; 256];
    let ui = map_user_information(&MapDialoguePdu::Open(*open), &mut buf)?;
    let aarq = tcap::Aarq {
        user_information: Some(ui),
        ..tcap::Aarq::new(ac.oid())
    };
    encode_message(
        Transaction::Begin { otid },
        Some(DialoguePortion::Request(aarq)),
        components,
        out,
    );
    Ok(())
}

/// The acceptance of an empty Begin: a TC-CONTINUE from `otid` (ours) to `dtid` (the
/// initiator's) with the AARE accepting `ac` and no component. Not in v1
/// ([`BuildError::NotInVersion1`]).
pub fn continue_accept<S: Sink + ?Sized>(
    otid: TransactionId,
    dtid: TransactionId,
    ac: AcVersion,
    out: &mut S,
) -> Result<(), BuildError> {
    let Some(aare) = ac.accepted() else {
        return Err(BuildError::NotInVersion1("dialogue portion"));
    };
    encode_message(Transaction::Continue { otid, dtid }, Some(aare), &[], out);
    Ok(())
}

/// A TC-CONTINUE from `otid` (ours) to `dtid` (the peer's) with the Invoke of `arg`, without
/// dialogue portion: the invoke after the peer accepted an empty Begin, or the next segment of
/// an mt-ForwardSM sent with moreMessagesToSend ([`mt_forward_sm_argument`] makes the argument
/// for a version).
pub fn continue_with_invoke<S: Sink + ?Sized>(
    otid: TransactionId,
    dtid: TransactionId,
    invoke_id: InvokeId,
    arg: &Argument<'_>,
    out: &mut S,
) {
    encode_message(
        Transaction::Continue { otid, dtid },
        None,
        &[Outgoing::Invoke {
            invoke_id,
            arg: *arg,
        }],
        out,
    );
}

/// A TC-CONTINUE from `otid` (ours) to `dtid` (the peer's) with the ReturnResultLast of `op`:
/// the answer to a segment sent with moreMessagesToSend (the dialogue goes on). `accept`: the
/// dialogue's context when this is the first backward message (adds the AARE accepted; none
/// in v1).
pub fn continue_with_result<S: Sink + ?Sized>(
    otid: TransactionId,
    dtid: TransactionId,
    invoke_id: InvokeId,
    op: OpCode,
    res: &ReturnResult<'_>,
    accept: Option<AcVersion>,
    out: &mut S,
) {
    encode_result_message(
        Transaction::Continue { otid, dtid },
        accept.and_then(AcVersion::accepted),
        true,
        invoke_id,
        op,
        res,
        out,
    );
}

/// A TC-END to `dtid` (the peer's otid) with the ReturnResultLast of `op` (without result
/// parameter for [`ReturnResult::Empty`]). `accept`: the dialogue's context when this End is
/// the first backward message (adds the AARE accepted, tcap.md §8; none in v1).
pub fn end_with_result<S: Sink + ?Sized>(
    dtid: TransactionId,
    invoke_id: InvokeId,
    op: OpCode,
    res: &ReturnResult<'_>,
    accept: Option<AcVersion>,
    out: &mut S,
) {
    encode_result_message(
        Transaction::End { dtid },
        accept.and_then(AcVersion::accepted),
        true,
        invoke_id,
        op,
        res,
        out,
    );
}

/// A TC-END to `dtid` with the ReturnError `code` and its parameter (none for `None` or
/// [`ErrorParam::Absent`]); `accept` as for [`end_with_result`]. A parameter of another error
/// is refused ([`BuildError::ErrorParamMismatch`]).
pub fn end_with_error<S: Sink + ?Sized>(
    dtid: TransactionId,
    invoke_id: InvokeId,
    code: ErrorCode,
    param: Option<&ErrorParam<'_>>,
    accept: Option<AcVersion>,
    out: &mut S,
) -> Result<(), BuildError> {
    let param = param.copied().unwrap_or(ErrorParam::Absent);
    if let Some(p) = param.code() {
        if p != code {
            return Err(BuildError::ErrorParamMismatch { code, param: p });
        }
    }
    encode_message(
        Transaction::End { dtid },
        accept.and_then(AcVersion::accepted),
        &[Outgoing::Error {
            invoke_id,
            code,
            param,
        }],
        out,
    );
    Ok(())
}

/// A TC-END to `dtid` with `reject` (see [`reject_for`]); `accept` as for [`end_with_result`].
pub fn end_with_reject<S: Sink + ?Sized>(
    dtid: TransactionId,
    reject: Reject,
    accept: Option<AcVersion>,
    out: &mut S,
) {
    encode_message(
        Transaction::End { dtid },
        accept.and_then(AcVersion::accepted),
        &[Outgoing::Reject(reject)],
        out,
    );
}

/// The version-fallback answer to a TC-BEGIN proposing `requested` when we support its
/// context only in `supported_version` (tcap.md §6, map-sms.md §3): a TC-ABORT to `dtid` (the
/// initiator's otid) with an AARE reject-permanent, dialogue-service-user
/// application-context-name-not-supported, naming the context in `supported_version` — the
/// highest we support, the one to retry with. Matched with [`q774::negotiate`].
///
/// ```
/// use smsip_map::dialogue;
/// use smsip_ber::oid;
/// use smsip_tcap::TransactionId;
/// let mut out = Vec::new();
/// dialogue::fallback_abort(TransactionId::from_u32(1), oid!(0, 4, 0, 0, 1, 0, 20, 3), 2, &mut out)?;
/// // The verified answer of tcap.md §6.
/// assert_eq!(out, smsip_core::hex::decode(
///     "6732490400000001 6B2A2828060700118605010101A01D 611B 80020780 A109060704000001001402\
///      A203020101 A305A103020102").unwrap());
/// # Ok::<(), dialogue::BuildError>(())
/// ```
pub fn fallback_abort<S: Sink + ?Sized>(
    dtid: TransactionId,
    requested: Oid<'_>,
    supported_version: u8,
    out: &mut S,
) -> Result<(), BuildError> {
    let asked = AcVersion::from_oid(&requested).ok_or(BuildError::UnknownContext)?;
    let ours =
        AcVersion::new(asked.context, supported_version).ok_or(BuildError::NoSuchVersion {
            context: asked.context,
            version: supported_version,
        })?;
    let offered = match q774::negotiate(requested, &[ours.oid]) {
        q774::Negotiation::Supported => return Err(BuildError::NoFallback(supported_version)),
        q774::Negotiation::Fallback(oid) => oid,
        // A higher version than the one requested (or another family of the same context, as
        // shortMsgRelayContext-v1): still the one we support.
        q774::Negotiation::NotSupported => ours.oid,
    };
    tcap::Abort::application_context_not_supported(dtid, offered).encode(out);
    Ok(())
}
