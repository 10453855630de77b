//! Spec vectors: every `rp` vector of shared/vectors/public.json and every example of
//! shared/spec/rp.md (§2.6, §3), with the facts their sources state.

mod common;

use common::{digits, encode, hex};
use smsip_rp::cp::{CpMessage, CpMessageType, TransactionId};
use smsip_rp::{CpCause, Direction, MessageType, NumberingPlan, RpCause, RpMessage, TypeOfNumber};

/// Decodes a CP message and checks that it re-encodes to `bytes`.
fn cp(bytes: &[u8]) -> CpMessage<'_> {
    let m = CpMessage::decode(bytes).unwrap();
    let mut v = Vec::new();
    m.encode(&mut v);
    assert_eq!(v, bytes, "CP re-encode");
    assert_eq!(m.encoded_len(), bytes.len());
    m
}

/// Decodes an RPDU and checks that it re-encodes to `bytes`.
fn rp(bytes: &[u8]) -> RpMessage<'_> {
    let m = RpMessage::decode(bytes).unwrap();
    assert_eq!(encode(&m), bytes, "RP re-encode");
    m
}

// ---------------------------------------------------------------------------------------------
// public.json, layer == "rp"
// ---------------------------------------------------------------------------------------------

/// id `pycrate-890106020141`, source P1sec/pycrate test/test_mobile.py ("SMS CP-DATA"):
/// CP-DATA (TI flag 1) carrying RP-ACK MS → network, RP-MR 1, with an SMS-DELIVER-REPORT
/// (TP-MTI 0, TP-PI 0x00).
#[test]
fn pycrate_890106020141_cp_data_rp_ack() {
    let bytes = hex("890106020141020000");
    let CpMessage::Data(d) = cp(&bytes) else {
        panic!("not CP-DATA")
    };
    assert_eq!(d.ti, TransactionId::new(true, 0).unwrap());
    assert_eq!(d.user_data.as_bytes(), &hex("020141020000")[..]);
    let RpMessage::Ack(ack) = d.rp().unwrap() else {
        panic!("not RP-ACK")
    };
    assert_eq!(ack.message_type(), MessageType::ACK_MS_TO_NETWORK);
    assert_eq!(ack.direction, Direction::MsToNetwork);
    assert_eq!(ack.reference, 1);
    assert_eq!(ack.user_data.unwrap().as_bytes(), &[0x00, 0x00]); // TP-MTI 0, TP-PI 0
    assert!(ack.unknown_ies.is_empty());
    assert_eq!(encode(&ack.into()), hex("020141020000"));
}

/// id `pycrate-090123010107`, source P1sec/pycrate test/test_mobile.py ("SMS CP-DATA"):
/// CP-DATA carrying RP-DATA network → MS, RP-MR 1, RP-OA 0x91 33689004000, with an
/// SMS-DELIVER of 23 octets.
#[test]
fn pycrate_090123010107_cp_data_rp_data_deliver() {
    let bytes = hex("090123010107913386094000f00017040b913306000000f000007101911172758004d4f29c0e");
    let CpMessage::Data(d) = cp(&bytes) else {
        panic!("not CP-DATA")
    };
    assert_eq!(d.ti, TransactionId::new(false, 0).unwrap());
    assert_eq!(d.user_data.len(), 0x23);
    let RpMessage::Data(data) = d.rp().unwrap() else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.message_type(), MessageType::DATA_NETWORK_TO_MS);
    assert_eq!(data.direction, Direction::NetworkToMs);
    assert_eq!(data.reference, 1);
    let oa = data.originator.unwrap();
    assert_eq!(oa.ton_npi(), 0x91);
    assert_eq!(digits(&oa), "33689004000");
    assert_eq!(data.destination, None);
    assert_eq!(data.service_centre(), Some(&oa));
    assert_eq!(data.user_data.len(), 0x17);
    assert_eq!(
        data.user_data.as_bytes(),
        &hex("040b913306000000f000007101911172758004d4f29c0e")[..]
    );
    // The RPDU alone re-encodes too.
    assert_eq!(encode(&data.into()), d.user_data.as_bytes());
}

