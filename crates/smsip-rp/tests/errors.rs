//! Error paths: truncations, missing mandatory IEs, bad lengths, trailing data; each error's
//! field and offset; the RP-Cause / CP-Cause derived from it.

mod common;

use common::hex;
use smsip_core::ReadError;
use smsip_rp::cp::CpMessage;
use smsip_rp::{CpCause, DecodeError, RpAck, RpCause, RpData, RpError, RpMessage, RpSmma};

fn err(bytes: &[u8]) -> DecodeError {
    RpMessage::decode(bytes).unwrap_err()
}

fn truncated(field: &'static str, offset: usize, needed: usize) -> DecodeError {
    // ReadError is #[non_exhaustive]: build it through a Reader.
    let mut r = smsip_core::Reader::with_base(&[], offset);
    let re: ReadError = r.take(needed, field).unwrap_err();
    DecodeError::Truncated(re)
}

const RP_DATA_MO: &str =
    "00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34";

#[test]
fn empty_and_header() {
    assert_eq!(
        err(&[]),
        DecodeError::Missing {
            field: "RP-MTI",
            offset: 0
        }
    );
    assert_eq!(
        err(&[0x00]),
        DecodeError::Missing {
            field: "RP-Message Reference",
            offset: 1
        }
    );
    assert_eq!(
        err(&[0x07, 0x01]),
        DecodeError::MessageType {
            field: "RP-MTI",
            offset: 0,
            value: 7
        }
    );
    assert_eq!(
        err(&[0xFF, 0x01]),
        DecodeError::MessageType {
            field: "RP-MTI",
            offset: 0,
            value: 7
        }
    );
}

/// Every truncation of the rp.md §2.6 RP-DATA gives the error of the element it cuts.
#[test]
fn every_truncation_of_rp_data() {
    let full = hex(RP_DATA_MO);
    for n in 0..full.len() {
        let e = err(&full[..n]);
        let expected = match n {
            0 => DecodeError::Missing {
                field: "RP-MTI",
                offset: 0,
            },
            1 => DecodeError::Missing {
                field: "RP-Message Reference",
                offset: 1,
            },
            2 => DecodeError::Missing {
                field: "RP-Originator Address",
                offset: 2,
            },
            3 => DecodeError::Missing {
                field: "RP-Destination Address",
                offset: 3,
            },
            // RP-DA length 7 at offset 3, contents at 4..11.
            4..=10 => truncated("RP-Destination Address", n, 11 - n),
            11 => DecodeError::Missing {
                field: "RP-User-Data",
                offset: 11,
            },
            // RP-User-Data length 16 at offset 11, TPDU at 12..28.
            _ => truncated("RP-User-Data", n, 28 - n),
        };
        assert_eq!(e, expected, "cut at {n}");
        assert_eq!(e.offset(), n, "offset of cut at {n}");
        assert_eq!(e.rp_cause(), RpCause::INVALID_MANDATORY_INFORMATION);
    }
    // The documented shape of one of them.
    let e = err(&full[..6]);
    assert_eq!((e.field(), e.offset()), ("RP-Destination Address", 6));
    let DecodeError::Truncated(re) = e else {
        panic!()
    };
    assert_eq!(re.needed, 5);
}

#[test]
fn trailing_octets() {
    let mut b = hex(RP_DATA_MO);
    b.extend([0xFF, 0xFF]);
    let e = err(&b);
    assert_eq!(
        e,
        DecodeError::Trailing {
            field: "RP-DATA",
            offset: 28,
            len: 2
        }
    );
    assert_eq!(e.rp_cause(), RpCause::SEMANTICALLY_INCORRECT_MESSAGE);
    assert_eq!(
        err(&[0x06, 0x05, 0x00]),
        DecodeError::Trailing {
            field: "RP-SMMA",
            offset: 2,
            len: 1
        }
    );
}

#[test]
fn address_too_long() {
    // RP-OA length 12: more than the 11 octets allowed (TS 24.011 §8.2.5.1). The range reported
    // is that of a present address, 2..=11 (it was 0..=11 before length 1 was refused).
    let mut b = hex("01 01 0C 91");
    b.extend([0x11; 11]);
    b.extend([0x00, 0x01, 0x00]);
    assert_eq!(
        err(&b),
        DecodeError::Length {
            field: "RP-Originator Address",
            offset: 2,
            len: 12,
            min: 2,
            max: 11
        }
    );
    // And the RP-DA (at offset 3).
    assert_eq!(
        err(&hex("00 01 00 FF")),
        DecodeError::Length {
            field: "RP-Destination Address",
            offset: 3,
            len: 255,
            min: 2,
            max: 11
        }
    );
}

