//! The `map` vectors of shared/vectors/public.json (id and source beside each), with the facts
//! their source asserts. Vectors that are invalid under TS 29.002 Rel-16 on purpose of their
//! source either give a clean error (with its offset) or a documented lenient decode.

use smsip_ber::{ErrorKind, Lmsi, NatureOfAddress, NumberingPlan};
use smsip_map::*;
use smsip_tpdu::{Direction, Tpdu};

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// The decoded value re-encodes to the input.
fn reencodes(arg: &Argument<'_>, bytes: &[u8]) {
    let mut out = Vec::new();
    arg.encode(&mut out);
    assert_eq!(out, bytes);
}

/// id: techqa-sm-rp-ui-deliver
/// source: https://techqa.club/v/q/which-standards-are-ss7-map-tags-defined-in-21382934 (Q&A page)
/// A bare sm-RP-UI element (fragment) holding an SMS-DELIVER: read through an MT-ForwardSM-Arg
/// built around it.
#[test]
fn techqa_sm_rp_ui_deliver() {
    let fragment = hex("041a240b912618185532f700009040029161428207caf03a2ca78701");
    let e = smsip_ber::Element::from_ber(&fragment).unwrap();
    assert_eq!(&fragment[..2], &[0x04, 0x1a]); // "tlv": "04 1a"
    let ui = e.octet_string().unwrap();
    let imsi = smsip_ber::Imsi::new(&[0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap();
    let arg = MtForwardSmArg::new(SmRpDa::Imsi(imsi), SmRpOa::NoSmRpOa, ui);
    let bytes = arg.to_vec();
    assert!(bytes.windows(fragment.len()).any(|w| w == fragment));
    let back = MtForwardSmArg::decode(&bytes).unwrap();
    let Tpdu::Deliver(d) = back.tpdu().unwrap() else {
        panic!()
    };
    assert_eq!(ui[0], 0x24); // first_octet
    assert!(d.sri && d.mms);
    assert_eq!(d.oa.digits().collect::<String>(), "62818155237");
    assert_eq!(d.pid.0, 0);
    assert_eq!(d.dcs.0, 0);
    assert_eq!(
        (
            d.scts.year(),
            d.scts.month(),
            d.scts.day(),
            d.scts.hour(),
            d.scts.minute(),
            d.scts.second()
        ),
        (9, 4, 20, 19, 16, 24)
    );
    let mut text = String::new();
    d.text_into(&mut text);
    assert_eq!(text, "Jakarta");
}

/// id: jss7-sri-sm-arg-smea
/// source: RestComm/jss7 .../SendRoutingInfoForSMRequestTest.java getEncodedDataComplex
/// sm-RP-SMEA without the TS 23.040 address-length octet (tshark flags it): kept as octets.
#[test]
fn jss7_sri_sm_arg_smea() {
    let bytes = hex("301e8007913154775455f1810100820691891211333387008906916931039761");
    let a = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap();
    let Argument::SendRoutingInfoForSm(arg) = a else {
        panic!()
    };
    assert_eq!(arg.msisdn.digits().to_string(), "13457745551");
    assert!(!arg.sm_rp_pri);
    assert_eq!(
        arg.service_centre_address.digits().to_string(),
        "9821113333"
    );
    assert!(arg.gprs_support_indicator);
    assert_eq!(arg.sm_rp_smea, Some(&hex("916931039761")[..]));
    // Without its length octet it is no TS 23.040 address field (0x91 = 145 semi-octets).
    assert!(arg.sm_rp_smea_address().unwrap().is_err());
    reencodes(&a, &bytes);
}

/// id: jss7-sri-sm-arg-teleservice
/// source: RestComm/jss7 .../SendRoutingInfoForSMRequestTest.java getEncodedData1
/// teleservice [5] exists only in MAP v1: lenient decode into `teleservice` (documented on
/// RoutingInfoForSmArg), re-encoded in place.
#[test]
fn jss7_sri_sm_arg_teleservice() {
    let bytes = hex("30148005911111111181010082059122222222850121");
    let a = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap();
    let Argument::SendRoutingInfoForSm(arg) = a else {
        panic!()
    };
    assert_eq!(arg.msisdn.digits().to_string(), "11111111");
    assert!(!arg.sm_rp_pri);
    assert_eq!(arg.service_centre_address.digits().to_string(), "22222222");
    assert!(!arg.gprs_support_indicator);
    assert_eq!(arg.teleservice, Some(&[0x21][..])); // shortMessageMT-PP
    assert!(arg.unknown.is_empty());
    reencodes(&a, &bytes);
}

/// id: jss7-sri-sm-arg-delivery-not-intended
/// source: RestComm/jss7 .../SendRoutingInfoForSMRequestTest.java getEncodedData3
#[test]
fn jss7_sri_sm_arg_delivery_not_intended() {
    let bytes = hex("301480059111111111810100820591222222228a0100");
    let a = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap();
    let Argument::SendRoutingInfoForSm(arg) = a else {
        panic!()
    };
    assert!(!arg.sm_rp_pri && !arg.gprs_support_indicator && !arg.ip_sm_gw_guidance_indicator);
    assert_eq!(
        arg.sm_delivery_not_intended,
        Some(SmDeliveryNotIntended::ONLY_IMSI_REQUESTED)
    );
    reencodes(&a, &bytes);
}

/// id: jss7-sri-sm-res-lmsi
/// source: RestComm/jss7 .../SendRoutingInfoForSMResponseTest.java getEncodedData
#[test]
fn jss7_sri_sm_res_lmsi() {
    let bytes = hex("301b040802900902101122f7a00f8107912130120092f5040400036231");
    let r = decode_res(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap();
    let ReturnResult::SendRoutingInfoForSm(res) = r else {
        panic!()
    };
    assert_eq!(res.imsi.to_string(), "200990200111227");
    let nn = res.location_info_with_lmsi.network_node_number;
    assert_eq!(
        (nn.nature(), nn.plan()),
        (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN)
    );
    assert_eq!(nn.digits().to_string(), "12032100295");
    assert_eq!(
        res.location_info_with_lmsi.lmsi,
        Some(Lmsi([0x00, 0x03, 0x62, 0x31]))
    );
    assert_eq!(res.mwd_set, None);
    let mut out = Vec::new();
    r.encode(&mut out);
    assert_eq!(out, bytes);
}

/// id: jss7-sri-sm-res-mwdset
/// source: RestComm/jss7 .../SendRoutingInfoForSMResponseTest.java getEncodedData1
/// mwd-Set [2] is a MAP v1 member: lenient decode into `mwd_set` (documented on
/// RoutingInfoForSmRes), re-encoded in place (pycrate's re-encoding differs; ours does not).
#[test]
fn jss7_sri_sm_res_mwdset() {
    let bytes = hex("3016040752001111111111a0088106919799191111820100");
    let r = decode_res(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap();
    let ReturnResult::SendRoutingInfoForSm(res) = r else {
        panic!()
    };
    assert_eq!(res.imsi.to_string(), "25001111111111");
    assert_eq!(
        res.location_info_with_lmsi
            .network_node_number
            .digits()
            .to_string(),
        "7999911111"
    );
    assert_eq!(res.location_info_with_lmsi.lmsi, None);
    assert_eq!(res.mwd_set, Some(false));
    assert!(res.unknown.is_empty());
    let mut out = Vec::new();
    r.encode(&mut out);
    assert_eq!(out, bytes);
}

/// id: jss7-mo-fsm-arg-simple
/// source: RestComm/jss7 .../MoForwardShortMessageRequestTest.java getEncodedDataSimple
/// sm-RP-UI is arbitrary test bytes, not a valid TPDU: the MAP decode succeeds, the TPDU view
/// gives a clean error.
#[test]
fn jss7_mo_fsm_arg_simple() {
    let bytes =
        hex("3026840791223343992032820891321132214333f404110b16212c37424d00010203040506070908");
    let a = decode_arg(OpCode::MO_FORWARD_SM, &bytes).unwrap();
    let Argument::MoForwardSm(arg) = a else {
        panic!()
    };
    let SmRpDa::ServiceCentreAddressDa(da) = arg.sm_rp_da else {
        panic!()
    };
    assert_eq!(
        (da.nature(), da.plan()),
        (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN)
    );
    assert_eq!(da.digits().to_string(), "223334990223");
    let SmRpOa::Msisdn(oa) = arg.sm_rp_oa else {
        panic!()
    };
    assert_eq!(oa.digits().to_string(), "2311231234334");
    assert_eq!(arg.sm_rp_ui, &hex("0b16212c37424d00010203040506070908")[..]);
    assert!(arg.tpdu().is_err()); // TP-MTI 11 MS to SC is reserved
    reencodes(&a, &bytes);
}

/// id: jss7-mo-fsm-arg-no-da-oa
/// source: RestComm/jss7 .../MoForwardShortMessageRequestTest.java getEncodedDataNoDaOa
/// noSM-RP-DA and noSM-RP-OA share the tag `85`: told apart by position.
#[test]
fn jss7_mo_fsm_arg_no_da_oa() {
    let bytes = hex(
        "303a8500850004340b16212c37424d00010203040506070908010202020202020303030303030303030304040404040463584d42372c2c21160b0b00",
    );
    let a = decode_arg(OpCode::MO_FORWARD_SM, &bytes).unwrap();
    let Argument::MoForwardSm(arg) = a else {
        panic!()
    };
    assert_eq!(arg.sm_rp_da, SmRpDa::NoSmRpDa);
    assert_eq!(arg.sm_rp_oa, SmRpOa::NoSmRpOa);
    assert_eq!(arg.sm_rp_ui.len(), 52);
    reencodes(&a, &bytes);
    // The same octets are a valid v2 forwardSM argument.
    let Argument::ForwardSm(v2) = decode_arg_versioned(OpCode::FORWARD_SM, 2, &bytes).unwrap()
    else {
        panic!()
    };
    assert_eq!(v2.sm_rp_ui.len(), 52);
    assert_eq!(v2.direction(), Direction::ScToMs);
}

/// id: jss7-mt-fsm-arg
/// source: RestComm/jss7 .../MtForwardShortMessageRequestTest.java getEncodedData
#[test]
fn jss7_mt_fsm_arg() {
    let bytes = hex(
        "3049800810212222118215f48407918121690090f604340b16212c37424d00010203040506070908010202020202020303030303030303030304040404040463584d42372c2c21160b0b00",
    );
    let a = decode_arg(OpCode::MT_FORWARD_SM, &bytes).unwrap();
    let Argument::MtForwardSm(arg) = a else {
        panic!()
    };
    let SmRpDa::Imsi(imsi) = arg.sm_rp_da else {
        panic!()
    };
    assert_eq!(imsi.to_string(), "011222221128514");
    let SmRpOa::ServiceCentreAddressOa(sc) = arg.sm_rp_oa else {
        panic!()
    };
    assert_eq!(
        (sc.nature(), sc.plan()),
        (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN)
    );
    assert_eq!(sc.digits().to_string(), "18129600096");
    assert_eq!(arg.sm_rp_ui.len(), 52);
    reencodes(&a, &bytes);
}

/// The expected error of the jSS7 extension container test value (privateExtension extId
/// 1.2.3.4 with raw extType `0b0c0d0e0f`): `0B 0C` announces 12 octets where the
/// PrivateExtension has 3 left. Clean error: truncated, at the end of that PrivateExtension.
fn assert_jss7_extension_error(e: DecodeError, end_of_private_extension: usize) {
    let ber = e.ber().copied().unwrap_or_else(|| panic!("{e:?}"));
    assert_eq!(ber.kind, ErrorKind::Truncated { needed: 9 }, "{e}");
    assert_eq!(e.offset(), end_of_private_extension, "{e}");
}

/// id: jss7-mo-fsm-res
/// source: RestComm/jss7 .../MoForwardShortMessageResponseTest.java getEncodedData
/// Invalid extension container (tshark: malformed, pycrate: exception): clean error.
#[test]
fn jss7_mo_fsm_res() {
    let bytes = hex("303004050b16212c373027a020300a06032a03040b0c0d0e0f300506032a0306300b06032a030515161718191aa1031f2021");
    let e = decode_res(OpCode::MO_FORWARD_SM, &bytes).unwrap_err();
    // 30 30 | 04 05 ..(5) | 30 27 | A0 20 | 30 0A (13) 06 03 2A 03 04 0B 0C 0D 0E 0F | (25)
    assert_jss7_extension_error(e, 25);
    // The sm-RP-UI before it is fine: without the container the result decodes.
    let ok = hex("300704050b16212c37");
    let ReturnResult::MoForwardSm(res) = decode_res(OpCode::MO_FORWARD_SM, &ok).unwrap() else {
        panic!()
    };
    assert_eq!(res.sm_rp_ui, Some(&hex("0b16212c37")[..]));
}

/// id: jss7-rsds-arg
/// source: RestComm/jss7 .../ReportSMDeliveryStatusRequestTest.java getEncodedData
#[test]
fn jss7_rsds_arg() {
    let bytes = hex("3013040691272233131104069101907354f30a0101");
    let a = decode_arg(OpCode::REPORT_SM_DELIVERY_STATUS, &bytes).unwrap();
    let Argument::ReportSmDeliveryStatus(arg) = a else {
        panic!()
    };
    assert_eq!(arg.msisdn.digits().to_string(), "7222333111");
    assert_eq!(arg.service_centre_address.digits().to_string(), "100937453");
    assert_eq!(
        arg.sm_delivery_outcome,
        SmDeliveryOutcome::ABSENT_SUBSCRIBER
    );
    reencodes(&a, &bytes);
}

/// id: jss7-rsds-res
/// source: RestComm/jss7 .../ReportSMDeliveryStatusResponseTest.java getEncodedData
/// Same invalid extension container as jss7-mo-fsm-res: clean error.
#[test]
fn jss7_rsds_res() {
    let bytes = hex("303104069188787766f63027a020300a06032a03040b0c0d0e0f300506032a0306300b06032a030515161718191aa1031f2021");
    let e = decode_res(OpCode::REPORT_SM_DELIVERY_STATUS, &bytes).unwrap_err();
    // 30 31 | 04 06 ..(6) | 30 27 | A0 20 | 30 0A (14) .. | (26)
    assert_jss7_extension_error(e, 26);
    let ok = hex("300804069188787766f6");
    let ReturnResult::ReportSmDeliveryStatus(res) =
        decode_res(OpCode::REPORT_SM_DELIVERY_STATUS, &ok).unwrap()
    else {
        panic!()
    };
    let m = res.stored_msisdn.unwrap();
    assert_eq!(
        (m.nature(), m.plan()),
        (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN)
    );
    assert_eq!(m.digits().to_string(), "888777666");
}

/// id: jss7-isc-arg
/// source: RestComm/jss7 .../InformServiceCentreRequestTest.java getEncodedData
#[test]
fn jss7_isc_arg() {
    let bytes = hex("300403020240");
    let a = decode_arg(OpCode::INFORM_SERVICE_CENTRE, &bytes).unwrap();
    let Argument::InformServiceCentre(arg) = a else {
        panic!()
    };
    let mw = arg.mw_status.unwrap();
    assert!(!mw.is_set(mw_status::SC_ADDRESS_NOT_INCLUDED));
    assert!(mw.is_set(mw_status::MNRF_SET));
    assert!(!mw.is_set(mw_status::MCEF_SET));
    assert!(!mw.is_set(mw_status::MNRG_SET));
    reencodes(&a, &bytes);
}

/// id: jss7-err-sm-delivery-failure
/// source: RestComm/jss7 .../MAPErrorMessageTest.java getDataSmDeliveryFailure (outer 30 03 added
/// by the vector file)
#[test]
fn jss7_err_sm_delivery_failure() {
    let bytes = hex("30030a0105");
    let p = decode_err(ErrorCode::SM_DELIVERY_FAILURE, &bytes).unwrap();
    let ErrorParam::SmDeliveryFailure(c) = p else {
        panic!()
    };
    assert_eq!(
        c.sm_enumerated_delivery_failure_cause,
        SmEnumeratedDeliveryFailureCause::INVALID_SME_ADDRESS
    );
    assert_eq!(c.diagnostic_info, None);
    let mut out = Vec::new();
    p.encode(&mut out);
    assert_eq!(out, bytes);
}

/// id: jss7-err-absent-subscriber-sm
/// source: RestComm/jss7 .../MAPErrorMessageTest.java getDataAbsentSubscriberSM (outer 30 03
/// added by the vector file)
#[test]
fn jss7_err_absent_subscriber_sm() {
    let bytes = hex("3003020101");
    let p = decode_err(ErrorCode::ABSENT_SUBSCRIBER_SM, &bytes).unwrap();
    let ErrorParam::AbsentSubscriberSm(a) = p else {
        panic!()
    };
    assert_eq!(
        a.absent_subscriber_diagnostic_sm,
        Some(AbsentSubscriberDiagnosticSm::IMSI_DETACHED)
    );
    let mut out = Vec::new();
    p.encode(&mut out);
    assert_eq!(out, bytes);
}

/// Every `map` vector of public.json is covered above (the file is read when present).
#[test]
fn every_map_vector_is_covered() {
    const COVERED: &[&str] = &[
        "techqa-sm-rp-ui-deliver",
        "jss7-sri-sm-arg-smea",
        "jss7-sri-sm-arg-teleservice",
        "jss7-sri-sm-arg-delivery-not-intended",
        "jss7-sri-sm-res-lmsi",
        "jss7-sri-sm-res-mwdset",
        "jss7-mo-fsm-arg-simple",
        "jss7-mo-fsm-arg-no-da-oa",
        "jss7-mt-fsm-arg",
        "jss7-mo-fsm-res",
        "jss7-rsds-arg",
        "jss7-rsds-res",
        "jss7-isc-arg",
        "jss7-err-sm-delivery-failure",
        "jss7-err-absent-subscriber-sm",
    ];
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/vectors/public.json"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    // A minimal scan (no JSON dependency): each object's "id" precedes its "layer".
    let mut seen = 0;
    for obj in text.split("\"id\": \"").skip(1) {
        let id = &obj[..obj.find('"').unwrap()];
        if obj
            .split("\"layer\": \"")
            .nth(1)
            .is_some_and(|l| l.starts_with("map\""))
        {
            assert!(COVERED.contains(&id), "map vector {id} has no test");
            seen += 1;
        }
    }
    assert_eq!(seen, COVERED.len());
}