/// id `pycrate-8904`, source P1sec/pycrate test/test_mobile.py ("SMS CP-ACK"): CP-ACK, TI flag 1.
#[test]
fn pycrate_8904_cp_ack() {
    let bytes = hex("8904");
    let CpMessage::Ack(a) = cp(&bytes) else {
        panic!("not CP-ACK")
    };
    assert!(a.ti.flag());
    assert_eq!(a.ti.value(), 0);
}

/// id `pycrate-issue33-rp-data-status-report`, source P1sec/pycrate issue #33: bare RP-DATA
/// network → MS, RP-MR 6, carrying an SMS-STATUS-REPORT of 25 octets without TP-PI.
#[test]
fn pycrate_issue33_rp_data_status_report() {
    let bytes = hex("010607913386094030f1001906300b913387540805f8811102610040408111026100504000");
    let RpMessage::Data(data) = rp(&bytes) else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.message_type(), MessageType::DATA_NETWORK_TO_MS);
    assert_eq!(data.reference, 6);
    let oa = data.originator.unwrap();
    assert_eq!(oa.ton_npi(), 0x91);
    assert_eq!(digits(&oa), "33689004031");
    assert_eq!(data.destination, None);
    assert_eq!(data.user_data.len(), 0x19);
    // TP-MTI 10 (SMS-STATUS-REPORT), TP-MR 0x30; the TPDU ends after TP-ST.
    assert_eq!(data.user_data[0] & 0x03, 0x02);
    assert_eq!(data.user_data[1], 48);
    assert_eq!(data.user_data.last(), Some(&0x00));
}

/// id `osmo-msc-cp-data-mt-deliver`, source osmocom/osmo-msc
/// tests/msc_vlr/msc_vlr_test_gsm_ciph.c: CP-DATA (length 88) + RP-DATA network → MS, RP-MR 0,
/// RP-OA 0x91 447785016005, RP-DA empty, RP-User-Data length 76 (an SMS-DELIVER from 46071).
#[test]
fn osmo_msc_cp_data_mt_deliver() {
    let bytes = hex(
        "09015801000791447758100650004c0005806470f1000007101000000000445079da1e1ee7416937485e9ea7c965373d1d6683c270383b3d0ed3d36ff71c949e83c22072799e9687c5ec32a81d96afcbf4b4fb0c7ac3e9e9b7db05",
    );
    let CpMessage::Data(d) = cp(&bytes) else {
        panic!("not CP-DATA")
    };
    assert_eq!(d.user_data.len(), 88);
    let RpMessage::Data(data) = d.rp().unwrap() else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.direction, Direction::NetworkToMs);
    assert_eq!(data.reference, 0);
    let oa = data.originator.unwrap();
    assert_eq!(oa.ton_npi(), 0x91);
    assert_eq!(oa.type_of_number(), TypeOfNumber::INTERNATIONAL);
    assert_eq!(oa.numbering_plan(), NumberingPlan::ISDN);
    assert_eq!(digits(&oa), "447785016005");
    assert_eq!(oa.to_string(), "+447785016005");
    assert_eq!(data.destination, None);
    assert_eq!(data.user_data.len(), 76);
    // SMS-DELIVER: TP-MTI 00, TP-OA 5 digits TOA 0x80 "46071", TP-UDL 68.
    assert_eq!(&data.user_data[..6], &[0x00, 0x05, 0x80, 0x64, 0x70, 0xF1]);
    assert_eq!(data.user_data[15], 68);
}

// ---------------------------------------------------------------------------------------------
// rp.md §2.6 (decoded by tshark 4.0.17)
// ---------------------------------------------------------------------------------------------

/// rp.md §2.6 example 1: RP-DATA MS → network carrying the SMS-SUBMIT of tpdu.md §13.1.
const RP_DATA_MO: &str =
    "00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34";

