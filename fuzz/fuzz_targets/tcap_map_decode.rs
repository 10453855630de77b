//! smsip-map's MAP dialogue layer (`smsip_map::dialogue`) on raw bytes: a TCAP message decoded
//! and every component typed as a MAP argument, result or error.
//!
//! 1. `dialogue::decode` never panics; an error has an answer (`dialogue::answer`: an Abort
//!    that encodes and decodes again, a Reject, or nothing), and `reject_for` agrees with it.
//! 2. On success: the step, refusal, context, version and moreMessagesToSend accessors, and
//!    the components typed three ways (no pending-invoke lookup, a lookup, and `decode_in`
//!    under a few fixed contexts) — iteration ends, is fused after a TCAP-level error, and
//!    every component error has a Reject (or is the discard of a faulty Reject).
//! 3. Every component that types is built again (`dialogue::Outgoing`) into a message of the
//!    same version, whose length is announced right; that message decodes, its component
//!    types the same way, and re-encodes to the same octets.
//! 4. A dialogue that names a MAP context can be refused with `fallback_abort`, and the Abort
//!    decodes as a refusal offering the version named.
//! 5. A MAP dialogue PDU in the user information (MAP-OPEN, ...) is written again as user
//!    information, reads back to a value that writes the same octets again, and equals the
//!    received one when the received octets were canonical; a MAP-OPEN also goes into a TC-BEGIN of its own
//!    (`begin_with_open`) that decodes to it (equal when TCAP copied it as it was; when an
//!    indefinite length inside was re-encoded definite, the wire is what the value writes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_map::dialogue::{
    self, AcVersion, DialogueStep, Error, MapComponent, MapMessage, Outgoing, Transaction,
};
use smsip_map::dialogue_pdu::MapDialoguePdu;
use smsip_map::{Argument, OpCode};
use smsip_tcap::{q774, Component, TcapMessage, TransactionId};

/// The pending-invoke lookup: any invoke ID names the operation `op`.
fn lookup(op: u8) -> impl FnMut(i8) -> Option<OpCode> {
    move |id| (id % 2 == 0).then_some(OpCode(op))
}

fn check_answer(bytes: &[u8], err: &Error) {
    let _ = (err.to_string(), format!("{err:?}"));
    let reject = dialogue::reject_for(err);
    match dialogue::answer(bytes, err) {
        q774::Answer::Abort(a) => {
            assert!(reject.is_none(), "{err}: an Abort and a Reject");
            let out = a.to_vec();
            let back = smsip_tcap::decode(&out).expect("our Abort decodes");
            assert_eq!(back, TcapMessage::Abort(a));
        }
        q774::Answer::Reject(r) => {
            assert_eq!(reject, Some(r));
            let out = Component::Reject(r).to_vec();
            let e = smsip_ber::Element::from_ber(&out).unwrap();
            assert_eq!(Component::from_element(e).unwrap(), Component::Reject(r));
        }
        q774::Answer::Discard => assert!(reject.is_none()),
    }
}

fn touch(c: &MapComponent<'_>) {
    let _ = (format!("{c:?}"), c.invoke_id());
    match c {
        MapComponent::Invoke {
            arg: Argument::MtForwardSm(m),
            ..
        } => {
            let _ = m.tpdu();
        }
        MapComponent::Invoke {
            arg: Argument::MoForwardSm(m),
            ..
        } => {
            let _ = m.tpdu();
        }
        MapComponent::Invoke {
            arg: Argument::ForwardSm(f),
            ..
        } => {
            let _ = f.tpdu();
        }
        _ => {}
    }
}

/// The component as a component to send (`None`: nothing to rebuild it from).
fn outgoing<'a>(c: &MapComponent<'a>) -> Outgoing<'a> {
    match *c {
        MapComponent::Invoke {
            invoke_id, op, arg, ..
        } => {
            assert_eq!(arg.opcode(), op);
            Outgoing::Invoke { invoke_id, arg }
        }
        MapComponent::ReturnResult {
            invoke_id,
            last,
            op,
            res,
        } => Outgoing::Result {
            invoke_id,
            op: op.unwrap_or(OpCode(0)),
            res,
            last,
        },
        MapComponent::ReturnError {
            invoke_id,
            code,
            param,
            ..
        } => Outgoing::Error {
            invoke_id,
            code,
            param,
        },
        MapComponent::Reject(r) => Outgoing::Reject(r),
    }
}

/// Walks the components; returns those that typed.
fn walk<'a, F>(data: &[u8], comps: dialogue::MapComponents<'a, F>) -> Vec<MapComponent<'a>>
where
    F: FnMut(i8) -> Option<OpCode>,
{
    let mut ok = Vec::new();
    let mut comps = comps;
    let mut tcap_error = false;
    for c in comps.by_ref() {
        assert!(!tcap_error, "a component after a TCAP-level error");
        match c {
            Ok(c) => {
                touch(&c);
                ok.push(c);
            }
            Err(e) => {
                tcap_error = matches!(e, Error::Tcap(_));
                check_answer(data, &e);
            }
        }
    }
    assert!(comps.next().is_none(), "fused");
    ok
}

/// Re-decodes a message built from `msg`'s typing: same context, same version.
fn redecode<'b>(msg: &MapMessage<'_>, out: &'b [u8]) -> MapMessage<'b> {
    let back = match msg.context() {
        Some(ctx) => dialogue::decode_in(out, ctx),
        None => dialogue::decode(out),
    }
    .unwrap_or_else(|e| panic!("{out:02X?}: {e}"));
    assert_eq!(back.version(), msg.version());
    back
}

