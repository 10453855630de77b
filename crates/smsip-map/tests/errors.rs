//! Decode errors: missing mandatory members, misplaced and repeated members, trailing data,
//! CHOICE alternatives, constraints, encodings of the wrong form, the dispatcher's errors; and
//! robustness: every truncation and every single-octet mutation of the §13 examples gives an
//! error or a value, never a panic.

use smsip_ber::{ErrorKind, Tag};
use smsip_map::*;

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

fn ber_kind(e: &DecodeError) -> ErrorKind {
    e.ber()
        .unwrap_or_else(|| panic!("not a BER error: {e:?}"))
        .kind
}

const SRI_ARG: &str =
    "3026 80079144770009 1032 8101FF 82079144770009 0000 8700 880100 89080C9144770009 4065 8B00";
const SRI_RES: &str = "3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 \
                       A609 80079144770009 6000 A506 02011E 02013C";
const MT_ARG: &str = "3045 800800010121436587F9 84079144770009 0000 \
                      0418040C914477000940650000423051410300 4005C8329BFD06 \
                      3013A011300F060A2B0601040181FD5901010101FF 02013C";

#[test]
fn missing_mandatory() {
    // RoutingInfoForSM-Arg without serviceCentreAddress: the contents end after sm-RP-PRI.
    let e = RoutingInfoForSmArg::decode(&hex("300C 80079144770009 1032 8101FF")).unwrap_err();
    assert_eq!(ber_kind(&e), ErrorKind::MissingMandatory);
    assert_eq!((e.field(), e.offset()), ("serviceCentreAddress", 14));

    // MT-ForwardSM-Arg without sm-RP-UI.
    let e = MtForwardSmArg::decode(&hex("3015 800800010121436587F9 84079144770009 0000 0500"))
        .unwrap_err();
    assert!(matches!(
        ber_kind(&e),
        ErrorKind::UnexpectedTag {
            expected: Tag::OCTET_STRING,
            found: Tag::NULL
        }
    ));
    assert_eq!((e.field(), e.offset()), ("sm-RP-UI", 21));

    // Empty SEQUENCE: the untagged CHOICE sm-RP-DA is missing.
    let e = MoForwardSmArg::decode(&[0x30, 0x00]).unwrap_err();
    assert_eq!(ber_kind(&e), ErrorKind::MissingMandatory);
    assert_eq!((e.field(), e.offset()), ("sm-RP-DA", 2));

    // ReportSM-DeliveryStatusArg without sm-DeliveryOutcome (a v1 argument).
    let e = ReportSmDeliveryStatusArg::decode(&hex("3012 04079144770009 1032 04079144770009 0000"))
        .unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field(), e.offset()),
        (ErrorKind::MissingMandatory, "sm-DeliveryOutcome", 20)
    );

    // CorrelationID without sip-uri-B.
    let e = CorrelationId::decode(&hex("3005 8003 001001")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field(), e.offset()),
        (ErrorKind::MissingMandatory, "sip-uri-B", 7)
    );

    // LocationInfoWithLMSI without networkNode-Number (lmsi first).
    let e = RoutingInfoForSmRes::decode(&hex("3012 0408000101214365 87F9 A006 040401020304"))
        .unwrap_err();
    assert_eq!(e.field(), "networkNode-Number");
    assert_eq!(e.offset(), 14);

    // sm-DeliveryFailure without its (mandatory) parameter; SRI-SM and ATM without result.
    let e = decode_err(ErrorCode::SM_DELIVERY_FAILURE, &[]).unwrap_err();
    assert_eq!(ber_kind(&e), ErrorKind::MissingMandatory);
    assert_eq!(
        ber_kind(&decode_res(OpCode::SEND_ROUTING_INFO_FOR_SM, &[]).unwrap_err()),
        ErrorKind::MissingMandatory
    );
    assert_eq!(
        ber_kind(&decode_res(OpCode::ANY_TIME_MODIFICATION, &[]).unwrap_err()),
        ErrorKind::MissingMandatory
    );
    assert_eq!(
        ber_kind(&decode_arg(OpCode::MT_FORWARD_SM, &[]).unwrap_err()),
        ErrorKind::MissingMandatory
    );
}