#[test]
fn rp_md_rp_data_ms_to_network() {
    let bytes = hex(RP_DATA_MO);
    let RpMessage::Data(data) = rp(&bytes) else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.message_type(), MessageType::DATA_MS_TO_NETWORK);
    assert_eq!(data.direction, Direction::MsToNetwork);
    assert_eq!(data.reference, 1);
    assert_eq!(data.originator, None);
    let da = data.destination.unwrap();
    assert_eq!(da.contents_len(), 7);
    assert_eq!(da.ton_npi(), 0x91);
    assert_eq!(da.bcd(), &[0x44, 0x77, 0x00, 0x09, 0x00, 0x00]);
    assert_eq!(da.to_string(), "+447700900000");
    assert_eq!(data.user_data.len(), 0x10);
    assert_eq!(
        data.user_data.as_bytes(),
        &hex("31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34")[..]
    );
}

/// rp.md §2.6 example 2: RP-DATA network → MS carrying an SMS-STATUS-REPORT. rp.md prints only
/// the start (`01 01 07 91 44 77 00 09 00 00 00 19 06 2A …`); the 25-octet TPDU it names is
/// the one of tpdu.md §13.5, which starts `06 2A` and is 0x19 octets long.
#[test]
fn rp_md_rp_data_network_to_ms_status_report() {
    let bytes = hex("01 01 07 91 44 77 00 09 00 00 00 19 \
         06 2A 0C 91 44 77 00 09 10 32 42 30 51 41 03 00 40 42 30 51 41 03 50 40 00");
    let RpMessage::Data(data) = rp(&bytes) else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.direction, Direction::NetworkToMs);
    assert_eq!(data.reference, 1);
    assert_eq!(data.originator.unwrap().to_string(), "+447700900000");
    assert_eq!(data.destination, None);
    assert_eq!(data.user_data.len(), 0x19);
    assert_eq!(&data.user_data[..2], &[0x06, 0x2A]);
}

/// rp.md §2.6 example 3 (= tpdu.md §13.7): RP-ACK network → MS with SMS-SUBMIT-REPORT.
#[test]
fn rp_md_rp_ack_network_to_ms() {
    let bytes = hex("03 01 41 09 01 00 42 30 51 41 03 10 40");
    let RpMessage::Ack(ack) = rp(&bytes) else {
        panic!("not RP-ACK")
    };
    assert_eq!(ack.message_type(), MessageType::ACK_NETWORK_TO_MS);
    assert_eq!(ack.direction, Direction::NetworkToMs);
    assert_eq!(ack.reference, 1);
    assert_eq!(
        ack.user_data.unwrap().as_bytes(),
        &hex("01 00 42 30 51 41 03 10 40")[..]
    );
    assert!(ack.unknown_ies.is_empty());
}

/// rp.md §2.6 example 4 (= tpdu.md §13.6): RP-ERROR MS → network, cause 22, with
/// SMS-DELIVER-REPORT.
#[test]
fn rp_md_rp_error_ms_to_network() {
    let bytes = hex("04 01 01 16 41 03 00 D3 00");
    let RpMessage::Error(e) = rp(&bytes) else {
        panic!("not RP-ERROR")
    };
    assert_eq!(e.message_type(), MessageType::ERROR_MS_TO_NETWORK);
    assert_eq!(e.direction, Direction::MsToNetwork);
    assert_eq!(e.reference, 1);
    assert_eq!(e.cause, RpCause::MEMORY_CAPACITY_EXCEEDED);
    assert_eq!(e.cause.name(), Some("MEMORY_CAPACITY_EXCEEDED"));
    assert_eq!(e.cause.to_string(), "Memory capacity exceeded");
    assert!(e.diagnostic.is_empty());
    assert_eq!(e.user_data.unwrap().as_bytes(), &[0x00, 0xD3, 0x00]);
}

/// rp.md §2.6 example 5: RP-SMMA, RP-MR 5.
#[test]
fn rp_md_rp_smma() {
    let RpMessage::Smma(s) = rp(&[0x06, 0x05]) else {
        panic!("not RP-SMMA")
    };
    assert_eq!(s.reference, 5);
    assert_eq!(s.message_type(), MessageType::SMMA_MS_TO_NETWORK);
}

