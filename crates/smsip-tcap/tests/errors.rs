//! Damaged messages: every error has an offset inside the input and the Q.774 classification,
//! never a panic; and the answer q774 builds for it is the one the procedures mandate.

use smsip_tcap::q774::{self, Answer};
use smsip_tcap::{
    decode, Abort, ComponentType, DialoguePortion, ErrorKind, GeneralProblem, PAbortCause, Portion,
    Reject, TransactionId, TransactionIdSizeError,
};

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

const SECTION_7: &str = "62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 \
    A1 09 06 07 04 00 00 01 00 14 03 6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44 77 00 09 10 32 \
    81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00";

fn cause(c: PAbortCause) -> Portion {
    Portion::Transaction { cause: c }
}

/// Decodes and walks every component; returns the first error, if any. Never panics.
fn first_error(bytes: &[u8]) -> Option<smsip_tcap::DecodeError> {
    match decode(bytes) {
        Err(e) => Some(e),
        Ok(msg) => msg.components().find_map(Result::err),
    }
}

#[test]
fn every_truncation_of_section_7_is_an_error_with_offset() {
    let bytes = hex(SECTION_7);
    for n in 0..bytes.len() {
        let cut = &bytes[..n];
        let err = decode(cut).expect_err("a truncated message cannot decode");
        assert!(err.offset <= n, "{n}: {err}");
        // The outer element is cut short: the transaction portion is badly formatted.
        assert_eq!(
            err.portion,
            cause(PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION),
            "{n}: {err}"
        );
        assert!(err.ber().is_some(), "{n}");
        let _ = err.to_string();
        // Q.774: a Begin whose otid can be read is answered with a P-Abort to it.
        let expected = if n >= 8 {
            Answer::Abort(Abort::p_abort(
                TransactionId::from_u32(1),
                PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION,
            ))
        } else {
            Answer::Discard
        };
        assert_eq!(q774::answer(cut, &err), expected, "{n}");
    }
    assert!(decode(&bytes).is_ok());
}

#[test]
fn every_octet_of_section_7_corrupted_never_panics() {
    let bytes = hex(SECTION_7);
    let mut ok = 0;
    for i in 0..bytes.len() {
        for v in 0..=255u8 {
            let mut b = bytes.clone();
            b[i] = v;
            match first_error(&b) {
                Some(err) => {
                    assert!(err.offset <= b.len(), "{i}={v:02X}: {err}");
                    let _ = q774::answer(&b, &err);
                    let _ = err.to_string();
                }
                None => {
                    ok += 1;
                    // Whatever decodes re-encodes to something that decodes to the same value.
                    let msg = decode(&b).unwrap();
                    let again = msg.to_vec();
                    assert_eq!(decode(&again).unwrap(), msg, "{i}={v:02X}");
                }
            }
        }
    }
    assert!(ok > 1000, "{ok}");
}

#[test]
fn wrong_transaction_id_sizes() {
    let e: TransactionIdSizeError = TransactionId::new(&[]).unwrap_err();
    assert_eq!(e.found, 0);
    assert_eq!(
        e.to_string(),
        "transaction ID of 0 octets: 1 to 4 allowed (Q.773 SIZE (1..4))"
    );
    assert_eq!(TransactionId::new(&[1, 2, 3, 4, 5]).unwrap_err().found, 5);
    for len in 1..=4 {
        assert_eq!(
            TransactionId::new(&[7; 4][..len]).unwrap().as_bytes().len(),
            len
        );
    }

    // Begin with an empty otid.
    let b = hex("62 02 48 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TransactionIdSize { found: 0 });
    assert_eq!((err.offset, err.field), (2, "otid"));
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!(q774::answer(&b, &err), Answer::Discard); // no otid to answer to

    // Begin with a 5-octet otid.
    let b = hex("62 07 48 05 01 02 03 04 05");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TransactionIdSize { found: 5 });
    assert_eq!(err.offset, 2);
    assert_eq!(
        err.to_string(),
        "otid: transaction ID of 5 octets, 1 to 4 allowed at offset 2 \
         (transaction portion, incorrectTransactionPortion)"
    );

    // Continue with a good otid and a 6-octet dtid: P-Abort incorrectTransactionPortion.
    let b = hex("65 0E 48 02 0A 0B 49 06 00 00 00 00 00 01 6C 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TransactionIdSize { found: 6 });
    assert_eq!((err.offset, err.field), (6, "dtid"));
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Abort(Abort::p_abort(
            TransactionId::new(&[0x0A, 0x0B]).unwrap(),
            PAbortCause::INCORRECT_TRANSACTION_PORTION
        ))
    );
    let Answer::Abort(a) = q774::answer(&b, &err) else {
        panic!()
    };
    assert_eq!(a.to_vec(), hex("67 07 49 02 0A 0B 4A 01 03"));

    // End and Abort with 5-octet dtids: discarded.
    for b in [
        hex("64 07 49 05 01 02 03 04 05"),
        hex("67 07 49 05 01 02 03 04 05"),
    ] {
        let err = decode(&b).unwrap_err();
        assert_eq!(err.kind, ErrorKind::TransactionIdSize { found: 5 });
        assert_eq!(q774::answer(&b, &err), Answer::Discard);
    }

    // A constructed otid: badly formatted.
    let b = hex("62 05 68 03 04 01 01");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION)
    );
}

