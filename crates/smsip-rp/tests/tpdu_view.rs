//! The typed TPDU view of RP-User-Data (`smsip-tpdu`), with direction and report variant taken
//! from RP-MTI; checked against the TPDU facts the vectors' sources state.

mod common;

use common::hex;
use smsip_rp::cp::CpMessage;
use smsip_rp::{Direction, RpAck, RpCause, RpError, RpMessage, RpSmma};
use smsip_tpdu::{Fcs, Tpdu};

fn rp_of_cp(bytes: &[u8]) -> RpMessage<'_> {
    let CpMessage::Data(d) = CpMessage::decode(bytes).unwrap() else {
        panic!("not CP-DATA")
    };
    d.rp().unwrap()
}

/// id `pycrate-090123010107`: SMS-DELIVER, TP-MMS 1, TP-OA +33600000000, PID 0, DCS 0,
/// SCTS 17-10-19 11:27:57, UDL 4, "Test".
#[test]
fn pycrate_090123010107_deliver() {
    let bytes = hex("090123010107913386094000f00017040b913306000000f000007101911172758004d4f29c0e");
    let m = rp_of_cp(&bytes);
    let Some(Ok(Tpdu::Deliver(d))) = m.tpdu() else {
        panic!("{:?}", m.tpdu())
    };
    assert!(d.mms);
    assert_eq!(d.oa.to_string(), "+33600000000");
    assert_eq!((d.pid.0, d.dcs.0), (0, 0));
    assert_eq!((d.scts.year(), d.scts.month(), d.scts.day()), (17, 10, 19));
    assert_eq!(
        (d.scts.hour(), d.scts.minute(), d.scts.second()),
        (11, 27, 57)
    );
    assert_eq!(d.text().collect::<String>(), "Test");
}

/// id `osmo-msc-cp-data-mt-deliver`: SMS-DELIVER from 46071 (TOA 0x80), UDL 68.
#[test]
fn osmo_msc_deliver_text() {
    let bytes = hex(
        "09015801000791447758100650004c0005806470f1000007101000000000445079da1e1ee7416937485e9ea7c965373d1d6683c270383b3d0ed3d36ff71c949e83c22072799e9687c5ec32a81d96afcbf4b4fb0c7ac3e9e9b7db05",
    );
    let m = rp_of_cp(&bytes);
    let Some(Ok(Tpdu::Deliver(d))) = m.tpdu() else {
        panic!("{:?}", m.tpdu())
    };
    assert_eq!(d.oa.digits().collect::<String>(), "46071");
    assert!(!d.mms);
    let mut text = String::new();
    d.text_into(&mut text);
    assert_eq!(
        text,
        "Privacy in residential applications is a desirable marketing option."
    );
}

/// id `pycrate-issue33-rp-data-status-report`: SMS-STATUS-REPORT, TP-MR 48, TP-RA
/// 33784580508, no TP-PI.
#[test]
fn pycrate_issue33_status_report() {
    let bytes = hex("010607913386094030f1001906300b913387540805f8811102610040408111026100504000");
    let m = RpMessage::decode(&bytes).unwrap();
    let Some(Ok(Tpdu::StatusReport(s))) = m.tpdu() else {
        panic!("{:?}", m.tpdu())
    };
    assert_eq!(s.mr, 48);
    assert_eq!(s.ra.digits().collect::<String>(), "33784580508");
    assert!(s.mms);
    assert!(s.params.is_none());
}

/// id `pycrate-890106020141`: RP-ACK MS → network with SMS-DELIVER-REPORT (RP-ACK form,
/// TP-PI 0).
#[test]
fn pycrate_890106020141_deliver_report() {
    let b1 = hex("890106020141020000");
    let m = rp_of_cp(&b1);
    let RpMessage::Ack(ack) = m else { panic!() };
    let Some(Ok(Tpdu::DeliverReport(r))) = ack.tpdu() else {
        panic!("{:?}", ack.tpdu())
    };
    assert_eq!(r.fcs, None);
    assert!(r.params.is_empty());
}