// ---------------------------------------------------------------------------------------------
// rp.md §3 (CP examples, decoded by tshark 4.0.17)
// ---------------------------------------------------------------------------------------------

/// rp.md §3: `09 01 1C <28-octet RPDU>` = CP-DATA, TI flag 0, TI 0 (the RPDU of §2.6 ex. 1).
#[test]
fn rp_md_cp_data_with_rp_data() {
    let mut bytes = hex("09 01 1C");
    bytes.extend(hex(RP_DATA_MO));
    let CpMessage::Data(d) = cp(&bytes) else {
        panic!("not CP-DATA")
    };
    assert_eq!(d.ti, TransactionId::new(false, 0).unwrap());
    assert_eq!(d.user_data.len(), 28);
    let RpMessage::Data(data) = d.rp().unwrap() else {
        panic!("not RP-DATA")
    };
    assert_eq!(data.reference, 1);
    assert_eq!(data.destination.unwrap().to_string(), "+447700900000");
}

/// rp.md §3: `89 04` = CP-ACK from the receiver side (TI flag 1).
#[test]
fn rp_md_cp_ack() {
    let CpMessage::Ack(a) = cp(&[0x89, 0x04]) else {
        panic!("not CP-ACK")
    };
    assert!(a.ti.flag());
    assert_eq!(a.ti.reply(), TransactionId::new(false, 0).unwrap());
}

/// rp.md §3: `89 10 11` = CP-ERROR cause 17 (network failure).
#[test]
fn rp_md_cp_error() {
    let CpMessage::Error(e) = cp(&[0x89, 0x10, 0x11]) else {
        panic!("not CP-ERROR")
    };
    assert!(e.ti.flag());
    assert_eq!(e.cause, CpCause::NETWORK_FAILURE);
    assert_eq!(e.cause.to_string(), "Network failure");
    assert_eq!(CpMessage::Error(e).message_type(), CpMessageType::ERROR);
}

/// rp.md §3: `09 01 02 06 05` = CP-DATA carrying RP-SMMA.
#[test]
fn rp_md_cp_data_with_rp_smma() {
    let CpMessage::Data(d) = cp(&[0x09, 0x01, 0x02, 0x06, 0x05]) else {
        panic!("not CP-DATA")
    };
    assert_eq!(d.rp().unwrap(), RpMessage::Smma(smsip_rp::RpSmma::new(5)));
}

// ---------------------------------------------------------------------------------------------
// Other facts of rp.md
// ---------------------------------------------------------------------------------------------

/// rp.md §2.1: RP-MTI values and directions.
#[test]
fn rp_mti_table() {
    for (v, name, dir) in [
        (0, "DATA_MS_TO_NETWORK", Some(Direction::MsToNetwork)),
        (1, "DATA_NETWORK_TO_MS", Some(Direction::NetworkToMs)),
        (2, "ACK_MS_TO_NETWORK", Some(Direction::MsToNetwork)),
        (3, "ACK_NETWORK_TO_MS", Some(Direction::NetworkToMs)),
        (4, "ERROR_MS_TO_NETWORK", Some(Direction::MsToNetwork)),
        (5, "ERROR_NETWORK_TO_MS", Some(Direction::NetworkToMs)),
        (6, "SMMA_MS_TO_NETWORK", Some(Direction::MsToNetwork)),
        (7, "", None),
    ] {
        let t = MessageType(v);
        assert_eq!(t.name().unwrap_or(""), name);
        assert_eq!(t.direction(), dir);
    }
}