#[test]
fn misplaced_members() {
    // singleAttemptDelivery [13] before t4-Trigger-Indicator [14]: definition order is 8E 8D.
    let e =
        RoutingInfoForSmArg::decode(&hex("300F 80029121 8101FF 82029121 8D00 8E00")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::MisplacedMember {
            field: "t4-Trigger-Indicator",
            offset: 15
        }
    );
    // ... and in definition order it decodes.
    let ok_bytes = hex("300F 80029121 8101FF 82029121 8E00 8D00");
    let ok = RoutingInfoForSmArg::decode(&ok_bytes).unwrap();
    assert!(ok.t4_trigger_indicator && ok.single_attempt_delivery);

    // moreMessagesToSend after the extension container.
    let e = MtForwardSmArg::decode(&hex("3015 800800010121436587F9 84029121 0401 00 3000 0500"))
        .unwrap_err();
    assert_eq!(
        e,
        DecodeError::MisplacedMember {
            field: "moreMessagesToSend",
            offset: 21
        }
    );

    // imsi (untagged 04) after correlationID [0] in MO-ForwardSM-Arg.
    let e = MoForwardSmArg::decode(&hex(
        "3016 84029121 82029121 040101 A004 82024142 0403001001",
    ))
    .unwrap_err();
    assert_eq!(
        e,
        DecodeError::MisplacedMember {
            field: "imsi",
            offset: 19
        }
    );

    // A known root member after an unknown element: extensionContainer [6] after a [3].
    let e =
        RoutingInfoForSmArg::decode(&hex("3010 80029121 8101FF 82029121 830100 A600")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::MisplacedMember {
            field: "extensionContainer",
            offset: 16
        }
    );

    // Root members out of order: sm-RP-PRI before msisdn is an unexpected tag where msisdn is due.
    let e = RoutingInfoForSmArg::decode(&hex("300B 8101FF 80029121 82029121")).unwrap_err();
    assert!(
        matches!(ber_kind(&e), ErrorKind::UnexpectedTag { expected, found } if expected == Tag::context(0) && found == Tag::context(1))
    );
    assert_eq!(e.offset(), 2);
}

#[test]
fn repeated_members() {
    let e = RoutingInfoForSmArg::decode(&hex("3011 80029121 8101FF 82029121 8700 8700 8B00"))
        .unwrap_err();
    assert_eq!(
        e,
        DecodeError::RepeatedMember {
            field: "gprsSupportIndicator",
            offset: 15
        }
    );
    // A second serviceCentreAddress.
    let e =
        RoutingInfoForSmArg::decode(&hex("300F 80029121 8101FF 82029121 82029121")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::RepeatedMember {
            field: "serviceCentreAddress",
            offset: 13
        }
    );
    // A second sm-RP-DA alternative at the end of MT-ForwardSM-Arg.
    // (Not [0]: in MT-ForwardSM-Arg that tag is also smsOverIP-OnlyIndicator's.) noSM-RP-DA and
    // noSM-RP-OA share [5]; both are present, so the later one is named.
    let e = MtForwardSmArg::decode(&hex("300D 84029121 84029121 040100 8500")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::RepeatedMember {
            field: "sm-RP-OA",
            offset: 13
        }
    );
    // ip-sm-gwGuidance twice in RoutingInfoForSM-Res.
    let e = RoutingInfoForSmRes::decode(&hex(
        "3015 04030010F1 A004 81029121 A506 02011E 02013C A500",
    ))
    .unwrap_err();
    assert_eq!(
        e,
        DecodeError::RepeatedMember {
            field: "ip-sm-gwGuidance",
            offset: 21
        }
    );
    // Inside a nested SEQUENCE: lmsi twice in LocationInfoWithLMSI.
    let e = RoutingInfoForSmRes::decode(&hex(
        "3017 04030010F1 A010 81029121 040401020304 040401020304",
    ))
    .unwrap_err();
    assert_eq!(
        e,
        DecodeError::RepeatedMember {
            field: "lmsi",
            offset: 19
        }
    );
}

