//! The Q.774 answers, as pure functions: from a decoding problem, the Abort or Reject that the
//! procedures mandate; from an unknown transaction ID or an unsupported application context,
//! the Abort to send. No state: which transactions exist, and whether a context is supported,
//! is the caller's to say.
//!
//! | Problem | Q.774 | Answer |
//! |---|---|---|
//! | transaction portion (message type, transaction IDs, framing) | §3.3.4 | [`Answer::Abort`] with the P-Abort cause, to the received otid, for a Begin, a Continue or a message of unknown type; otherwise discard |
//! | dialogue portion malformed | §3.2.2.1 | [`Answer::Abort`] with an ABRT, abort-source dialogue-service-provider (Begin, Continue); otherwise discard |
//! | a component | §3.2.2.2 | [`Answer::Reject`] with the general problem and the invoke ID if derivable (not-derivable NULL otherwise), sent with the TC-user's next Continue or End; a faulty Reject is discarded |
//! | Continue with an unknown dtid | §3.3.4 (tcap.md §1) | [`unrecognized_transaction_id`]: P-Abort unrecognizedTransactionID to the received otid; End and Abort are discarded |
//! | AARQ with an unsupported context | tcap.md §6 | [`answer_aarq`]: AARE reject-permanent, application-context-name-not-supported, naming the version to fall back to |
//! | AARQ without protocol version 1 | tcap.md §4 | [`answer_aarq`]: AARE reject-permanent, dialogue-service-provider no-common-dialogue-portion |
//!
//! Invoke problems (duplicateInvokeID, unrecognizedOperation, mistypedParameter, ...) and
//! ReturnResult / ReturnError problems are found by the TC-user (MAP) and answered with the
//! [`Reject`] constructors ([`Reject::invoke`], [`Reject::return_result`],
//! [`Reject::return_error`]).

use smsip_ber::{BerReader, Oid};

use crate::message::{DTID, OTID};
use crate::{
    Aare, Aarq, Abort, ComponentType, DecodeError, DialoguePortion, MessageType, PAbortCause,
    Portion, Reject, TcapMessage, TransactionId,
};

/// What to send back for a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer<'a> {
    /// This Abort message, to the peer (its dtid is the received otid).
    Abort(Abort<'a>),
    /// This Reject component, in the next Continue or End of the dialogue.
    Reject(Reject),
    /// Nothing: the message (or component) is discarded (the local user is informed).
    Discard,
}

/// The transaction IDs of a message that may be damaged, as far as they can be read: Q.774
/// leaves "derivable" to the implementation; here, every element of the transaction portion
/// that can be delimited is looked at, and the first well-formed (primitive, 1 to 4 octets)
/// otid and dtid are taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DerivedIds {
    /// The message type, when the first octet is one.
    pub message_type: Option<MessageType>,
    /// The originating transaction ID, when derivable.
    pub otid: Option<TransactionId>,
    /// The destination transaction ID, when derivable.
    pub dtid: Option<TransactionId>,
}

/// Reads what can be read of the transaction portion of `bytes` (see [`DerivedIds`]).
///
/// ```
/// use smsip_tcap::{q774, MessageType, TransactionId};
/// // A Continue truncated inside its component portion.
/// let ids = q774::derive_ids(&[0x65, 0x14, 0x48, 0x02, 0x0A, 0x0B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6C, 0x08, 0xA4]);
/// assert_eq!(ids.message_type, Some(MessageType::Continue));
/// assert_eq!(ids.otid, Some(TransactionId::new(&[0x0A, 0x0B]).unwrap()));
/// assert_eq!(ids.dtid, Some(TransactionId::from_u32(1)));
/// ```
pub fn derive_ids(bytes: &[u8]) -> DerivedIds {
    let mut ids = DerivedIds::default();
    let Some((&b0, rest)) = bytes.split_first() else {
        return ids;
    };
    ids.message_type = MessageType::from_identifier(b0);
    if b0 & 0x20 == 0 || b0 & 0x1F == 0x1F {
        return ids;
    }
    let Some(content) = lenient_contents(rest) else {
        return ids;
    };
    for e in BerReader::new(content) {
        let Ok(e) = e else { break };
        if e.is_constructed() {
            continue;
        }
        let slot = match e.tag() {
            OTID => &mut ids.otid,
            DTID => &mut ids.dtid,
            _ => continue,
        };
        if slot.is_none() {
            *slot = TransactionId::new(e.content()).ok();
        }
    }
    ids
}