#[test]
fn unknown_message_tag_gives_the_p_abort_unrecognized_message_type() {
    // [APPLICATION 3] with an otid: answered, dtid = that otid.
    let b = hex("63 06 48 04 00 00 00 07");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.kind,
        ErrorKind::UnrecognizedMessageType {
            found: smsip_ber::Tag::application(3)
        }
    );
    assert_eq!(err.offset, 0);
    assert_eq!(err.portion, cause(PAbortCause::UNRECOGNIZED_MESSAGE_TYPE));
    let Answer::Abort(abort) = q774::answer(&b, &err) else {
        panic!()
    };
    assert_eq!(
        abort,
        Abort::p_abort(
            TransactionId::from_u32(7),
            PAbortCause::UNRECOGNIZED_MESSAGE_TYPE
        )
    );
    assert_eq!(abort.to_vec(), hex("67 09 49 04 00 00 00 07 4A 01 00"));

    // A SEQUENCE, a primitive "Begin" (42), a context tag: unrecognised too.
    for b in [
        hex("30 06 48 04 00 00 00 07"),
        hex("42 06 48 04 00 00 00 07"),
        hex("A2 03 02 01 01"),
    ] {
        let err = decode(&b).unwrap_err();
        assert!(
            matches!(err.kind, ErrorKind::UnrecognizedMessageType { .. }),
            "{err}"
        );
        assert_eq!(
            err.p_abort_cause(),
            Some(PAbortCause::UNRECOGNIZED_MESSAGE_TYPE)
        );
    }
    // Without an otid there is nobody to answer.
    let b = hex("63 03 02 01 01");
    let err = decode(&b).unwrap_err();
    assert_eq!(q774::answer(&b, &err), Answer::Discard);
    // Nothing at all.
    let err = decode(&[]).unwrap_err();
    assert_eq!(err.offset, 0);
    assert_eq!(q774::answer(&[], &err), Answer::Discard);
}

#[test]
fn transaction_portion_structure() {
    // Octets after the message: badly formatted.
    let b = hex("67 09 49 04 00 00 00 01 4A 01 01 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.offset, 11);
    assert_eq!(
        err.portion,
        cause(PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION)
    );
    // Begin without otid: incorrect.
    let b = hex("62 05 6C 03 A2 01 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!((err.offset, err.field), (2, "otid"));
    // Begin with a dtid after its otid: incorrect, pointing at the dtid.
    let b = hex("62 0C 48 04 00 00 00 01 49 04 00 00 00 02");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!(err.offset, 8);
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Abort(Abort::p_abort(
            TransactionId::from_u32(1),
            PAbortCause::INCORRECT_TRANSACTION_PORTION
        ))
    );
    // Components before the dialogue portion: incorrect.
    let b = hex(
        "62 1C 48 04 00 00 00 01 6C 05 A2 03 02 01 01 6B 0D 28 0B 06 07 00 11 86 05 01 01 01 A0 00",
    );
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!(err.offset, 15);
    // End carrying an otid: incorrect, and not answered.
    let b = hex("64 06 48 04 00 00 00 01");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!(q774::answer(&b, &err), Answer::Discard);
    // An empty component portion: incorrect.
    let b = hex("62 08 48 04 00 00 00 01 6C 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.kind, ErrorKind::EmptyComponentPortion);
    assert_eq!(err.offset, 8);
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    // ... also in the indefinite form.
    let b = hex("62 0A 48 04 00 00 00 01 6C 80 00 00");
    assert_eq!(
        decode(&b).unwrap_err().kind,
        ErrorKind::EmptyComponentPortion
    );
    // A primitive component portion: badly formatted.
    let b = hex("62 09 48 04 00 00 00 01 4C 01 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION)
    );
    // Unidirectional without components: incorrect.
    let b = hex("61 00");
    let err = decode(&b).unwrap_err();
    assert_eq!((err.field, err.offset), ("components", 2));
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    // Abort with both a cause and a dialogue portion: incorrect.
    let b = hex(
        "67 1D 49 04 00 00 00 01 4A 01 01 6B 12 28 10 06 07 00 11 86 05 01 01 01 A0 05 64 03 80 01 00",
    );
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::INCORRECT_TRANSACTION_PORTION)
    );
    assert_eq!(err.offset, 11);
    // An element whose length runs past the message: badly formatted.
    let b = hex("65 0C 48 02 0A 0B 49 04 00 00 00 01 6C 08");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.portion,
        cause(PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION)
    );
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Abort(Abort::p_abort(
            TransactionId::new(&[0x0A, 0x0B]).unwrap(),
            PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION
        ))
    );
}

