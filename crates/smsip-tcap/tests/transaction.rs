//! The Q.774 state machines of `smsip_tcap::transaction`: every transaction state against every
//! received message type and every request (table-driven, exact event or violation and answer),
//! wrong dtid, otid change, undecodable messages, the invocation table (full, duplicate ID, ID
//! allocation and wrap, NotLast then Last, class mismatches, Rejects of unknown IDs, Reject
//! handling, linked IDs, timeouts on two clocks) and a property test over random sequences.
//! The no-allocation check is `tests/transaction_no_alloc.rs` (one test per binary: no other
//! test thread allocates while it counts).

use std::time::Duration;

use proptest::prelude::*;
use smsip_tcap::q774::Answer;
use smsip_tcap::transaction::{
    ComponentOutcome, EndKind, Event, Invocation, InvocationError, InvocationTable, OperationClass,
    SendError, Sending, Transaction, TransactionState, Violation, ViolationKind,
};
use smsip_tcap::{
    decode, Abort, AbortReason, Begin, Code, Component, Continue, DialoguePortion, End,
    GeneralProblem, Invoke, InvokeId, InvokeProblem, MessageType, PAbortCause, Portion, Reject,
    ReturnErrorProblem, ReturnResultProblem, TcapMessage, TransactionId, Unidirectional,
};

use TransactionState as S;

const LOCAL: TransactionId = TransactionId::from_u32(0x11);
const OTHER: TransactionId = TransactionId::from_u32(0x99);

fn remote() -> TransactionId {
    TransactionId::new(&[0x0A, 0x0B]).unwrap()
}

fn remote2() -> TransactionId {
    TransactionId::new(&[0x0C]).unwrap()
}

const ALL_STATES: [TransactionState; 5] = [
    S::Idle,
    S::InitiationSent,
    S::InitiationReceived,
    S::Active,
    S::Terminated,
];

/// A transaction brought to `state` through its legal path.
fn in_state(state: TransactionState) -> Transaction {
    let mut tx = Transaction::new(LOCAL);
    match state {
        S::Idle => {}
        S::InitiationSent => {
            tx.send_begin().unwrap();
        }
        S::InitiationReceived => {
            tx.receive(&Begin::new(remote()).into()).unwrap();
        }
        S::Active => {
            tx.send_begin().unwrap();
            tx.receive(&Continue::new(remote(), LOCAL).into()).unwrap();
        }
        S::Terminated => {
            tx.send_begin().unwrap();
            tx.receive(&Continue::new(remote(), LOCAL).into()).unwrap();
            tx.send_end(EndKind::Prearranged).unwrap();
        }
    }
    assert_eq!(tx.state(), state);
    tx
}

static UNI_COMPONENTS: [Component<'static>; 1] =
    [Component::Invoke(Invoke::new(1, Code::Local(1), None))];

/// The received message kinds of the table, with the right IDs.
#[derive(Debug, Clone, Copy)]
enum Rx {
    Uni,
    Begin,
    Continue,
    End,
    PAbort,
    UAbort,
}

const ALL_RX: [Rx; 6] = [
    Rx::Uni,
    Rx::Begin,
    Rx::Continue,
    Rx::End,
    Rx::PAbort,
    Rx::UAbort,
];

fn message(rx: Rx) -> TcapMessage<'static> {
    match rx {
        Rx::Uni => Unidirectional::new(&UNI_COMPONENTS).into(),
        Rx::Begin => Begin::new(remote()).into(),
        Rx::Continue => Continue::new(remote(), LOCAL).into(),
        Rx::End => End::new(LOCAL).into(),
        Rx::PAbort => Abort::p_abort(LOCAL, PAbortCause::RESOURCE_LIMITATION).into(),
        Rx::UAbort => Abort::user(LOCAL, DialoguePortion::provider_abort()).into(),
    }
}

fn unrecognized_tid(to: TransactionId) -> Answer<'static> {
    Answer::Abort(Abort::p_abort(to, PAbortCause::UNRECOGNIZED_TRANSACTION_ID))
}

