//! Sans-IO state machines of Q.774 for one dialogue: the **transaction sub-layer** state of one
//! transaction ([`Transaction`], Q.774 §3.3 and the TSM of Annex A, Figure A.4) and the
//! **component sub-layer** invocation state machines of the operations it sent
//! ([`InvocationTable`], Q.774 §3.2.1 and the ISM of Figure A.7).
//!
//! Nothing here does I/O, reads a clock or allocates: the caller says what it sends (the
//! methods hand back the message with its transaction IDs filled in, to complete with a
//! dialogue portion and components), feeds what it receives (decoded [`TcapMessage`]s, or the
//! [`DecodeError`] of what could not be decoded), and passes its own clock's `now` to
//! [`InvocationTable::poll_timeouts`]. Each received message gives either an [`Event`] (the
//! TR indication to act on) or a [`Violation`] carrying the Q.774 [`Answer`] to send (built by
//! the [`q774`] functions).
//!
//! # Transaction sub-layer (Q.774 §3.3, Figure A.4)
//!
//! | State | Sent by us | Received |
//! |---|---|---|
//! | Idle | Begin → InitiationSent | Begin → InitiationReceived ([`Event::Begun`]: the otid is the remote ID) |
//! | InitiationSent | End prearranged, Abort (local only: the peer's ID is unknown) → Terminated | Continue → Active ([`Event::Confirmed`]: its otid becomes the remote ID); End → Terminated ([`Event::Ended`]); Abort → Terminated ([`Event::Aborted`]) |
//! | InitiationReceived | Continue → Active; End basic (an End) or prearranged (nothing) → Terminated; Abort → Terminated | nothing: the peer does not know our ID yet |
//! | Active | Continue; End basic or prearranged → Terminated; Abort → Terminated | Continue with the remote ID as otid ([`Event::Continued`]); End → Terminated; Abort → Terminated |
//! | Terminated | nothing | nothing: our ID is released |
//!
//! What may not be received in a state, a dtid that is not our local ID, and a Continue whose
//! otid is not the remote ID learnt from the first backward Continue are [`Violation`]s that
//! leave the transaction as it was. Their answer is that of a message whose transaction ID
//! is not assigned (Q.774 §3.3.4, tcap.md §1): a P-Abort unrecognizedTransactionID to the
//! received otid for a Continue ([`q774::unrecognized_transaction_id`]), nothing for an End or
//! an Abort; a Begin or a Unidirectional never belongs to an existing transaction and is
//! discarded here (route a Begin to a new [`Transaction`]).
//!
//! A message that cannot be decoded goes to [`Transaction::receive_error`]: the answer is
//! [`q774::answer`]'s (P-Abort unrecognizedMessageType, badlyFormattedTransactionPortion or
//! incorrectTransactionPortion; an ABRT for a bad dialogue portion; a Reject for a bad
//! component). When a transaction or dialogue portion error is in a message of this
//! transaction (its derivable dtid is our ID while the peer knows it, or a Begin fed to an
//! idle transaction), the transaction is terminated too (TR-P-ABORT to the TC-user,
//! [`Violation::terminated`]).
//!
//! # Component sub-layer (Q.774 §3.2.1, §3.2.2.2, Figure A.7; Q.771 / X.880 operation classes)
//!
//! [`InvocationTable`] holds up to `N` pending invocations (our Invokes waiting for an answer),
//! keyed by invoke ID, each with its operation code (any `Op: Copy`: MAP's `OpCode`, a `Code`'s
//! local value, ...), its [`OperationClass`] and its deadline on the caller's clock (any
//! `T: Copy + Ord`; `u64` by default, `core::time::Duration` works too). Received components
//! are matched with [`InvocationTable::receive`] (or the per-kind `on_*` methods):
//!
//! | Received | Pending invocation | Outcome |
//! |---|---|---|
//! | ReturnResultNotLast | class 1 or 3 | [`ComponentOutcome::ResultNotLast`]; stays pending |
//! | ReturnResultLast | class 1 or 3 | [`ComponentOutcome::ResultLast`]; completed |
//! | ReturnResult (either) | class 2 or 4 | Reject returnResult returnResultUnexpected; completed (terminated) |
//! | ReturnResult (either) | none | Reject returnResult unrecognizedInvokeID |
//! | ReturnError | class 1 or 2 | [`ComponentOutcome::Error`]; completed |
//! | ReturnError | class 3 or 4 | Reject returnError returnErrorUnexpected; completed (terminated) |
//! | ReturnError | none | Reject returnError unrecognizedInvokeID |
//! | Reject, invoke or general problem | yes | [`ComponentOutcome::Rejected`]; completed |
//! | Reject, any other | — | [`ComponentOutcome::PeerReject`]: for the TC-user, never answered (a Reject is not rejected) |
//! | Invoke with a linked ID | none with that ID | Reject invoke unrecognizedLinkedID |
//! | Invoke | — | [`ComponentOutcome::Invoke`]: for the TC-user |
//!
//! [`InvocationTable::poll_timeouts`] removes and yields the invocations whose deadline has
//! passed (the invocation timer: TC-L-CANCEL to the TC-user; for class 2 and 4 operations the
//! normal end when no error came). [`InvocationTable::lookup`] is the closure
//! `FnMut(InvokeId) -> Option<Op>` that typed decoders of ReturnResults and ReturnErrors take
//! (smsip-map's `MapMessage::components_with`).
//!
//! The ISM's "wait for reject" state (the invoke ID held for the reject timer after the last
//! answer, so the TC-user may still reject that answer) is not modelled: the invocation is
//! completed at once. [`InvocationTable::allocate_id`] goes round the 256 invoke IDs from the
//! last one handed out, so a just-completed ID is the last to be reused.
//!
//! # Example
//!
//! An IP-SM-GW sending an MO short message to the SMS-IWMSC: a Begin with the AARQ only (as MAP
//! does when the invoke does not fit), the Continue with the AARE that confirms the dialogue, a
//! Continue with the mo-ForwardSM invoke, and the End with its ReturnResultLast.
//!
//! ```
//! use smsip_ber::{oid, Element};
//! use smsip_tcap::transaction::{
//!     ComponentOutcome, EndKind, Event, InvocationTable, OperationClass, Transaction,
//!     TransactionState,
//! };
//! use smsip_tcap::{decode, Code, Component, Continue, DialoguePortion, End, Invoke,
//!     ReturnResult, TcapMessage, TransactionId};
//!
//! let mo_relay_v3 = oid!(0, 4, 0, 0, 1, 0, 21, 3); // shortMsgMO-RelayContext-v3
//! let mut tx = Transaction::new(TransactionId::from_u32(7));
//! let mut pending: InvocationTable<i64, 8> = InvocationTable::new(); // Op: the local opcode
//! let mut out = [0u8; 256];
//! let mut peer_buf = [0u8; 256];
//!
//! // TC-BEGIN with the AARQ (Q.774 Figure A.4: idle -> initiation sent).
//! let begin = tx.send_begin()?.with_dialogue(DialoguePortion::request(mo_relay_v3));
//! let n = TcapMessage::Begin(begin).encode_to_slice(&mut out)?;
//! assert_eq!(out[..n][..8], [0x62, 0x26, 0x48, 0x04, 0x00, 0x00, 0x00, 0x07]);
//! assert_eq!(tx.state(), TransactionState::InitiationSent);
//!
//! // The IWMSC's first backward Continue: its otid becomes our remote ID.
//! let iwmsc = TransactionId::new(&[0x0A, 0x0B])?;
//! let confirm = Continue::new(iwmsc, TransactionId::from_u32(7))
//!     .with_dialogue(DialoguePortion::accepted(mo_relay_v3));
//! let n = TcapMessage::Continue(confirm).encode_to_slice(&mut peer_buf)?;
//! let msg = decode(&peer_buf[..n])?;
//! assert_eq!(tx.receive(&msg)?, Event::Confirmed { remote: iwmsc });
//! assert_eq!(tx.state(), TransactionState::Active);
//!
//! // TC-INVOKE mo-ForwardSM (46, class 1) with a 60 s invocation timer on our clock, in a Continue.
//! let now = 1_000u64;
//! let id = pending.invoke(46, OperationClass::Class1, now + 60_000)?;
//! let arg = [0x30, 0x03, 0x04, 0x01, 0x00]; // stands for the MO-ForwardSM-Arg
//! let comps = [Component::Invoke(Invoke::new(id, Code::Local(46), Some(Element::from_ber(&arg)?)))];
//! let cont = tx.send_continue()?.with_components(&comps);
//! assert_eq!((cont.otid, cont.dtid), (TransactionId::from_u32(7), iwmsc));
//! let n = TcapMessage::Continue(cont).encode_to_slice(&mut out)?;
//! # let _ = n;
//!
//! // The IWMSC ends the dialogue with the empty result (MO-ForwardSM-Res is optional).
//! let answer = [Component::ReturnResultLast(ReturnResult::new(id, None))];
//! let end = End::new(TransactionId::from_u32(7)).with_components(&answer);
//! let n = TcapMessage::End(end).encode_to_slice(&mut peer_buf)?;
//! let msg = decode(&peer_buf[..n])?;
//! // What a typed decoder (smsip-map's components_with) calls for a result without opcode:
//! assert_eq!(pending.lookup()(id), Some(46));
//! assert_eq!(tx.receive(&msg)?, Event::Ended);
//! for c in msg.components() {
//!     match pending.receive(&c?) {
//!         ComponentOutcome::ResultLast { invocation } => assert_eq!(invocation.op, 46),
//!         other => panic!("unexpected {other:?}"),
//!     }
//! }
//! assert!(pending.is_empty());
//! assert_eq!(tx.state(), TransactionState::Terminated);
//! // Terminated is absorbing: nothing more can be sent.
//! assert!(tx.send_end(EndKind::Basic).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use crate::q774::{self, Answer};
use crate::{
    Abort, AbortReason, Begin, Component, Continue, DecodeError, End, InvokeId, InvokeProblem,
    MessageType, Portion, Problem, Reject, ReturnErrorProblem, ReturnResultProblem, TcapMessage,
    TransactionId,
};

