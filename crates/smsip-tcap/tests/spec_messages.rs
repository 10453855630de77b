//! The verified messages of shared/spec/tcap.md: the annotated TC-BEGIN of §7 field by field,
//! the further messages of §8 and the aborts of §6. Every one re-encodes to the same octets.

use smsip_ber::{oid, AddressString, Element, Oid, Tag};
use smsip_tcap::{
    decode, q774, Aare, Aarq, Abort, AbortReason, AbortSource, Abrt, AssociateResult, Code,
    Component, ComponentType, DialoguePortion, GeneralProblem, InvokeProblem, PAbortCause, Problem,
    Reject, ResultSourceDiagnostic, ServiceUserDiagnostic, TcapMessage, TransactionId,
    DIALOGUE_AS_ID, VERSION1,
};

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

const SHORT_MSG_GATEWAY_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 2);
const SHORT_MSG_GATEWAY_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 3);
const SHORT_MSG_MT_RELAY_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 25, 3);
const ANY_TIME_INFO_HANDLING_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 43, 3);

/// tcap.md §7: TC-BEGIN with MAP sendRoutingInfoForSM, 90 octets.
const SECTION_7: &str = "62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 \
    A1 09 06 07 04 00 00 01 00 14 03 6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44 77 00 09 10 32 \
    81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00";

/// Decodes, checks the re-encoding is the same octets (and `encoded_len`), returns the message.
fn roundtrip(bytes: &[u8]) -> TcapMessage<'_> {
    let msg = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(msg.to_vec(), bytes, "re-encoding");
    assert_eq!(msg.encoded_len(), bytes.len());
    // Every component decodes.
    for c in msg.components() {
        c.unwrap();
    }
    msg
}

fn single_component<'a>(msg: &TcapMessage<'a>) -> Component<'a> {
    let comps: Vec<_> = msg.components().collect::<Result<_, _>>().unwrap();
    assert_eq!(comps.len(), 1);
    comps[0]
}

#[test]
fn section_7_tc_begin_sri_sm() {
    let bytes = hex(SECTION_7);
    assert_eq!(bytes.len(), 90);
    let msg = roundtrip(&bytes);
    let TcapMessage::Begin(begin) = msg else {
        panic!("not a Begin: {msg:?}")
    };
    // offset 2: otid 4 octets 00000001
    assert_eq!(begin.otid, TransactionId::new(&[0, 0, 0, 1]).unwrap());
    assert_eq!(msg.otid(), Some(begin.otid));
    assert_eq!(msg.dtid(), None);
    // offsets 8..40: dialogue portion, dialogue-as-id, AARQ, version1, AC name.
    let dialogue = begin.dialogue_portion.unwrap();
    assert_eq!(dialogue.abstract_syntax(), Some(DIALOGUE_AS_ID));
    let DialoguePortion::Request(aarq) = dialogue else {
        panic!("not an AARQ: {dialogue:?}")
    };
    assert_eq!(aarq.protocol_version, Some(VERSION1));
    assert!(aarq.supports_version1());
    assert_eq!(aarq.application_context_name, SHORT_MSG_GATEWAY_V3);
    assert_eq!(
        aarq.application_context_name.to_string(),
        "0.4.0.0.1.0.20.3"
    );
    assert_eq!(aarq.application_context_name.as_bytes(), &bytes[33..40]);
    assert_eq!(aarq.user_information, None);
    assert_eq!(
        dialogue.application_context_name(),
        Some(oid!(0, 4, 0, 0, 1, 0, 20, 3))
    );
    // offset 40: component portion; 42: invoke.
    let portion = begin.components.unwrap();
    assert_eq!(portion.as_element().unwrap().offset(), 40);
    let Component::Invoke(invoke) = single_component(&msg) else {
        panic!("not an invoke")
    };
    assert_eq!(invoke.invoke_id, 1); // offset 44
    assert_eq!(invoke.linked_id, None);
    assert_eq!(invoke.opcode, Code::Local(45)); // offset 47: sendRoutingInfoForSM
    let param = invoke.parameter.unwrap(); // offset 50: RoutingInfoForSM-Arg, 38 octets
    assert_eq!(param.offset(), 50);
    assert_eq!(param.tag(), Tag::SEQUENCE);
    assert_eq!(param.content().len(), 38);
    assert_eq!(param.raw(), &bytes[50..]);
    assert_eq!(
        param.content(),
        &hex(
            "80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 \
              89 08 0C 91 44 77 00 09 40 65 8B 00"
        )[..]
    );
    // The MAP layer gets offsets in the whole message.
    let mut arg = param.enter(Tag::SEQUENCE).unwrap();
    let msisdn = arg.expect(Tag::context(0), "msisdn").unwrap();
    assert_eq!(msisdn.offset(), 52);
    assert_eq!(
        AddressString::from_element(msisdn).unwrap().to_string(),
        "+447700900123"
    );

    // Rebuilt by hand: the same 90 octets.
    let comps = [Component::Invoke(smsip_tcap::Invoke::new(
        1,
        Code::Local(45),
        Some(Element::from_ber(&bytes[50..]).unwrap()),
    ))];
    let built = smsip_tcap::Begin::new(TransactionId::from_u32(1))
        .with_dialogue(DialoguePortion::request(SHORT_MSG_GATEWAY_V3))
        .with_components(&comps);
    assert_eq!(TcapMessage::Begin(built).to_vec(), bytes);
    assert_eq!(TcapMessage::Begin(built), msg);

    // Into a fixed buffer.
    let mut buf = [0u8; 90];
    assert_eq!(msg.encode_to_slice(&mut buf), Ok(90));
    assert_eq!(buf[..], bytes[..]);
    let err = msg.encode_to_slice(&mut [0u8; 89]).unwrap_err();
    assert_eq!(err.needed, 90);
}