/// The contents after the length octets, cut to the length when it is definite and available.
fn lenient_contents(rest: &[u8]) -> Option<&[u8]> {
    let (&l0, rest) = rest.split_first()?;
    let len = match l0 {
        0x00..=0x7F => usize::from(l0),
        0x80 => return Some(rest),
        0x81..=0x88 => {
            let n = usize::from(l0 & 0x7F);
            let len_octets = rest.get(..n)?;
            let v = len_octets
                .iter()
                .fold(0u64, |v, &b| (v << 8) | u64::from(b));
            let rest = rest.get(n..)?;
            return Some(rest.get(..usize::try_from(v).ok()?).unwrap_or(rest));
        }
        _ => return None,
    };
    Some(rest.get(..len).unwrap_or(rest))
}

/// Only a Begin, a Continue or a message of unknown type is answered with an Abort (Q.774
/// §3.3.4; End, Abort and Unidirectional have no transaction to answer in).
const fn answerable(ty: Option<MessageType>) -> bool {
    matches!(ty, None | Some(MessageType::Begin | MessageType::Continue))
}

/// The answer Q.774 mandates for `err`, the error of decoding `bytes` (or of iterating the
/// components of the message decoded from `bytes`).
///
/// ```
/// use smsip_tcap::{decode, q774, GeneralProblem, Reject};
/// // A Continue whose second component has a NULL where its operation code should be.
/// let bytes = [
///     0x65, 0x18, 0x48, 0x02, 0x0A, 0x0B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6C, 0x0C,
///     0xA2, 0x03, 0x02, 0x01, 0x01, // returnResultLast 1, no result
///     0xA1, 0x05, 0x02, 0x01, 0x02, 0x05, 0x00, // invoke 2, a NULL for operation code
/// ];
/// let msg = decode(&bytes)?;
/// let mut comps = msg.components();
/// assert!(comps.next().unwrap().is_ok());
/// let err = comps.next().unwrap().unwrap_err();
/// assert_eq!(
///     q774::answer(&bytes, &err),
///     q774::Answer::Reject(Reject::general(Some(2), GeneralProblem::MISTYPED_COMPONENT))
/// );
/// assert!(comps.next().is_none()); // fused: later components are discarded
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
pub fn answer(bytes: &[u8], err: &DecodeError) -> Answer<'static> {
    match err.portion {
        Portion::Component {
            component_type,
            invoke_id,
            problem,
            ..
        } => {
            if component_type == Some(ComponentType::Reject) {
                // "the component is discarded and the local TC-user is advised"
                Answer::Discard
            } else {
                Answer::Reject(Reject::general(invoke_id, problem))
            }
        }
        Portion::Transaction { cause } => {
            abort_to_originator(bytes, |otid| Abort::p_abort(otid, cause))
        }
        Portion::Dialogue => abort_to_originator(bytes, |otid| {
            Abort::user(otid, DialoguePortion::provider_abort())
        }),
    }
}

fn abort_to_originator(
    bytes: &[u8],
    abort: impl FnOnce(TransactionId) -> Abort<'static>,
) -> Answer<'static> {
    let ids = derive_ids(bytes);
    match ids.otid {
        Some(otid) if answerable(ids.message_type) => Answer::Abort(abort(otid)),
        _ => Answer::Discard,
    }
}