#[test]
fn trailing_data() {
    // After the outer SEQUENCE.
    let mut bytes = hex(SRI_ARG);
    bytes.push(0x00);
    let e = RoutingInfoForSmArg::decode(&bytes).unwrap_err();
    assert_eq!((ber_kind(&e), e.offset()), (ErrorKind::TrailingData, 40));
    let e = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &bytes).unwrap_err();
    assert_eq!((ber_kind(&e), e.offset()), (ErrorKind::TrailingData, 40));
    // Inside a closed SEQUENCE: CorrelationID has no extension marker.
    let e = CorrelationId::decode(&hex("3007 820141 9F200100")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.offset(), e.field()),
        (ErrorKind::TrailingData, 5, "CorrelationID")
    );
    // NetworkNodeDiameterAddress likewise (a [0] there would be a repeated diameter-Name).
    let nnda = "3018 800A 6d73632e746573742e6f 810A 746573742e6f72672e78";
    assert!(NetworkNodeDiameterAddress::decode(&hex(nnda)).is_ok());
    let e = NetworkNodeDiameterAddress::decode(&hex(&format!("301B{} 820100", &nnda[4..])))
        .unwrap_err();
    assert_eq!((ber_kind(&e), e.offset()), (ErrorKind::TrailingData, 26));
    // Inside an explicit CHOICE: additional-Number [6] holding two numbers.
    let e =
        RoutingInfoForSmRes::decode(&hex("3015 04030010F1 A00E 81029121 A608 80029121 81029121"))
            .unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.offset(), e.field()),
        (ErrorKind::TrailingData, 19, "additional-Number")
    );
}

#[test]
fn unknown_extensions_are_kept() {
    // Rel-17+ members after the last known one: kept raw, in order, re-encoded.
    // smsf-supportIndicator [16], a NULL, with contents.
    let e = RoutingInfoForSmArg::decode(&hex("300E 80029121 8101FF 82029121 900111")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field(), e.offset()),
        (ErrorKind::BadNull, "smsf-supportIndicator", 13)
    );
    let bytes = hex("3017 80029121 8101FF 82029121 9000 9F2001AA BF2103020101");
    let arg = RoutingInfoForSmArg::decode(&bytes).unwrap();
    assert!(arg.smsf_support_indicator);
    assert_eq!(arg.unknown.as_bytes(), &hex("9F2001AA BF2103020101")[..]);
    assert_eq!(arg.unknown.offset(), 15);
    let tags: Vec<Tag> = arg.unknown.iter().map(|e| e.unwrap().tag()).collect();
    assert_eq!(tags, [Tag::context(32), Tag::context(33)]);
    assert_eq!(arg.to_vec(), bytes);
    // Unknown additions in a nested type and in an error parameter.
    let res = hex("3015 04030010F1 A00A 81029121 9F2003010203 A502 0500");
    let e = RoutingInfoForSmRes::decode(&res).unwrap_err();
    // IP-SM-GW-Guidance's first member (an INTEGER) is missing: NULL found.
    assert!(matches!(ber_kind(&e), ErrorKind::UnexpectedTag { .. }));
    let res = hex("3013 04030010F1 A00A 81029121 9F2003010203 8F00");
    let r = RoutingInfoForSmRes::decode(&res).unwrap();
    assert_eq!(
        r.location_info_with_lmsi.unknown.as_bytes(),
        &hex("9F2003010203")[..]
    );
    assert_eq!(r.unknown.as_bytes(), &[0x8F, 0x00]);
    assert_eq!(r.to_vec(), res);
    let param = hex("3004 8000 8100");
    let p = decode_err(ErrorCode::UNEXPECTED_DATA_VALUE, &param).unwrap();
    let ErrorParam::UnexpectedDataValue(u) = p else {
        panic!()
    };
    assert!(u.unexpected_subscriber);
    assert_eq!(u.unknown.as_bytes(), &[0x81, 0x00]);
}