#[test]
fn unknown_transaction_id_and_resource_limitation() {
    let cont = hex("65 0C 48 04 00 00 00 01 49 04 00 00 00 09");
    let msg = decode(&cont).unwrap();
    let abort = q774::unrecognized_transaction_id(&msg).unwrap();
    // tcap.md §6: P-Abort unrecognizedTransactionID, dtid = the received otid.
    assert_eq!(abort.to_vec(), hex("67 09 49 04 00 00 00 01 4A 01 01"));
    for other in [
        hex("64 06 49 04 00 00 00 01"),
        hex("67 09 49 04 00 00 00 01 4A 01 01"),
        hex("62 06 48 04 00 00 00 01"),
    ] {
        assert_eq!(
            q774::unrecognized_transaction_id(&decode(&other).unwrap()),
            None
        );
    }
    let begin_bytes = hex(SECTION_7);
    let begin = decode(&begin_bytes).unwrap();
    assert_eq!(
        q774::resource_limitation(&begin).unwrap().to_vec(),
        hex("67 09 49 04 00 00 00 01 4A 01 04")
    );
    assert_eq!(q774::resource_limitation(&msg), None);
}

#[test]
fn dialogue_portion_errors_are_answered_with_a_provider_abrt() {
    // AARQ without application-context-name.
    let b = hex("62 17 48 04 00 00 00 01 6B 0F 28 0D 06 07 00 11 86 05 01 01 01 A0 02 60 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.portion, Portion::Dialogue);
    assert_eq!(err.field, "application-context-name");
    assert_eq!(
        err.kind,
        ErrorKind::Ber(smsip_ber::ErrorKind::MissingMandatory)
    );
    let Answer::Abort(abort) = q774::answer(&b, &err) else {
        panic!()
    };
    assert_eq!(
        abort,
        Abort::user(
            TransactionId::from_u32(1),
            DialoguePortion::provider_abort()
        )
    );
    assert_eq!(
        abort.to_vec(),
        hex("67 1A 49 04 00 00 00 01 6B 12 28 10 06 07 00 11 86 05 01 01 01 A0 05 64 03 80 01 01")
    );
    // An unknown PDU of the dialogue-as ([APPLICATION 2]).
    let b = hex("62 17 48 04 00 00 00 01 6B 0F 28 0D 06 07 00 11 86 05 01 01 01 A0 02 62 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(
        err.kind,
        ErrorKind::UnknownDialoguePdu {
            found: smsip_ber::Tag::application(2)
        }
    );
    assert_eq!(err.offset, 23);
    // AUDT in the dialogue-as is not an AARQ: AARE tag 61 with AARQ contents is mistyped.
    let b = hex(
        "62 26 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 61 0F 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 03",
    );
    let err = decode(&b).unwrap_err();
    assert_eq!(err.portion, Portion::Dialogue);
    assert_eq!(err.field, "result");
    // octet-aligned encoding of the dialogue-as: not supported.
    let b = hex("62 16 48 04 00 00 00 01 6B 0E 28 0C 06 07 00 11 86 05 01 01 01 81 01 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(err.kind, ErrorKind::UnsupportedExternalEncoding);
    assert_eq!(err.offset, 10);
    // In an End, a malformed dialogue portion is not answered.
    let b = hex("64 17 49 04 00 00 00 01 6B 0F 28 0D 06 07 00 11 86 05 01 01 01 A0 02 60 00");
    let err = decode(&b).unwrap_err();
    assert_eq!(q774::answer(&b, &err), Answer::Discard);
    // Another abstract syntax is kept, not refused.
    let b = hex("67 16 49 04 00 00 00 01 6B 0E 28 0C 06 06 04 00 00 01 01 01 A0 02 05 00");
    let msg = decode(&b).unwrap();
    let Some(DialoguePortion::Other(ext)) = msg.dialogue_portion() else {
        panic!()
    };
    assert_eq!(ext.direct_reference.unwrap().to_string(), "0.4.0.0.1.1.1");
    assert_eq!(msg.to_vec(), b);
}

fn begin_with_components(comps: &str) -> Vec<u8> {
    let c = hex(comps);
    let mut b = vec![
        0x62,
        (6 + 2 + c.len()) as u8,
        0x48,
        0x04,
        0,
        0,
        0,
        1,
        0x6C,
        c.len() as u8,
    ];
    b.extend_from_slice(&c);
    b
}

fn component_error(bytes: &[u8]) -> smsip_tcap::DecodeError {
    let msg = decode(bytes).unwrap();
    let mut it = msg.components();
    let err = loop {
        match it.next() {
            Some(Ok(_)) => continue,
            Some(Err(e)) => break e,
            None => panic!("no component error"),
        }
    };
    assert!(it.next().is_none(), "fused after the first error");
    err
}

#[test]
fn component_errors_give_the_reject_q774_mandates() {
    // Unknown component tag [5]: unrecognizedComponent, invoke ID not derivable.
    let b = begin_with_components("A5 03 02 01 01");
    let err = component_error(&b);
    assert_eq!(
        err.kind,
        ErrorKind::UnrecognizedComponent {
            found: smsip_ber::Tag::context(5)
        }
    );
    assert_eq!(err.offset, 10);
    assert_eq!(
        err.portion,
        Portion::Component {
            index: 0,
            component_type: None,
            invoke_id: None,
            problem: GeneralProblem::UNRECOGNIZED_COMPONENT
        }
    );
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Reject(Reject::general(
            None,
            GeneralProblem::UNRECOGNIZED_COMPONENT
        ))
    );
    let Answer::Reject(r) = q774::answer(&b, &err) else {
        panic!()
    };
    assert_eq!(
        smsip_tcap::Component::Reject(r).to_vec(),
        hex("A4 05 05 00 80 01 00")
    );

    // Invoke without operation code (second component): mistypedComponent with invoke ID 2.
    let b = begin_with_components("A1 06 02 01 01 02 01 2D A1 03 02 01 02");
    let err = component_error(&b);
    assert_eq!(
        err.general_problem(),
        Some(GeneralProblem::MISTYPED_COMPONENT)
    );
    assert_eq!(err.field, "operationCode");
    assert_eq!(
        err.portion,
        Portion::Component {
            index: 1,
            component_type: Some(ComponentType::Invoke),
            invoke_id: Some(2),
            problem: GeneralProblem::MISTYPED_COMPONENT
        }
    );
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Reject(Reject::general(Some(2), GeneralProblem::MISTYPED_COMPONENT))
    );

    // An element inside the invoke whose length runs past it: badlyStructuredComponent.
    let b = begin_with_components("A1 06 02 01 07 02 05 2D");
    let err = component_error(&b);
    assert_eq!(
        err.portion,
        Portion::Component {
            index: 0,
            component_type: Some(ComponentType::Invoke),
            invoke_id: Some(7),
            problem: GeneralProblem::BADLY_STRUCTURED_COMPONENT
        }
    );
    // A component whose own length runs past the portion: badly structured, invoke ID still
    // derived.
    let b = begin_with_components("A1 09 02 01 05 02 01");
    let err = component_error(&b);
    assert_eq!(
        err.portion,
        Portion::Component {
            index: 0,
            component_type: Some(ComponentType::Invoke),
            invoke_id: Some(5),
            problem: GeneralProblem::BADLY_STRUCTURED_COMPONENT
        }
    );
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Reject(Reject::general(
            Some(5),
            GeneralProblem::BADLY_STRUCTURED_COMPONENT
        ))
    );
    // An invoke ID out of range (256): mistyped, not derivable.
    let b = begin_with_components("A1 07 02 02 01 00 02 01 2D");
    let err = component_error(&b);
    assert_eq!(
        q774::answer(&b, &err),
        Answer::Reject(Reject::general(None, GeneralProblem::MISTYPED_COMPONENT))
    );
    // Extra element after the parameter: mistyped.
    let b = begin_with_components("A1 0A 02 01 01 02 01 2D 30 00 30 00");
    let err = component_error(&b);
    assert_eq!(
        err.general_problem(),
        Some(GeneralProblem::MISTYPED_COMPONENT)
    );
    assert_eq!(err.offset, 20);
    // ReturnResult whose result lacks the parameter: mistyped.
    let b = begin_with_components("A2 08 02 01 01 30 03 02 01 2D");
    let err = component_error(&b);
    assert_eq!(err.field, "parameter");
    assert_eq!(
        err.general_problem(),
        Some(GeneralProblem::MISTYPED_COMPONENT)
    );
    // A faulty Reject is not answered with a Reject.
    let b = begin_with_components("A4 06 02 01 01 85 01 00");
    let err = component_error(&b);
    assert_eq!(
        err.portion,
        Portion::Component {
            index: 0,
            component_type: Some(ComponentType::Reject),
            invoke_id: Some(1),
            problem: GeneralProblem::MISTYPED_COMPONENT
        }
    );
    assert_eq!(q774::answer(&b, &err), Answer::Discard);
    // Reject whose invoke ID is neither INTEGER nor NULL.
    let b = begin_with_components("A4 06 04 01 01 80 01 00");
    let err = component_error(&b);
    assert_eq!(
        err.general_problem(),
        Some(GeneralProblem::MISTYPED_COMPONENT)
    );
}