/// The answer to a message whose dtid names no transaction: for a Continue, the P-Abort
/// unrecognizedTransactionID to the received otid (tcap.md §1, §6); `None` (discard) for an
/// End or an Abort, and for messages that carry no dtid.
///
/// ```
/// use smsip_tcap::{decode, q774};
/// let cont = decode(&[0x65, 0x0C, 0x48, 0x04, 0x00, 0x00, 0x00, 0x01, 0x49, 0x04, 0x00, 0x00, 0x00, 0x09])?;
/// let abort = q774::unrecognized_transaction_id(&cont).unwrap();
/// assert_eq!(abort.to_vec(), [0x67, 0x09, 0x49, 0x04, 0x00, 0x00, 0x00, 0x01, 0x4A, 0x01, 0x01]);
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
pub fn unrecognized_transaction_id(msg: &TcapMessage<'_>) -> Option<Abort<'static>> {
    match msg {
        TcapMessage::Continue(c) => Some(Abort::p_abort(
            c.otid,
            PAbortCause::UNRECOGNIZED_TRANSACTION_ID,
        )),
        _ => None,
    }
}

/// The answer to a Begin that cannot be served for lack of resources: P-Abort
/// resourceLimitation to its otid (`None` for other messages).
pub fn resource_limitation(msg: &TcapMessage<'_>) -> Option<Abort<'static>> {
    match msg {
        TcapMessage::Begin(b) => Some(Abort::p_abort(b.otid, PAbortCause::RESOURCE_LIMITATION)),
        _ => None,
    }
}

/// The outcome of matching a proposed application context against the supported ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negotiation<'a> {
    /// The proposed context is supported.
    Supported,
    /// Not supported; this lower version of the same context is (the highest such).
    Fallback(Oid<'a>),
    /// Neither the context nor a lower version of it is supported.
    NotSupported,
}

/// The family (all arcs but the last) and version (the last arc) of an application context
/// name such as `0.4.0.0.1.0.20.3` (MAP contexts: `... ac-Id version`).
fn family_and_version<'o>(oid: &Oid<'o>) -> Option<(&'o [u8], u64)> {
    let bytes = oid.as_bytes();
    let mut start = bytes.len().checked_sub(1)?;
    while start > 0 && bytes.get(start - 1).is_some_and(|b| b & 0x80 != 0) {
        start -= 1;
    }
    if start == 0 {
        return None; // two arcs only: no family
    }
    Some((bytes.get(..start)?, oid.arcs().last()?))
}

/// Matches `proposed` against `supported`: supported as is, or the highest supported lower
/// version of the same context (same arcs but the last, a lower last arc) to fall back to
/// (TS 29.002 AC negotiation, tcap.md §6), or not supported.
///
/// ```
/// use smsip_tcap::q774::{negotiate, Negotiation};
/// use smsip_ber::oid;
/// let v1 = oid!(0, 4, 0, 0, 1, 0, 20, 1);
/// let v2 = oid!(0, 4, 0, 0, 1, 0, 20, 2);
/// let v3 = oid!(0, 4, 0, 0, 1, 0, 20, 3);
/// let mt_v3 = oid!(0, 4, 0, 0, 1, 0, 25, 3);
/// assert_eq!(negotiate(v3, &[v1, v2, mt_v3]), Negotiation::Fallback(v2));
/// assert_eq!(negotiate(v2, &[v2]), Negotiation::Supported);
/// assert_eq!(negotiate(v1, &[v2, v3]), Negotiation::NotSupported);
/// ```
pub fn negotiate<'a>(proposed: Oid<'_>, supported: &[Oid<'a>]) -> Negotiation<'a> {
    if supported
        .iter()
        .any(|s| s.as_bytes() == proposed.as_bytes())
    {
        return Negotiation::Supported;
    }
    let Some((family, version)) = family_and_version(&proposed) else {
        return Negotiation::NotSupported;
    };
    supported
        .iter()
        .filter_map(|s| {
            let (f, v) = family_and_version(s)?;
            (f == family && v < version).then_some((v, *s))
        })
        .max_by_key(|(v, _)| *v)
        .map_or(Negotiation::NotSupported, |(_, s)| Negotiation::Fallback(s))
}

/// The answer to the AARQ of a Begin from `otid`, given the contexts the responder supports:
/// `None` when the dialogue can be accepted (answer then with an AARE accepted,
/// [`DialoguePortion::accepted`], in the first backward Continue or End); otherwise the Abort
/// refusing it:
///
/// * protocol version without version1: AARE reject-permanent, dialogue-service-provider
///   no-common-dialogue-portion, the proposed context (tcap.md §4);
/// * an unsupported context: AARE reject-permanent, dialogue-service-user
///   application-context-name-not-supported, naming the highest supported lower version of the
///   context to fall back to, or the proposed context when there is none (tcap.md §6).
///
/// ```
/// use smsip_tcap::{decode, q774, TcapMessage, DialoguePortion};
/// use smsip_ber::oid;
/// // tcap.md §7's Begin proposes shortMsgGatewayContext-v3; we support v2 only.
/// let begin = smsip_core::hex::decode(
///     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
///      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
///      89080C91447700094065 8B00").unwrap();
/// let TcapMessage::Begin(b) = decode(&begin)? else { panic!() };
/// let Some(DialoguePortion::Request(aarq)) = b.dialogue_portion else { panic!() };
/// let abort = q774::answer_aarq(b.otid, &aarq, &[oid!(0, 4, 0, 0, 1, 0, 20, 2)]).unwrap();
/// // The verified answer of tcap.md §6.
/// assert_eq!(abort.to_vec(), smsip_core::hex::decode(
///     "6732490400000001 6B2A2828060700118605010101A01D 611B 80020780 A109060704000001001402\
///      A203020101 A305A103020102").unwrap());
/// assert!(q774::answer_aarq(b.otid, &aarq, &[oid!(0, 4, 0, 0, 1, 0, 20, 3)]).is_none());
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
pub fn answer_aarq<'a>(
    otid: TransactionId,
    aarq: &Aarq<'a>,
    supported: &[Oid<'a>],
) -> Option<Abort<'a>> {
    let proposed = aarq.application_context_name;
    if !aarq.supports_version1() {
        return Some(Abort::user(
            otid,
            DialoguePortion::Response(Aare::no_common_dialogue_portion(proposed)),
        ));
    }
    match negotiate(proposed, supported) {
        Negotiation::Supported => None,
        Negotiation::Fallback(ac) => Some(Abort::application_context_not_supported(otid, ac)),
        Negotiation::NotSupported => Some(Abort::application_context_not_supported(otid, proposed)),
    }
}
