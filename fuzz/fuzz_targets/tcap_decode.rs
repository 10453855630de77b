//! smsip-tcap decoder on raw bytes.
//!
//! 1. `decode` never panics; an error's offset is inside the input and `q774::answer` builds its
//!    answer (an Abort that encodes and decodes again, a Reject, or nothing).
//! 2. On success: the dialogue portion (application context, user information EXTERNALs) and
//!    every component are walked, each parameter's elements too; the component iterator is
//!    fused after its first error, and that error's answer is a Reject or a discard.
//! 3. On success the message encodes (`encoded_len` exact, `encode_to_slice` the same octets),
//!    the encoding decodes again to the same message type, transaction IDs, dialogue portion
//!    and components (the same errors, by index and classification), and re-encodes to itself.
//!    When the input has no `80` octet (so no indefinite length anywhere) and every component
//!    decodes, the decoded values are equal.
//! 4. The Q.774 state machines (`transaction`) take the message (or the decode error) in every
//!    state: a violation leaves the transaction as it was, a terminated one stays terminated,
//!    and every component goes through an invocation table holding a few pending invokes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_ber::Element;
use smsip_tcap::transaction::{
    ComponentOutcome, EndKind, InvocationTable, OperationClass, Transaction, TransactionState,
};
use smsip_tcap::{decode, q774, Component, DecodeError, External, TcapMessage, TransactionId};

/// Transactions in each state, our local ID taken from the input where it has a dtid (so
/// that messages reach the state checks), else a fixed one.
fn transactions(local: TransactionId, remote: TransactionId) -> Vec<Transaction> {
    let idle = Transaction::new(local);
    let mut sent = idle;
    let _ = sent.send_begin();
    let mut received = idle;
    let _ = received.receive(&smsip_tcap::Begin::new(remote).into());
    let mut active = received;
    let _ = active.send_continue();
    let mut ended = active;
    let _ = ended.send_end(EndKind::Basic);
    vec![idle, sent, received, active, ended]
}

fn state_machines(data: &[u8], msg: Result<&TcapMessage<'_>, &DecodeError>) {
    let local = msg
        .ok()
        .and_then(TcapMessage::dtid)
        .unwrap_or(TransactionId::from_u32(0x11));
    let remote = msg
        .ok()
        .and_then(TcapMessage::otid)
        .unwrap_or(TransactionId::from_u32(0x22));
    for before in transactions(local, remote) {
        let mut t = before;
        match msg {
            Ok(m) => {
                if let Err(v) = t.receive(m) {
                    let _ = (v.to_string(), v.abort());
                    assert_eq!(t, before, "a violation changes nothing");
                }
            }
            Err(e) => {
                let v = t.receive_error(data, e);
                assert!(v.terminated || t == before);
            }
        }
        if before.state() == TransactionState::Terminated {
            assert_eq!(t.state(), TransactionState::Terminated);
        }
    }
    let Ok(m) = msg else { return };
    let mut table: InvocationTable<u8, 4> = InvocationTable::new();
    for (id, class) in [
        (1, OperationClass::Class1),
        (2, OperationClass::Class2),
        (3, OperationClass::Class4),
    ] {
        let _ = table.register(id, 44, class, 10u64);
    }
    for c in m.components().flatten() {
        let before = table.len();
        let outcome = table.receive(&c);
        if let ComponentOutcome::SendReject { reject, .. } = outcome {
            let _ = Component::Reject(reject).to_vec();
        }
        assert!(table.len() <= before);
    }
    let _ = table.poll_timeouts(20).count();
    assert!(table.is_empty());
}

fn touch_element(e: Element<'_>, depth: u32) -> usize {
    let mut n = e.content().len();
    if e.is_constructed() && depth < 8 {
        if let Ok(children) = e.children() {
            for c in children {
                match c {
                    Ok(c) => n += touch_element(c, depth + 1),
                    Err(_) => break,
                }
            }
        }
    }
    n
}

fn check_answer(bytes: &[u8], err: &DecodeError) {
    assert!(
        err.offset <= bytes.len(),
        "{err} past {} octets",
        bytes.len()
    );
    let _ = err.to_string();
    match q774::answer(bytes, err) {
        q774::Answer::Abort(a) => {
            let out = a.to_vec();
            let back = decode(&out).expect("our Abort decodes");
            assert_eq!(back, TcapMessage::Abort(a));
        }
        q774::Answer::Reject(r) => {
            let out = Component::Reject(r).to_vec();
            let back = Component::from_element(Element::from_ber(&out).unwrap()).unwrap();
            assert_eq!(back, Component::Reject(r));
        }
        q774::Answer::Discard => {}
    }
}

/// Walks everything; returns, per component, whether it decoded.
fn walk(bytes: &[u8], msg: &TcapMessage<'_>) -> Vec<bool> {
    let _ = format!("{msg:?}");
    if let Some(d) = msg.dialogue_portion() {
        if let Some(ac) = d.application_context_name() {
            let _ = ac.to_string();
        }
        if let Some(ui) = d.user_information() {
            for e in ui {
                let Ok(e) = e else { break };
                if let Ok(ext) = External::from_element(e) {
                    let _ = format!("{ext:?}");
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut it = msg.components();
    for c in it.by_ref() {
        match c {
            Ok(c) => {
                let p = match c {
                    Component::Invoke(i) => i.parameter,
                    Component::ReturnResultLast(r) | Component::ReturnResultNotLast(r) => {
                        r.result.map(|r| r.parameter)
                    }
                    Component::ReturnError(e) => e.parameter,
                    Component::Reject(_) => None,
                };
                if let Some(p) = p {
                    let _ = touch_element(p, 0);
                }
                let _ = (c.to_vec(), c.invoke_id(), c.component_type());
                out.push(true);
            }
            Err(e) => {
                assert!(matches!(e.portion, smsip_tcap::Portion::Component { .. }));
                check_answer(bytes, &e);
                out.push(false);
            }
        }
    }
    assert!(it.next().is_none(), "fused");
    out
}

fuzz_target!(|data: &[u8]| {
    let msg = match decode(data) {
        Ok(m) => m,
        Err(e) => {
            check_answer(data, &e);
            state_machines(data, Err(&e));
            return;
        }
    };
    state_machines(data, Ok(&msg));
    let shape = walk(data, &msg);

    let out = msg.to_vec();
    assert_eq!(out.len(), msg.encoded_len());
    let mut buf = vec![0u8; out.len()];
    assert_eq!(msg.encode_to_slice(&mut buf), Ok(out.len()));
    assert_eq!(buf, out);

    let again = decode(&out).expect("our encoding decodes");
    assert_eq!(again.message_type(), msg.message_type());
    assert_eq!((again.otid(), again.dtid()), (msg.otid(), msg.dtid()));
    let errors: Vec<_> = msg
        .components()
        .filter_map(Result::err)
        .map(|e| e.portion)
        .collect();
    let errors_again: Vec<_> = again
        .components()
        .filter_map(Result::err)
        .map(|e| e.portion)
        .collect();
    assert_eq!(errors, errors_again);
    assert_eq!(walk(&out, &again), shape);
    assert_eq!(
        again.to_vec(),
        out,
        "the definite encoding re-encodes to itself"
    );
    assert_eq!(decode(&out).unwrap(), again);

    // Values are equal when nothing was re-encoded differently: no indefinite length (no `80`
    // octet at all) and no component error (whose offset may move when an earlier non-minimal
    // length or INTEGER of the dialogue portion becomes minimal).
    if !data.contains(&0x80) && shape.iter().all(|ok| *ok) {
        assert_eq!(again, msg);
    }
});