// ---------------------------------------------------------------------------------------------
// Transaction sub-layer
// ---------------------------------------------------------------------------------------------

/// The states of one transaction (Q.774 §3.3, the TSM of Figure A.4), and the terminal
/// state after it has ended (the TSM is released: Q.774's Idle again, but the local ID is no
/// longer assigned, so this machine never starts over).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TransactionState {
    /// Nothing sent or received yet.
    Idle,
    /// We sent the Begin; waiting for the first backward Continue (or an End or Abort).
    InitiationSent,
    /// We received the Begin; our first Continue (or an End or Abort) answers it.
    InitiationReceived,
    /// Both IDs known: Continues flow both ways.
    Active,
    /// Ended, aborted or refused: absorbing.
    Terminated,
}

impl TransactionState {
    /// The Q.774 name of the state.
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            TransactionState::Idle => "idle",
            TransactionState::InitiationSent => "initiation sent",
            TransactionState::InitiationReceived => "initiation received",
            TransactionState::Active => "active",
            TransactionState::Terminated => "terminated",
        }
    }

    /// True in the terminal state.
    #[inline]
    pub const fn is_terminated(self) -> bool {
        matches!(self, TransactionState::Terminated)
    }
}

impl fmt::Display for TransactionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How the TC-user ends a transaction (Q.774 §3.3, TR-END request "termination").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndKind {
    /// Basic end: an End message is sent (its dtid is the remote ID).
    Basic,
    /// Prearranged end: both sides know the transaction is over; nothing is sent.
    Prearranged,
}