#[test]
fn choices() {
    // SM-RP-DA with [2] (an SM-RP-OA alternative): not an alternative.
    let e = MtForwardSmArg::decode(&hex("300B 82029121 84029121 040100")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::UnknownAlternative {
            field: "sm-RP-DA",
            offset: 2,
            found: Tag::context(2)
        }
    );
    // roamingNumber [3] is v1 only: rejected by MT-ForwardSM-Arg, accepted by ForwardSM-Arg.
    let bytes = hex("300B 83029121 84029121 040100");
    let e = MtForwardSmArg::decode(&bytes).unwrap_err();
    assert_eq!(
        e,
        DecodeError::UnknownAlternative {
            field: "sm-RP-DA",
            offset: 2,
            found: Tag::context(3)
        }
    );
    let Argument::ForwardSm(f) = decode_arg_versioned(OpCode::FORWARD_SM, 1, &bytes).unwrap()
    else {
        panic!()
    };
    let SmRpDa::RoamingNumber(n) = f.sm_rp_da else {
        panic!()
    };
    assert_eq!(n.to_string(), "+12");
    assert_eq!(f.to_vec(), bytes);
    // SM-RP-OA with [0].
    let e = MtForwardSmArg::decode(&hex("300C 80030010F1 80029121 040100")).unwrap_err();
    assert_eq!(
        e,
        DecodeError::UnknownAlternative {
            field: "sm-RP-OA",
            offset: 7,
            found: Tag::context(0)
        }
    );
    // additional-Number [6] with [2] inside.
    let e = RoutingInfoForSmRes::decode(&hex("3011 04030010F1 A00A 81029121 A604 82029121"))
        .unwrap_err();
    assert_eq!(
        e,
        DecodeError::UnknownAlternative {
            field: "additional-Number",
            offset: 15,
            found: Tag::context(2)
        }
    );
    // additional-Number [6] encoded IMPLICIT (primitive) instead of explicit.
    let e =
        RoutingInfoForSmRes::decode(&hex("300F 04030010F1 A008 81029121 86029121")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.offset()),
        (ErrorKind::ExpectedConstructed, 13)
    );
    // subscriberIdentity [0] empty.
    let e = AnyTimeModificationArg::decode(&hex("3006 A000 81029121")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (ErrorKind::MissingMandatory, "subscriberIdentity")
    );
}

