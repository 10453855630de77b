//! MAP dialogues over TCAP (`smsip_map::dialogue`): the verified messages of tcap.md §6–§8
//! decoded to typed MAP values and rebuilt byte for byte, the segmented mt-ForwardSM flows,
//! the `tcap` vectors of shared/vectors/public.json, the Rejects MAP sends, property tests of
//! the builders, and decoding without allocation.

use std::sync::Mutex;

use proptest::collection::vec;
use proptest::prelude::*;
use smsip_ber::{oid, AddressString, Element, Imsi};
use smsip_map::dialogue::{
    self, AcVersion, BuildError, ComponentErrorKind, DialogueStep, Error, MapComponent, Outgoing,
    Transaction,
};
use smsip_map::*;
use smsip_tcap::{
    q774, Code, Component, ComponentType, DialoguePortion, GeneralProblem, Invoke, InvokeProblem,
    Reject, ResultSourceDiagnostic, ReturnErrorProblem, ReturnResultProblem, ServiceUserDiagnostic,
    TcapMessage, TransactionId,
};
use smsip_tpdu::{Direction, Tpdu};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// Every test holds this lock, so the allocation measurement runs alone (see
/// `decoding_does_not_allocate`).
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

fn tid(v: u32) -> TransactionId {
    TransactionId::from_u32(v)
}

/// tcap.md §7: TC-BEGIN, shortMsgGatewayContext-v3, invoke sendRoutingInfoForSM.
const SRI_SM_BEGIN: &str =
    "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
     6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
     89080C91447700094065 8B00";
/// tcap.md §8: TC-END with AARE accepted and the ReturnResultLast of sendRoutingInfoForSM.
const SRI_SM_END: &str =
    "64704904000000016B2A2828060700118605010101A01D611B80020780A109060704000001001403\
     A203020100A305A1030201006C3CA23A0201013035 02012D 3030040800010121436587F9A01C81079144\
     77000950F004040102030485 00A60980079144770009 6000A50602011E02013C";
/// tcap.md §8: TC-END with ReturnError absentSubscriberSM {absentSubscriberDiagnosticSM 1}.
const ABSENT_SM_END: &str =
    "64414904000000016B2A2828060700118605010101A01D611B80020780A109060704000001001403\
     A203020100A305A1030201006C0DA30B020101020106 3003020101";
/// tcap.md §8: TC-BEGIN with mt-ForwardSM (shortMsgMT-RelayContext-v3).
const MT_FSM_BEGIN: &str =
    "62774804000000026B1E281C060700118605010101A011600F80020780A109060704000001001903\
     6C4FA14D02010102012C 3045800800010121436587F98407914477000900000418040C914477000940650000\
     4230514103004005C8329BFD06 3013A011300F060A2B0601040181FD5901010101FF 02013C";
/// tcap.md §6: the TC-ABORT refusing shortMsgGatewayContext-v3, offering v2.
const FALLBACK_ABORT: &str =
    "6732490400000001 6B2A2828060700118605010101A01D 611B 80020780 A109060704000001001402\
     A203020101 A305A103020102";
/// public.json pycrate-pcapr-sri-sm-begin-v2.
const PCAPR_BEGIN_V2: &str =
    "62474804000000016b1e281c060700118605010101a011600f80020780a1090607040000010014026c1fa11d\
     0201ff02012d30158007911497427533f38101008207911497797908f0";
/// public.json pycrate-pcapr-sri-sm-end-indefinite.
const PCAPR_END_INDEFINITE: &str =
    "64574904000000016b2a2828060700118605010101a01d611b80020780a109060704000001001402a2030201\
     00a305a1030201006c80a21f0201ff301a02012d3015040822082121109058f6a009810791149794740\
     0f00000";

/// An SMS-DELIVER "Hello" from +447700900456 (tpdu.md §13.4, map-sms.md §13.2).
const DELIVER: &str = "040C914477000940650000423051410300 4005C8329BFD06";

fn imsi() -> Imsi<'static> {
    Imsi::new(&[0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap()
}

fn sc() -> AddressString<'static> {
    AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap()
}

fn only<'a>(msg: &dialogue::MapMessage<'a>) -> MapComponent<'a> {
    let comps: Vec<_> = msg.components().collect::<Result<_, _>>().unwrap();
    let [c] = comps[..] else { panic!("{comps:?}") };
    c
}

// ---------------------------------------------------------------------------------------------
// Verified messages of tcap.md
// ---------------------------------------------------------------------------------------------

#[test]
fn tcap_7_begin_is_a_typed_sri_sm() {
    let _g = serial();
    let bytes = hex(SRI_SM_BEGIN);
    let msg = dialogue::decode(&bytes).unwrap();
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V3));
    assert_eq!(msg.version(), 3);
    assert_eq!(msg.step(), DialogueStep::Begin);
    assert_eq!(msg.tcap.otid(), Some(tid(1)));
    assert_eq!(msg.ac_name(), Some(oid!(0, 4, 0, 0, 1, 0, 20, 3)));
    assert!(msg.refusal().is_none());
    assert!(!msg.more_messages_to_send());
    let MapComponent::Invoke {
        invoke_id,
        linked_id,
        op,
        arg: Argument::SendRoutingInfoForSm(sri),
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(
        (invoke_id, linked_id, op),
        (1, None, OpCode::SEND_ROUTING_INFO_FOR_SM)
    );
    assert_eq!(sri.msisdn.to_string(), "+447700900123");
    assert!(sri.sm_rp_pri);
    assert_eq!(sri.service_centre_address.to_string(), "+447700900000");
    assert!(sri.gprs_support_indicator);
    assert_eq!(sri.sm_rp_mti, Some(0));
    assert_eq!(sri.sm_rp_smea, Some(&bytes[80..88]));
    assert!(sri.ip_sm_gw_guidance_indicator);
    assert!(sri.imsi.is_none()); // the §7 argument has none: the IMSI comes back in the result

    // Rebuilt from the typed argument: the same octets.
    let mut out = Vec::new();
    dialogue::begin_with_invoke(
        tid(1),
        AcVersion::SHORT_MSG_GATEWAY_V3,
        1,
        &Argument::SendRoutingInfoForSm(sri),
        &mut out,
    )
    .unwrap();
    assert_eq!(out, bytes);
}

#[test]
fn tcap_8_sri_sm_end_is_a_typed_result_and_rebuilds() {
    let _g = serial();
    let bytes = hex(SRI_SM_END);
    let msg = dialogue::decode(&bytes).unwrap();
    assert_eq!(msg.step(), DialogueStep::End);
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V3));
    let MapComponent::ReturnResult {
        invoke_id: 1,
        last: true,
        op: Some(OpCode::SEND_ROUTING_INFO_FOR_SM),
        res: res @ ReturnResult::SendRoutingInfoForSm(r),
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(r.imsi.to_string(), "001010123456789");
    let loc = r.location_info_with_lmsi;
    assert_eq!(loc.network_node_number.to_string(), "+44770090050");
    assert!(loc.gprs_node_indicator);
    let g = r.ip_sm_gw_guidance.unwrap();
    assert_eq!(
        (
            g.minimum_delivery_time_value,
            g.recommended_delivery_time_value
        ),
        (30, 60)
    );

    let mut out = Vec::new();
    dialogue::end_with_result(
        tid(1),
        1,
        OpCode::SEND_ROUTING_INFO_FOR_SM,
        &res,
        Some(AcVersion::SHORT_MSG_GATEWAY_V3),
        &mut out,
    );
    assert_eq!(out, bytes);
}