#[test]
fn user_data_too_long() {
    let mut b = hex("00 01 00 00 E9");
    b.extend([0u8; 233]);
    let e = err(&b);
    // In RP-DATA RP-User-Data is mandatory, 1..=232 (TS 24.011 §8.2.5.3; min was 0).
    assert_eq!(
        e,
        DecodeError::Length {
            field: "RP-User-Data",
            offset: 4,
            len: 233,
            min: 1,
            max: 232
        }
    );
    assert_eq!(e.rp_cause(), RpCause::INVALID_MANDATORY_INFORMATION);
    // 232 is fine.
    let mut b = hex("00 01 00 00 E8");
    b.extend([0u8; 232]);
    assert!(RpMessage::decode(&b).is_ok());
    // In RP-ACK (TLV): the length octet is at offset 3.
    let mut b = hex("02 01 41 E9");
    b.extend([0u8; 233]);
    assert_eq!(
        err(&b),
        DecodeError::Length {
            field: "RP-User-Data",
            offset: 3,
            len: 233,
            min: 0,
            max: 232
        }
    );
}

#[test]
fn rp_ack_errors() {
    assert_eq!(err(&[0x03, 0x01, 0x41]), truncated("RP-User-Data", 3, 1));
    assert_eq!(
        err(&[0x03, 0x01, 0x41, 0x03, 0x01]),
        truncated("RP-User-Data", 5, 2)
    );
    // Repeated RP-User-Data.
    assert_eq!(
        err(&hex("03 01 41 01 00 41 01 00")),
        DecodeError::UnexpectedIe {
            field: "RP-User-Data",
            offset: 5,
            iei: 0x41
        }
    );
    // RP-User-Data after an unknown IE (out of sequence).
    assert_eq!(
        err(&hex("03 01 7E 00 41 01 00")),
        DecodeError::UnexpectedIe {
            field: "RP-User-Data",
            offset: 4,
            iei: 0x41
        }
    );
    // An unknown TLV cut after its IEI, or in its value.
    assert_eq!(
        err(&[0x03, 0x01, 0x7E]),
        truncated("optional information element length", 3, 1)
    );
    assert_eq!(
        err(&hex("03 01 41 01 00 7E 03 01")),
        truncated("optional information element", 8, 2)
    );
}

#[test]
fn rp_error_errors() {
    assert_eq!(
        err(&[0x04, 0x01]),
        DecodeError::Missing {
            field: "RP-Cause",
            offset: 2
        }
    );
    assert_eq!(
        err(&[0x05, 0x01, 0x00]),
        DecodeError::Length {
            field: "RP-Cause",
            offset: 2,
            len: 0,
            min: 1,
            max: 255
        }
    );
    assert_eq!(err(&[0x04, 0x01, 0x02, 0x16]), truncated("RP-Cause", 4, 1));
    assert_eq!(
        err(&hex("04 01 01 16 41 03 00 D3")),
        truncated("RP-User-Data", 8, 1)
    );
}

#[test]
fn typed_decoders_check_the_message_type() {
    let smma = [0x06, 0x05];
    let want = DecodeError::MessageType {
        field: "RP-MTI",
        offset: 0,
        value: 6,
    };
    assert_eq!(RpData::decode(&smma).unwrap_err(), want);
    assert_eq!(RpAck::decode(&smma).unwrap_err(), want);
    assert_eq!(RpError::decode(&smma).unwrap_err(), want);
    assert_eq!(RpSmma::decode(&[0x02, 0x05]).unwrap_err().field(), "RP-MTI");
    assert!(RpSmma::decode(&smma).is_ok());
    // Their own errors pass through.
    assert_eq!(
        RpData::decode(&[0x00]).unwrap_err().field(),
        "RP-Message Reference"
    );
}

#[test]
fn rp_cause_mapping() {
    assert_eq!(
        err(&[0x07, 0x00]).rp_cause(),
        RpCause::MESSAGE_TYPE_NON_EXISTENT
    );
    assert_eq!(
        err(&[0x04, 0x00]).rp_cause(),
        RpCause::INVALID_MANDATORY_INFORMATION
    );
    assert_eq!(
        err(&hex("03 01 41 01 00 41 01 00")).rp_cause(),
        RpCause::SEMANTICALLY_INCORRECT_MESSAGE
    );
}