#[test]
fn constraints_and_forms() {
    // sm-RP-MTI 11 (INTEGER (0..10)).
    let e = RoutingInfoForSmArg::decode(&hex("300E 80029121 8101FF 82029121 88010B")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field(), e.offset()),
        (ErrorKind::IntegerOutOfRange, "sm-RP-MTI", 13)
    );
    // smDeliveryTimer 29 (30..600) and 601.
    for (v, ok) in [("1D", false), ("1E", true), ("0258", true), ("0259", false)] {
        let len = v.len() / 2;
        let b = hex(&format!(
            "30{:02X} 84029121 84029121 040100 02{len:02X}{v}",
            11 + 2 + len
        ));
        assert_eq!(MtForwardSmArg::decode(&b).is_ok(), ok, "{v}");
    }
    // ISDN-AddressString of 10 octets.
    let e = RoutingInfoForSmArg::decode(&hex("3013 800A91112233445566778899 8101FF 82029121"))
        .unwrap_err();
    assert_eq!(
        ber_kind(&e),
        ErrorKind::BadSize {
            min: 1,
            max: 9,
            found: 10
        }
    );
    assert_eq!((e.field(), e.offset()), ("msisdn", 2));
    // IMSI of 2 octets in SM-RP-DA.
    let e = MtForwardSmArg::decode(&hex("300B 80020010 84029121 040100")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (
            ErrorKind::BadSize {
                min: 3,
                max: 8,
                found: 2
            },
            "imsi"
        )
    );
    // Empty sm-RP-UI (SignalInfo SIZE (1..200)).
    let e = MtForwardSmArg::decode(&hex("300A 84029121 84029121 0400")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field(), e.offset()),
        (
            ErrorKind::BadSize {
                min: 1,
                max: 200,
                found: 0
            },
            "sm-RP-UI",
            10
        )
    );
    // Time of 3 octets.
    let e = MtForwardSmArg::decode(&hex("3010 84029121 84029121 040100 0403010203")).unwrap_err();
    assert_eq!(
        ber_kind(&e),
        ErrorKind::BadSize {
            min: 4,
            max: 4,
            found: 3
        }
    );
    // DiameterIdentity of 8 octets.
    let e = NetworkNodeDiameterAddress::decode(&hex(
        "3014 8008 6d73632e74657374 8108 6d73632e74657374",
    ))
    .unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (
            ErrorKind::BadSize {
                min: 9,
                max: 255,
                found: 8
            },
            "diameter-Name"
        )
    );
    // gprsSupportIndicator [7] constructed; NULL with contents; BOOLEAN of two octets.
    let e = RoutingInfoForSmArg::decode(&hex("300D 80029121 8101FF 82029121 A700")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (ErrorKind::ExpectedPrimitive, "gprsSupportIndicator")
    );
    let e = RoutingInfoForSmArg::decode(&hex("300C 80029121 8102FFFF 82029121")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (ErrorKind::BadBoolean, "sm-RP-PRI")
    );
    // extensionContainer [6] primitive.
    let e = RoutingInfoForSmArg::decode(&hex("300D 80029121 8101FF 82029121 8600")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (ErrorKind::ExpectedConstructed, "extensionContainer")
    );
    // A constructed (segmented) sm-RP-UI is not joined by the borrowed decoder.
    let e = MtForwardSmArg::decode(&hex("300F 84029121 84029121 2405 0403 040C91")).unwrap_err();
    assert_eq!(
        (ber_kind(&e), e.field()),
        (ErrorKind::ConstructedString, "sm-RP-UI")
    );
    // An ENUMERATED above 255 (open enums are u8).
    let e = ReportSmDeliveryStatusArg::decode(&hex("300C 04029121 04029121 0A020100")).unwrap_err();
    assert_eq!(ber_kind(&e), ErrorKind::IntegerOutOfRange);
    // The outer element must be a SEQUENCE.
    let e = RoutingInfoForSmArg::decode(&hex("A000")).unwrap_err();
    assert!(matches!(ber_kind(&e), ErrorKind::UnexpectedTag { .. }));
    let e = decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &hex("3100")).unwrap_err();
    assert!(matches!(
        ber_kind(&e),
        ErrorKind::UnexpectedTag {
            expected: Tag::SEQUENCE,
            ..
        }
    ));
}