#[test]
fn tcap_8_absent_subscriber_sm_error_rebuilds() {
    let _g = serial();
    let bytes = hex(ABSENT_SM_END);
    let msg = dialogue::decode(&bytes).unwrap();
    let MapComponent::ReturnError {
        invoke_id: 1,
        op: None,
        code: ErrorCode::ABSENT_SUBSCRIBER_SM,
        param: param @ ErrorParam::AbsentSubscriberSm(p),
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(
        p.absent_subscriber_diagnostic_sm.map(|d| d.value()),
        Some(1)
    );
    // The pending-invoke lookup names the operation answered.
    let c = msg
        .components_with(|id| (id == 1).then_some(OpCode::SEND_ROUTING_INFO_FOR_SM))
        .next()
        .unwrap()
        .unwrap();
    assert!(matches!(
        c,
        MapComponent::ReturnError {
            op: Some(OpCode::SEND_ROUTING_INFO_FOR_SM),
            ..
        }
    ));

    let mut out = Vec::new();
    dialogue::end_with_error(
        tid(1),
        1,
        ErrorCode::ABSENT_SUBSCRIBER_SM,
        Some(&param),
        Some(AcVersion::SHORT_MSG_GATEWAY_V3),
        &mut out,
    )
    .unwrap();
    assert_eq!(out, bytes);
    // A parameter of another error is refused, and nothing is written.
    let mut out = Vec::new();
    assert_eq!(
        dialogue::end_with_error(
            tid(1),
            1,
            ErrorCode::SYSTEM_FAILURE,
            Some(&param),
            None,
            &mut out
        ),
        Err(BuildError::ErrorParamMismatch {
            code: ErrorCode::SYSTEM_FAILURE,
            param: ErrorCode::ABSENT_SUBSCRIBER_SM
        })
    );
    assert!(out.is_empty());
}

/// The MT-ForwardSM-Arg of map-sms.md §13.2, built member by member.
fn spec_mt_arg<'a>(ui: &'a [u8], ext_source: &'a [u8]) -> MtForwardSmArg<'a> {
    let mut arg = MtForwardSmArg::new(
        SmRpDa::Imsi(imsi()),
        SmRpOa::ServiceCentreAddressOa(sc()),
        ui,
    );
    arg.extension_container = MtForwardSmArg::decode(ext_source)
        .unwrap()
        .extension_container;
    arg.sm_delivery_timer = Some(60);
    arg
}

#[test]
fn built_mt_forward_sm_begin_matches_tcap_8_field_by_field() {
    let _g = serial();
    let ui = hex(DELIVER);
    let expected = hex(MT_FSM_BEGIN);
    let arg = spec_mt_arg(&ui, &expected[50..]);
    let mut out = Vec::new();
    dialogue::begin_mt_forward_sm(tid(2), 3, 1, &arg, &mut out).unwrap();
    assert_eq!(
        dialogue::mt_forward_sm_begin_len(tid(2), 3, 1, &arg),
        Ok(out.len())
    );

    // Dissected.
    assert_eq!(out[..2], [0x62, 0x77]); // Begin, 119 octets
    assert_eq!(out.len(), 2 + 0x77);
    assert_eq!(out[2..8], [0x48, 0x04, 0x00, 0x00, 0x00, 0x02]); // otid 00000002
    assert_eq!(out[8..10], [0x6B, 0x1E]); // dialogue portion
    assert_eq!(out[10..12], [0x28, 0x1C]); // EXTERNAL
    assert_eq!(
        out[12..21],
        [0x06, 0x07, 0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01]
    ); // dialogue-as-id
    assert_eq!(out[21..25], [0xA0, 0x11, 0x60, 0x0F]); // single-ASN1-type, AARQ
    assert_eq!(out[25..29], [0x80, 0x02, 0x07, 0x80]); // protocol-version version1
    assert_eq!(
        out[29..40],
        [0xA1, 0x09, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x19, 0x03]
    ); // shortMsgMT-RelayContext-v3
    assert_eq!(out[40..42], [0x6C, 0x4F]); // component portion
    assert_eq!(out[42..44], [0xA1, 0x4D]); // invoke
    assert_eq!(out[44..47], [0x02, 0x01, 0x01]); // invokeID 1
    assert_eq!(out[47..50], [0x02, 0x01, 0x2C]); // mt-ForwardSM (44)
    assert_eq!(out[50..52], [0x30, 0x45]); // MT-ForwardSM-Arg
    assert_eq!(out[52..62], hex("80 08 0001012143658 7F9")); // sm-RP-DA imsi
    assert_eq!(out[62..71], hex("84 07 91447700090000")); // sm-RP-OA serviceCentreAddressOA
    assert_eq!(out[71..73], [0x04, 0x18]); // sm-RP-UI, 24 octets
    assert_eq!(out[73..97], ui[..]);
    assert_eq!(out[97..99], [0x30, 0x13]); // extensionContainer
    assert_eq!(out[118..], [0x02, 0x01, 0x3C]); // smDeliveryTimer 60
    assert_eq!(out, expected);

    // Decoded back: the same typed argument, with its TPDU.
    let msg = dialogue::decode(&out).unwrap();
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));
    let MapComponent::Invoke {
        invoke_id: 1,
        op: OpCode::MT_FORWARD_SM,
        arg: Argument::MtForwardSm(back),
        ..
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(back, arg);
    let Tpdu::Deliver(d) = back.tpdu().unwrap() else {
        panic!()
    };
    assert_eq!(d.oa.to_string(), "+447700900456");

    // The same octets as smsip-tcap's own builder around the encoded argument.
    let arg_bytes = arg.to_vec();
    let comps = [Component::Invoke(Invoke::new(
        1,
        Code::Local(44),
        Some(Element::from_ber(&arg_bytes).unwrap()),
    ))];
    let begin = smsip_tcap::Begin::new(tid(2))
        .with_dialogue(DialoguePortion::request(oid!(0, 4, 0, 0, 1, 0, 25, 3)))
        .with_components(&comps);
    assert_eq!(TcapMessage::Begin(begin).to_vec(), out);
}

#[test]
fn mt_forward_sm_in_v2_and_v1_is_forward_sm() {
    let _g = serial();
    let ui = hex(DELIVER);
    let mut arg = MtForwardSmArg::new(
        SmRpDa::Imsi(imsi()),
        SmRpOa::ServiceCentreAddressOa(sc()),
        &ui,
    );
    arg.sm_delivery_timer = Some(60); // v3 only: left out below v3
    arg.more_messages_to_send = true;

    let mut out = Vec::new();
    dialogue::begin_mt_forward_sm(tid(9), 2, 1, &arg, &mut out).unwrap();
    let msg = dialogue::decode(&out).unwrap();
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V2));
    assert!(msg.more_messages_to_send());
    let MapComponent::Invoke {
        op: OpCode::FORWARD_SM,
        arg: Argument::ForwardSm(f),
        ..
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(
        (f.sm_rp_da, f.sm_rp_oa, f.sm_rp_ui, f.more_messages_to_send),
        (arg.sm_rp_da, arg.sm_rp_oa, arg.sm_rp_ui, true)
    );

    // v1: no dialogue portion, no moreMessagesToSend.
    let mut out = Vec::new();
    assert_eq!(
        dialogue::begin_mt_forward_sm(tid(9), 1, 1, &arg, &mut out),
        Err(BuildError::NotInVersion1("moreMessagesToSend"))
    );
    arg.more_messages_to_send = false;
    dialogue::begin_mt_forward_sm(tid(9), 1, 1, &arg, &mut out).unwrap();
    let msg = dialogue::decode(&out).unwrap();
    assert!(msg.tcap.dialogue_portion().is_none());
    assert_eq!((msg.context(), msg.version()), (None, 1));
    assert!(matches!(
        only(&msg),
        MapComponent::Invoke {
            arg: Argument::ForwardSm(_),
            ..
        }
    ));
    assert_eq!(
        dialogue::begin_mt_forward_sm(tid(9), 4, 1, &arg, &mut Vec::new()),
        Err(BuildError::NoSuchVersion {
            context: ApplicationContext::ShortMsgMtRelay,
            version: 4
        })
    );
    // mt-ForwardSM (v3 syntax) may not open a v2 dialogue.
    assert!(matches!(
        dialogue::begin_with_invoke(
            tid(9),
            AcVersion::SHORT_MSG_MT_RELAY_V2,
            1,
            &Argument::MtForwardSm(arg),
            &mut Vec::new()
        ),
        Err(BuildError::OperationNotInContext { .. })
    ));
}