#[test]
fn errors_display_field_and_offset() {
    let e = err(&[0x00, 0x01, 0x00, 0x07, 0x91, 0x44]);
    assert_eq!(
        e.to_string(),
        "RP-Destination Address: truncated at offset 6, 5 more octet(s) needed"
    );
    assert_eq!(
        err(&[0x04, 0x01]).to_string(),
        "RP-Cause: missing mandatory information element at offset 2"
    );
    assert_eq!(
        err(&[0x07, 0x01]).to_string(),
        "RP-MTI: unexpected message type 0x07 at offset 0"
    );
}

#[test]
fn cp_errors() {
    let e = |b: &[u8]| CpMessage::decode(b).unwrap_err();
    assert_eq!(
        e(&[]),
        DecodeError::Missing {
            field: "protocol discriminator",
            offset: 0
        }
    );
    assert_eq!(
        e(&[0x08, 0x01]),
        DecodeError::Value {
            field: "protocol discriminator",
            offset: 0,
            value: 8
        }
    );
    assert_eq!(
        e(&[0x09]),
        DecodeError::Missing {
            field: "CP message type",
            offset: 1
        }
    );
    let bad_type = e(&[0x09, 0x02]);
    assert_eq!(
        bad_type,
        DecodeError::MessageType {
            field: "CP message type",
            offset: 1,
            value: 2
        }
    );
    assert_eq!(bad_type.cp_cause(), CpCause::MESSAGE_TYPE_NON_EXISTENT);
    assert_eq!(
        e(&[0x09, 0x01]),
        DecodeError::Missing {
            field: "CP-User-Data",
            offset: 2
        }
    );
    let cut = e(&[0x09, 0x01, 0x05, 0x06]);
    assert_eq!(cut, truncated("CP-User-Data", 4, 4));
    assert_eq!(cut.cp_cause(), CpCause::INVALID_MANDATORY_INFORMATION);
    let mut long = vec![0x09, 0x01, 0xF9];
    long.extend([0u8; 249]);
    assert_eq!(
        e(&long),
        DecodeError::Length {
            field: "CP-User-Data",
            offset: 2,
            len: 249,
            min: 0,
            max: 248
        }
    );
    assert_eq!(
        e(&[0x89, 0x10]),
        DecodeError::Missing {
            field: "CP-Cause",
            offset: 2
        }
    );
    assert_eq!(
        e(&[0x89, 0x04, 0x00]),
        DecodeError::Trailing {
            field: "CP-ACK",
            offset: 2,
            len: 1
        }
    );
    assert_eq!(
        e(&[0x89, 0x10, 0x11, 0x00]),
        DecodeError::Trailing {
            field: "CP-ERROR",
            offset: 3,
            len: 1
        }
    );
    assert_eq!(
        e(&[0x09, 0x01, 0x02, 0x06, 0x05, 0x00]),
        DecodeError::Trailing {
            field: "CP-DATA",
            offset: 5,
            len: 1
        }
    );
}

/// An RPDU inside CP-DATA reports offsets from the start of the CP message.
#[test]
fn rpdu_in_cp_data_offsets() {
    let CpMessage::Data(d) = CpMessage::decode(&[0x09, 0x01, 0x03, 0x00, 0x01, 0x00]).unwrap()
    else {
        panic!()
    };
    assert_eq!(
        d.rp().unwrap_err(),
        DecodeError::Missing {
            field: "RP-Destination Address",
            offset: 6
        }
    );
    let CpMessage::Data(d) = CpMessage::decode(&[0x09, 0x01, 0x02, 0x07, 0x00]).unwrap() else {
        panic!()
    };
    assert_eq!(
        d.rp().unwrap_err(),
        DecodeError::MessageType {
            field: "RP-MTI",
            offset: 3,
            value: 7
        }
    );
}

/// No input of up to two octets, and no prefix-extension of the vectors, panics; short inputs
/// that decode re-encode to the same octets.
#[test]
fn short_inputs_never_panic() {
    for a in 0..=255u8 {
        let _ = RpMessage::decode(&[a]);
        let _ = CpMessage::decode(&[a]);
        for b in 0..=255u8 {
            for input in [
                &[a, b][..],
                &[a, b, 0x00],
                &[a, b, 0x01, 0x01],
                &[a, b, 0x41, 0x01, 0x00],
            ] {
                if let Ok(m) = RpMessage::decode(input) {
                    let mut v = Vec::new();
                    m.encode(&mut v);
                    assert_eq!(v, input, "lossless, spare bits included");
                    assert_eq!(RpMessage::decode(&v), Ok(m));
                }
                if let Ok(m) = CpMessage::decode(input) {
                    let mut v = Vec::new();
                    m.encode(&mut v);
                    assert_eq!(CpMessage::decode(&v), Ok(m));
                }
            }
        }
    }
}