/// rp.md §2.4: the whole RP-Cause table (values and texts), nothing else named.
#[test]
fn rp_cause_table() {
    let table: [(u8, &str); 24] = [
        (1, "Unassigned (unallocated) number"),
        (8, "Operator determined barring"),
        (10, "Call barred"),
        (11, "Reserved"),
        (21, "Short message transfer rejected"),
        (22, "Memory capacity exceeded"),
        (27, "Destination out of order"),
        (28, "Unidentified subscriber"),
        (29, "Facility rejected"),
        (30, "Unknown subscriber"),
        (38, "Network out of order"),
        (41, "Temporary failure"),
        (42, "Congestion"),
        (47, "Resources unavailable, unspecified"),
        (50, "Requested facility not subscribed"),
        (69, "Requested facility not implemented"),
        (81, "Invalid short message transfer reference value"),
        (95, "Semantically incorrect message"),
        (96, "Invalid mandatory information"),
        (97, "Message type non-existent or not implemented"),
        (
            98,
            "Message not compatible with short message protocol state",
        ),
        (99, "Information element non-existent or not implemented"),
        (111, "Protocol error, unspecified"),
        (127, "Interworking, unspecified"),
    ];
    assert_eq!(RpCause::NAMED.len(), table.len());
    for (v, text) in table {
        assert_eq!(RpCause(v).description(), Some(text), "cause {v}");
    }
    for v in 0..=255u8 {
        if !table.iter().any(|&(t, _)| t == v) {
            assert_eq!(RpCause(v).name(), None, "cause {v}");
            assert_eq!(RpCause(v).to_string(), format!("reserved ({v:#04x})"));
        }
    }
}

/// rp.md §3: CP-Cause table.
#[test]
fn cp_cause_table() {
    let values: Vec<u8> = CpCause::NAMED.iter().map(|c| c.0).collect();
    assert_eq!(values, [17, 22, 81, 95, 96, 97, 98, 99, 111]);
    assert_eq!(
        CpCause(98).description(),
        Some("Message not compatible with the short message protocol state")
    );
}

/// rp.md §2.2: IEIs.
#[test]
fn ieis() {
    assert_eq!(smsip_rp::IEI_RP_USER_DATA, 0x41);
    assert_eq!(smsip_rp::IEI_RP_CAUSE, 0x42);
}

/// RP-ERROR with a diagnostic octet (rp.md §2.4: length 2) and an extraneous second one
/// (accepted and kept).
#[test]
fn rp_error_with_diagnostic() {
    let bytes = hex("05 2A 02 2A 07");
    let RpMessage::Error(e) = rp(&bytes) else {
        panic!()
    };
    assert_eq!(e.direction, Direction::NetworkToMs);
    assert_eq!(e.reference, 42);
    assert_eq!(e.cause, RpCause::CONGESTION);
    assert_eq!(e.diagnostic.as_bytes(), &[0x07]);
    assert_eq!(e.user_data, None);

    let bytes = hex("05 2A 03 2A 07 08 41 02 01 00");
    let RpMessage::Error(e) = rp(&bytes) else {
        panic!()
    };
    assert_eq!(e.diagnostic.as_bytes(), &[0x07, 0x08]);
    assert_eq!(e.user_data.unwrap().as_bytes(), &[0x01, 0x00]);
}

/// Unknown optional IEs after RP-User-Data are kept and re-encoded (TS 24.007 §11.2.4 framing:
/// TLV for IEI bit 8 = 0, one octet for bit 8 = 1).
#[test]
fn unknown_ies_are_kept() {
    let bytes = hex("03 01 41 01 00 7E 02 AA BB 90 42 01 11");
    let RpMessage::Ack(ack) = rp(&bytes) else {
        panic!()
    };
    assert_eq!(ack.user_data.unwrap().as_bytes(), &[0x00]);
    let ies: Vec<_> = ack
        .unknown_ies
        .iter()
        .map(|ie| (ie.iei, ie.value.to_vec()))
        .collect();
    assert_eq!(
        ies,
        [(0x7E, vec![0xAA, 0xBB]), (0x90, vec![]), (0x42, vec![0x11])]
    );
    // Without user data, unknown IEs straight after the header.
    let bytes = hex("02 09 7E 00");
    let RpMessage::Ack(ack) = rp(&bytes) else {
        panic!()
    };
    assert_eq!(ack.user_data, None);
    assert_eq!(ack.unknown_ies.as_bytes(), &[0x7E, 0x00]);
}