/// What the TC-user asked to send, in a [`SendError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sending {
    /// A Begin (TR-BEGIN request).
    Begin,
    /// A Continue (TR-CONTINUE request).
    Continue,
    /// An End (TR-END request), basic or prearranged.
    End(EndKind),
    /// An Abort (TR-U-ABORT request).
    Abort,
}

impl fmt::Display for Sending {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Sending::Begin => "a Begin",
            Sending::Continue => "a Continue",
            Sending::End(EndKind::Basic) => "an End (basic)",
            Sending::End(EndKind::Prearranged) => "an End (prearranged)",
            Sending::Abort => "an Abort",
        })
    }
}

/// A request the transaction's state does not allow (Q.774 Figure A.4: e.g. a Continue before the
/// peer's ID is known, a basic End in initiation sent, anything once terminated). The state is
/// unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot send {sending} in state {state}")]
#[non_exhaustive]
pub struct SendError {
    /// The state the transaction is (and stays) in.
    pub state: TransactionState,
    /// What was asked.
    pub sending: Sending,
}

/// What a received message means for the transaction: the TR indication for the TC-user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// A Begin started the transaction (TR-BEGIN indication): now initiation received.
    Begun {
        /// The peer's ID (the Begin's otid): the dtid of everything we send.
        remote: TransactionId,
    },
    /// The first backward Continue confirmed the transaction (TR-CONTINUE indication): now
    /// active.
    Confirmed {
        /// The peer's ID (the Continue's otid): the dtid of everything we send from now on.
        remote: TransactionId,
    },
    /// A Continue in the active state (TR-CONTINUE indication).
    Continued,
    /// An End (TR-END indication): terminated.
    Ended,
    /// An Abort (TR-P-ABORT indication for a P-Abort cause, TR-U-ABORT otherwise): terminated.
    Aborted {
        /// The Abort's reason: a P-Abort cause, a user abort's dialogue portion, or none.
        reason: Option<AbortReason<'a>>,
    },
}

/// What was wrong with a received message (see [`Violation`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// The message's dtid is not this transaction's local ID.
    WrongDtid {
        /// Our local ID.
        expected: TransactionId,
        /// The dtid received.
        found: TransactionId,
    },
    /// The message type may not be received in this state (including every message once
    /// terminated, and Continue/End/Abort before the peer can know our ID).
    UnexpectedMessage {
        /// The state the transaction is (and stays) in.
        state: TransactionState,
        /// The message type received.
        message: MessageType,
    },
    /// A Continue in the active state whose otid is not the remote ID set by the first
    /// backward Continue.
    OtidChanged {
        /// The remote ID learnt from the first backward Continue (or the Begin).
        expected: Option<TransactionId>,
        /// The otid received.
        found: TransactionId,
    },
    /// The message could not be decoded.
    Undecodable(DecodeError),
}

impl fmt::Display for ViolationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViolationKind::WrongDtid { expected, found } => {
                write!(f, "dtid {found} is not this transaction's ID {expected}")
            }
            ViolationKind::UnexpectedMessage { state, message } => {
                write!(f, "{message:?} not allowed in state {state}")
            }
            ViolationKind::OtidChanged {
                expected: Some(expected),
                found,
            } => write!(f, "Continue from otid {found}, the peer's ID is {expected}"),
            ViolationKind::OtidChanged {
                expected: None,
                found,
            } => write!(f, "Continue from otid {found}, the peer's ID is not known"),
            ViolationKind::Undecodable(e) => write!(f, "undecodable message: {e}"),
        }
    }
}