#[test]
fn section_8_end_aare_accepted_with_sri_sm_result() {
    let bytes = hex(
        "64 70 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 3C A2 3A 02 01 01 \
         30 35 02 01 2D 30 30 04 08 00 01 01 21 43 65 87 F9 A0 1C 81 07 91 44 77 00 09 50 F0 04 04 \
         01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00 A5 06 02 01 1E 02 01 3C",
    );
    let msg = roundtrip(&bytes);
    let TcapMessage::End(end) = msg else { panic!() };
    assert_eq!(end.dtid, TransactionId::from_u32(1));
    let Some(DialoguePortion::Response(aare)) = end.dialogue_portion else {
        panic!()
    };
    assert_eq!(aare, Aare::accepted(SHORT_MSG_GATEWAY_V3));
    assert_eq!(aare.result, AssociateResult::ACCEPTED);
    assert_eq!(
        aare.result_source_diagnostic,
        ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic::NULL)
    );
    let Component::ReturnResultLast(rr) = single_component(&msg) else {
        panic!()
    };
    assert_eq!(rr.invoke_id, 1);
    let result = rr.result.unwrap();
    assert_eq!(result.opcode, Code::Local(45));
    assert_eq!(result.parameter.tag(), Tag::SEQUENCE);
    assert_eq!(result.parameter.raw(), &bytes[64..]);
    assert_eq!(result.parameter.content().len(), 48); // RoutingInfoForSM-Res
}

#[test]
fn section_8_end_return_error_absent_subscriber_sm() {
    let bytes = hex(
        "64 41 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 0D A3 0B 02 01 01 \
         02 01 06 30 03 02 01 01",
    );
    let msg = roundtrip(&bytes);
    assert_eq!(msg.dtid(), Some(TransactionId::from_u32(1)));
    assert_eq!(
        msg.dialogue_portion(),
        Some(DialoguePortion::accepted(SHORT_MSG_GATEWAY_V3))
    );
    let Component::ReturnError(e) = single_component(&msg) else {
        panic!()
    };
    assert_eq!(e.invoke_id, 1);
    assert_eq!(e.error_code, Code::Local(6)); // absentSubscriberSM
    assert_eq!(e.parameter.unwrap().raw(), &[0x30, 0x03, 0x02, 0x01, 0x01]);
}

#[test]
fn section_8_begin_mt_forward_sm() {
    let bytes = hex(
        "62 77 48 04 00 00 00 02 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 19 03 6C 4F A1 4D 02 01 01 02 01 2C 30 45 80 08 00 01 01 21 \
         43 65 87 F9 84 07 91 44 77 00 09 00 00 04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 \
         41 03 00 40 05 C8 32 9B FD 06 30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 \
         01 FF 02 01 3C",
    );
    let msg = roundtrip(&bytes);
    assert_eq!(msg.otid(), Some(TransactionId::from_u32(2)));
    assert_eq!(
        msg.dialogue_portion().unwrap().application_context_name(),
        Some(SHORT_MSG_MT_RELAY_V3)
    );
    let Component::Invoke(invoke) = single_component(&msg) else {
        panic!()
    };
    assert_eq!((invoke.invoke_id, invoke.opcode), (1, Code::Local(44)));
    let p = invoke.parameter.unwrap();
    assert_eq!((p.offset(), p.content().len()), (50, 0x45));
    assert_eq!(p.raw(), &bytes[50..]);
}