#[test]
fn end_with_mt_forward_sm_res_round_trips() {
    let _g = serial();
    let report = [0x00, 0x00]; // SMS-DELIVER-REPORT for RP-ACK, TP-PI 0
    let cases = [
        ReturnResult::Empty,
        ReturnResult::MtForwardSm(MtForwardSmRes::default()),
        ReturnResult::MtForwardSm(MtForwardSmRes {
            sm_rp_ui: Some(&report),
            ..MtForwardSmRes::default()
        }),
    ];
    for (i, res) in cases.iter().enumerate() {
        let mut out = Vec::new();
        let accept = (i != 1).then_some(AcVersion::SHORT_MSG_MT_RELAY_V3);
        dialogue::end_with_result(tid(0x0A0B), 7, OpCode::MT_FORWARD_SM, res, accept, &mut out);
        let msg = dialogue::decode_in(&out, AcVersion::SHORT_MSG_MT_RELAY_V3).unwrap();
        assert_eq!(msg.tcap.dtid(), Some(tid(0x0A0B)));
        assert_eq!(msg.tcap.dialogue_portion().is_some(), accept.is_some());
        let c = msg
            .components_with(|id| (id == 7).then_some(OpCode::MT_FORWARD_SM))
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(
            c,
            MapComponent::ReturnResult {
                invoke_id: 7,
                last: true,
                op: Some(OpCode::MT_FORWARD_SM),
                res: *res
            }
        );
        if let ReturnResult::MtForwardSm(r) = res {
            if r.sm_rp_ui.is_some() {
                assert!(matches!(r.tpdu(), Some(Ok(Tpdu::DeliverReport(_)))));
            }
        }
    }
    // The empty result is `A2 03 02 01 07`.
    let mut out = Vec::new();
    dialogue::end_with_result(
        tid(1),
        7,
        OpCode::MT_FORWARD_SM,
        &ReturnResult::Empty,
        None,
        &mut out,
    );
    assert_eq!(out, hex("640D 490400000001 6C05 A203020107"));
}

#[test]
fn end_with_sm_delivery_failure_round_trips() {
    let _g = serial();
    let report = hex("00D300"); // tpdu.md §13.6: SMS-DELIVER-REPORT, TP-FCS memory capacity exceeded
    let mut cause =
        SmDeliveryFailureCause::new(SmEnumeratedDeliveryFailureCause::MEMORY_CAPACITY_EXCEEDED);
    cause.diagnostic_info = Some(&report);
    let param = ErrorParam::SmDeliveryFailure(cause);
    let mut out = Vec::new();
    dialogue::end_with_error(
        tid(5),
        1,
        ErrorCode::SM_DELIVERY_FAILURE,
        Some(&param),
        Some(AcVersion::SHORT_MSG_MT_RELAY_V3),
        &mut out,
    )
    .unwrap();
    // 6C 12 A3 10 02 01 01 02 01 20 30 08 0A 01 00 04 03 00 D3 00
    assert!(out.ends_with(&hex("6C12 A310 020101 020120 3008 0A0100 040300D300")));
    let msg = dialogue::decode(&out).unwrap();
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));
    let MapComponent::ReturnError {
        invoke_id: 1,
        code: ErrorCode::SM_DELIVERY_FAILURE,
        param: back @ ErrorParam::SmDeliveryFailure(c),
        ..
    } = only(&msg)
    else {
        panic!()
    };
    assert_eq!(back, param);
    let Some(Ok(Tpdu::DeliverReport(_))) = c.diagnostic_tpdu(Direction::MsToSc) else {
        panic!()
    };
    // sm-DeliveryFailure without its mandatory parameter: mistypedParameter.
    let mut out = Vec::new();
    dialogue::end_with_error(
        tid(5),
        1,
        ErrorCode::SM_DELIVERY_FAILURE,
        None,
        None,
        &mut out,
    )
    .unwrap();
    let msg = dialogue::decode(&out).unwrap();
    let err = msg.components().next().unwrap().unwrap_err();
    assert_eq!(
        dialogue::reject_for(&err),
        Some(Reject::return_error(
            1,
            ReturnErrorProblem::MISTYPED_PARAMETER
        ))
    );
}

#[test]
fn fallback_abort_is_tcap_6() {
    let _g = serial();
    let begin = hex(SRI_SM_BEGIN);
    let msg = dialogue::decode(&begin).unwrap();
    let mut out = Vec::new();
    dialogue::fallback_abort(
        msg.tcap.otid().unwrap(),
        msg.ac_name().unwrap(),
        2,
        &mut out,
    )
    .unwrap();
    assert_eq!(out, hex(FALLBACK_ABORT));
    // The same Abort as q774::answer_aarq with v2 supported.
    let Some(DialoguePortion::Request(aarq)) = msg.tcap.dialogue_portion() else {
        panic!()
    };
    let q = q774::answer_aarq(tid(1), &aarq, &[oid!(0, 4, 0, 0, 1, 0, 20, 2)]).unwrap();
    assert_eq!(q.to_vec(), out);

    // The initiator recognises the refusal and the version to retry with.
    let abort = dialogue::decode(&out).unwrap();
    assert_eq!(abort.step(), DialogueStep::Refused);
    let refusal = abort.refusal().unwrap();
    assert_eq!(refusal.offered, Some(AcVersion::SHORT_MSG_GATEWAY_V2));
    assert_eq!(refusal.ac_name, oid!(0, 4, 0, 0, 1, 0, 20, 2));
    assert_eq!(
        refusal.diagnostic,
        ResultSourceDiagnostic::ServiceUser(
            ServiceUserDiagnostic::APPLICATION_CONTEXT_NAME_NOT_SUPPORTED
        )
    );
    assert_eq!(abort.components().count(), 0);

    // mt-relay v3 -> v2.
    let mut out = Vec::new();
    dialogue::fallback_abort(tid(3), AcVersion::SHORT_MSG_MT_RELAY_V3.oid(), 2, &mut out).unwrap();
    assert_eq!(
        dialogue::decode(&out).unwrap().refusal().unwrap().offered,
        Some(AcVersion::SHORT_MSG_MT_RELAY_V2)
    );
    // Nothing to fall back to, or no such context / version.
    let v3 = AcVersion::SHORT_MSG_MT_RELAY_V3.oid();
    assert_eq!(
        dialogue::fallback_abort(tid(3), v3, 3, &mut Vec::new()),
        Err(BuildError::NoFallback(3))
    );
    assert_eq!(
        dialogue::fallback_abort(tid(3), oid!(0, 4, 0, 1, 1, 1, 3, 0), 2, &mut Vec::new()),
        Err(BuildError::UnknownContext)
    );
    assert!(matches!(
        dialogue::fallback_abort(tid(3), v3, 7, &mut Vec::new()),
        Err(BuildError::NoSuchVersion { version: 7, .. })
    ));
    // A P-Abort is an abort, not a refusal.
    let p_abort = hex("6709 490400000001 4A0101");
    let p = dialogue::decode(&p_abort).unwrap();
    assert_eq!(p.step(), DialogueStep::Abort);
    assert!(p.refusal().is_none());
}