/// rp.md §2.6 ex. 1 / tpdu.md §13.1: SMS-SUBMIT, TP-MR 42, to +447700900123, "Hi".
#[test]
fn rp_md_submit() {
    let bytes =
        hex("00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34");
    let RpMessage::Data(data) = RpMessage::decode(&bytes).unwrap() else {
        panic!()
    };
    let Some(Ok(Tpdu::Submit(s))) = data.tpdu() else {
        panic!("{:?}", data.tpdu())
    };
    assert_eq!(s.mr, 42);
    assert!(s.srr);
    assert_eq!(s.da.to_string(), "+447700900123");
    assert_eq!(s.text().collect::<String>(), "Hi");
}

/// rp.md §2.6 ex. 3 / tpdu.md §13.7: SMS-SUBMIT-REPORT for RP-ACK, SCTS 24-03-15 14:30:01.
#[test]
fn rp_md_submit_report_ack() {
    let b2 = hex("03 01 41 09 01 00 42 30 51 41 03 10 40");
    let RpMessage::Ack(ack) = RpMessage::decode(&b2).unwrap() else {
        panic!()
    };
    let Some(Ok(Tpdu::SubmitReport(r))) = ack.tpdu() else {
        panic!("{:?}", ack.tpdu())
    };
    assert_eq!(r.fcs, None);
    assert_eq!((r.scts.year(), r.scts.month(), r.scts.day()), (24, 3, 15));
    assert_eq!(
        (r.scts.hour(), r.scts.minute(), r.scts.second()),
        (14, 30, 1)
    );
}

/// rp.md §2.6 ex. 4 / tpdu.md §13.6: SMS-DELIVER-REPORT for RP-ERROR, TP-FCS 0xD3.
#[test]
fn rp_md_deliver_report_error() {
    let b3 = hex("04 01 01 16 41 03 00 D3 00");
    let RpMessage::Error(e) = RpMessage::decode(&b3).unwrap() else {
        panic!()
    };
    let Some(Ok(Tpdu::DeliverReport(r))) = e.tpdu() else {
        panic!("{:?}", e.tpdu())
    };
    assert_eq!(r.fcs, Some(Fcs::MEMORY_CAPACITY_EXCEEDED));
}

/// No user data: `None`; bad user data: the TPDU decoder's error.
#[test]
fn absent_or_bad_user_data() {
    assert!(RpAck::new(Direction::NetworkToMs, 1).tpdu().is_none());
    assert!(RpError::new(Direction::MsToNetwork, 1, RpCause(22))
        .tpdu()
        .is_none());
    assert!(RpMessage::Smma(RpSmma::new(1)).tpdu().is_none());
    // An RP-DATA with an empty RP-User-Data used to decode (and give `None` here); TS 24.011
    // §8.2.5.3 makes RP-User-Data mandatory with one TPDU (length 1..=232), so the decoder now
    // refuses it. A value built by hand with no TPDU still gives `None`.
    assert!(RpMessage::decode(&[0x00, 0x01, 0x00, 0x00, 0x00]).is_err());
    let mut d =
        smsip_rp::RpData::mo(1, smsip_rp::RpAddress::international("1").unwrap(), &[0x01]).unwrap();
    d.user_data = smsip_rp::UserData::EMPTY;
    assert!(d.tpdu().is_none());
    // An SMS-SUBMIT cut after TP-MR.
    let RpMessage::Data(d) =
        RpMessage::decode(&[0x00, 0x01, 0x00, 0x00, 0x02, 0x01, 0x00]).unwrap()
    else {
        panic!()
    };
    assert!(matches!(d.tpdu(), Some(Err(_))));
    // MS → network TP-MTI 11 is reserved.
    let RpMessage::Data(d) = RpMessage::decode(&[0x00, 0x01, 0x00, 0x00, 0x01, 0x03]).unwrap()
    else {
        panic!()
    };
    assert_eq!(d.tpdu(), Some(Err(smsip_tpdu::DecodeError::ReservedMti)));
}

#[test]
fn direction_mapping() {
    assert_eq!(
        Direction::MsToNetwork.tpdu_direction(),
        smsip_tpdu::Direction::MsToSc
    );
    assert_eq!(
        Direction::NetworkToMs.tpdu_direction(),
        smsip_tpdu::Direction::ScToMs
    );
}
