//! The worked BER examples of map-sms.md §13 (generated with pycrate, decoded by tshark): every
//! field checked, and re-encoding gives the same octets.

use smsip_ber::{oid, NatureOfAddress, NumberingPlan};
use smsip_map::*;
use smsip_tpdu::Tpdu;

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// map-sms.md §13.1 RoutingInfoForSM-Arg (sendRoutingInfoForSM, opcode 45).
#[test]
fn s13_1_routing_info_for_sm_arg() {
    let bytes = hex(
        "30 26 80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00
         87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00",
    );
    let Argument::SendRoutingInfoForSm(arg) = decode_arg(OpCode(45), &bytes).unwrap() else {
        panic!()
    };
    assert_eq!(arg, RoutingInfoForSmArg::decode(&bytes).unwrap());
    assert_eq!(
        arg.msisdn.as_bytes(),
        &[0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32]
    );
    assert_eq!(arg.msisdn.nature(), NatureOfAddress::INTERNATIONAL);
    assert_eq!(arg.msisdn.plan(), NumberingPlan::ISDN);
    assert_eq!(arg.msisdn.to_string(), "+447700900123");
    assert!(arg.sm_rp_pri);
    assert_eq!(arg.service_centre_address.to_string(), "+447700900000");
    assert!(arg.teleservice.is_none());
    assert!(arg.extension_container.is_none());
    assert!(arg.gprs_support_indicator);
    assert_eq!(arg.sm_rp_mti, Some(0));
    assert_eq!(
        arg.sm_rp_smea,
        Some(&[0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65][..])
    );
    assert_eq!(
        arg.sm_rp_smea_address().unwrap().unwrap().to_string(),
        "+447700900456"
    );
    assert_eq!(arg.sm_delivery_not_intended, None);
    assert!(arg.ip_sm_gw_guidance_indicator);
    assert!(arg.imsi.is_none() && arg.correlation_id.is_none());
    assert!(
        !arg.t4_trigger_indicator && !arg.single_attempt_delivery && !arg.smsf_support_indicator
    );
    assert!(arg.unknown.is_empty());
    assert_eq!(arg.to_vec(), bytes);
    assert_eq!(arg.encoded_len(), bytes.len());

    // Component around it: A1 2E 02 01 01 02 01 2D <argument>.
    let component = hex("A1 2E 02 01 01 02 01 2D");
    assert_eq!(component[1] as usize, 6 + bytes.len());
    assert_eq!(component[7], OpCode::SEND_ROUTING_INFO_FOR_SM.value());
}

/// map-sms.md §13.2 MT-ForwardSM-Arg (mt-ForwardSM, opcode 44) with a private extension.
#[test]
fn s13_2_mt_forward_sm_arg() {
    let bytes = hex(
        "30 45 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00
         04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06
         30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF
         02 01 3C",
    );
    let Argument::MtForwardSm(arg) = decode_arg(OpCode(44), &bytes).unwrap() else {
        panic!()
    };
    let SmRpDa::Imsi(imsi) = arg.sm_rp_da else {
        panic!("{:?}", arg.sm_rp_da)
    };
    assert_eq!(imsi.to_string(), "001010123456789");
    let SmRpOa::ServiceCentreAddressOa(sc) = arg.sm_rp_oa else {
        panic!()
    };
    assert_eq!(sc.to_string(), "+447700900000");
    assert_eq!(arg.sm_rp_ui.len(), 24);
    assert_eq!(arg.sm_rp_ui[0], 0x04);
    assert!(!arg.more_messages_to_send);
    let ext = arg.extension_container.unwrap();
    let ip_access = ext.find(&oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1)).unwrap();
    assert!(ip_access.ext_type().unwrap().boolean().unwrap());
    assert_eq!(arg.sm_delivery_timer, Some(60));
    assert!(arg.sm_delivery_start_time.is_none() && !arg.sms_over_ip_only_indicator);
    assert!(arg.correlation_id.is_none() && arg.sms_gmsc_address.is_none());
    assert!(arg.unknown.is_empty());

    // sm-RP-UI: the SMS-DELIVER of tpdu.md §13.4.
    let Tpdu::Deliver(d) = arg.tpdu().unwrap() else {
        panic!()
    };
    assert!(d.mms);
    assert_eq!(d.oa.to_string(), "+447700900456");
    assert_eq!(d.scts.rfc3339().to_string(), "2024-03-15T14:30:00+01:00");
    let mut text = String::new();
    d.text_into(&mut text);
    assert_eq!(text, "Hello");

    assert_eq!(arg.to_vec(), bytes);
}