/// A received message that the transaction refuses, with the Q.774 answer to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
#[non_exhaustive]
pub struct Violation {
    /// What was wrong.
    pub kind: ViolationKind,
    /// What to send back: an Abort to the received otid (P-Abort or ABRT), a Reject (for an
    /// undecodable component, in our next Continue or End), or nothing.
    pub answer: Answer<'static>,
    /// True when the violation terminated the transaction (the TC-user gets a TR-P-ABORT
    /// indication); otherwise the transaction is unchanged.
    pub terminated: bool,
}

impl Violation {
    #[inline]
    const fn new(kind: ViolationKind, answer: Answer<'static>) -> Self {
        Violation {
            kind,
            answer,
            terminated: false,
        }
    }

    /// The Abort to send, if the answer is one.
    #[inline]
    pub const fn abort(&self) -> Option<Abort<'static>> {
        match self.answer {
            Answer::Abort(a) => Some(a),
            _ => None,
        }
    }
}

/// One transaction's Q.774 state machine (Figure A.4): the local ID (ours, chosen by the
/// caller), the remote ID once learnt, and the state.
///
/// ```
/// use smsip_tcap::transaction::{EndKind, Event, Transaction, TransactionState};
/// use smsip_tcap::{decode, TransactionId};
/// // Responder side: tcap.md §7's Begin arrives at the transaction we made for it.
/// let begin = smsip_core::hex::decode(
///     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
///      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
///      89080C91447700094065 8B00").unwrap();
/// let mut tx = Transaction::new(TransactionId::new(&[0x0A, 0x0B])?);
/// let ev = tx.receive(&decode(&begin)?)?;
/// assert_eq!(ev, Event::Begun { remote: TransactionId::from_u32(1) });
/// let end = tx.send_end(EndKind::Basic)?.unwrap();
/// assert_eq!(end.dtid, TransactionId::from_u32(1));
/// assert_eq!(tx.state(), TransactionState::Terminated);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transaction {
    local: TransactionId,
    remote: Option<TransactionId>,
    state: TransactionState,
}

impl Transaction {
    /// An idle transaction with our `local` ID (the otid of what we send, the dtid of what we
    /// receive; allocating it is the caller's).
    #[inline]
    pub const fn new(local: TransactionId) -> Self {
        Transaction {
            local,
            remote: None,
            state: TransactionState::Idle,
        }
    }

    /// The state.
    #[inline]
    pub const fn state(&self) -> TransactionState {
        self.state
    }

    /// Our ID.
    #[inline]
    pub const fn local_id(&self) -> TransactionId {
        self.local
    }

    /// The peer's ID, once learnt (the otid of its Begin or of its first Continue).
    #[inline]
    pub const fn remote_id(&self) -> Option<TransactionId> {
        self.remote
    }

    /// True once the transaction has ended (absorbing).
    #[inline]
    pub const fn is_terminated(&self) -> bool {
        self.state.is_terminated()
    }

    const fn refuse(&self, sending: Sending) -> SendError {
        SendError {
            state: self.state,
            sending,
        }
    }

    /// TR-BEGIN request: the Begin to send (otid = our ID; add the dialogue portion and the
    /// components). Idle only; then initiation sent.
    pub fn send_begin<'a>(&mut self) -> Result<Begin<'a>, SendError> {
        match self.state {
            TransactionState::Idle => {
                self.state = TransactionState::InitiationSent;
                Ok(Begin::new(self.local))
            }
            _ => Err(self.refuse(Sending::Begin)),
        }
    }

    /// TR-CONTINUE request: the Continue to send (otid = our ID, dtid = the peer's). In
    /// initiation received (the first backward Continue: then active) and active.
    pub fn send_continue<'a>(&mut self) -> Result<Continue<'a>, SendError> {
        match (self.state, self.remote) {
            (TransactionState::InitiationReceived | TransactionState::Active, Some(remote)) => {
                self.state = TransactionState::Active;
                Ok(Continue::new(self.local, remote))
            }
            _ => Err(self.refuse(Sending::Continue)),
        }
    }

    /// TR-END request: for a basic end the End to send (dtid = the peer's ID; initiation
    /// received or active), for a prearranged end nothing (also in initiation sent). Then
    /// terminated.
    pub fn send_end<'a>(&mut self, kind: EndKind) -> Result<Option<End<'a>>, SendError> {
        use TransactionState as S;
        let end = match (self.state, kind, self.remote) {
            (S::InitiationReceived | S::Active, EndKind::Basic, Some(remote)) => {
                Some(End::new(remote))
            }
            (S::InitiationSent | S::InitiationReceived | S::Active, EndKind::Prearranged, _) => {
                None
            }
            _ => return Err(self.refuse(Sending::End(kind))),
        };
        self.state = S::Terminated;
        Ok(end)
    }

    /// TR-U-ABORT request: the Abort to send (dtid = the peer's ID, no reason: set a user
    /// abort's dialogue portion with [`Abort::user`] on its dtid), or nothing in initiation
    /// sent, where the peer's ID is not known and the transaction ends locally (Q.774
    /// Figure A.4).
    /// Then terminated.
    pub fn send_abort<'a>(&mut self) -> Result<Option<Abort<'a>>, SendError> {
        use TransactionState as S;
        let abort = match (self.state, self.remote) {
            (S::InitiationSent, _) => None,
            (S::InitiationReceived | S::Active, Some(remote)) => Some(Abort::new(remote)),
            _ => return Err(self.refuse(Sending::Abort)),
        };
        self.state = S::Terminated;
        Ok(abort)
    }