/// What every (state, received message) must give: the event and next state, or the violation
/// (state unchanged).
fn expected(
    state: TransactionState,
    rx: Rx,
) -> Result<(Event<'static>, TransactionState), Answer<'static>> {
    let ended = |ev| Ok((ev, S::Terminated));
    match (state, rx) {
        (S::Idle, Rx::Begin) => Ok((Event::Begun { remote: remote() }, S::InitiationReceived)),
        (S::InitiationSent, Rx::Continue) => Ok((Event::Confirmed { remote: remote() }, S::Active)),
        (S::Active, Rx::Continue) => Ok((Event::Continued, S::Active)),
        (S::InitiationSent | S::Active, Rx::End) => ended(Event::Ended),
        (S::InitiationSent | S::Active, Rx::PAbort) => ended(Event::Aborted {
            reason: Some(AbortReason::PAbort(PAbortCause::RESOURCE_LIMITATION)),
        }),
        (S::InitiationSent | S::Active, Rx::UAbort) => ended(Event::Aborted {
            reason: Some(AbortReason::User(DialoguePortion::provider_abort())),
        }),
        // Not allowed: a Continue is answered as one to an unassigned ID, the rest discarded.
        (_, Rx::Continue) => Err(unrecognized_tid(remote())),
        _ => Err(Answer::Discard),
    }
}

fn message_type(rx: Rx) -> MessageType {
    message(rx).message_type()
}

#[test]
fn every_state_against_every_received_message() {
    for state in ALL_STATES {
        for rx in ALL_RX {
            let mut tx = in_state(state);
            let got = tx.receive(&message(rx));
            match expected(state, rx) {
                Ok((event, next)) => {
                    assert_eq!(got, Ok(event), "{state:?} <- {rx:?}");
                    assert_eq!(tx.state(), next, "{state:?} <- {rx:?}");
                }
                Err(answer) => {
                    let v = got.expect_err("a violation");
                    assert_eq!(
                        v.kind,
                        ViolationKind::UnexpectedMessage {
                            state,
                            message: message_type(rx)
                        },
                        "{state:?} <- {rx:?}"
                    );
                    assert_eq!(v.answer, answer, "{state:?} <- {rx:?}");
                    assert!(!v.terminated);
                    assert_eq!(tx.state(), state, "{state:?} <- {rx:?} changed the state");
                }
            }
        }
    }
}

#[test]
fn remote_id_is_learnt_from_begin_and_first_continue() {
    assert_eq!(in_state(S::Idle).remote_id(), None);
    assert_eq!(in_state(S::InitiationSent).remote_id(), None);
    assert_eq!(in_state(S::InitiationReceived).remote_id(), Some(remote()));
    assert_eq!(in_state(S::Active).remote_id(), Some(remote()));
    assert_eq!(in_state(S::Active).local_id(), LOCAL);
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sent {
    Begin(TransactionId),
    Continue(TransactionId, TransactionId),
    End(Option<TransactionId>),
    Abort(Option<TransactionId>),
}

fn send(tx: &mut Transaction, what: Sending) -> Result<Sent, SendError> {
    Ok(match what {
        Sending::Begin => Sent::Begin(tx.send_begin()?.otid),
        Sending::Continue => {
            let c = tx.send_continue()?;
            Sent::Continue(c.otid, c.dtid)
        }
        Sending::End(kind) => Sent::End(tx.send_end(kind)?.map(|e| e.dtid)),
        Sending::Abort => {
            let a = tx.send_abort()?;
            assert!(a.is_none_or(|a| a.reason.is_none()));
            Sent::Abort(a.map(|a| a.dtid))
        }
    })
}

#[test]
fn every_state_against_every_request() {
    let requests = [
        Sending::Begin,
        Sending::Continue,
        Sending::End(EndKind::Basic),
        Sending::End(EndKind::Prearranged),
        Sending::Abort,
    ];
    for state in ALL_STATES {
        for what in requests {
            let mut tx = in_state(state);
            let want: Option<(Sent, TransactionState)> = match (state, what) {
                (S::Idle, Sending::Begin) => Some((Sent::Begin(LOCAL), S::InitiationSent)),
                (S::InitiationReceived | S::Active, Sending::Continue) => {
                    Some((Sent::Continue(LOCAL, remote()), S::Active))
                }
                (S::InitiationReceived | S::Active, Sending::End(EndKind::Basic)) => {
                    Some((Sent::End(Some(remote())), S::Terminated))
                }
                (
                    S::InitiationSent | S::InitiationReceived | S::Active,
                    Sending::End(EndKind::Prearranged),
                ) => Some((Sent::End(None), S::Terminated)),
                // Q.774: in initiation sent the peer's ID is unknown: local abort only.
                (S::InitiationSent, Sending::Abort) => Some((Sent::Abort(None), S::Terminated)),
                (S::InitiationReceived | S::Active, Sending::Abort) => {
                    Some((Sent::Abort(Some(remote())), S::Terminated))
                }
                _ => None,
            };
            let got = send(&mut tx, what);
            match want {
                Some((sent, next)) => {
                    assert_eq!(got, Ok(sent), "{state:?} -> {what:?}");
                    assert_eq!(tx.state(), next, "{state:?} -> {what:?}");
                }
                None => {
                    let e = got.expect_err("refused");
                    assert_eq!((e.state, e.sending), (state, what));
                    assert_eq!(tx.state(), state, "{state:?} -> {what:?} changed the state");
                    assert!(!e.to_string().is_empty());
                }
            }
        }
    }
}

#[test]
fn wrong_dtid_is_answered_as_unassigned_and_changes_nothing() {
    for state in ALL_STATES {
        let cases: [(TcapMessage<'static>, Answer<'static>); 4] = [
            (
                Continue::new(remote(), OTHER).into(),
                unrecognized_tid(remote()),
            ),
            (End::new(OTHER).into(), Answer::Discard),
            (
                Abort::p_abort(OTHER, PAbortCause::RESOURCE_LIMITATION).into(),
                Answer::Discard,
            ),
            (Abort::new(OTHER).into(), Answer::Discard),
        ];
        for (msg, answer) in cases {
            let mut tx = in_state(state);
            let before = tx;
            let v = tx.receive(&msg).unwrap_err();
            assert_eq!(
                v.kind,
                ViolationKind::WrongDtid {
                    expected: LOCAL,
                    found: OTHER
                }
            );
            assert_eq!(v.answer, answer);
            assert!(!v.terminated);
            assert_eq!(tx, before);
        }
    }
    // Same numeric value, another size: another ID (octet-string comparison).
    let mut tx = in_state(S::Active);
    let short = TransactionId::new(&[0x11]).unwrap();
    let v = tx.receive(&End::new(short).into()).unwrap_err();
    assert!(matches!(v.kind, ViolationKind::WrongDtid { found, .. } if found == short));
    assert_eq!(tx.state(), S::Active);
}

#[test]
fn otid_change_after_the_first_continue() {
    let mut tx = in_state(S::Active);
    let v = tx
        .receive(&Continue::new(remote2(), LOCAL).into())
        .unwrap_err();
    assert_eq!(
        v.kind,
        ViolationKind::OtidChanged {
            expected: Some(remote()),
            found: remote2()
        }
    );
    // Answered to the sender of the stray Continue; ours goes on.
    assert_eq!(v.answer, unrecognized_tid(remote2()));
    assert_eq!(
        v.abort(),
        Some(Abort::p_abort(
            remote2(),
            PAbortCause::UNRECOGNIZED_TRANSACTION_ID
        ))
    );
    assert!(!v.terminated);
    assert_eq!((tx.state(), tx.remote_id()), (S::Active, Some(remote())));
    assert_eq!(
        tx.receive(&Continue::new(remote(), LOCAL).into()),
        Ok(Event::Continued)
    );
    // Encoded as Q.774 wants it (tcap.md §6 form).
    assert_eq!(
        v.abort().unwrap().to_vec(),
        [0x67, 0x06, 0x49, 0x01, 0x0C, 0x4A, 0x01, 0x01]
    );
    // A responder learns the remote ID from the Begin: the same check applies.
    let mut tx = in_state(S::InitiationReceived);
    tx.send_continue().unwrap();
    assert!(matches!(
        tx.receive(&Continue::new(remote2(), LOCAL).into()),
        Err(Violation {
            kind: ViolationKind::OtidChanged { .. },
            ..
        })
    ));
    assert_eq!(
        tx.receive(&Continue::new(remote(), LOCAL).into()),
        Ok(Event::Continued)
    );
}

#[test]
fn terminated_is_absorbing() {
    for how in 0..5 {
        let mut tx = in_state(S::Active);
        match how {
            0 => assert_eq!(tx.receive(&End::new(LOCAL).into()), Ok(Event::Ended)),
            1 => assert!(tx.receive(&Abort::new(LOCAL).into()).is_ok()),
            2 => assert!(tx.send_end(EndKind::Basic).unwrap().is_some()),
            3 => assert!(tx.send_abort().unwrap().is_some()),
            _ => assert!(tx.send_end(EndKind::Prearranged).unwrap().is_none()),
        }
        assert!(tx.is_terminated());
        for rx in ALL_RX {
            assert!(tx.receive(&message(rx)).is_err());
        }
        assert!(tx.send_begin().is_err());
        assert!(tx.send_continue().is_err());
        assert!(tx.send_end(EndKind::Basic).is_err());
        assert!(tx.send_end(EndKind::Prearranged).is_err());
        assert!(tx.send_abort().is_err());
        assert_eq!(tx.state(), S::Terminated);
    }
}

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

#[test]
fn undecodable_messages() {
    // Unknown message type [APPLICATION 6] to our ID, from the peer: ends the transaction.
    let bytes = hex("660A 4802 0A0B 4904 00000011");
    let err = decode(&bytes).unwrap_err();
    let mut tx = in_state(S::Active);
    let v = tx.receive_error(&bytes, &err);
    assert_eq!(v.kind, ViolationKind::Undecodable(err));
    assert_eq!(
        v.answer,
        Answer::Abort(Abort::p_abort(
            remote(),
            PAbortCause::UNRECOGNIZED_MESSAGE_TYPE
        ))
    );
    assert!(v.terminated);
    assert_eq!(tx.state(), S::Terminated);
    // The same to another transaction: answered, ours untouched.
    let other = hex("660A 4802 0A0B 4904 00000099");
    let err = decode(&other).unwrap_err();
    let mut tx = in_state(S::Active);
    let v = tx.receive_error(&other, &err);
    assert!(!v.terminated && matches!(v.answer, Answer::Abort(_)));
    assert_eq!(tx.state(), S::Active);
    // ... and to us before the peer can know our ID.
    for state in [S::Idle, S::InitiationReceived, S::Terminated] {
        let mut tx = in_state(state);
        assert!(
            !tx.receive_error(&bytes, &decode(&bytes).unwrap_err())
                .terminated
        );
        assert_eq!(tx.state(), state);
    }

    // A Continue with trailing garbage: badlyFormattedTransactionPortion, in initiation sent.
    let bytes = hex("650C 4802 0A0B 4904 00000011 0500");
    let err = decode(&bytes).unwrap_err();
    assert!(matches!(err.portion, Portion::Transaction { .. }));
    let mut tx = in_state(S::InitiationSent);
    let v = tx.receive_error(&bytes, &err);
    assert!(v.terminated);
    let Answer::Abort(a) = v.answer else {
        panic!("{v:?}")
    };
    assert_eq!(a.dtid, remote());
    assert_eq!(a.p_abort_cause(), err.p_abort_cause());

    // An End with a broken transaction portion: ends ours, but an End is never answered.
    let bytes = hex("6407 4904 00000011 05");
    let err = decode(&bytes).unwrap_err();
    let mut tx = in_state(S::Active);
    let v = tx.receive_error(&bytes, &err);
    assert_eq!((v.answer, v.terminated), (Answer::Discard, true));

    // A Continue whose dialogue portion is not an EXTERNAL: ABRT dialogue-service-provider.
    let bytes = hex("650E 4802 0A0B 4904 00000011 6B02 0500");
    let err = decode(&bytes).unwrap_err();
    assert_eq!(err.portion, Portion::Dialogue);
    let mut tx = in_state(S::Active);
    let v = tx.receive_error(&bytes, &err);
    assert_eq!(
        v.answer,
        Answer::Abort(Abort::user(remote(), DialoguePortion::provider_abort()))
    );
    assert!(v.terminated);

    // A Begin that cannot be decoded, fed to the idle transaction made for it: refused.
    let bytes = hex("6208 4804 00000001 6C00");
    let err = decode(&bytes).unwrap_err();
    let mut tx = in_state(S::Idle);
    let v = tx.receive_error(&bytes, &err);
    assert!(v.terminated);
    assert_eq!(v.abort().map(|a| a.dtid), Some(TransactionId::from_u32(1)));
    assert_eq!(tx.state(), S::Terminated);

    // A component that cannot be decoded: a Reject for the TC-user to send, the transaction
    // goes on.
    let bytes = hex("6518 4802 0A0B 4904 00000011 6C0C A203020101 A1050201020500");
    let msg = decode(&bytes).unwrap();
    let mut tx = in_state(S::Active);
    assert_eq!(tx.receive(&msg), Ok(Event::Continued));
    let err = msg.components().find_map(Result::err).unwrap();
    let v = tx.receive_error(&bytes, &err);
    assert_eq!(
        v.answer,
        Answer::Reject(Reject::general(Some(2), GeneralProblem::MISTYPED_COMPONENT))
    );
    assert!(!v.terminated);
    assert_eq!(tx.state(), S::Active);
    assert!(v.to_string().contains("undecodable"));
}

// ---------------------------------------------------------------------------------------------
// Invocations
// ---------------------------------------------------------------------------------------------

type Table<const N: usize> = InvocationTable<i64, N>;

#[test]
fn register_full_and_duplicate() {
    let mut t: Table<2> = InvocationTable::new();
    assert_eq!((t.capacity(), t.len(), t.is_empty()), (2, 0, true));
    t.register(5, 45, OperationClass::Class1, 10).unwrap();
    assert_eq!(
        t.register(5, 46, OperationClass::Class1, 10),
        Err(InvocationError::DuplicateInvokeId(5))
    );
    t.register(-3, 46, OperationClass::Class2, 20).unwrap();
    assert!(t.is_full());
    assert_eq!(
        t.register(7, 47, OperationClass::Class1, 10),
        Err(InvocationError::Full { capacity: 2 })
    );
    // The more specific error first.
    assert_eq!(
        t.register(5, 47, OperationClass::Class1, 10),
        Err(InvocationError::DuplicateInvokeId(5))
    );
    assert_eq!(t.allocate_id(), Err(InvocationError::Full { capacity: 2 }));
    assert_eq!(
        t.invoke(1, OperationClass::Class1, 0),
        Err(InvocationError::Full { capacity: 2 })
    );
    assert_eq!(t.len(), 2);
    assert_eq!(
        t.get(-3),
        Some(&Invocation {
            invoke_id: -3,
            op: 46,
            class: OperationClass::Class2,
            deadline: 20
        })
    );
    assert_eq!(t.cancel(5).map(|i| i.op), Some(45));
    assert_eq!(t.cancel(5), None);
    t.register(7, 47, OperationClass::Class1, 10).unwrap();
    t.clear();
    assert!(t.is_empty());
    // A zero-capacity table refuses everything.
    let mut z: Table<0> = InvocationTable::new();
    assert_eq!(
        z.invoke(1, OperationClass::Class1, 0),
        Err(InvocationError::Full { capacity: 0 })
    );
}

#[test]
fn invoke_id_allocation_skips_pending_ids_and_wraps() {
    let mut t: Table<4> = InvocationTable::new();
    t.register(2, 0, OperationClass::Class1, 0).unwrap();
    assert_eq!(t.allocate_id(), Ok(1));
    assert_eq!(t.allocate_id(), Ok(3)); // 2 is pending
                                        // Go round: 4..=127, then -128..=0, then 1 again.
    let mut seen = vec![];
    for _ in 0..256 {
        let id = t.invoke(0, OperationClass::Class4, 0).unwrap();
        seen.push(id);
        t.cancel(id);
    }
    assert_eq!(seen[..124], (4..=127).collect::<Vec<InvokeId>>()[..]);
    assert_eq!(seen[124..252], (-128..=-1).collect::<Vec<InvokeId>>()[..]);
    assert_eq!(seen[252..], [0, 1, 3, 4]); // 2 is still pending
                                           // All 256 IDs pending in a bigger table: none left.
    let mut big: InvocationTable<u8, 300> = InvocationTable::new();
    for id in i8::MIN..=i8::MAX {
        big.register(id, 0, OperationClass::Class1, 0).unwrap();
    }
    assert_eq!(big.allocate_id(), Err(InvocationError::NoFreeInvokeId));
    assert_eq!(big.len(), 256);
    assert!(!big.is_full());
}

#[test]
fn not_last_then_last() {
    let mut t: Table<4> = InvocationTable::new();
    let id = t.invoke(45, OperationClass::Class1, 100).unwrap();
    let inv = *t.get(id).unwrap();
    for _ in 0..3 {
        assert_eq!(
            t.on_result(id, false),
            ComponentOutcome::ResultNotLast { invocation: inv }
        );
        assert!(t.contains(id));
    }
    assert_eq!(
        t.on_result(id, true),
        ComponentOutcome::ResultLast { invocation: inv }
    );
    assert!(t.is_empty());
    // Once completed, a late result refers to nothing.
    assert_eq!(
        t.on_result(id, true).reject_to_send(),
        Some(Reject::return_result(
            id,
            ReturnResultProblem::UNRECOGNIZED_INVOKE_ID
        ))
    );
}

#[test]
fn components_by_class() {
    use OperationClass::*;
    for class in [Class1, Class2, Class3, Class4] {
        // Results.
        for last in [false, true] {
            let mut t: Table<4> = InvocationTable::new();
            let id = t.invoke(9, class, 0).unwrap();
            let inv = *t.get(id).unwrap();
            let got = t.on_result(id, last);
            let want = match (class.reports_success(), last) {
                (true, false) => ComponentOutcome::ResultNotLast { invocation: inv },
                (true, true) => ComponentOutcome::ResultLast { invocation: inv },
                (false, _) => ComponentOutcome::SendReject {
                    reject: Reject::return_result(
                        id,
                        ReturnResultProblem::RETURN_RESULT_UNEXPECTED,
                    ),
                    terminated: Some(inv),
                },
            };
            assert_eq!(got, want, "{class:?} result last={last}");
            assert_eq!(t.contains(id), class.reports_success() && !last);
        }
        // Errors.
        let mut t: Table<4> = InvocationTable::new();
        let id = t.invoke(9, class, 0).unwrap();
        let inv = *t.get(id).unwrap();
        let want = if class.reports_failure() {
            ComponentOutcome::Error { invocation: inv }
        } else {
            ComponentOutcome::SendReject {
                reject: Reject::return_error(id, ReturnErrorProblem::RETURN_ERROR_UNEXPECTED),
                terminated: Some(inv),
            }
        };
        assert_eq!(t.on_error(id), want, "{class:?} error");
        assert!(t.is_empty());
        assert_eq!(OperationClass::from_number(class.number()), Some(class));
    }
    assert_eq!(OperationClass::from_number(0), None);
    assert_eq!(OperationClass::from_number(5), None);
}

#[test]
fn unknown_invoke_ids_and_rejects() {
    let mut t: Table<4> = InvocationTable::new();
    let id = t.invoke(45, OperationClass::Class1, 0).unwrap();
    let inv = *t.get(id).unwrap();
    let unknown = id.wrapping_add(1);
    // Results and errors for nothing pending.
    assert_eq!(
        t.receive(&Component::ReturnResultLast(smsip_tcap::ReturnResult::new(
            unknown, None
        ))),
        ComponentOutcome::SendReject {
            reject: Reject::return_result(unknown, ReturnResultProblem::UNRECOGNIZED_INVOKE_ID),
            terminated: None
        }
    );
    assert_eq!(
        t.receive(&Component::ReturnResultNotLast(
            smsip_tcap::ReturnResult::new(unknown, None)
        ))
        .reject_to_send(),
        Some(Reject::return_result(
            unknown,
            ReturnResultProblem::UNRECOGNIZED_INVOKE_ID
        ))
    );
    assert_eq!(
        t.receive(&Component::ReturnError(smsip_tcap::ReturnError::new(
            unknown,
            Code::Local(6),
            None
        ))),
        ComponentOutcome::SendReject {
            reject: Reject::return_error(unknown, ReturnErrorProblem::UNRECOGNIZED_INVOKE_ID),
            terminated: None
        }
    );
    // A Reject is never rejected: unknown ID, not derivable, or about our results.
    for r in [
        Reject::invoke(unknown, InvokeProblem::MISTYPED_PARAMETER),
        Reject::general(None, GeneralProblem::BADLY_STRUCTURED_COMPONENT),
        Reject::return_result(id, ReturnResultProblem::MISTYPED_PARAMETER),
        Reject::return_error(id, ReturnErrorProblem::UNEXPECTED_ERROR),
    ] {
        let got = t.receive(&Component::Reject(r));
        assert_eq!(got, ComponentOutcome::PeerReject { reject: r });
        assert_eq!(got.reject_to_send(), None);
        assert!(t.contains(id), "{r:?} must not complete our invocation");
    }
    assert_eq!(t.len(), 1);
    // A Reject of our Invoke completes it.
    let r = Reject::invoke(id, InvokeProblem::UNRECOGNIZED_OPERATION);
    assert_eq!(
        t.receive(&Component::Reject(r)),
        ComponentOutcome::Rejected {
            invocation: inv,
            reject: r
        }
    );
    assert!(t.is_empty());
    let id = t.invoke(45, OperationClass::Class1, 0).unwrap();
    let r = Reject::general(Some(id), GeneralProblem::MISTYPED_COMPONENT);
    assert!(matches!(t.on_reject(r), ComponentOutcome::Rejected { .. }));
    assert!(t.is_empty());
}

#[test]
fn invokes_and_linked_ids() {
    let mut t: Table<4> = InvocationTable::new();
    let id = t.invoke(45, OperationClass::Class1, 0).unwrap();
    assert_eq!(
        t.receive(&Component::Invoke(Invoke::new(-5, Code::Local(64), None))),
        ComponentOutcome::Invoke
    );
    let mut linked = Invoke::new(-5, Code::Local(64), None);
    linked.linked_id = Some(id);
    assert_eq!(
        t.receive(&Component::Invoke(linked)),
        ComponentOutcome::Invoke
    );
    linked.linked_id = Some(id.wrapping_add(9));
    assert_eq!(
        t.receive(&Component::Invoke(linked)),
        ComponentOutcome::SendReject {
            reject: Reject::invoke(-5, InvokeProblem::UNRECOGNIZED_LINKED_ID),
            terminated: None
        }
    );
    assert_eq!(t.len(), 1);
}

#[test]
fn timeouts() {
    let mut t: Table<8> = InvocationTable::new();
    let a = t.invoke(1, OperationClass::Class1, 100).unwrap();
    let b = t.invoke(2, OperationClass::Class2, 50).unwrap();
    let c = t.invoke(3, OperationClass::Class4, 200).unwrap();
    assert_eq!(t.next_deadline(), Some(50));
    assert_eq!(t.poll_timeouts(49).count(), 0);
    let expired: Vec<_> = t.poll_timeouts(100).collect();
    let mut ids: Vec<_> = expired.iter().map(|i| (i.invoke_id, i.op)).collect();
    ids.sort();
    assert_eq!(ids, [(a, 1), (b, 2)]);
    assert_eq!(t.iter().map(|i| i.invoke_id).collect::<Vec<_>>(), [c]);
    assert_eq!(t.next_deadline(), Some(200));
    // Dropped early: the rest is yielded by the next poll.
    let d = t.invoke(4, OperationClass::Class1, 150).unwrap();
    assert_eq!(t.poll_timeouts(1_000).take(1).count(), 1);
    assert_eq!(t.len(), 1);
    let rest: Vec<_> = t.poll_timeouts(1_000).collect();
    assert_eq!(rest.len(), 1);
    assert!([c, d].contains(&rest[0].invoke_id));
    assert!(t.is_empty());
    assert_eq!(t.next_deadline(), None);
    // An expired invocation's late answer refers to nothing.
    assert!(t.on_result(a, true).reject_to_send().is_some());

    // Another clock: core::time::Duration since an epoch of the caller's.
    let mut t: InvocationTable<u8, 2, Duration> = InvocationTable::new();
    let id = t
        .invoke(46, OperationClass::Class1, Duration::from_secs(30))
        .unwrap();
    assert_eq!(t.poll_timeouts(Duration::from_millis(29_999)).next(), None);
    assert_eq!(
        t.poll_timeouts(Duration::from_secs(30))
            .next()
            .map(|i| i.invoke_id),
        Some(id)
    );
}

#[test]
fn lookup_closure() {
    let mut t: Table<4> = InvocationTable::default();
    let id = t.invoke(45, OperationClass::Class1, 0).unwrap();
    // The shape smsip-map's components_with takes.
    fn typed<F: FnMut(InvokeId) -> Option<i64>>(mut pending: F, id: InvokeId) -> Option<i64> {
        pending(id)
    }
    assert_eq!(typed(t.lookup(), id), Some(45));
    assert_eq!(typed(t.lookup(), id.wrapping_add(1)), None);
    // Update while iterating: look up in a clone.
    let snapshot = t.clone();
    let mut lookup = snapshot.lookup();
    assert_eq!(lookup(id), Some(45));
    assert!(matches!(
        t.on_result(id, true),
        ComponentOutcome::ResultLast { .. }
    ));
    assert_eq!(lookup(id), Some(45));
    assert_eq!(t.op(id), None);
}

// ---------------------------------------------------------------------------------------------
// Property test
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Step {
    SendBegin,
    SendContinue,
    SendEnd(bool),
    SendAbort,
    /// Receive a message: kind, dtid ours or not, otid the first remote or another.
    Receive(u8, bool, bool),
    /// Receive arbitrary octets.
    ReceiveBytes(Vec<u8>),
    Register(i8, u8, u64),
    Invoke(u8, u64),
    Component(u8, i8, u8),
    Cancel(i8),
    Poll(u64),
    Clear,
}

/// Invoke IDs near those the table allocates (from 1), and now and then any.
fn small_id() -> impl Strategy<Value = i8> {
    prop_oneof![1 => any::<i8>(), 3 => 0i8..10]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        1 => Just(Step::SendBegin),
        1 => Just(Step::SendContinue),
        1 => any::<bool>().prop_map(Step::SendEnd),
        1 => Just(Step::SendAbort),
        3 => (0u8..6, any::<bool>(), any::<bool>()).prop_map(|(k, d, o)| Step::Receive(k, d, o)),
        1 => proptest::collection::vec(any::<u8>(), 0..24).prop_map(Step::ReceiveBytes),
        1 => (small_id(), 1u8..=4, 0u64..1_000).prop_map(|(i, c, d)| Step::Register(i, c, d)),
        3 => (1u8..=4, 0u64..1_000).prop_map(|(c, d)| Step::Invoke(c, d)),
        4 => (0u8..5, small_id(), 0u8..4).prop_map(|(k, i, p)| Step::Component(k, i, p)),
        1 => small_id().prop_map(Step::Cancel),
        1 => (0u64..1_200).prop_map(Step::Poll),
        1 => Just(Step::Clear),
    ]
}

fn received(kind: u8, dtid_ours: bool, same_otid: bool) -> TcapMessage<'static> {
    let dtid = if dtid_ours { LOCAL } else { OTHER };
    let otid = if same_otid { remote() } else { remote2() };
    match kind {
        0 => Unidirectional::new(&UNI_COMPONENTS).into(),
        1 => Begin::new(otid).into(),
        2 => Continue::new(otid, dtid).into(),
        3 => End::new(dtid).into(),
        4 => Abort::p_abort(dtid, PAbortCause::INCORRECT_TRANSACTION_PORTION).into(),
        _ => Abort::new(dtid).into(),
    }
}

