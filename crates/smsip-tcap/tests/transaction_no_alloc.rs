//! The Q.774 state machines of `smsip_tcap::transaction` allocate nothing: a counting
//! `#[global_allocator]` (stats_alloc) around one dialogue through the transaction and the
//! invocation machines, every path that builds an answer.
//!
//! One test only in this binary, so no other test thread allocates while the region is open.

use std::alloc::System;

use smsip_tcap::q774::Answer;
use smsip_tcap::transaction::{EndKind, InvocationTable, OperationClass, Transaction};
use smsip_tcap::{
    decode, Abort, Begin, Code, Component, Continue, DialoguePortion, End, Invoke, PAbortCause,
    TcapMessage, TransactionId, Unidirectional,
};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const LOCAL: TransactionId = TransactionId::from_u32(0x11);

fn remote() -> TransactionId {
    TransactionId::new(&[0x0A, 0x0B]).unwrap()
}

fn remote2() -> TransactionId {
    TransactionId::new(&[0x0C]).unwrap()
}

static UNI_COMPONENTS: [Component<'static>; 1] =
    [Component::Invoke(Invoke::new(1, Code::Local(49), None))];

/// One message of every type, with the IDs of the dialogue.
fn received() -> [TcapMessage<'static>; 6] {
    [
        Unidirectional::new(&UNI_COMPONENTS).into(),
        Begin::new(remote()).into(),
        Continue::new(remote(), LOCAL).into(),
        End::new(LOCAL).into(),
        Abort::p_abort(LOCAL, PAbortCause::RESOURCE_LIMITATION).into(),
        Abort::user(LOCAL, DialoguePortion::provider_abort()).into(),
    ]
}

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// One dialogue through both machines, every path that builds an answer; a checksum so nothing
/// is optimised away.
fn dialogue_round(bytes: &[&[u8]]) -> usize {
    let mut acc = 0usize;
    let mut tx = Transaction::new(LOCAL);
    let mut t: InvocationTable<i64, 8> = InvocationTable::new();
    let begin = tx.send_begin().unwrap();
    acc += begin.otid.as_bytes().len();
    acc += usize::from(tx.receive(&Continue::new(remote(), LOCAL).into()).is_ok());
    let id = t.invoke(46, OperationClass::Class1, 100).unwrap();
    acc += tx.send_continue().map_or(0, |c| c.dtid.as_bytes().len());
    for m in received() {
        let mut probe = tx;
        if let Err(v) = probe.receive(&m) {
            acc += matches!(v.answer, Answer::Abort(_)) as usize;
        }
    }
    acc += tx.receive(&Continue::new(remote2(), LOCAL).into()).is_err() as usize;
    for b in bytes {
        match decode(b) {
            Ok(msg) => {
                for c in msg.components() {
                    match c {
                        Ok(c) => {
                            acc += t
                                .receive(&c)
                                .reject_to_send()
                                .map_or(0, |r| r.problem.code().into())
                        }
                        Err(e) => acc += tx.receive_error(b, &e).terminated as usize,
                    }
                }
            }
            Err(e) => {
                let mut probe = tx;
                acc += probe.receive_error(b, &e).terminated as usize;
            }
        }
    }
    acc += t
        .on_result(id, false)
        .invocation()
        .map_or(0, |i| i.op as usize);
    acc += t
        .on_error(id.wrapping_add(3))
        .reject_to_send()
        .map_or(0, |r| r.problem.code().into());
    let _ = t.invoke(47, OperationClass::Class2, 10).unwrap();
    acc += t.poll_timeouts(50).count();
    acc += t.lookup()(id).map_or(0, |o| o as usize);
    acc += t
        .on_result(id, true)
        .invocation()
        .map_or(0, |i| i.op as usize);
    acc += tx
        .send_end(EndKind::Basic)
        .unwrap()
        .map_or(0, |e| e.dtid.as_bytes().len());
    acc
}

#[test]
fn the_state_machines_allocate_nothing() {
    let inputs = [
        hex("6518 4802 0A0B 4904 00000011 6C0C A203020101 A1050201020500"),
        hex("660A 4802 0A0B 4904 00000011"),
        hex("650E 4802 0A0B 4904 00000011 6B02 0500"),
        hex("6412 4904 00000011 6C0A A203020101 A203020177"),
    ];
    let bytes: Vec<&[u8]> = inputs.iter().map(Vec::as_slice).collect();
    assert!(dialogue_round(&bytes) > 0); // warm up
    let region = Region::new(GLOBAL);
    let mut acc = 0;
    for _ in 0..20 {
        acc += dialogue_round(&bytes);
    }
    let stats = region.change();
    assert!(acc > 0);
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "the state machines allocated: {stats:?}"
    );
}