#[test]
fn section_8_any_time_modification_begin_and_end() {
    let begin = hex(
        "62 4C 48 04 00 00 00 03 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 2B 03 6C 24 A1 22 02 01 01 02 01 41 30 1A A0 0A 80 08 00 01 \
         01 21 43 65 87 F9 81 07 91 44 77 00 09 70 00 A8 03 80 01 01",
    );
    let msg = roundtrip(&begin);
    assert_eq!(msg.otid(), Some(TransactionId::from_u32(3)));
    assert_eq!(
        msg.dialogue_portion(),
        Some(DialoguePortion::request(ANY_TIME_INFO_HANDLING_V3))
    );
    let Component::Invoke(invoke) = single_component(&msg) else {
        panic!()
    };
    assert_eq!((invoke.invoke_id, invoke.opcode), (1, Code::Local(65)));
    assert_eq!(invoke.parameter.unwrap().raw(), &begin[50..]);

    let end = hex(
        "64 49 49 04 00 00 00 03 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 2B 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 15 A2 13 02 01 01 \
         30 0E 02 01 41 30 09 89 07 91 44 77 00 09 00 00",
    );
    let msg = roundtrip(&end);
    assert_eq!(msg.dtid(), Some(TransactionId::from_u32(3)));
    assert_eq!(
        msg.dialogue_portion(),
        Some(DialoguePortion::accepted(ANY_TIME_INFO_HANDLING_V3))
    );
    let Component::ReturnResultLast(rr) = single_component(&msg) else {
        panic!()
    };
    let r = rr.result.unwrap();
    assert_eq!((rr.invoke_id, r.opcode), (1, Code::Local(65)));
    assert_eq!(r.parameter.raw(), &end[64..]);
}

#[test]
fn section_8_begin_report_sm_delivery_status() {
    let bytes = hex(
        "62 4C 48 04 00 00 00 04 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 03 6C 24 A1 22 02 01 01 02 01 2F 30 1A 04 07 91 44 77 00 \
         09 10 32 04 07 91 44 77 00 09 00 00 0A 01 01 80 01 0C 86 00",
    );
    let msg = roundtrip(&bytes);
    assert_eq!(msg.otid(), Some(TransactionId::from_u32(4)));
    assert_eq!(
        msg.dialogue_portion().unwrap().application_context_name(),
        Some(SHORT_MSG_GATEWAY_V3)
    );
    let Component::Invoke(invoke) = single_component(&msg) else {
        panic!()
    };
    assert_eq!((invoke.invoke_id, invoke.opcode), (1, Code::Local(47)));
    assert_eq!(invoke.parameter.unwrap().raw(), &bytes[50..]);
}

#[test]
fn section_8_continue_with_reject_mistyped_parameter() {
    let bytes = hex("65 14 48 02 0A 0B 49 04 00 00 00 01 6C 08 A4 06 02 01 01 81 01 02");
    let msg = roundtrip(&bytes);
    let TcapMessage::Continue(c) = msg else {
        panic!()
    };
    assert_eq!(c.otid, TransactionId::new(&[0x0A, 0x0B]).unwrap());
    assert_eq!(c.dtid, TransactionId::from_u32(1));
    assert_eq!(c.dialogue_portion, None);
    let comp = single_component(&msg);
    assert_eq!(comp.component_type(), ComponentType::Reject);
    assert_eq!(
        comp,
        Component::Reject(Reject::invoke(1, InvokeProblem::MISTYPED_PARAMETER))
    );
    // The same message built by hand.
    let comps = [comp];
    let built = smsip_tcap::Continue::new(c.otid, c.dtid).with_components(&comps);
    assert_eq!(TcapMessage::Continue(built).to_vec(), bytes);
}

#[test]
fn section_8_end_with_reject_not_derivable() {
    let bytes = hex("64 0F 49 04 00 00 00 01 6C 07 A4 05 05 00 80 01 02");
    let msg = roundtrip(&bytes);
    let Component::Reject(r) = single_component(&msg) else {
        panic!()
    };
    assert_eq!(r.invoke_id, None);
    assert_eq!(
        r.problem,
        Problem::General(GeneralProblem::BADLY_STRUCTURED_COMPONENT)
    );
    assert_eq!(
        r,
        Reject::general(None, GeneralProblem::BADLY_STRUCTURED_COMPONENT)
    );
}