#[test]
fn invoke_problems_are_built_by_the_user() {
    use smsip_tcap::{Component, InvokeProblem, ReturnErrorProblem, ReturnResultProblem};
    let cases = [
        (
            Reject::invoke(1, InvokeProblem::DUPLICATE_INVOKE_ID),
            "A4 06 02 01 01 81 01 00",
        ),
        (
            Reject::invoke(1, InvokeProblem::UNRECOGNIZED_OPERATION),
            "A4 06 02 01 01 81 01 01",
        ),
        (
            Reject::invoke(-1, InvokeProblem::MISTYPED_PARAMETER),
            "A4 06 02 01 FF 81 01 02",
        ),
        (
            Reject::return_result(3, ReturnResultProblem::UNRECOGNIZED_INVOKE_ID),
            "A4 06 02 01 03 82 01 00",
        ),
        (
            Reject::return_error(3, ReturnErrorProblem::UNRECOGNIZED_ERROR),
            "A4 06 02 01 03 83 01 02",
        ),
    ];
    for (r, h) in cases {
        let bytes = hex(h);
        assert_eq!(Component::Reject(r).to_vec(), bytes);
        let e = smsip_ber::Element::from_ber(&bytes).unwrap();
        assert_eq!(Component::from_element(e).unwrap(), Component::Reject(r));
    }
    assert_eq!(
        format!("{:?}", InvokeProblem::UNRECOGNIZED_OPERATION),
        "InvokeProblem::UNRECOGNIZED_OPERATION"
    );
    assert_eq!(format!("{:?}", InvokeProblem(9)), "InvokeProblem(0x09)");
    // Unknown problem codes round-trip.
    let bytes = hex("A4 06 02 01 03 81 01 09");
    let e = smsip_ber::Element::from_ber(&bytes).unwrap();
    assert_eq!(Component::from_element(e).unwrap().to_vec(), bytes);
}