fn component(kind: u8, id: i8, problem: u8) -> Component<'static> {
    match kind {
        0 => Component::ReturnResultLast(smsip_tcap::ReturnResult::new(id, None)),
        1 => Component::ReturnResultNotLast(smsip_tcap::ReturnResult::new(id, None)),
        2 => Component::ReturnError(smsip_tcap::ReturnError::new(id, Code::Local(1), None)),
        3 => Component::Reject(match problem {
            0 => Reject::general(Some(id), GeneralProblem::MISTYPED_COMPONENT),
            1 => Reject::invoke(id, InvokeProblem::MISTYPED_PARAMETER),
            2 => Reject::return_result(id, ReturnResultProblem::MISTYPED_PARAMETER),
            _ => Reject::return_error(id, ReturnErrorProblem::UNRECOGNIZED_ERROR),
        }),
        _ => {
            let mut i = Invoke::new(id, Code::Local(1), None);
            i.linked_id = (problem > 1).then_some(id.wrapping_sub(1));
            Component::Invoke(i)
        }
    }
}

const CAP: usize = 6;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_sequences_keep_the_invariants(steps in proptest::collection::vec(step(), 0..60)) {
            let mut tx = Transaction::new(LOCAL);
        let mut table: InvocationTable<u16, CAP> = InvocationTable::new();
        let mut terminated = false;
        for s in steps {
            let before = tx;
            match s {
                Step::SendBegin => { let _ = tx.send_begin(); }
                Step::SendContinue => {
                    if let Ok(c) = tx.send_continue() {
                        prop_assert_eq!(Some(c.dtid), tx.remote_id());
                        prop_assert_eq!(c.otid, LOCAL);
                    }
                }
                Step::SendEnd(basic) => {
                    let kind = if basic { EndKind::Basic } else { EndKind::Prearranged };
                    if let Ok(Some(e)) = tx.send_end(kind) {
                        prop_assert_eq!(Some(e.dtid), tx.remote_id());
                    }
                }
                Step::SendAbort => { let _ = tx.send_abort(); }
                Step::Receive(k, d, o) => {
                    let msg = received(k, d, o);
                    match tx.receive(&msg) {
                        Ok(_) => prop_assert_ne!(before.state(), S::Terminated),
                        Err(v) => {
                            prop_assert_eq!(tx, before, "a violation changed the transaction");
                            prop_assert!(!v.terminated);
                            // Only a Continue is ever answered, to its otid, with a P-Abort.
                            if let Answer::Abort(a) = v.answer {
                                prop_assert_eq!(Some(a.dtid), msg.otid());
                                prop_assert_eq!(msg.message_type(), MessageType::Continue);
                            } else {
                                prop_assert_eq!(v.answer, Answer::Discard);
                            }
                        }
                    }
                }
                Step::ReceiveBytes(bytes) => {
                    match decode(&bytes) {
                        Ok(msg) => { let _ = tx.receive(&msg); }
                        Err(e) => {
                            let v = tx.receive_error(&bytes, &e);
                            prop_assert_eq!(v.terminated, tx.is_terminated() && !before.is_terminated());
                        }
                    }
                }
                Step::Register(id, class, deadline) => {
                    let class = OperationClass::from_number(class).unwrap();
                    let had = table.contains(id);
                    let full = table.is_full();
                    match table.register(id, 7, class, deadline) {
                        Ok(()) => prop_assert!(!had && !full),
                        Err(InvocationError::DuplicateInvokeId(d)) => prop_assert!(had && d == id),
                        Err(InvocationError::Full { capacity }) => prop_assert!(full && capacity == CAP),
                        Err(e) => prop_assert!(false, "{e:?}"),
                    }
                }
                Step::Invoke(class, deadline) => {
                    let class = OperationClass::from_number(class).unwrap();
                    let full = table.is_full();
                    match table.invoke(8, class, deadline) {
                        Ok(id) => prop_assert_eq!(table.op(id), Some(8)),
                        Err(e) => {
                            let want = InvocationError::Full { capacity: CAP };
                            prop_assert!(full && e == want);
                        }
                    }
                }
                Step::Component(k, id, p) => {
                    let c = component(k, id, p);
                    let had = table.get(id).copied();
                    let out = table.receive(&c);
                    if let Some(inv) = out.invocation() {
                        prop_assert_eq!(Some(*inv), had);
                    }
                    if let Some(r) = out.reject_to_send() {
                        prop_assert!(!matches!(c, Component::Reject(_)), "a Reject was rejected");
                        prop_assert!(r.invoke_id == Some(id));
                    }
                    let still = table.contains(id);
                    let want_still = match out {
                        ComponentOutcome::ResultNotLast { .. } => true,
                        ComponentOutcome::Invoke
                        | ComponentOutcome::PeerReject { .. }
                        | ComponentOutcome::SendReject { terminated: None, .. } => had.is_some(),
                        _ => false,
                    };
                    prop_assert_eq!(still, want_still, "{:?} -> {:?}", c, out);
                }
                Step::Cancel(id) => {
                    let had = table.contains(id);
                    prop_assert_eq!(table.cancel(id).is_some(), had);
                }
                Step::Poll(now) => {
                    let before_len = table.len();
                    let n = table.poll_timeouts(now).inspect(|i| assert!(i.deadline <= now)).count();
                    prop_assert_eq!(table.len(), before_len - n);
                    prop_assert!(table.iter().all(|i| i.deadline > now));
                }
                Step::Clear => table.clear(),
            }
            // Invariants.
            if terminated {
                prop_assert_eq!(tx.state(), S::Terminated, "terminated is absorbing");
            }
            terminated = tx.is_terminated();
            prop_assert_eq!(tx.local_id(), LOCAL);
            if matches!(tx.state(), S::InitiationReceived | S::Active) {
                prop_assert!(tx.remote_id().is_some());
            }
            prop_assert!(table.len() <= table.capacity());
            let mut ids: Vec<_> = table.iter().map(|i| i.invoke_id).collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), n, "invoke IDs unique");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// No allocation
// ---------------------------------------------------------------------------------------------