#[test]
fn lenient_forms_decode_and_reencode_canonically() {
    // Indefinite lengths, long-form lengths, BOOLEAN TRUE as 01, an INTEGER with a leading 00.
    let odd = hex("3080 8081079144770009 1032 810101 8207914477000900 00 88020000 0000");
    let arg = RoutingInfoForSmArg::decode(&odd).unwrap();
    assert!(arg.sm_rp_pri);
    assert_eq!(arg.sm_rp_mti, Some(0));
    let canonical = arg.to_vec();
    assert_eq!(
        canonical,
        hex("3018 80079144770009 1032 8101FF 8207914477000900 00 880100")
    );
    assert_eq!(RoutingInfoForSmArg::decode(&canonical).unwrap(), arg);
    // Unknown ENUMERATED values round-trip (open enums).
    let b = hex("300B 04029121 04029121 0A0107");
    let rsds = ReportSmDeliveryStatusArg::decode(&b).unwrap();
    assert_eq!(rsds.sm_delivery_outcome, SmDeliveryOutcome(7));
    assert_eq!(
        format!("{:?}", rsds.sm_delivery_outcome),
        "SmDeliveryOutcome(0x07)"
    );
    assert_eq!(rsds.to_vec(), b);
    let b = hex("3013 8002 9121 8101FF 82029121 8A0105 8C0300 10F1");
    let sri = RoutingInfoForSmArg::decode(&b).unwrap();
    assert_eq!(sri.sm_delivery_not_intended, Some(SmDeliveryNotIntended(5)));
    assert_eq!(sri.to_vec(), b);
}

#[test]
fn dispatcher_errors() {
    let sri = hex(SRI_ARG);
    assert_eq!(
        decode_arg(OpCode(99), &sri).unwrap_err(),
        DecodeError::UnsupportedOperation(OpCode(99))
    );
    assert_eq!(
        decode_arg(OpCode::MT_FORWARD_SM_VGCS, &sri).unwrap_err(),
        DecodeError::UnsupportedOperation(OpCode(21))
    );
    assert_eq!(
        decode_res(OpCode(99), &[]).unwrap_err(),
        DecodeError::UnsupportedOperation(OpCode(99))
    );
    assert_eq!(
        decode_res(OpCode::INFORM_SERVICE_CENTRE, &[]).unwrap_err(),
        DecodeError::NoResult(OpCode(63))
    );
    assert_eq!(
        decode_res(OpCode::NOTE_SUBSCRIBER_PRESENT, &sri).unwrap_err(),
        DecodeError::NoResult(OpCode(48))
    );
    assert!(matches!(
        decode_res(OpCode::ALERT_SERVICE_CENTRE, &hex("3000")).unwrap_err(),
        DecodeError::UnexpectedParameter(_)
    ));
    assert!(matches!(
        decode_res_versioned(OpCode::FORWARD_SM, 2, &hex("3000")).unwrap_err(),
        DecodeError::UnexpectedParameter(_)
    ));
    assert_eq!(
        decode_res_versioned(OpCode::FORWARD_SM, 2, &[]).unwrap(),
        ReturnResult::Empty
    );
    assert_eq!(
        decode_err(ErrorCode(99), &[]).unwrap_err(),
        DecodeError::UnsupportedError(ErrorCode(99))
    );
    assert_eq!(
        decode_err(ErrorCode(99), &hex("3000")).unwrap_err(),
        DecodeError::UnsupportedError(ErrorCode(99))
    );
    // Two elements where one parameter is expected.
    let e = decode_err(ErrorCode::DATA_MISSING, &hex("3000 3000")).unwrap_err();
    assert_eq!((ber_kind(&e), e.offset()), (ErrorKind::TrailingData, 2));
    // A wrong universal type for the parameter.
    let e = decode_err(ErrorCode::DATA_MISSING, &hex("0400")).unwrap_err();
    assert!(matches!(ber_kind(&e), ErrorKind::UnexpectedTag { .. }));
    // v1/v2 error forms.
    assert_eq!(
        decode_err(ErrorCode::SM_DELIVERY_FAILURE, &hex("0A0102")).unwrap(),
        ErrorParam::SmDeliveryFailureV1(
            SmEnumeratedDeliveryFailureCause::EQUIPMENT_NOT_SM_EQUIPPED
        )
    );
    assert_eq!(
        decode_err(ErrorCode::ABSENT_SUBSCRIBER, &hex("0101FF")).unwrap(),
        ErrorParam::AbsentSubscriberMwdSet(true)
    );
    assert_eq!(
        decode_err(ErrorCode::CALL_BARRED, &hex("0A0101")).unwrap(),
        ErrorParam::CallBarred(CallBarredParam::CallBarringCause(
            CallBarringCause::OPERATOR_BARRING
        ))
    );
    assert_eq!(
        decode_err(ErrorCode::SS_ERROR_STATUS, &hex("040105")).unwrap(),
        ErrorParam::SsErrorStatus(5)
    );
    assert!(decode_err(ErrorCode::SS_ERROR_STATUS, &hex("04020506")).is_err());
    // Error display carries the field and offset.
    let e = decode_arg(
        OpCode::SEND_ROUTING_INFO_FOR_SM,
        &hex("300C 80079144770009 1032 8101FF"),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "serviceCentreAddress: missing mandatory element at offset 14"
    );
    assert!(!e.is_truncated());
    assert!(decode_arg(OpCode::SEND_ROUTING_INFO_FOR_SM, &sri[..10])
        .unwrap_err()
        .is_truncated());
}