// ---------------------------------------------------------------------------------------------
// Segmented mt-ForwardSM
// ---------------------------------------------------------------------------------------------

/// (a) The first segment with moreMessagesToSend in the TC-BEGIN, the result in a TC-CONTINUE,
/// the last segment in a TC-CONTINUE, the last result in the TC-END.
#[test]
fn segmented_with_more_messages_to_send() {
    let _g = serial();
    let (gmsc, gw) = (tid(0x100), TransactionId::new(&[0xA1, 0xB2]).unwrap());
    let part1 = hex(DELIVER);
    let part2 = hex("040C9144770009406500004230514103004005C8329BFD06");
    let mut first = MtForwardSmArg::new(
        SmRpDa::Imsi(imsi()),
        SmRpOa::ServiceCentreAddressOa(sc()),
        &part1,
    );
    first.more_messages_to_send = true;

    // 1. GMSC -> IP-SM-GW: TC-BEGIN, mt-ForwardSM with moreMessagesToSend.
    let mut m1 = Vec::new();
    dialogue::begin_mt_forward_sm(gmsc, 3, 1, &first, &mut m1).unwrap();
    let d1 = dialogue::decode(&m1).unwrap();
    assert_eq!(d1.step(), DialogueStep::Begin);
    assert!(d1.more_messages_to_send());
    let ctx = d1.context().unwrap();

    // 2. IP-SM-GW -> GMSC: TC-CONTINUE with the AARE and the result of invoke 1.
    let mut m2 = Vec::new();
    let res = ReturnResult::MtForwardSm(MtForwardSmRes::default());
    dialogue::continue_with_result(
        gw,
        d1.tcap.otid().unwrap(),
        1,
        OpCode::MT_FORWARD_SM,
        &res,
        Some(ctx),
        &mut m2,
    );
    let d2 = dialogue::decode(&m2).unwrap();
    assert_eq!(d2.step(), DialogueStep::Continue);
    assert_eq!((d2.tcap.otid(), d2.tcap.dtid()), (Some(gw), Some(gmsc)));
    assert_eq!(d2.context(), Some(ctx));
    assert!(matches!(
        only(&d2),
        MapComponent::ReturnResult {
            invoke_id: 1,
            op: Some(OpCode::MT_FORWARD_SM),
            ..
        }
    ));

    // 3. GMSC -> IP-SM-GW: TC-CONTINUE, the last segment (noSM-RP-DA, noSM-RP-OA).
    let last = MtForwardSmArg::new(SmRpDa::NoSmRpDa, SmRpOa::NoSmRpOa, &part2);
    let mut m3 = Vec::new();
    let arg = dialogue::mt_forward_sm_argument(3, &last).unwrap();
    dialogue::continue_with_invoke(gmsc, d2.tcap.otid().unwrap(), 2, &arg, &mut m3);
    // No dialogue portion any more: typed in the dialogue's context.
    let d3 = dialogue::decode_in(&m3, ctx).unwrap();
    assert!(d3.tcap.dialogue_portion().is_none());
    assert_eq!(d3.step(), DialogueStep::Continue);
    assert!(!d3.more_messages_to_send());
    let MapComponent::Invoke {
        invoke_id: 2,
        arg: Argument::MtForwardSm(got),
        ..
    } = only(&d3)
    else {
        panic!()
    };
    assert_eq!(got, last);
    // decode alone does not know the context (v3 assumed for a Continue), decode_in does.
    assert_eq!(dialogue::decode(&m3).unwrap().context(), None);
    assert_eq!(dialogue::decode(&m3).unwrap().version(), 3);

    // 4. IP-SM-GW -> GMSC: TC-END with the last result (empty).
    let mut m4 = Vec::new();
    dialogue::end_with_result(
        gmsc,
        2,
        OpCode::MT_FORWARD_SM,
        &ReturnResult::Empty,
        None,
        &mut m4,
    );
    let d4 = dialogue::decode_in(&m4, ctx).unwrap();
    assert_eq!(d4.step(), DialogueStep::End);
    let c = d4
        .components_with(|id| (id == 2).then_some(OpCode::MT_FORWARD_SM))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        c,
        MapComponent::ReturnResult {
            invoke_id: 2,
            last: true,
            op: Some(OpCode::MT_FORWARD_SM),
            res: ReturnResult::Empty
        }
    );
}

/// (b) The empty Begin: the dialogue portion alone, the acceptance in a TC-CONTINUE, then the
/// invoke in a TC-CONTINUE, the result in the TC-END.
#[test]
fn segmented_with_empty_begin() {
    let _g = serial();
    let (gmsc, gw) = (tid(0x200), tid(0x300));
    let ui = hex(DELIVER);
    let arg = MtForwardSmArg::new(
        SmRpDa::Imsi(imsi()),
        SmRpOa::ServiceCentreAddressOa(sc()),
        &ui,
    );
    // The whole Begin would be 97 octets; say the network carries fewer.
    let whole = dialogue::mt_forward_sm_begin_len(gmsc, 3, 1, &arg).unwrap();
    assert_eq!(whole, 97);

    // 1. GMSC: TC-BEGIN with the AARQ only.
    let mut m1 = Vec::new();
    dialogue::begin_dialogue_only(gmsc, AcVersion::SHORT_MSG_MT_RELAY_V3, &mut m1).unwrap();
    assert_eq!(
        m1,
        hex("6226 480400000200 6B1E281C060700118605010101A011600F80020780A109060704000001001903")
    );
    let d1 = dialogue::decode(&m1).unwrap();
    assert_eq!(d1.step(), DialogueStep::EmptyBegin);
    assert_eq!(d1.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));
    assert_eq!(d1.components().count(), 0);

    // 2. IP-SM-GW: TC-CONTINUE with the AARE accepted only.
    let mut m2 = Vec::new();
    dialogue::continue_accept(gw, gmsc, d1.context().unwrap(), &mut m2).unwrap();
    assert_eq!(
        m2,
        hex(
            "6538 480400000300 490400000200 6B2A2828060700118605010101A01D611B80020780\
             A109060704000001001903A203020100A305A103020100"
        )
    );
    let d2 = dialogue::decode(&m2).unwrap();
    assert_eq!(d2.step(), DialogueStep::Accept);
    assert_eq!(d2.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));

    // 3. GMSC: TC-CONTINUE with the invoke.
    let mut m3 = Vec::new();
    dialogue::continue_with_invoke(gmsc, gw, 1, &Argument::MtForwardSm(arg), &mut m3);
    let d3 = dialogue::decode_in(&m3, d2.context().unwrap()).unwrap();
    assert_eq!(d3.step(), DialogueStep::Continue);
    assert_eq!((d3.tcap.otid(), d3.tcap.dtid()), (Some(gmsc), Some(gw)));
    assert_eq!(
        only(&d3),
        MapComponent::Invoke {
            invoke_id: 1,
            linked_id: None,
            op: OpCode::MT_FORWARD_SM,
            arg: Argument::MtForwardSm(arg)
        }
    );
    // Without the dialogue portion the invoke is smaller than the whole Begin.
    assert!(m3.len() < whole);

    // 4. IP-SM-GW: TC-END with the result.
    let mut m4 = Vec::new();
    dialogue::end_with_result(
        gmsc,
        1,
        OpCode::MT_FORWARD_SM,
        &ReturnResult::MtForwardSm(MtForwardSmRes::default()),
        None,
        &mut m4,
    );
    assert_eq!(dialogue::decode(&m4).unwrap().step(), DialogueStep::End);

    // v1 has no dialogue portion, hence no empty Begin.
    let v1 = AcVersion::new(ApplicationContext::ShortMsgMtRelay, 1).unwrap();
    assert_eq!(
        dialogue::begin_dialogue_only(gmsc, v1, &mut Vec::new()),
        Err(BuildError::NotInVersion1("dialogue portion"))
    );
}

