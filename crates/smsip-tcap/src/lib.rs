//! Zero-copy TCAP (ITU-T Q.773) as MAP uses it, on [`smsip_ber`]: the five messages with their
//! transaction IDs, the dialogue portion, the components, and the answers Q.774 mandates for
//! what cannot be decoded.
//!
//! * **Messages** ([`TcapMessage`]; Q.773 TCAPMessages, tcap.md §1–§2) — [`Unidirectional`],
//!   [`Begin`], [`Continue`], [`End`], [`Abort`] (a P-Abort cause, or a user abort carrying a
//!   dialogue portion); [`TransactionId`]s of 1 to 4 octets (other sizes are a typed error).
//! * **Dialogue portion** ([`DialoguePortion`]; DialoguePDUs, UnidialoguePDUs, tcap.md §4) — the
//!   EXTERNAL with dialogue-as-id carrying [`Aarq`], [`Aare`] (result, result-source-diagnostic)
//!   or [`Abrt`] (abort-source), or with uniDialogue-as-id carrying [`Audt`]; protocol version,
//!   application context name, and user information kept as borrowed raw elements (MAP's
//!   MAP-OPEN info; [`External::from_element`] opens them).
//! * **Components** ([`Component`], tcap.md §3) — [`Invoke`] (invoke ID, linked ID, local or
//!   global [`Code`], parameter as a borrowed BER [`Element`](smsip_ber::Element)),
//!   [`ReturnResult`] (last and not-last, with the optional (opcode, parameter) result),
//!   [`ReturnError`], [`Reject`] (invoke ID or NULL, the four [`Problem`] types with open-enum
//!   codes). [`Components`] decodes them lazily, fused on the first error.
//! * **Q.774** ([`q774`]) — pure functions: from a [`DecodeError`] the P-Abort, ABRT or Reject
//!   to send; the P-Abort for an unknown transaction ID; from an unsupported application context
//!   the AARE that tells the peer which version to fall back to (tcap.md §6).
//! * **State machines** ([`transaction`]) — sans-IO Q.774: the transaction sub-layer states of
//!   one transaction (checks of message type, dtid and otid, with the Q.774 answer of each
//!   violation) and the bounded table of pending invocations (operation classes, results,
//!   errors, Rejects of unknown invoke IDs, invocation timers on the caller's clock).
//!
//! ```
//! use smsip_tcap::{decode, q774, Code, Component, DialoguePortion, End, ReturnResult, TcapMessage};
//! use smsip_ber::{oid, Element};
//!
//! // The TC-BEGIN of tcap.md §7: SRI-SM in shortMsgGatewayContext-v3.
//! let begin = smsip_core::hex::decode(
//!     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
//!      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
//!      89080C91447700094065 8B00").unwrap();
//! let msg = decode(&begin)?;
//! let TcapMessage::Begin(b) = msg else { panic!("a Begin") };
//! let ac = b.dialogue_portion.and_then(|d| d.application_context_name()).unwrap();
//! assert_eq!(ac.to_string(), "0.4.0.0.1.0.20.3");
//! let Some(Ok(Component::Invoke(invoke))) = msg.components().next() else { panic!() };
//! assert_eq!((invoke.invoke_id, invoke.opcode), (1, Code::Local(45)));
//! let arg = invoke.parameter.unwrap(); // RoutingInfoForSM-Arg: MAP decodes it (ac, opcode)
//! assert_eq!(arg.raw(), &begin[50..]);
//!
//! // We support v2 only: the Abort of tcap.md §6 tells the peer to fall back.
//! let Some(DialoguePortion::Request(aarq)) = b.dialogue_portion else { panic!() };
//! let refusal = q774::answer_aarq(b.otid, &aarq, &[oid!(0, 4, 0, 0, 1, 0, 20, 2)]).unwrap();
//! assert_eq!(refusal.to_vec().len(), 52);
//!
//! // Answer in v3 instead: a TC-END with the AARE and a ReturnResultLast.
//! let res = [0x30, 0x03, 0x04, 0x01, 0x00];
//! let comps = [Component::ReturnResultLast(ReturnResult::new(1, Some((Code::Local(45), Element::from_ber(&res)?))))];
//! let end = End::new(b.otid).with_dialogue(DialoguePortion::accepted(ac)).with_components(&comps);
//! let mut buf = [0u8; 128];
//! let n = TcapMessage::End(end).encode_to_slice(&mut buf).unwrap();
//! assert_eq!(decode(&buf[..n])?, TcapMessage::End(end));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Decoding
//!
//! [`decode`] borrows the input and allocates nothing. The transaction portion and the dialogue
//! portion are decoded and checked at once; the component portion's framing is checked, its
//! components are decoded as [`TcapMessage::components`] is iterated. Definite lengths (short
//! and long form) and the indefinite form are accepted everywhere (tcap.md §5). Every error
//! has the octet offset from the start of the message, the Q.773 field name, and the
//! [`Portion`] with its Q.774 classification.
//!
//! # Encoding
//!
//! Through [`smsip_ber::BerWriter`] into any [`smsip_core::Sink`] (a `Vec<u8>` or a caller's
//! fixed buffer), always with definite, minimal lengths. A received message re-encodes to the
//! same octets when its encoding was definite throughout; the indefinite parts of a received
//! message are re-encoded definite. Received component portions, parameters and user
//! information are copied, not re-encoded, so what TCAP does not look into is kept byte for
//! byte. Builders ([`Begin::new`] and friends, [`DialoguePortion::request`], [`Invoke::new`],
//! [`Reject::invoke`], ...) make hand-built messages; built component lists borrow a slice.
//!
//! # Features
//!
//! `std` (default) implies `alloc`, which adds the `to_vec` helpers. Without both the crate is
//! `no_std` and allocation-free. `arbitrary` derives `arbitrary::Arbitrary` for the plain
//! value types (problem codes, causes, [`TransactionId`], [`Reject`], ...).
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod abort;
mod component;
mod dialogue;
mod error;
mod message;
pub mod q774;
mod raw;
mod reject;
pub mod transaction;
mod transaction_id;

pub use abort::{Abort, AbortReason, PAbortCause};
pub use component::{
    Code, Component, ComponentPortion, ComponentType, Components, Invoke, InvokeId,
    OperationResult, ReturnError, ReturnResult,
};
pub use dialogue::{
    Aare, Aarq, AbortSource, Abrt, AssociateResult, Audt, DialoguePortion, External,
    ExternalEncoding, ResultSourceDiagnostic, ServiceProviderDiagnostic, ServiceUserDiagnostic,
    DIALOGUE_AS_ID, UNIDIALOGUE_AS_ID, VERSION1,
};
pub use error::{DecodeError, ErrorKind, Portion};
pub use message::{decode, Begin, Continue, End, MessageType, TcapMessage, Unidirectional};
pub use reject::{
    GeneralProblem, InvokeProblem, Problem, Reject, ReturnErrorProblem, ReturnResultProblem,
};
pub use transaction_id::{TransactionId, TransactionIdSizeError};