/// Empty address forms and a non-canonical (but kept) RP-OA in an MO RP-DATA.
#[test]
fn address_forms() {
    // Both addresses empty, 1-octet TPDU.
    let b1 = hex("00 03 00 00 01 01");
    let RpMessage::Data(d) = rp(&b1) else {
        panic!()
    };
    assert_eq!((d.originator, d.destination), (None, None));
    assert_eq!(d.service_centre(), None);
    // An RP-OA present in MS → network (the spec says empty): kept as sent.
    let b2 = hex("00 03 02 81 21 03 91 21 F3 01 01");
    let RpMessage::Data(d) = rp(&b2) else {
        panic!()
    };
    let oa = d.originator.unwrap();
    assert_eq!(oa.type_of_number(), TypeOfNumber::UNKNOWN);
    assert_eq!(digits(&oa), "12");
    assert_eq!(digits(&d.destination.unwrap()), "123");
    // A TON/NPI octet without digits (address length 1) used to be accepted here; TS 24.011
    // §8.2.5.1/§8.2.5.2 allow 0 (absent) or 2..=11, so it is now refused at the length octet:
    // see errors.rs `address_length_1_refused`.
    let b3 = hex("01 03 01 91 00 01 00");
    assert_eq!(
        RpMessage::decode(&b3).unwrap_err(),
        smsip_rp::DecodeError::Length {
            field: "RP-Originator Address",
            offset: 2,
            len: 1,
            min: 2,
            max: 11
        }
    );
    // 20 digits, the maximum.
    let b4 = hex("01 03 0B 91 11 11 11 11 11 11 11 11 11 11 00 01 00");
    let RpMessage::Data(d) = rp(&b4) else {
        panic!()
    };
    assert_eq!(digits(&d.originator.unwrap()).len(), 20);
}

/// Spare bits 8-4 of the RP-MTI octet are not interpreted on receipt (TS 24.011 §8.2.2) but
/// kept: the message re-encodes to the octets received (lossless). This test used to assert
/// that they were re-encoded as 0.
#[test]
fn spare_mti_bits_kept() {
    use smsip_rp::{RpSmma, SpareBits};
    let m = rp(&[0xF6, 0x05]);
    let mut want = RpSmma::new(5);
    want.spare = SpareBits::new(0xF0).unwrap();
    assert_eq!(m, RpMessage::Smma(want));
    assert_eq!(m.spare().bits(), 0xF0);
    assert_ne!(m, RpMessage::Smma(RpSmma::new(5)));
    assert_eq!(m.message_type(), MessageType::SMMA_MS_TO_NETWORK);
    let b5 = hex("FB 01 41 01 01");
    let m = rp(&b5);
    assert_eq!(m.message_type(), MessageType::ACK_NETWORK_TO_MS);
    assert_eq!(m.spare().bits(), 0xF8);
    // Every RP message type, with every spare-bit pattern.
    for body in [
        hex(RP_DATA_MO),
        hex("03 01 41 09 01 00 42 30 51 41 03 10 40"),
        hex("04 01 01 16 41 03 00 D3 00"),
        hex("06 05"),
    ] {
        for spare in (0x08..=0xF8u8).step_by(8) {
            let mut b = body.clone();
            b[0] |= spare;
            let m = rp(&b);
            assert_eq!(m.spare(), SpareBits::new(spare).unwrap());
            assert_eq!(m.message_type().0, body[0]);
        }
    }
}

/// The ext bit of the RP-Cause octet is kept as received (never set in an assigned value).
#[test]
fn cause_extension_bit_kept() {
    let bytes = hex("04 01 01 96");
    let RpMessage::Error(e) = rp(&bytes) else {
        panic!()
    };
    assert_eq!(e.cause, RpCause(0x96));
    assert_eq!(e.cause.cause_value(), 22);
    assert_eq!(e.cause.name(), None);
}