/// map-sms.md §13.3 RoutingInfoForSM-Res.
#[test]
fn s13_3_routing_info_for_sm_res() {
    let bytes = hex("30 30 04 08 00 01 01 21 43 65 87 F9
         A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00
         A5 06 02 01 1E 02 01 3C");
    let ReturnResult::SendRoutingInfoForSm(res) = decode_res(OpCode(45), &bytes).unwrap() else {
        panic!()
    };
    assert_eq!(res.imsi.to_string(), "001010123456789");
    let li = res.location_info_with_lmsi;
    assert_eq!(li.network_node_number.to_string(), "+44770090050");
    assert_eq!(li.lmsi, Some(smsip_ber::Lmsi([1, 2, 3, 4])));
    assert!(li.extension_container.is_none());
    assert!(li.gprs_node_indicator && !li.ims_node_indicator);
    assert_eq!(
        li.additional_number.map(|n| (
            matches!(n, AdditionalNumber::MscNumber(_)),
            n.number().to_string()
        )),
        Some((true, "+447700900600".to_string()))
    );
    assert!(li.network_node_diameter_address.is_none() && li.third_number.is_none());
    assert!(li.unknown.is_empty());
    assert_eq!(res.mwd_set, None);
    assert!(res.extension_container.is_none());
    let g = res.ip_sm_gw_guidance.unwrap();
    assert_eq!(g.minimum_delivery_time_value, 30);
    assert_eq!(g.recommended_delivery_time_value, 60);
    assert!(g.extension_container.is_none() && g.unknown.is_empty());
    assert_eq!(res.to_vec(), bytes);

    // Component around it: A2 3A 02 01 01 30 35 02 01 2D <result>.
    let component = hex("A2 3A 02 01 01 30 35 02 01 2D");
    assert_eq!(component[6] as usize, 3 + bytes.len());
}

/// map-sms.md §13.4: ReturnError absentSubscriberSM, diagnostic 1 (IMSI detached):
/// A3 0B 02 01 01 02 01 06 30 03 02 01 01.
#[test]
fn s13_4_absent_subscriber_sm_error() {
    let component = hex("A3 0B 02 01 01 02 01 06 30 03 02 01 01");
    let code = ErrorCode(component[7]);
    assert_eq!(code, ErrorCode::ABSENT_SUBSCRIBER_SM);
    let param = &component[8..];
    let ErrorParam::AbsentSubscriberSm(p) = decode_err(code, param).unwrap() else {
        panic!()
    };
    assert_eq!(
        p.absent_subscriber_diagnostic_sm,
        Some(AbsentSubscriberDiagnosticSm::IMSI_DETACHED)
    );
    assert!(
        p.extension_container.is_none()
            && p.imsi.is_none()
            && p.requested_retransmission_time.is_none()
    );
    let mut out = Vec::new();
    ErrorParam::AbsentSubscriberSm(p).encode(&mut out);
    assert_eq!(out, param);
}

/// map-sms.md §13.4: ReportSM-DeliveryStatusArg from an IP-SM-GW (opcode 47).
#[test]
fn s13_4_report_sm_delivery_status_arg() {
    let bytes =
        hex("30 1A 04 07 91 44 77 00 09 10 32 04 07 91 44 77 00 09 00 00 0A 01 01 80 01 0C 86 00");
    let Argument::ReportSmDeliveryStatus(arg) = decode_arg(OpCode(47), &bytes).unwrap() else {
        panic!()
    };
    assert_eq!(arg.msisdn.to_string(), "+447700900123");
    assert_eq!(arg.service_centre_address.to_string(), "+447700900000");
    assert_eq!(
        arg.sm_delivery_outcome,
        SmDeliveryOutcome::ABSENT_SUBSCRIBER
    );
    assert_eq!(
        arg.absent_subscriber_diagnostic_sm,
        Some(AbsentSubscriberDiagnosticSm(12))
    );
    assert!(arg.ip_sm_gw_indicator);
    assert!(!arg.gprs_support_indicator && !arg.delivery_outcome_indicator);
    assert!(arg.ip_sm_gw_sm_delivery_outcome.is_none() && arg.imsi.is_none());
    assert_eq!(arg.to_vec(), bytes);
}

/// map-sms.md §13.4: AnyTimeModificationArg registering an IP-SM-GW (opcode 65).
#[test]
fn s13_4_any_time_modification_arg() {
    let bytes =
        hex("30 1A A0 0A 80 08 00 01 01 21 43 65 87 F9 81 07 91 44 77 00 09 70 00 A8 03 80 01 01");
    let Argument::AnyTimeModification(arg) = decode_arg(OpCode(65), &bytes).unwrap() else {
        panic!()
    };
    let SubscriberIdentity::Imsi(imsi) = arg.subscriber_identity else {
        panic!()
    };
    assert_eq!(imsi.to_string(), "001010123456789");
    assert_eq!(arg.gsm_scf_address.to_string(), "+447700900700");
    let ip = arg.modification_request_for_ip_sm_gw_data.unwrap();
    assert_eq!(
        ip.modify_registration_status,
        Some(ModificationInstruction::ACTIVATE)
    );
    assert!(ip.extension_container.is_none() && ip.ip_sm_gw_diameter_address.is_none());
    assert!(arg.modification_request_for_cf_info.is_none() && !arg.long_ftn_supported);
    assert_eq!(arg.to_vec(), bytes);
    // Built from its parts: the same octets.
    let built = AnyTimeModificationArg::ip_sm_gw_registration(
        SubscriberIdentity::Imsi(imsi),
        arg.gsm_scf_address,
        ModificationInstruction::ACTIVATE,
    );
    assert_eq!(built.to_vec(), bytes);
}

/// map-sms.md §13.4: AnyTimeModificationRes with serviceCentreAddress [9].
#[test]
fn s13_4_any_time_modification_res() {
    let bytes = hex("30 09 89 07 91 44 77 00 09 00 00");
    let ReturnResult::AnyTimeModification(res) = decode_res(OpCode(65), &bytes).unwrap() else {
        panic!()
    };
    assert_eq!(
        res.service_centre_address.unwrap().to_string(),
        "+447700900000"
    );
    assert!(res.ss_info_for_cse.is_none() && res.extension_container.is_none());
    assert_eq!(res.to_vec(), bytes);
}

/// map-sms.md §3: the AC names' BER and the lookup.
#[test]
fn s3_application_contexts() {
    let cases: &[(&str, ApplicationContext, u8)] = &[
        (
            "06 07 04 00 00 01 00 14 03",
            ApplicationContext::ShortMsgGateway,
            3,
        ),
        (
            "06 07 04 00 00 01 00 14 02",
            ApplicationContext::ShortMsgGateway,
            2,
        ),
        (
            "06 07 04 00 00 01 00 15 03",
            ApplicationContext::ShortMsgMoRelay,
            3,
        ),
        (
            "06 07 04 00 00 01 00 15 02",
            ApplicationContext::ShortMsgMoRelay,
            2,
        ),
        (
            "06 07 04 00 00 01 00 15 01",
            ApplicationContext::ShortMsgMoRelay,
            1,
        ),
        (
            "06 07 04 00 00 01 00 19 03",
            ApplicationContext::ShortMsgMtRelay,
            3,
        ),
        (
            "06 07 04 00 00 01 00 19 02",
            ApplicationContext::ShortMsgMtRelay,
            2,
        ),
        (
            "06 07 04 00 00 01 00 17 02",
            ApplicationContext::ShortMsgAlert,
            2,
        ),
        (
            "06 07 04 00 00 01 00 17 01",
            ApplicationContext::ShortMsgAlert,
            1,
        ),
        ("06 07 04 00 00 01 00 18 03", ApplicationContext::MwdMngt, 3),
        (
            "06 07 04 00 00 01 00 29 03",
            ApplicationContext::ShortMsgMtRelayVgcs,
            3,
        ),
        (
            "06 07 04 00 00 01 00 2B 03",
            ApplicationContext::AnyTimeInfoHandling,
            3,
        ),
    ];
    for (h, ctx, v) in cases {
        let b = hex(h);
        let oid = smsip_ber::Element::from_ber(&b).unwrap().oid().unwrap();
        assert_eq!(contexts::lookup(&oid), Some((*ctx, *v)), "{h}");
        assert_eq!(ctx.oid(*v), Some(oid), "{h}");
    }
    // Versions that do not exist, other OIDs.
    for h in [
        "06 07 04 00 00 01 00 17 03",
        "06 07 04 00 00 01 00 29 02",
        "06 07 04 00 00 01 00 63 03",
        "06 06 04 00 00 01 00 14",
    ] {
        let b = hex(h);
        let oid = smsip_ber::Element::from_ber(&b).unwrap().oid().unwrap();
        assert_eq!(contexts::lookup(&oid), None, "{h}");
    }
    assert_eq!(contexts::lookup(&oid!(0, 4, 0, 0, 1, 0, 20, 300)), None);
    assert_eq!(contexts::lookup(&oid!(0, 0, 17, 773, 1, 1, 1)), None);
    for ctx in ApplicationContext::ALL {
        for v in ctx.lowest_version()..=ctx.highest_version() {
            let oid = ctx.oid(v).unwrap();
            let (c, vv) = contexts::lookup(&oid).unwrap();
            assert_eq!(vv, v);
            // shortMsgRelayContext-v1 is reported as the MO context.
            if !(ctx == ApplicationContext::ShortMsgMtRelay && v == 1) {
                assert_eq!(c, ctx);
            }
            assert!(!ctx.operations(v).is_empty(), "{ctx} v{v}");
        }
    }
}

/// map-sms.md §2 and §4: opcodes and error codes.
#[test]
fn s2_s4_codes() {
    for (op, v) in [
        (OpCode::MT_FORWARD_SM_VGCS, 21),
        (OpCode::MT_FORWARD_SM, 44),
        (OpCode::SEND_ROUTING_INFO_FOR_SM, 45),
        (OpCode::MO_FORWARD_SM, 46),
        (OpCode::FORWARD_SM, 46),
        (OpCode::REPORT_SM_DELIVERY_STATUS, 47),
        (OpCode::NOTE_SUBSCRIBER_PRESENT, 48),
        (OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT, 49),
        (OpCode::INFORM_SERVICE_CENTRE, 63),
        (OpCode::ALERT_SERVICE_CENTRE, 64),
        (OpCode::ANY_TIME_MODIFICATION, 65),
        (OpCode::READY_FOR_SM, 66),
    ] {
        assert_eq!(op.value(), v);
        assert!(op.application_context().is_some());
    }
    for (e, v) in [
        (ErrorCode::UNKNOWN_SUBSCRIBER, 1),
        (ErrorCode::UNIDENTIFIED_SUBSCRIBER, 5),
        (ErrorCode::ABSENT_SUBSCRIBER_SM, 6),
        (ErrorCode::ILLEGAL_SUBSCRIBER, 9),
        (ErrorCode::BEARER_SERVICE_NOT_PROVISIONED, 10),
        (ErrorCode::TELESERVICE_NOT_PROVISIONED, 11),
        (ErrorCode::ILLEGAL_EQUIPMENT, 12),
        (ErrorCode::CALL_BARRED, 13),
        (ErrorCode::ILLEGAL_SS_OPERATION, 16),
        (ErrorCode::SS_ERROR_STATUS, 17),
        (ErrorCode::SS_SUBSCRIPTION_VIOLATION, 19),
        (ErrorCode::SS_INCOMPATIBILITY, 20),
        (ErrorCode::FACILITY_NOT_SUPPORTED, 21),
        (ErrorCode::ABSENT_SUBSCRIBER, 27),
        (ErrorCode::SUBSCRIBER_BUSY_FOR_MT_SMS, 31),
        (ErrorCode::SM_DELIVERY_FAILURE, 32),
        (ErrorCode::MESSAGE_WAITING_LIST_FULL, 33),
        (ErrorCode::SYSTEM_FAILURE, 34),
        (ErrorCode::DATA_MISSING, 35),
        (ErrorCode::UNEXPECTED_DATA_VALUE, 36),
        (ErrorCode::ATM_NOT_ALLOWED, 61),
        (ErrorCode::INFORMATION_NOT_AVAILABLE, 62),
    ] {
        assert_eq!(e.value(), v);
    }
    // Every error an operation lists has a typed parameter (or none).
    for op in OpCode::NAMED {
        for e in ErrorCode::for_operation(*op) {
            assert!(
                decode_err(*e, &[]).is_ok() || *e == ErrorCode::SM_DELIVERY_FAILURE,
                "{e:?}"
            );
        }
    }
}

/// map-sms.md §5.3: MW-Status with only mnrf-Set is `03 02 02 40`.
#[test]
fn s5_3_mw_status() {
    let bytes = hex("30 04 03 02 02 40");
    let arg = InformServiceCentreArg::decode(&bytes).unwrap();
    let mw = arg.mw_status.unwrap();
    assert_eq!(mw.len(), 6);
    assert!(!mw.is_set(mw_status::SC_ADDRESS_NOT_INCLUDED));
    assert!(mw.is_set(mw_status::MNRF_SET));
    assert!(!mw.is_set(mw_status::MCEF_SET) && !mw.is_set(mw_status::MNRG_SET));
    assert!(!mw.is_set(mw_status::MNR5G_SET) && !mw.is_set(mw_status::MNR5GN3G_SET));
}