#[test]
fn section_6_ac_version_fallback_abort() {
    let bytes = hex(
        "67 32 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 02 A2 03 02 01 01 A3 05 A1 03 02 01 02",
    );
    let msg = roundtrip(&bytes);
    let TcapMessage::Abort(abort) = msg else {
        panic!()
    };
    assert_eq!(abort.dtid, TransactionId::from_u32(1));
    let Some(AbortReason::User(DialoguePortion::Response(aare))) = abort.reason else {
        panic!()
    };
    assert_eq!(aare.application_context_name, SHORT_MSG_GATEWAY_V2); // the version to retry
    assert_eq!(aare.result, AssociateResult::REJECT_PERMANENT);
    assert_eq!(
        aare.result_source_diagnostic,
        ResultSourceDiagnostic::ServiceUser(
            ServiceUserDiagnostic::APPLICATION_CONTEXT_NAME_NOT_SUPPORTED
        )
    );
    assert_eq!(
        abort,
        Abort::application_context_not_supported(TransactionId::from_u32(1), SHORT_MSG_GATEWAY_V2)
    );

    // And q774 builds exactly it from the §7 Begin when only v2 is supported.
    let begin_bytes = hex(SECTION_7);
    let TcapMessage::Begin(begin) = decode(&begin_bytes).unwrap() else {
        panic!()
    };
    let Some(DialoguePortion::Request(aarq)) = begin.dialogue_portion else {
        panic!()
    };
    let answer = q774::answer_aarq(begin.otid, &aarq, &[SHORT_MSG_GATEWAY_V2]).unwrap();
    assert_eq!(answer.to_vec(), bytes);
}

#[test]
fn section_6_p_abort_and_u_abort() {
    let p = hex("67 09 49 04 00 00 00 01 4A 01 01");
    let msg = roundtrip(&p);
    let TcapMessage::Abort(abort) = msg else {
        panic!()
    };
    assert_eq!(
        abort.p_abort_cause(),
        Some(PAbortCause::UNRECOGNIZED_TRANSACTION_ID)
    );
    assert_eq!(abort.dialogue_portion(), None);

    let u =
        hex("67 1A 49 04 00 00 00 01 6B 12 28 10 06 07 00 11 86 05 01 01 01 A0 05 64 03 80 01 00");
    let msg = roundtrip(&u);
    let TcapMessage::Abort(abort) = msg else {
        panic!()
    };
    assert_eq!(abort.p_abort_cause(), None);
    assert_eq!(
        abort.dialogue_portion(),
        Some(DialoguePortion::Abort(Abrt::new(
            AbortSource::DIALOGUE_SERVICE_USER
        )))
    );
    assert_eq!(
        abort,
        Abort::user(TransactionId::from_u32(1), DialoguePortion::user_abort())
    );
}

#[test]
fn aarq_with_user_information_is_kept_raw() {
    // An AARQ whose user-information carries a MAP-OpenInfo-like EXTERNAL (map-DialogueAS).
    let ui_external = hex("28 0F 06 07 04 00 00 01 01 01 01 A0 04 A0 02 80 00");
    let mut aarq_bytes = Vec::new();
    let ui = smsip_ber::BerReader::new(&ui_external)
        .rest_as_raw()
        .unwrap();
    let mut aarq = Aarq::new(SHORT_MSG_GATEWAY_V3);
    aarq.user_information = Some(ui);
    let comps = [Component::Invoke(smsip_tcap::Invoke::new(
        1,
        Code::Local(45),
        None,
    ))];
    let begin = smsip_tcap::Begin::new(TransactionId::new(&[0x12, 0x34]).unwrap())
        .with_dialogue(aarq.into())
        .with_components(&comps);
    TcapMessage::Begin(begin).encode(&mut aarq_bytes);
    let msg = decode(&aarq_bytes).unwrap();
    assert_eq!(msg, TcapMessage::Begin(begin));
    let ui = msg.dialogue_portion().unwrap().user_information().unwrap();
    assert_eq!(ui.as_bytes(), &ui_external[..]);
    let ext = smsip_tcap::External::from_element(ui.iter().next().unwrap().unwrap()).unwrap();
    assert_eq!(ext.direct_reference, Some(oid!(0, 4, 0, 0, 1, 1, 1, 1)));
    assert_eq!(msg.to_vec(), aarq_bytes);
}