#[test]
fn build_errors() {
    use smsip_rp::{BuildError, RpAddress};
    let sc = RpAddress::international("447700900000").unwrap();
    assert_eq!(
        RpData::mo(1, sc, &[0u8; 233]).unwrap_err(),
        BuildError::TooLong {
            field: "RP-User-Data",
            len: 233,
            max: 232
        }
    );
    assert!(matches!(
        RpAddress::international("12x"),
        Err(BuildError::Digit {
            field: "RP address digits",
            ..
        })
    ));
    assert_eq!(
        RpAddress::international("123456789012345678901").unwrap_err(),
        BuildError::TooLong {
            field: "RP address digits",
            len: 11,
            max: 10
        }
    );
    assert!(RpAddress::international("12345678901234567890").is_ok());
    assert_eq!(
        RpAddress::new(
            smsip_rp::TypeOfNumber(8),
            smsip_rp::NumberingPlan::ISDN,
            "1"
        )
        .unwrap_err(),
        BuildError::OutOfRange {
            field: "type of number",
            value: 8,
            max: 7
        }
    );
    assert_eq!(
        RpAck::new(smsip_rp::Direction::MsToNetwork, 0)
            .with_unknown_ies(&[0x41, 0x00])
            .unwrap_err(),
        BuildError::Malformed {
            field: "optional information elements"
        }
    );
    assert!(
        RpError::new(smsip_rp::Direction::MsToNetwork, 0, RpCause(1))
            .with_diagnostic(&[0u8; 255])
            .is_err()
    );
}

// ---------------------------------------------------------------------------------------------
// What TS 24.011 / TS 24.007 forbid (formerly accepted leniently)
// ---------------------------------------------------------------------------------------------

/// TS 24.011 §8.2.5.3 (rp.md §2.2): RP-User-Data of RP-DATA is mandatory and carries one TPDU,
/// length 1..=232; length 0 is refused at its length octet, in both directions, also inside
/// CP-DATA (offsets from the CP message start).
#[test]
fn rp_data_empty_user_data_refused() {
    for (bytes, offset) in [
        (hex("00 03 00 07 91 44 77 00 09 00 00 00"), 11), // MS -> network
        (hex("01 03 07 91 44 77 00 09 00 00 00 00"), 11), // network -> MS
        (hex("F8 03 00 03 91 21 F3 00"), 7),              // spare bits set too
    ] {
        let e = err(&bytes);
        assert_eq!(
            e,
            DecodeError::Length {
                field: "RP-User-Data",
                offset,
                len: 0,
                min: 1,
                max: 232
            },
            "{bytes:02x?}"
        );
        assert_eq!(e.offset(), offset);
        assert_eq!(e.rp_cause(), RpCause::INVALID_MANDATORY_INFORMATION);
        assert_eq!(
            e.to_string(),
            format!("RP-User-Data: length 0 at offset {offset} outside 1..=232")
        );
    }
    // One octet is the minimum.
    assert!(RpMessage::decode(&hex("00 03 00 03 91 21 F3 01 01")).is_ok());
    // Inside CP-DATA: the RP-User-Data length octet is octet 11 of the RPDU, 14 of the message.
    let mut cp = hex("09 01 0C");
    cp.extend(hex("00 03 00 07 91 44 77 00 09 00 00 00"));
    let CpMessage::Data(d) = CpMessage::decode(&cp).unwrap() else {
        panic!()
    };
    assert_eq!(d.rp().unwrap_err().offset(), 14);
    // The builders refuse an empty TPDU.
    let sc = smsip_rp::RpAddress::international("447700900000").unwrap();
    let want = smsip_rp::BuildError::TooShort {
        field: "RP-User-Data",
        len: 0,
        min: 1,
    };
    assert_eq!(RpData::mo(1, sc, &[]).unwrap_err(), want);
    assert_eq!(RpData::mt(1, sc, &[]).unwrap_err(), want);
    // RP-ACK / RP-ERROR: the optional TLV with length 0 is still accepted (rp.md §2.2 gives
    // only "length <= 232" for the TLV form).
    assert!(RpMessage::decode(&hex("03 01 41 00")).is_ok());
}