/// Every decoder the dispatcher reaches, on `bytes`, in every version: must not panic; when it
/// succeeds, the value re-encodes to octets that decode to an equal value.
fn decode_everything(bytes: &[u8]) {
    for op in 0..=70u8 {
        for version in [1, 2, 3] {
            if let Ok(a) = decode_arg_versioned(OpCode(op), version, bytes) {
                let mut out = Vec::new();
                a.encode(&mut out);
                let back = decode_arg_versioned(OpCode(op), version, &out).unwrap();
                let mut again = Vec::new();
                back.encode(&mut again);
                assert_eq!(again, out);
            }
            if let Ok(r) = decode_res_versioned(OpCode(op), version, bytes) {
                let mut out = Vec::new();
                r.encode(&mut out);
                let back = decode_res_versioned(OpCode(op), version, &out).unwrap();
                let mut again = Vec::new();
                back.encode(&mut again);
                assert_eq!(again, out);
            }
        }
        if let Ok(p) = decode_err(ErrorCode(op), bytes) {
            let mut out = Vec::new();
            p.encode(&mut out);
            let back = decode_err(ErrorCode(op), &out).unwrap();
            let mut again = Vec::new();
            back.encode(&mut again);
            assert_eq!(again, out);
        }
    }
}

#[test]
fn truncation_at_every_offset() {
    for (name, h, op) in [("§13.1", SRI_ARG, 45u8), ("§13.2", MT_ARG, 44)] {
        let bytes = hex(h);
        assert!(decode_arg(OpCode(op), &bytes).is_ok());
        for n in 0..bytes.len() {
            let e = decode_arg(OpCode(op), &bytes[..n]).unwrap_err();
            if n > 0 {
                assert!(e.is_truncated(), "{name} cut at {n}: {e}");
                assert!(e.offset() <= bytes.len(), "{name} cut at {n}: {e}");
            }
            decode_everything(&bytes[..n]);
        }
    }
    let bytes = hex(SRI_RES);
    for n in 0..bytes.len() {
        let e = decode_res(OpCode(45), &bytes[..n]).unwrap_err();
        assert!(n == 0 || e.is_truncated(), "§13.3 cut at {n}: {e}");
        decode_everything(&bytes[..n]);
    }
}

#[test]
fn single_octet_mutations_never_panic() {
    for h in [SRI_ARG, SRI_RES, MT_ARG] {
        let bytes = hex(h);
        for i in 0..bytes.len() {
            for v in [
                0x00, 0x01, 0x05, 0x1F, 0x30, 0x7F, 0x80, 0x81, 0x82, 0xA0, 0xBF, 0xFF,
            ] {
                let mut m = bytes.clone();
                m[i] = v;
                decode_everything(&m);
            }
        }
    }
}