#[test]
fn aarq_answers() {
    use smsip_ber::{oid, BitString};
    use smsip_tcap::{Aare, Aarq};
    let otid = TransactionId::from_u32(0x0102_0304);
    let v2 = oid!(0, 4, 0, 0, 1, 0, 20, 2);
    let v3 = oid!(0, 4, 0, 0, 1, 0, 20, 3);
    let unknown = oid!(0, 4, 0, 0, 1, 0, 99, 3);
    // A protocol version without version1: no-common-dialogue-portion.
    let mut aarq = Aarq::new(v3);
    aarq.protocol_version = BitString::new(6, &[0x40]);
    assert!(!aarq.supports_version1());
    assert_eq!(
        q774::answer_aarq(otid, &aarq, &[v3]),
        Some(Abort::user(
            otid,
            DialoguePortion::Response(Aare::no_common_dialogue_portion(v3))
        ))
    );
    // Absent protocol version = version1.
    aarq.protocol_version = None;
    assert_eq!(q774::answer_aarq(otid, &aarq, &[v3]), None);
    // Nothing of the family: the proposed name is echoed.
    let aarq = Aarq::new(unknown);
    assert_eq!(
        q774::answer_aarq(otid, &aarq, &[v2, v3]),
        Some(Abort::application_context_not_supported(otid, unknown))
    );
}