    /// Feeds a received message (its dtid, if any, should be our ID: the caller routes by
    /// dtid, and a Begin to a new transaction). Returns the TR indication, or the
    /// [`Violation`] with the answer Q.774 mandates (the transaction is then unchanged).
    // The violation holds the answer by value (an Abort may carry a dialogue portion): boxing
    // it would allocate, and the event is of the same order of size.
    #[allow(clippy::result_large_err)]
    pub fn receive<'a>(&mut self, msg: &TcapMessage<'a>) -> Result<Event<'a>, Violation> {
        use TransactionState as S;
        if let Some(dtid) = msg.dtid() {
            if dtid != self.local {
                return Err(Violation::new(
                    ViolationKind::WrongDtid {
                        expected: self.local,
                        found: dtid,
                    },
                    unassigned(msg),
                ));
            }
        }
        match (self.state, msg) {
            (S::Idle, TcapMessage::Begin(b)) => {
                self.remote = Some(b.otid);
                self.state = S::InitiationReceived;
                Ok(Event::Begun { remote: b.otid })
            }
            (S::InitiationSent, TcapMessage::Continue(c)) => {
                self.remote = Some(c.otid);
                self.state = S::Active;
                Ok(Event::Confirmed { remote: c.otid })
            }
            (S::Active, TcapMessage::Continue(c)) => {
                if self.remote == Some(c.otid) {
                    Ok(Event::Continued)
                } else {
                    Err(Violation::new(
                        ViolationKind::OtidChanged {
                            expected: self.remote,
                            found: c.otid,
                        },
                        unassigned(msg),
                    ))
                }
            }
            (S::InitiationSent | S::Active, TcapMessage::End(_)) => {
                self.state = S::Terminated;
                Ok(Event::Ended)
            }
            (S::InitiationSent | S::Active, TcapMessage::Abort(a)) => {
                self.state = S::Terminated;
                Ok(Event::Aborted { reason: a.reason })
            }
            (state, _) => Err(Violation::new(
                ViolationKind::UnexpectedMessage {
                    state,
                    message: msg.message_type(),
                },
                unassigned(msg),
            )),
        }
    }

    /// Feeds a message that could not be decoded (`bytes`, and the error of [`decode`] or of
    /// iterating its components). The answer is [`q774::answer`]'s. A transaction-portion or
    /// dialogue-portion error in a message of this transaction terminates it
    /// ([`Violation::terminated`]: TR-P-ABORT to the TC-user): a message whose derivable dtid
    /// is our ID while the peer knows it (initiation sent, active), or a Begin fed to an idle
    /// transaction. Other errors leave the transaction unchanged.
    ///
    /// ```
    /// use smsip_tcap::transaction::{Transaction, TransactionState};
    /// use smsip_tcap::{decode, q774, PAbortCause, TransactionId};
    /// let mut tx = Transaction::new(TransactionId::from_u32(1));
    /// tx.send_begin()?;
    /// // A Continue to us, of an unknown message type ([APPLICATION 6]).
    /// let bytes = [0x66, 0x0C, 0x48, 0x04, 0, 0, 0, 9, 0x49, 0x04, 0, 0, 0, 1];
    /// let err = decode(&bytes).unwrap_err();
    /// let v = tx.receive_error(&bytes, &err);
    /// assert!(v.terminated);
    /// assert_eq!(v.abort().unwrap().p_abort_cause(), Some(PAbortCause::UNRECOGNIZED_MESSAGE_TYPE));
    /// assert_eq!(tx.state(), TransactionState::Terminated);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// [`decode`]: crate::decode
    pub fn receive_error(&mut self, bytes: &[u8], err: &DecodeError) -> Violation {
        use TransactionState as S;
        let mut v = Violation::new(ViolationKind::Undecodable(*err), q774::answer(bytes, err));
        if matches!(err.portion, Portion::Component { .. }) {
            return v;
        }
        let ids = q774::derive_ids(bytes);
        let ours = match (ids.message_type, self.state) {
            (Some(MessageType::Begin), state) => state == S::Idle,
            (_, S::InitiationSent | S::Active) => ids.dtid == Some(self.local),
            _ => false,
        };
        if ours {
            self.state = S::Terminated;
            v.terminated = true;
        }
        v
    }
}

/// The answer to a message whose transaction ID is not assigned to a transaction the peer
/// can address (Q.774 §3.3.4; tcap.md §1).
fn unassigned(msg: &TcapMessage<'_>) -> Answer<'static> {
    q774::unrecognized_transaction_id(msg).map_or(Answer::Discard, Answer::Abort)
}

// ---------------------------------------------------------------------------------------------
// Component sub-layer: invocations
// ---------------------------------------------------------------------------------------------

/// The operation classes (Q.771, X.880): which outcomes of an operation are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperationClass {
    /// Class 1: success (ReturnResult) and failure (ReturnError) are reported.
    Class1,
    /// Class 2: only failure is reported.
    Class2,
    /// Class 3: only success is reported.
    Class3,
    /// Class 4: neither is reported.
    Class4,
}