// ---------------------------------------------------------------------------------------------
// public.json `tcap` vectors
// ---------------------------------------------------------------------------------------------

/// id: pycrate-pcapr-sri-sm-begin-v2
/// source: P1sec/pycrate test/res/tcapmap_pcapr.json (tcap_raw #1, from pcapr.net captures via tshark -T ek)
#[test]
fn pycrate_pcapr_sri_sm_begin_v2() {
    let _g = serial();
    let bytes = hex(PCAPR_BEGIN_V2);
    let msg = dialogue::decode(&bytes).unwrap();
    // message TC-BEGIN, otid 00000001, acn shortMsgGatewayContext-v2
    assert_eq!(msg.step(), DialogueStep::Begin);
    assert_eq!(msg.tcap.otid(), Some(tid(1)));
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V2));
    // invoke: invokeId -1, opCode 45
    let MapComponent::Invoke {
        invoke_id: -1,
        op: OpCode::SEND_ROUTING_INFO_FOR_SM,
        arg: Argument::SendRoutingInfoForSm(sri),
        ..
    } = only(&msg)
    else {
        panic!()
    };
    // msisdn 0x91 41792457333, sm-RP-PRI false, serviceCentreAddress 0x91 41799797800
    assert_eq!(sri.msisdn.to_string(), "+41792457333");
    assert!(!sri.sm_rp_pri);
    assert_eq!(sri.service_centre_address.to_string(), "+41799797800");
    // A responder supporting v3 only refuses naming v3, the highest version it supports
    // (map-sms.md §3).
    let mut out = Vec::new();
    dialogue::fallback_abort(tid(1), msg.ac_name().unwrap(), 3, &mut out).unwrap();
    assert_eq!(
        dialogue::decode(&out).unwrap().refusal().unwrap().offered,
        Some(AcVersion::SHORT_MSG_GATEWAY_V3)
    );
}

/// id: pycrate-pcapr-sri-sm-end-indefinite
/// source: P1sec/pycrate test/res/tcapmap_pcapr.json (tcap_raw #2, from pcapr.net captures via tshark -T ek)
#[test]
fn pycrate_pcapr_sri_sm_end_indefinite() {
    let _g = serial();
    let bytes = hex(PCAPR_END_INDEFINITE);
    let msg = dialogue::decode(&bytes).unwrap();
    // TC-END, dtid 00000001, AARE accepted shortMsgGatewayContext-v2
    assert_eq!(msg.step(), DialogueStep::End);
    assert_eq!(msg.tcap.dtid(), Some(tid(1)));
    assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_GATEWAY_V2));
    // returnResultLast, invokeId -1, opCode 45, in an indefinite-length component portion
    let MapComponent::ReturnResult {
        invoke_id: -1,
        last: true,
        op: Some(OpCode::SEND_ROUTING_INFO_FOR_SM),
        res: res @ ReturnResult::SendRoutingInfoForSm(r),
    } = only(&msg)
    else {
        panic!()
    };
    // imsi 228012120109856, locationInfoWithLMSI msc-Number 0x91 41794947000
    assert_eq!(r.imsi.to_string(), "228012120109856");
    assert_eq!(
        r.location_info_with_lmsi.network_node_number.to_string(),
        "+41794947000"
    );
    // Rebuilt with definite lengths: smsip-tcap's definite re-encoding of the vector.
    let mut out = Vec::new();
    dialogue::end_with_result(
        tid(1),
        -1,
        OpCode::SEND_ROUTING_INFO_FOR_SM,
        &res,
        Some(AcVersion::SHORT_MSG_GATEWAY_V2),
        &mut out,
    );
    assert_eq!(out, msg.tcap.to_vec());
}

/// id: jss7-tcap-begin-dialogue-only
/// source: RestComm/jss7 tcap/tcap-impl/src/test/java/org/restcomm/protocols/ss7/tcap/asn/TcBeginTest.java testBasicTCBegin b
#[test]
fn jss7_tcap_begin_dialogue_only() {
    let _g = serial();
    let bytes =
        hex("6226480408a500016b1e281c060700118605010101a011600f80020780a109060704000101010300");
    let msg = dialogue::decode(&bytes).unwrap();
    // An empty Begin whose context (0.4.0.1.1.1.3.0) is no MAP context.
    assert_eq!(msg.step(), DialogueStep::EmptyBegin);
    assert_eq!(msg.ac_name(), Some(oid!(0, 4, 0, 1, 1, 1, 3, 0)));
    assert_eq!(msg.context(), None);
    assert_eq!(msg.components().count(), 0);
}

// ---------------------------------------------------------------------------------------------
// What MAP rejects
// ---------------------------------------------------------------------------------------------

/// A TC-CONTINUE (otid 0A0B, dtid 1) around `components`, definite lengths.
fn continue_with(components: &[u8]) -> Vec<u8> {
    let mut inner = hex("48020A0B 490400000001");
    inner.push(0x6C);
    inner.push(components.len() as u8);
    inner.extend_from_slice(components);
    let mut out = vec![0x65, inner.len() as u8];
    out.extend(inner);
    out
}