fn rebuild(msg: &MapMessage<'_>, c: &MapComponent<'_>, op: u8) {
    let comp = [outgoing(c)];
    // A v1 dialogue is recognised by a Begin without dialogue portion; the others are typed
    // by the context given to decode_in, or v3.
    let tx = if msg.context().is_none() && msg.version() == 1 {
        Transaction::Begin {
            otid: TransactionId::from_u32(1),
        }
    } else {
        Transaction::End {
            dtid: TransactionId::from_u32(1),
        }
    };
    let mut out = Vec::new();
    dialogue::encode_message(tx, None, &comp, &mut out);
    assert_eq!(out.len(), dialogue::message_len(tx, None, &comp));
    let back = redecode(msg, &out);
    let typed: Vec<_> = back.components_with(lookup(op)).collect();
    let [Ok(again)] = &typed[..] else {
        panic!("{c:?} -> {out:02X?} -> {typed:?}")
    };
    let mut out2 = Vec::new();
    dialogue::encode_message(tx, None, &[outgoing(again)], &mut out2);
    assert_eq!(out2, out, "{c:?}");
}

fuzz_target!(|data: &[u8]| {
    let msg = match dialogue::decode(data) {
        Ok(m) => m,
        Err(e) => {
            check_answer(data, &e);
            return;
        }
    };
    let _ = (
        format!("{msg:?}"),
        msg.ac_name(),
        msg.more_messages_to_send(),
    );
    let step = msg.step();
    assert_eq!(step == DialogueStep::Refused, msg.refusal().is_some());
    if let Some(ctx) = msg.context() {
        assert_eq!(msg.version(), ctx.version());
        assert_eq!(AcVersion::from_oid(&ctx.oid()), Some(ctx));
    }

    // The MAP dialogue PDU, written again.
    if let Ok(Some(pdu)) = msg.map_dialogue_pdu() {
        let _ = (format!("{pdu:?}"), pdu.name());
        let mut buf = vec![0u8; pdu.external_len()];
        let ui = dialogue::map_user_information(&pdu, &mut buf).expect("fits its own length");
        let back = MapDialoguePdu::from_user_information(ui)
            .expect("our EXTERNAL decodes")
            .expect("and holds the PDU");
        // Our encoding is canonical (minimal definite lengths): what it decodes to writes the
        // same octets again, and equals the received value when the received octets were
        // canonical already.
        let mut again = vec![0u8; back.external_len()];
        let ui_again = dialogue::map_user_information(&back, &mut again).expect("fits");
        assert_eq!(ui_again.as_bytes(), ui.as_bytes());
        let received = msg
            .tcap
            .dialogue_portion()
            .and_then(|d| d.user_information());
        if received.map(|r| r.as_bytes()) == Some(ui.as_bytes()) {
            assert_eq!(back, pdu);
        }
        if let (MapDialoguePdu::Open(open), Some(ctx)) = (pdu, msg.context()) {
            let mut out = Vec::new();
            if dialogue::begin_with_open(TransactionId::from_u32(3), ctx, &open, &[], &mut out)
                .is_ok()
            {
                let again = dialogue::decode(&out).expect("our Begin decodes");
                assert_eq!(again.context(), Some(ctx));
                let got = again
                    .map_dialogue_pdu()
                    .expect("our MAP-OPEN decodes")
                    .expect("and is there");
                // TCAP writes the user information definite: byte for byte when it was, and
                // then the value reads back equal; re-encoded otherwise (an indefinite length
                // inside an extension container or an unknown member), and then what is on
                // the wire is exactly what the value read back writes.
                let wire = again
                    .tcap
                    .dialogue_portion()
                    .and_then(|d| d.user_information())
                    .expect("user information");
                let mut rewritten = Vec::new();
                got.encode_external(&mut rewritten);
                assert_eq!(wire.as_bytes(), &rewritten[..]);
                if wire.as_bytes() == ui.as_bytes() {
                    assert_eq!(got, back);
                } else {
                    assert!(matches!(got, MapDialoguePdu::Open(_)));
                }
            }
        }
    }

    // Typed without lookup, with one, and under fixed contexts.
    let op = data.last().copied().unwrap_or(44);
    let plain = walk(data, msg.components());
    let looked_up = walk(data, msg.components_with(lookup(op)));
    for ctx in [
        AcVersion::SHORT_MSG_MT_RELAY_V3,
        AcVersion::SHORT_MSG_MT_RELAY_V2,
        AcVersion::SHORT_MSG_GATEWAY_V3,
    ] {
        let _ = walk(data, msg.with_context(ctx).components());
    }
    let _ = plain;

    // Each typed component builds again, canonically.
    for c in &looked_up {
        rebuild(&msg, c, op);
    }

    // The version fallback of a MAP dialogue.
    if let Some(ac) = msg.ac_name() {
        for v in 1..=3 {
            let mut out = Vec::new();
            if dialogue::fallback_abort(TransactionId::from_u32(9), ac, v, &mut out).is_ok() {
                let abort = dialogue::decode(&out).expect("our Abort decodes");
                assert_eq!(abort.step(), DialogueStep::Refused);
                let offered = abort.refusal().and_then(|r| r.offered);
                assert_eq!(offered.map(AcVersion::version), Some(v));
            } else {
                assert!(out.is_empty());
            }
        }
    }
});