impl OperationClass {
    /// The class of its number (1 to 4).
    #[inline]
    pub const fn from_number(n: u8) -> Option<Self> {
        match n {
            1 => Some(OperationClass::Class1),
            2 => Some(OperationClass::Class2),
            3 => Some(OperationClass::Class3),
            4 => Some(OperationClass::Class4),
            _ => None,
        }
    }

    /// The class number (1 to 4).
    #[inline]
    pub const fn number(self) -> u8 {
        match self {
            OperationClass::Class1 => 1,
            OperationClass::Class2 => 2,
            OperationClass::Class3 => 3,
            OperationClass::Class4 => 4,
        }
    }

    /// True when success is reported (ReturnResult expected): classes 1 and 3.
    #[inline]
    pub const fn reports_success(self) -> bool {
        matches!(self, OperationClass::Class1 | OperationClass::Class3)
    }

    /// True when failure is reported (ReturnError expected): classes 1 and 2.
    #[inline]
    pub const fn reports_failure(self) -> bool {
        matches!(self, OperationClass::Class1 | OperationClass::Class2)
    }
}

/// One pending invocation: an Invoke we sent, waiting for its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Invocation<Op, T = u64> {
    /// The invoke ID.
    pub invoke_id: InvokeId,
    /// The operation.
    pub op: Op,
    /// The operation class.
    pub class: OperationClass,
    /// When the invocation timer expires, on the caller's clock.
    pub deadline: T,
}

/// Why an invocation could not be registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvocationError {
    /// The table holds `capacity` pending invocations already.
    #[error("invocation table full ({capacity} pending)")]
    Full {
        /// The table's capacity.
        capacity: usize,
    },
    /// The invoke ID is already pending (X.880: unique among the outstanding invocations).
    #[error("invoke ID {0} is already pending")]
    DuplicateInvokeId(InvokeId),
    /// All 256 invoke IDs are pending.
    #[error("no free invoke ID")]
    NoFreeInvokeId,
}

/// What a received component means for the pending invocations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComponentOutcome<Op, T = u64> {
    /// An Invoke of the peer (its linked ID, if any, is pending): TC-INVOKE indication.
    Invoke,
    /// A ReturnResultNotLast of a pending invocation (TC-RESULT-NL); it stays pending.
    ResultNotLast {
        /// The invocation, still pending.
        invocation: Invocation<Op, T>,
    },
    /// A ReturnResultLast (TC-RESULT-L); the invocation is completed.
    ResultLast {
        /// The completed invocation.
        invocation: Invocation<Op, T>,
    },
    /// A ReturnError (TC-U-ERROR); the invocation is completed.
    Error {
        /// The completed invocation.
        invocation: Invocation<Op, T>,
    },
    /// A Reject of our Invoke (TC-R-REJECT or TC-U-REJECT); the invocation is completed.
    Rejected {
        /// The completed invocation.
        invocation: Invocation<Op, T>,
        /// The Reject received.
        reject: Reject,
    },
    /// A Reject that concerns no pending invocation (it rejects a ReturnResult or ReturnError
    /// we sent, or names an unknown or no invoke ID): for the TC-user, never answered (Q.774
    /// §3.2.2.2: a Reject is not rejected).
    PeerReject {
        /// The Reject received.
        reject: Reject,
    },
    /// The component is refused: send this Reject in the next Continue or End (TC-L-REJECT
    /// indication to the TC-user).
    SendReject {
        /// The Reject to send.
        reject: Reject,
        /// The invocation it terminated (a result or error its class does not report).
        terminated: Option<Invocation<Op, T>>,
    },
}

impl<Op, T> ComponentOutcome<Op, T> {
    /// The Reject to send, if any.
    #[inline]
    pub const fn reject_to_send(&self) -> Option<Reject> {
        match self {
            ComponentOutcome::SendReject { reject, .. } => Some(*reject),
            _ => None,
        }
    }

    /// The invocation the component concerned, pending or completed.
    #[inline]
    pub const fn invocation(&self) -> Option<&Invocation<Op, T>> {
        match self {
            ComponentOutcome::ResultNotLast { invocation }
            | ComponentOutcome::ResultLast { invocation }
            | ComponentOutcome::Error { invocation }
            | ComponentOutcome::Rejected { invocation, .. } => Some(invocation),
            ComponentOutcome::SendReject { terminated, .. } => terminated.as_ref(),
            ComponentOutcome::Invoke | ComponentOutcome::PeerReject { .. } => None,
        }
    }
}