#[test]
fn rejects_for_what_map_cannot_accept() {
    let _g = serial();
    let mt = AcVersion::SHORT_MSG_MT_RELAY_V3;
    let cases: [(&str, Reject, Option<AcVersion>); 8] = [
        // Invoke of operation 99: unrecognizedOperation.
        (
            "A106 020103 020163",
            Reject::invoke(3, InvokeProblem::UNRECOGNIZED_OPERATION),
            None,
        ),
        // Invoke with a global operation code.
        (
            "A107 020103 06022A03",
            Reject::invoke(3, InvokeProblem::UNRECOGNIZED_OPERATION),
            None,
        ),
        // sendRoutingInfoForSM inside shortMsgMT-RelayContext-v3.
        (
            "A108 020104 02012D 3000",
            Reject::invoke(4, InvokeProblem::UNRECOGNIZED_OPERATION),
            Some(mt),
        ),
        // mt-ForwardSM without argument: mistypedParameter.
        (
            "A106 020105 02012C",
            Reject::invoke(5, InvokeProblem::MISTYPED_PARAMETER),
            Some(mt),
        ),
        // mt-ForwardSM whose argument is an INTEGER.
        (
            "A109 020105 02012C 020100",
            Reject::invoke(5, InvokeProblem::MISTYPED_PARAMETER),
            None,
        ),
        // ReturnResultLast of SRI-SM whose result is an empty SEQUENCE.
        (
            "A20A 020106 3005 02012D 3000",
            Reject::return_result(6, ReturnResultProblem::MISTYPED_PARAMETER),
            None,
        ),
        // A result for informServiceCentre, which has none.
        (
            "A20A 020106 3005 02013F 3000",
            Reject::return_result(6, ReturnResultProblem::RETURN_RESULT_UNEXPECTED),
            None,
        ),
        // ReturnError with error code 99.
        (
            "A306 020107 020163",
            Reject::return_error(7, ReturnErrorProblem::UNRECOGNIZED_ERROR),
            None,
        ),
    ];
    for (comp, reject, ctx) in cases {
        let bytes = continue_with(&hex(comp));
        let msg = dialogue::decode(&bytes).unwrap();
        let msg = match ctx {
            Some(c) => msg.with_context(c),
            None => msg,
        };
        let err = msg.components().next().unwrap().unwrap_err();
        assert!(matches!(err, Error::Component(_)), "{comp}: {err}");
        assert_eq!(dialogue::reject_for(&err), Some(reject), "{comp}: {err}");
        assert_eq!(dialogue::answer(&bytes, &err), q774::Answer::Reject(reject));
        let _ = err.to_string();
    }

    // The kinds, for a caller that logs them.
    let bytes = continue_with(&hex("A108 020104 02012D 3000"));
    let msg = dialogue::decode_in(&bytes, mt).unwrap();
    let Err(Error::Component(c)) = msg.components().next().unwrap() else {
        panic!()
    };
    assert_eq!(
        (c.index, c.invoke_id, c.component_type),
        (0, 4, ComponentType::Invoke)
    );
    assert_eq!(
        c.kind,
        ComponentErrorKind::OperationNotInContext {
            op: OpCode::SEND_ROUTING_INFO_FOR_SM,
            context: mt
        }
    );

    // A MAP error in one component does not stop the others; a TCAP error does (Q.774).
    let bytes = continue_with(&hex(
        "A106 020103 020163 A203 020101 A105 020102 0500 A203 020109",
    ));
    let msg = dialogue::decode(&bytes).unwrap();
    let items: Vec<_> = msg.components().collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(matches!(items[0], Err(Error::Component(_))));
    assert!(matches!(
        items[1],
        Ok(MapComponent::ReturnResult {
            invoke_id: 1,
            op: None,
            res: ReturnResult::Empty,
            ..
        })
    ));
    let Err(tcap_err @ Error::Tcap(_)) = items[2] else {
        panic!()
    };
    assert_eq!(
        dialogue::reject_for(&tcap_err),
        Some(Reject::general(Some(2), GeneralProblem::MISTYPED_COMPONENT))
    );

    // A Reject received is passed on; the peer's Reject is never answered.
    let bytes = continue_with(&hex("A406 020101 810102"));
    let msg = dialogue::decode(&bytes).unwrap();
    assert_eq!(
        only(&msg),
        MapComponent::Reject(Reject::invoke(1, InvokeProblem::MISTYPED_PARAMETER))
    );
    assert_eq!(only(&msg).invoke_id(), Some(1));

    // A transaction-portion problem is answered with an Abort, not a Reject.
    let bad = hex("6306 480400000007"); // message type [APPLICATION 3]
    let err = dialogue::decode(&bad).unwrap_err();
    assert_eq!(dialogue::reject_for(&err), None);
    assert!(matches!(
        dialogue::answer(&bad, &err),
        q774::Answer::Abort(_)
    ));

    // The Reject goes back in a TC-END (or TC-CONTINUE).
    let mut out = Vec::new();
    dialogue::end_with_reject(
        tid(0x0A0B),
        Reject::invoke(1, InvokeProblem::MISTYPED_PARAMETER),
        None,
        &mut out,
    );
    assert_eq!(out, hex("6410 49040000 0A0B 6C08 A406020101810102"));
}

#[test]
fn several_components_match_smsip_tcap() {
    let _g = serial();
    // An HLR's TC-END: the informServiceCentre invoke and the SRI-SM result (map-sms.md §2).
    let end = hex(SRI_SM_END);
    let res = match only(&dialogue::decode(&end).unwrap()) {
        MapComponent::ReturnResult { res, .. } => res,
        other => panic!("{other:?}"),
    };
    let isc_bytes = hex("300403020240");
    let isc = decode_arg(OpCode::INFORM_SERVICE_CENTRE, &isc_bytes).unwrap();
    let comps = [
        Outgoing::Invoke {
            invoke_id: 2,
            arg: isc,
        },
        Outgoing::Result {
            invoke_id: 1,
            op: OpCode::SEND_ROUTING_INFO_FOR_SM,
            res,
            last: true,
        },
    ];
    let tx = Transaction::End { dtid: tid(1) };
    let dlg = AcVersion::SHORT_MSG_GATEWAY_V3.accepted();
    let mut out = Vec::new();
    dialogue::encode_message(tx, dlg, &comps, &mut out);
    assert_eq!(dialogue::message_len(tx, dlg, &comps), out.len());
    // Into a fixed buffer: the same octets.
    let mut buf = [0u8; 256];
    let mut sink = smsip_core::SliceSink::new(&mut buf);
    dialogue::encode_message(tx, dlg, &comps, &mut sink);
    let n = sink.finish().unwrap();
    assert_eq!(&buf[..n], &out[..]);

    let mut res_bytes = Vec::new();
    res.encode(&mut res_bytes);
    let tc = [
        Component::Invoke(Invoke::new(
            2,
            Code::Local(63),
            Some(Element::from_ber(&isc_bytes).unwrap()),
        )),
        Component::ReturnResultLast(smsip_tcap::ReturnResult::new(
            1,
            Some((Code::Local(45), Element::from_ber(&res_bytes).unwrap())),
        )),
    ];
    let expected = TcapMessage::End(
        smsip_tcap::End::new(tid(1))
            .with_dialogue(dlg.unwrap())
            .with_components(&tc),
    )
    .to_vec();
    assert_eq!(out, expected);

    let msg = dialogue::decode(&out).unwrap();
    let typed: Vec<_> = msg.components().collect::<Result<_, _>>().unwrap();
    assert!(matches!(
        typed[..],
        [
            MapComponent::Invoke {
                invoke_id: 2,
                op: OpCode::INFORM_SERVICE_CENTRE,
                ..
            },
            MapComponent::ReturnResult { invoke_id: 1, .. }
        ]
    ));
    // ReturnResultNotLast is typed too.
    let comps = [Outgoing::Result {
        invoke_id: 1,
        op: OpCode::SEND_ROUTING_INFO_FOR_SM,
        res,
        last: false,
    }];
    let mut out = Vec::new();
    dialogue::encode_message(
        Transaction::Continue {
            otid: tid(2),
            dtid: tid(1),
        },
        None,
        &comps,
        &mut out,
    );
    let msg = dialogue::decode_in(&out, AcVersion::SHORT_MSG_GATEWAY_V3).unwrap();
    assert!(matches!(
        only(&msg),
        MapComponent::ReturnResult { last: false, .. }
    ));
}

// ---------------------------------------------------------------------------------------------
// No allocation
// ---------------------------------------------------------------------------------------------