/// TS 24.011 §8.2.5.1 / §8.2.5.2 (rp.md §2.3): an address IE has length 0 (absent) or 2..=11
/// (TON/NPI octet and at least one octet of digits); length 1 (TON/NPI alone) is refused at the
/// length octet, for the originator and the destination, in both directions.
#[test]
fn address_length_1_refused() {
    let cases: [(&str, &'static str, usize); 4] = [
        // RP-DA of MO RP-DATA = TON/NPI only.
        ("00 01 00 01 91 01 01", "RP-Destination Address", 3),
        // RP-OA of MT RP-DATA = TON/NPI only.
        ("01 01 01 91 00 01 01", "RP-Originator Address", 2),
        // In the direction where the spec says the IE is empty.
        ("00 01 01 91 03 91 21 F3 01 01", "RP-Originator Address", 2),
        ("01 01 03 91 21 F3 01 91 01 01", "RP-Destination Address", 6),
    ];
    for (h, field, offset) in cases {
        let e = err(&hex(h));
        assert_eq!(
            e,
            DecodeError::Length {
                field,
                offset,
                len: 1,
                min: 2,
                max: 11
            },
            "{h}"
        );
        assert_eq!((e.field(), e.offset()), (field, offset));
        assert_eq!(e.rp_cause(), RpCause::INVALID_MANDATORY_INFORMATION);
    }
    assert_eq!(
        err(&hex("00 01 00 01 91 01 01")).to_string(),
        "RP-Destination Address: length 1 at offset 3 outside 2..=11"
    );
    // Length 2 (one octet of digits) is the smallest present address.
    assert!(RpMessage::decode(&hex("00 01 00 02 91 F1 01 01")).is_ok());
    // The constructors do not build an address without digits.
    use smsip_rp::{BuildError, RpAddress};
    let want = BuildError::TooShort {
        field: "RP address digits",
        len: 0,
        min: 1,
    };
    assert_eq!(RpAddress::international("").unwrap_err(), want);
    assert_eq!(RpAddress::international("+").unwrap_err(), want);
    assert_eq!(RpAddress::from_raw(0x91, &[]).unwrap_err(), want);
    assert!(RpAddress::from_raw(0x91, &[0xF1]).is_ok());
}

/// TS 24.007 §11.2.3.1.3: TI value 7 is reserved (the escape to an extended TI, not used by
/// SMS, TS 24.011 §8.1.2); a CP message with it is refused at octet 0 with CP-Cause 81, and
/// `TransactionId::new` does not build it.
#[test]
fn cp_ti_value_7_refused() {
    use smsip_rp::cp::TransactionId;
    use smsip_rp::BuildError;
    for bytes in [
        &[0x79, 0x04][..],               // CP-ACK, TI flag 0, TI 7
        &[0xF9, 0x04],                   // CP-ACK, TI flag 1, TI 7
        &[0xF9, 0x10, 0x11],             // CP-ERROR
        &[0x79, 0x01, 0x02, 0x06, 0x05], // CP-DATA carrying RP-SMMA
        &[0x79],                         // refused before the message type is read
    ] {
        let e = CpMessage::decode(bytes).unwrap_err();
        assert_eq!(
            e,
            DecodeError::TransactionId {
                offset: 0,
                value: 7
            },
            "{bytes:02x?}"
        );
        assert_eq!((e.field(), e.offset()), ("TI value", 0));
        assert_eq!(e.cp_cause(), CpCause::INVALID_TRANSACTION_IDENTIFIER);
        assert_eq!(e.to_string(), "TI value: reserved value 7 at offset 0");
    }
    // TI values 0..=6 are fine, with either flag.
    for v in 0u8..=6 {
        for flag in [0u8, 0x80] {
            assert!(CpMessage::decode(&[flag | v << 4 | 0x09, 0x04]).is_ok());
        }
    }
    assert_eq!(
        TransactionId::new(false, 7).unwrap_err(),
        BuildError::OutOfRange {
            field: "TI value",
            value: 7,
            max: 6
        }
    );
    assert_eq!(TransactionId::MAX_VALUE, 6);
}

/// Spare bits of the RP-MTI octet: only bits 8-4 can be set on a message value (as the
/// smsip-tpdu encoders refuse spare bits outside the unused bits).
#[test]
fn spare_bits_constructor() {
    use smsip_rp::{BuildError, SpareBits};
    for b in 0..=255u8 {
        let r = SpareBits::new(b);
        if b & 0x07 == 0 {
            assert_eq!(r.unwrap().bits(), b);
        } else {
            assert_eq!(
                r.unwrap_err(),
                BuildError::Invalid {
                    field: "RP-MTI octet spare bits",
                    reason: "only bits 8-4 are spare (TS 24.011 §8.2.2)"
                }
            );
        }
    }
    assert!(SpareBits::NONE.is_none());
    assert_eq!(SpareBits::default(), SpareBits::NONE);
}