/// The pending invocations of one dialogue: at most `N`, without allocation (Q.774 §3.2.1,
/// Figure A.7: one invocation state machine per invoke ID; `T` is the caller's clock, `u64` by
/// default).
///
/// ```
/// use smsip_tcap::transaction::{ComponentOutcome, InvocationTable, OperationClass};
/// use smsip_tcap::{ReturnResultProblem, Reject};
/// let mut t: InvocationTable<u8, 4> = InvocationTable::new();
/// let id = t.invoke(45, OperationClass::Class1, 100)?;
/// assert_eq!(t.op(id), Some(45));
/// assert_eq!(
///     t.on_result(id.wrapping_add(1), true),
///     ComponentOutcome::SendReject {
///         reject: Reject::return_result(id.wrapping_add(1), ReturnResultProblem::UNRECOGNIZED_INVOKE_ID),
///         terminated: None,
///     }
/// );
/// let expired: Vec<_> = t.poll_timeouts(100).collect(); // TC-L-CANCEL
/// assert_eq!(expired.len(), 1);
/// assert!(t.is_empty());
/// # Ok::<(), smsip_tcap::transaction::InvocationError>(())
/// ```
#[derive(Debug, Clone)]
pub struct InvocationTable<Op, const N: usize, T = u64> {
    slots: [Option<Invocation<Op, T>>; N],
    next_id: InvokeId,
}

impl<Op: Copy, const N: usize, T: Copy + Ord> Default for InvocationTable<Op, N, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Op: Copy, const N: usize, T: Copy + Ord> InvocationTable<Op, N, T> {
    const EMPTY: Option<Invocation<Op, T>> = None;

    /// An empty table; [`allocate_id`](Self::allocate_id) starts at invoke ID 1.
    #[inline]
    pub const fn new() -> Self {
        InvocationTable {
            slots: [Self::EMPTY; N],
            next_id: 1,
        }
    }

    /// The capacity `N`.
    #[inline]
    pub const fn capacity(&self) -> usize {
        N
    }