/// Decoding a message and typing all its components allocates nothing. The test harness runs
/// tests on parallel threads whose allocations a `Region` would count too: every test of this
/// file holds `SERIAL`, and the measurement is repeated, passing when one run saw no
/// allocation (a decoder that allocates does so on every run).
#[test]
fn decoding_does_not_allocate() {
    let _g = serial();
    let ui = hex(DELIVER);
    let mut mt = MtForwardSmArg::new(
        SmRpDa::Imsi(imsi()),
        SmRpOa::ServiceCentreAddressOa(sc()),
        &ui,
    );
    mt.more_messages_to_send = true;
    let mut built = Vec::new();
    dialogue::begin_mt_forward_sm(tid(1), 3, 1, &mt, &mut built).unwrap();
    let messages: Vec<Vec<u8>> = vec![
        hex(SRI_SM_BEGIN),
        hex(SRI_SM_END),
        hex(ABSENT_SM_END),
        hex(MT_FSM_BEGIN),
        hex(FALLBACK_ABORT),
        hex(PCAPR_BEGIN_V2),
        hex(PCAPR_END_INDEFINITE),
        built,
        continue_with(&hex("A106 020103 020163 A203 020101 A105 020102 0500")),
    ];
    let mut best = None;
    for _ in 0..20 {
        let region = Region::new(GLOBAL);
        let mut n = 0usize;
        for m in &messages {
            let msg = dialogue::decode(m).unwrap();
            std::hint::black_box((msg.step(), msg.refusal(), msg.more_messages_to_send()));
            for c in msg.components_with(|_| Some(OpCode::SEND_ROUTING_INFO_FOR_SM)) {
                if let Ok(MapComponent::Invoke {
                    arg: Argument::MtForwardSm(a),
                    ..
                }) = c
                {
                    std::hint::black_box(a.tpdu().unwrap());
                }
                if let Err(e) = &c {
                    std::hint::black_box(dialogue::reject_for(e));
                }
                std::hint::black_box(c.ok());
                n += 1;
            }
        }
        std::hint::black_box(dialogue::decode(&[0x62, 0x03, 0x48]).unwrap_err());
        let stats = region.change();
        assert_eq!(n, 10);
        if stats.allocations == 0 && stats.reallocations == 0 {
            best = Some(stats);
            break;
        }
        best.get_or_insert(stats);
    }
    let stats = best.unwrap();
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");

    // Building into a fixed buffer does not allocate either.
    let mut buf = [0u8; 256];
    let mut ok = false;
    for _ in 0..20 {
        let region = Region::new(GLOBAL);
        let mut sink = smsip_core::SliceSink::new(&mut buf);
        dialogue::begin_mt_forward_sm(tid(1), 3, 1, &mt, &mut sink).unwrap();
        let n = sink.finish().unwrap();
        std::hint::black_box(n);
        // The TC-END answering it (the `dialogue` bench's encode), and a Begin with MAP-OPEN.
        let res = ReturnResult::MtForwardSm(MtForwardSmRes {
            sm_rp_ui: Some(&[0x00, 0x03, 0x00, 0x00]),
            ..MtForwardSmRes::default()
        });
        let mut sink = smsip_core::SliceSink::new(&mut buf);
        let ac = Some(AcVersion::SHORT_MSG_MT_RELAY_V3);
        dialogue::end_with_result(tid(1), 1, OpCode::MT_FORWARD_SM, &res, ac, &mut sink);
        std::hint::black_box(sink.finish().unwrap());
        let sc = AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap();
        let open = dialogue_pdu::MapOpenInfo::new(Some(sc), Some(sc));
        let mut sink = smsip_core::SliceSink::new(&mut buf);
        let mt_v3 = AcVersion::SHORT_MSG_MT_RELAY_V3;
        dialogue::begin_with_open(tid(1), mt_v3, &open, &[], &mut sink).unwrap();
        std::hint::black_box(sink.finish().unwrap());
        let stats = region.change();
        if stats.allocations == 0 {
            ok = true;
            break;
        }
    }
    assert!(ok);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn otid() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 1..=4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// begin_mt_forward_sm (v2, v3) decodes back to the same typed argument, with the
    /// transaction ID and context; its length is announced right; it equals smsip-tcap's own
    /// Begin around the encoded argument.
    #[test]
    fn begin_round_trips(
        tid_bytes in otid(),
        invoke_id in any::<i8>(),
        version in 2u8..=3,
        imsi_bytes in vec(any::<u8>(), 3..=8),
        sc_bytes in vec(any::<u8>(), 1..=20),
        ui in vec(any::<u8>(), 1..=200),
        mms in any::<bool>(),
        timer in proptest::option::of(30u16..=600),
    ) {
        let _g = serial();
        let otid = TransactionId::new(&tid_bytes).unwrap();
        let mut arg = MtForwardSmArg::new(
            SmRpDa::Imsi(Imsi::new(&imsi_bytes).unwrap()),
            SmRpOa::ServiceCentreAddressOa(AddressString::new(&sc_bytes).unwrap()),
            &ui,
        );
        arg.more_messages_to_send = mms;
        arg.sm_delivery_timer = timer;
        let mut out = Vec::new();
        dialogue::begin_mt_forward_sm(otid, version, invoke_id, &arg, &mut out).unwrap();
        prop_assert_eq!(dialogue::mt_forward_sm_begin_len(otid, version, invoke_id, &arg), Ok(out.len()));
        let msg = dialogue::decode(&out).unwrap();
        prop_assert_eq!(msg.tcap.otid(), Some(otid));
        prop_assert_eq!(msg.context().map(AcVersion::version), Some(version));
        prop_assert_eq!(msg.step(), DialogueStep::Begin);
        prop_assert_eq!(msg.more_messages_to_send(), mms);
        let expected = dialogue::mt_forward_sm_argument(version, &arg).unwrap();
        let c = only(&msg);
        prop_assert_eq!(c, MapComponent::Invoke { invoke_id, linked_id: None, op: expected.opcode(), arg: expected });

        let mut arg_bytes = Vec::new();
        expected.encode(&mut arg_bytes);
        let comps = [Component::Invoke(Invoke::new(
            invoke_id,
            Code::Local(i64::from(expected.opcode().0)),
            Some(Element::from_ber(&arg_bytes).unwrap()),
        ))];
        let begin = smsip_tcap::Begin::new(otid)
            .with_dialogue(DialoguePortion::request(msg.context().unwrap().oid()))
            .with_components(&comps);
        prop_assert_eq!(TcapMessage::Begin(begin).to_vec(), out);
    }

    /// end_with_result / end_with_error decode back to the same typed result or error.
    #[test]
    fn end_round_trips(
        tid_bytes in otid(),
        invoke_id in any::<i8>(),
        accept in any::<bool>(),
        report in proptest::option::of(vec(any::<u8>(), 1..=200)),
        cause in any::<u8>(),
        diag in proptest::option::of(vec(any::<u8>(), 1..=200)),
    ) {
        let _g = serial();
        let dtid = TransactionId::new(&tid_bytes).unwrap();
        let ctx = AcVersion::SHORT_MSG_MT_RELAY_V3;
        let accept = accept.then_some(ctx);

        let res = ReturnResult::MtForwardSm(MtForwardSmRes {
            sm_rp_ui: report.as_deref(),
            ..MtForwardSmRes::default()
        });
        let mut out = Vec::new();
        dialogue::end_with_result(dtid, invoke_id, OpCode::MT_FORWARD_SM, &res, accept, &mut out);
        let msg = dialogue::decode_in(&out, ctx).unwrap();
        prop_assert_eq!(msg.tcap.dtid(), Some(dtid));
        prop_assert_eq!(msg.step(), DialogueStep::End);
        prop_assert_eq!(msg.tcap.dialogue_portion().is_some(), accept.is_some());
        prop_assert_eq!(
            only(&msg),
            MapComponent::ReturnResult { invoke_id, last: true, op: Some(OpCode::MT_FORWARD_SM), res }
        );

        let mut c = SmDeliveryFailureCause::new(SmEnumeratedDeliveryFailureCause(cause));
        c.diagnostic_info = diag.as_deref();
        let param = ErrorParam::SmDeliveryFailure(c);
        let mut out = Vec::new();
        dialogue::end_with_error(dtid, invoke_id, ErrorCode::SM_DELIVERY_FAILURE, Some(&param), accept, &mut out).unwrap();
        let msg = dialogue::decode(&out).unwrap();
        prop_assert_eq!(msg.context(), accept);
        prop_assert_eq!(
            only(&msg),
            MapComponent::ReturnError { invoke_id, op: None, code: ErrorCode::SM_DELIVERY_FAILURE, param }
        );
    }

    /// Arbitrary octets: decoding and typing never panic, and every error has an answer.
    #[test]
    fn arbitrary_octets_never_panic(bytes in vec(any::<u8>(), 0..64)) {
        let _g = serial();
        match dialogue::decode(&bytes) {
            Ok(msg) => {
                let _ = (msg.step(), msg.refusal(), msg.version(), msg.more_messages_to_send());
                for c in msg.components() {
                    if let Err(e) = c {
                        let _ = (dialogue::reject_for(&e), dialogue::answer(&bytes, &e), e.to_string());
                    }
                }
            }
            Err(e) => {
                let _ = dialogue::answer(&bytes, &e);
            }
        }
    }
}