    /// The number of pending invocations.
    #[inline]
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }

    /// True when nothing is pending.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(Option::is_none)
    }

    /// True when no invocation can be added.
    #[inline]
    pub fn is_full(&self) -> bool {
        self.slots.iter().all(Option::is_some)
    }

    /// The pending invocation with this invoke ID.
    #[inline]
    pub fn get(&self, invoke_id: InvokeId) -> Option<&Invocation<Op, T>> {
        self.slots
            .iter()
            .flatten()
            .find(|i| i.invoke_id == invoke_id)
    }

    /// True when this invoke ID is pending.
    #[inline]
    pub fn contains(&self, invoke_id: InvokeId) -> bool {
        self.get(invoke_id).is_some()
    }

    /// The operation of the pending invocation with this invoke ID.
    #[inline]
    pub fn op(&self, invoke_id: InvokeId) -> Option<Op> {
        self.get(invoke_id).map(|i| i.op)
    }

    /// The lookup closure of typed component decoders (smsip-map's
    /// `MapMessage::components_with(table.lookup())`): the operation of a pending invocation
    /// by invoke ID. It borrows the table; to update the table while iterating, look up in a
    /// clone.
    #[inline]
    pub fn lookup(&self) -> impl FnMut(InvokeId) -> Option<Op> + '_ {
        move |id| self.op(id)
    }

    /// The pending invocations, in no particular order.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = &Invocation<Op, T>> + '_ {
        self.slots.iter().flatten()
    }

    /// The earliest deadline among the pending invocations (when to poll next).
    #[inline]
    pub fn next_deadline(&self) -> Option<T> {
        self.iter().map(|i| i.deadline).min()
    }

    /// A free invoke ID: the first one not pending, going round the 256 values (127 wraps to
    /// -128) from the one after the last handed out. Nothing is registered.
    pub fn allocate_id(&mut self) -> Result<InvokeId, InvocationError> {
        if self.is_full() {
            return Err(InvocationError::Full { capacity: N });
        }
        let mut id = self.next_id;
        for _ in 0..=u8::MAX {
            if !self.contains(id) {
                self.next_id = id.wrapping_add(1);
                return Ok(id);
            }
            id = id.wrapping_add(1);
        }
        Err(InvocationError::NoFreeInvokeId)
    }

    /// Registers a sent Invoke (TC-INVOKE request: the ISM leaves idle, the invocation timer
    /// runs until `deadline`).
    pub fn register(
        &mut self,
        invoke_id: InvokeId,
        op: Op,
        class: OperationClass,
        deadline: T,
    ) -> Result<(), InvocationError> {
        if self.contains(invoke_id) {
            return Err(InvocationError::DuplicateInvokeId(invoke_id));
        }
        let Some(slot) = self.slots.iter_mut().find(|s| s.is_none()) else {
            return Err(InvocationError::Full { capacity: N });
        };
        *slot = Some(Invocation {
            invoke_id,
            op,
            class,
            deadline,
        });
        Ok(())
    }

    /// [`allocate_id`](Self::allocate_id) then [`register`](Self::register): the invoke ID of
    /// the Invoke to send.
    pub fn invoke(
        &mut self,
        op: Op,
        class: OperationClass,
        deadline: T,
    ) -> Result<InvokeId, InvocationError> {
        let id = self.allocate_id()?;
        self.register(id, op, class, deadline)?;
        Ok(id)
    }

    /// Removes the pending invocation with this invoke ID (TC-U-CANCEL request), returning it.
    pub fn cancel(&mut self, invoke_id: InvokeId) -> Option<Invocation<Op, T>> {
        self.slots
            .iter_mut()
            .find(|s| s.is_some_and(|i| i.invoke_id == invoke_id))
            .and_then(Option::take)
    }

    /// Removes every pending invocation (the dialogue ended or was aborted: Q.774 §3.2.1
    /// terminates its ISMs).
    pub fn clear(&mut self) {
        for s in &mut self.slots {
            *s = None;
        }
    }

    /// Removes and yields the invocations whose deadline is at or before `now` (invocation
    /// timer expiry: TC-L-CANCEL indication). Allocation-free; expired invocations left when
    /// the iterator is dropped early are yielded by the next poll.
    #[inline]
    pub fn poll_timeouts(&mut self, now: T) -> Expired<'_, Op, N, T> {
        Expired {
            table: self,
            now,
            index: 0,
        }
    }

    /// A received ReturnResultLast (`last`) or ReturnResultNotLast with this invoke ID.
    pub fn on_result(&mut self, invoke_id: InvokeId, last: bool) -> ComponentOutcome<Op, T> {
        match self.get(invoke_id).copied() {
            None => ComponentOutcome::SendReject {
                reject: Reject::return_result(
                    invoke_id,
                    ReturnResultProblem::UNRECOGNIZED_INVOKE_ID,
                ),
                terminated: None,
            },
            Some(i) if !i.class.reports_success() => ComponentOutcome::SendReject {
                reject: Reject::return_result(
                    invoke_id,
                    ReturnResultProblem::RETURN_RESULT_UNEXPECTED,
                ),
                terminated: self.cancel(invoke_id),
            },
            Some(invocation) if !last => ComponentOutcome::ResultNotLast { invocation },
            Some(invocation) => {
                self.cancel(invoke_id);
                ComponentOutcome::ResultLast { invocation }
            }
        }
    }

    /// A received ReturnError with this invoke ID.
    pub fn on_error(&mut self, invoke_id: InvokeId) -> ComponentOutcome<Op, T> {
        match self.get(invoke_id).copied() {
            None => ComponentOutcome::SendReject {
                reject: Reject::return_error(invoke_id, ReturnErrorProblem::UNRECOGNIZED_INVOKE_ID),
                terminated: None,
            },
            Some(i) if !i.class.reports_failure() => ComponentOutcome::SendReject {
                reject: Reject::return_error(
                    invoke_id,
                    ReturnErrorProblem::RETURN_ERROR_UNEXPECTED,
                ),
                terminated: self.cancel(invoke_id),
            },
            Some(invocation) => {
                self.cancel(invoke_id);
                ComponentOutcome::Error { invocation }
            }
        }
    }

    /// A received Reject. With an invoke or general problem and the ID of a pending invocation
    /// it rejects our Invoke (completed); otherwise it concerns something else and is passed
    /// to the TC-user unanswered.
    pub fn on_reject(&mut self, reject: Reject) -> ComponentOutcome<Op, T> {
        let ours = matches!(reject.problem, Problem::Invoke(_) | Problem::General(_));
        match reject.invoke_id {
            Some(id) if ours => match self.cancel(id) {
                Some(invocation) => ComponentOutcome::Rejected { invocation, reject },
                None => ComponentOutcome::PeerReject { reject },
            },
            _ => ComponentOutcome::PeerReject { reject },
        }
    }

    /// A received Invoke: refused with invoke problem unrecognizedLinkedID when its linked ID
    /// is not pending, otherwise for the TC-user.
    pub fn on_invoke(
        &mut self,
        invoke_id: InvokeId,
        linked_id: Option<InvokeId>,
    ) -> ComponentOutcome<Op, T> {
        match linked_id {
            Some(l) if !self.contains(l) => ComponentOutcome::SendReject {
                reject: Reject::invoke(invoke_id, InvokeProblem::UNRECOGNIZED_LINKED_ID),
                terminated: None,
            },
            _ => ComponentOutcome::Invoke,
        }
    }

    /// Matches a received component against the pending invocations (see the module table).
    pub fn receive(&mut self, component: &Component<'_>) -> ComponentOutcome<Op, T> {
        match component {
            Component::Invoke(i) => self.on_invoke(i.invoke_id, i.linked_id),
            Component::ReturnResultLast(r) => self.on_result(r.invoke_id, true),
            Component::ReturnResultNotLast(r) => self.on_result(r.invoke_id, false),
            Component::ReturnError(e) => self.on_error(e.invoke_id),
            Component::Reject(r) => self.on_reject(*r),
        }
    }
}

/// The iterator of [`InvocationTable::poll_timeouts`]: removes and yields each expired
/// invocation.
#[derive(Debug)]
pub struct Expired<'t, Op, const N: usize, T> {
    table: &'t mut InvocationTable<Op, N, T>,
    now: T,
    index: usize,
}

impl<Op: Copy, const N: usize, T: Copy + Ord> Iterator for Expired<'_, Op, N, T> {
    type Item = Invocation<Op, T>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(slot) = self.table.slots.get_mut(self.index) {
            self.index += 1;
            if slot.is_some_and(|i| i.deadline <= self.now) {
                return slot.take();
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(N.saturating_sub(self.index)))
    }
}

impl<Op: Copy, const N: usize, T: Copy + Ord> core::iter::FusedIterator for Expired<'_, Op, N, T> {}