/// MAP-OPEN in the AARQ (TS 29.002 §7.3.1): the TC-BEGIN of an mt-ForwardSM whose sm-RP-DA is
/// an LMSI, the IMSI travelling as destinationReference and the SC address as
/// originationReference. The octets are those tshark decodes in tests/dialogue_pdu.rs
/// (BEGIN_OPEN).
#[test]
fn begin_with_map_open() {
    let _g = serial();
    let expected = hex("6281 80 4804 00000001 \
         6B43 2841 0607 00118605010101 A036 \
           6034 80020780 A109 0607 04000001001903 \
             BE23 2821 0607 04000001010101 A016 \
               A014 8009 9600010121436587F9 8107 91447700090000 \
         6C33 A131 020101 02012C \
           3029 8104 01020304 8407 91447700090000 \
             0418 040C9144770009406500004230514103004005C8329BFD06");
    let imsi = hex("9600010121436587F9");
    let sc = hex("91447700090000");
    let tpdu = hex("040C9144770009406500004230514103004005C8329BFD06");
    let imsi_ref = AddressString::new(&imsi).unwrap();
    let sc_addr = AddressString::new(&sc).unwrap();
    let open = dialogue_pdu::MapOpenInfo::new(Some(imsi_ref), Some(sc_addr));
    let arg = MtForwardSmArg::new(
        SmRpDa::Lmsi(smsip_ber::Lmsi([1, 2, 3, 4])),
        SmRpOa::ServiceCentreAddressOa(sc_addr),
        &tpdu,
    );
    let comps = [Outgoing::Invoke {
        invoke_id: 1,
        arg: Argument::MtForwardSm(arg),
    }];
    let otid = TransactionId::from_u32(1);
    let ac = AcVersion::SHORT_MSG_MT_RELAY_V3;
    let mut out = Vec::new();
    dialogue::begin_with_open(otid, ac, &open, &comps, &mut out).unwrap();
    assert_eq!(out, expected);

    // Read back: the context, MAP-OPEN, the typed invoke.
    let msg = dialogue::decode(&out).unwrap();
    assert_eq!(msg.context(), Some(ac));
    assert_eq!(msg.step(), DialogueStep::Begin);
    assert_eq!(
        msg.map_dialogue_pdu().unwrap(),
        Some(dialogue_pdu::MapDialoguePdu::Open(open))
    );
    let Some(Ok(MapComponent::Invoke {
        arg: Argument::MtForwardSm(got),
        ..
    })) = msg.components().next()
    else {
        panic!()
    };
    assert_eq!(got, arg);

    // The empty Begin of a segmented transfer: dialogue portion only.
    let mut empty = Vec::new();
    dialogue::begin_with_open(otid, ac, &open, &[], &mut empty).unwrap();
    let msg = dialogue::decode(&empty).unwrap();
    assert_eq!(msg.step(), DialogueStep::EmptyBegin);
    assert_eq!(
        msg.map_dialogue_pdu().unwrap(),
        Some(dialogue_pdu::MapDialoguePdu::Open(open))
    );
    // Messages without a dialogue portion, or without user information, carry none.
    let mut plain = Vec::new();
    dialogue::begin_dialogue_only(otid, ac, &mut plain).unwrap();
    assert_eq!(
        dialogue::decode(&plain).unwrap().map_dialogue_pdu(),
        Ok(None)
    );

    // What cannot be built: v1 (no dialogue portion), an operation outside the context.
    let v1 = AcVersion::new(ApplicationContext::ShortMsgMtRelay, 1).unwrap();
    assert_eq!(
        dialogue::begin_with_open(otid, v1, &open, &[], &mut Vec::new()),
        Err(BuildError::NotInVersion1("dialogue portion"))
    );
    let sri_bytes = hex("3015 80079144770009 1032 8101FF 82079144770009 0000");
    let sri = RoutingInfoForSmArg::decode(&sri_bytes).unwrap();
    let wrong = [Outgoing::Invoke {
        invoke_id: 2,
        arg: Argument::SendRoutingInfoForSm(sri),
    }];
    assert!(matches!(
        dialogue::begin_with_open(otid, ac, &open, &wrong, &mut Vec::new()),
        Err(BuildError::OperationNotInContext { .. })
    ));
}

/// Every named context version is the one `AcVersion::new` makes, and names its own OID.
#[test]
fn context_version_constants() {
    use ApplicationContext as Ac;
    let _g = serial();
    for (c, context, version) in [
        (AcVersion::SHORT_MSG_MT_RELAY_V3, Ac::ShortMsgMtRelay, 3),
        (AcVersion::SHORT_MSG_MT_RELAY_V2, Ac::ShortMsgMtRelay, 2),
        (AcVersion::SHORT_MSG_GATEWAY_V3, Ac::ShortMsgGateway, 3),
        (AcVersion::SHORT_MSG_GATEWAY_V2, Ac::ShortMsgGateway, 2),
        (AcVersion::SHORT_MSG_MO_RELAY_V3, Ac::ShortMsgMoRelay, 3),
        (AcVersion::SHORT_MSG_MO_RELAY_V2, Ac::ShortMsgMoRelay, 2),
        (AcVersion::SHORT_MSG_ALERT_V2, Ac::ShortMsgAlert, 2),
        (AcVersion::MWD_MNGT_V3, Ac::MwdMngt, 3),
        (
            AcVersion::ANY_TIME_INFO_HANDLING_V3,
            Ac::AnyTimeInfoHandling,
            3,
        ),
    ] {
        assert_eq!(Some(c), AcVersion::new(context, version));
        assert_eq!(AcVersion::from_oid(&c.oid()), Some(c));
    }
}
