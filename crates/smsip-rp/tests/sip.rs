//! TS 24.341 body helpers and the delivery-report correlator (TR 23.804 §8.9, §8.10).

mod common;

use core::time::Duration;

use common::hex;
use smsip_rp::sip::{self, Correlation, Correlator, Expired, InsertError};
use smsip_rp::{Direction, RpAck, RpAddress, RpCause, RpMessage, RpSmma};

const SUBMIT: &str = "31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34";
const DELIVER: &str = "04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06";

fn sc() -> RpAddress {
    RpAddress::international("447700900000").unwrap()
}

#[test]
fn content_type() {
    assert_eq!(sip::CONTENT_TYPE, "application/vnd.3gpp.sms");
    assert!(sip::is_sms_content_type("application/vnd.3gpp.sms"));
    assert!(sip::is_sms_content_type(
        "APPLICATION/VND.3GPP.SMS; charset=x"
    ));
    assert!(!sip::is_sms_content_type("application/vnd.3gpp.sms-x"));
    assert!(!sip::is_sms_content_type(""));
    assert_eq!(sip::FEATURE_TAG, "+g.3gpp.smsip");
    assert_eq!(sip::ACCEPT_CONTACT, "*;+g.3gpp.smsip;require;explicit");
}

/// MO flow bodies (rp.md §4.2): the UE's RP-DATA is byte-identical to rp.md §2.6 ex. 1; the
/// network's answers carry the same RP-MR.
#[test]
fn mo_flow_bodies() {
    let submit = hex(SUBMIT);
    let mut body = Vec::new();
    let n = sip::mo_data(1, &sc(), &submit, &mut body).unwrap();
    assert_eq!(n, body.len());
    assert_eq!(
        body,
        hex("00 01 00 07 91 44 77 00 09 00 00 10")
            .into_iter()
            .chain(submit.clone())
            .collect::<Vec<_>>()
    );
    let msg = sip::decode_body(&body).unwrap();
    assert_eq!(sip::response_status(&msg), 202);

    // Typed SMS-SUBMIT gives the same body.
    let typed = smsip_tpdu::Submit::decode(&submit).unwrap();
    let mut body2 = Vec::new();
    sip::mo_submit(1, &sc(), &typed, &mut body2).unwrap();
    assert_eq!(body2, body);

    let mut ack = Vec::new();
    let report = hex("01 00 42 30 51 41 03 10 40");
    sip::network_ack(1, Some(&report), &mut ack).unwrap();
    assert_eq!(ack, hex("03 01 41 09 01 00 42 30 51 41 03 10 40"));
    assert_eq!(sip::response_status(&sip::decode_body(&ack).unwrap()), 200);

    let mut err = Vec::new();
    sip::network_error(1, RpCause::CONGESTION, None, &mut err).unwrap();
    assert_eq!(err, [0x05, 0x01, 0x01, 0x2A]);
    let mut err = Vec::new();
    sip::network_error(1, RpCause::CONGESTION, Some(&[0x01, 0xC0, 0x00]), &mut err).unwrap();
    assert_eq!(err, [0x05, 0x01, 0x01, 0x2A, 0x41, 0x03, 0x01, 0xC0, 0x00]);
}

/// MT flow bodies (rp.md §4.3).
#[test]
fn mt_flow_bodies() {
    let deliver = hex(DELIVER);
    let mut body = Vec::new();
    sip::mt_data(9, &sc(), &deliver, &mut body).unwrap();
    let RpMessage::Data(d) = sip::decode_body(&body).unwrap() else {
        panic!()
    };
    assert_eq!((d.direction, d.reference), (Direction::NetworkToMs, 9));
    assert_eq!(d.originator, Some(sc()));
    assert_eq!(d.destination, None);
    assert_eq!(d.user_data.as_bytes(), &deliver[..]);
    assert_eq!(sip::response_status(&RpMessage::Data(d)), 200);

    let typed = smsip_tpdu::Deliver::decode(&deliver).unwrap();
    let mut body2 = Vec::new();
    sip::mt_deliver(9, &sc(), &typed, &mut body2).unwrap();
    assert_eq!(body2, body);

    let mut ack = Vec::new();
    sip::ue_ack(9, Some(&[0x00, 0x00]), &mut ack).unwrap();
    assert_eq!(ack, [0x02, 0x09, 0x41, 0x02, 0x00, 0x00]);
    assert_eq!(sip::response_status(&sip::decode_body(&ack).unwrap()), 202);
    let mut ack = Vec::new();
    sip::ue_ack(9, None, &mut ack).unwrap();
    assert_eq!(ack, [0x02, 0x09]);

    let mut err = Vec::new();
    sip::ue_error(
        1,
        RpCause::MEMORY_CAPACITY_EXCEEDED,
        Some(&[0x00, 0xD3, 0x00]),
        &mut err,
    )
    .unwrap();
    assert_eq!(err, hex("04 01 01 16 41 03 00 D3 00"));

    let mut smma = Vec::new();
    assert_eq!(sip::smma(5, &mut smma), 2);
    assert_eq!(smma, [0x06, 0x05]);
    assert_eq!(sip::response_status(&RpSmma::new(5).into()), 202);
}

#[test]
fn builders_reject_oversized_tpdu() {
    let mut out = Vec::new();
    assert!(sip::mo_data(1, &sc(), &[0u8; 233], &mut out).is_err());
    assert!(sip::ue_ack(1, Some(&[0u8; 233]), &mut out).is_err());
    assert!(out.is_empty(), "nothing written on error");
}

/// Writing into a caller's fixed buffer.
#[test]
fn builders_into_slices() {
    let mut buf = [0u8; 8];
    let mut sink = smsip_core::SliceSink::new(&mut buf);
    sip::network_ack(3, None, &mut sink).unwrap();
    assert_eq!(sink.finish(), Ok(2));
    assert_eq!(&buf[..2], &[0x03, 0x03]);
    let mut small = [0u8; 4];
    let mut sink = smsip_core::SliceSink::new(&mut small);
    sip::mt_data(1, &sc(), &hex(DELIVER), &mut sink).unwrap();
    assert!(sink.finish().is_err());
}

#[test]
fn reject_bad_bodies() {
    let body = [0x07, 0x33];
    let e = sip::decode_body(&body).unwrap_err();
    let r = sip::reject(&body, &e, Direction::NetworkToMs).unwrap();
    assert_eq!(
        (r.direction, r.reference, r.cause),
        (
            Direction::NetworkToMs,
            0x33,
            RpCause::MESSAGE_TYPE_NON_EXISTENT
        )
    );
    let body = [0x00, 0x02, 0x00, 0x07];
    let e = sip::decode_body(&body).unwrap_err();
    assert_eq!(
        sip::reject(&body, &e, Direction::NetworkToMs)
            .unwrap()
            .cause,
        RpCause::INVALID_MANDATORY_INFORMATION
    );
    // No RP-MR: nothing to answer with.
    let e = sip::decode_body(&[0x00]).unwrap_err();
    assert!(sip::reject(&[0x00], &e, Direction::NetworkToMs).is_none());
    // A bad RP-ACK / RP-ERROR is not answered.
    let body = [0x02, 0x01, 0x41];
    let e = sip::decode_body(&body).unwrap_err();
    assert!(sip::reject(&body, &e, Direction::NetworkToMs).is_none());
}

#[test]
fn answers_from_messages() {
    let bytes = hex("01 07 02 91 21 00 01 04");
    let RpMessage::Data(d) = RpMessage::decode(&bytes).unwrap() else {
        panic!()
    };
    assert_eq!(d.ack(), RpAck::new(Direction::MsToNetwork, 7));
    let e = d.error(RpCause::MEMORY_CAPACITY_EXCEEDED);
    assert_eq!(
        (e.direction, e.reference, e.cause),
        (Direction::MsToNetwork, 7, RpCause(22))
    );
    let s = RpSmma::new(4);
    assert_eq!(s.ack(), RpAck::new(Direction::NetworkToMs, 4));
    assert_eq!(s.error(RpCause(41)).direction, Direction::NetworkToMs);
}

// ---------------------------------------------------------------------------------------------
// Correlator
// ---------------------------------------------------------------------------------------------

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// MT (TR 23.804 §8.10): the IP-SM-GW sends RP-DATA to a UE, the UE's RP-ACK comes back.
#[test]
fn correlator_mt_flow() {
    let mut c: Correlator<&str, u32> = Correlator::new(8, secs(40));
    let ue = "sip:+447700900123@ims.example";
    let mr = c.free_reference(&ue, 0).unwrap();
    assert_eq!(mr, 0);
    c.insert(ue, mr, 1001, secs(0)).unwrap();
    assert!(c.is_pending(&ue, mr));
    assert_eq!(c.len(), 1);
    assert_eq!(c.next_deadline(), Some(secs(40)));
    assert_eq!(c.free_reference(&ue, 0), Some(1));

    let mut body = Vec::new();
    sip::ue_ack(mr, Some(&[0x00, 0x00]), &mut body).unwrap();
    let report = sip::decode_body(&body).unwrap();
    assert_eq!(
        c.report_message(&ue, &report, secs(3)),
        Some(Correlation::Matched(1001))
    );
    assert!(c.is_empty());
    // The same report again (retransmitted MESSAGE): a duplicate.
    assert_eq!(
        c.report_message(&ue, &report, secs(4)),
        Some(Correlation::Duplicate)
    );
    // Another peer, same RP-MR: unknown.
    assert_eq!(
        c.report(&"sip:other@ims", mr, secs(4)),
        Correlation::Unknown
    );
    // Not a report.
    assert_eq!(
        c.report_message(&ue, &RpSmma::new(mr).into(), secs(4)),
        None
    );
    // After one timeout the answer is forgotten: the report is unknown.
    assert_eq!(c.report(&ue, mr, secs(44)), Correlation::Unknown);
}

#[test]
fn correlator_timeouts() {
    let mut c: Correlator<u32, &str> = Correlator::new(8, secs(40));
    c.insert(1, 5, "a", secs(0)).unwrap();
    c.insert(1, 6, "b", secs(10)).unwrap();
    c.insert(2, 5, "c", secs(20)).unwrap();
    assert_eq!(c.expire(secs(39)), None);
    assert_eq!(
        c.expire(secs(45)),
        Some(Expired {
            peer: 1,
            reference: 5,
            value: "a"
        })
    );
    assert_eq!(c.expire(secs(45)), None);
    assert_eq!(c.next_deadline(), Some(secs(50)));
    // The report for the expired message comes late; then it is a duplicate.
    assert_eq!(c.report(&1, 5, secs(46)), Correlation::Late(None));
    assert_eq!(c.report(&1, 5, secs(47)), Correlation::Duplicate);
    // A report after the deadline but before `expire` was called gets the value.
    assert_eq!(c.report(&1, 6, secs(55)), Correlation::Late(Some("b")));
    // Matched in time.
    assert_eq!(c.report(&2, 5, secs(56)), Correlation::Matched("c"));
    assert!(c.is_empty());
    assert_eq!(c.next_deadline(), None);
}

#[test]
fn correlator_limits_and_reuse() {
    let mut c: Correlator<u8, u8> = Correlator::new(2, secs(10));
    c.insert(1, 1, 1, secs(0)).unwrap();
    assert_eq!(c.insert(1, 1, 9, secs(0)), Err(InsertError::InUse(9)));
    c.insert(1, 2, 2, secs(0)).unwrap();
    assert_eq!(c.insert(1, 3, 3, secs(0)), Err(InsertError::Full(3)));
    assert_eq!(c.cancel(&1, 2), Some(2));
    assert_eq!(c.cancel(&1, 2), None);
    c.insert(1, 3, 3, secs(1)).unwrap();
    assert_eq!(c.report(&1, 1, secs(2)), Correlation::Matched(1));
    // Reusing an answered RP-MR starts a new transaction.
    c.insert(1, 1, 11, secs(3)).unwrap();
    assert_eq!(c.report(&1, 1, secs(4)), Correlation::Matched(11));
    assert_eq!(c.report(&1, 1, secs(4)), Correlation::Duplicate);
}

/// Memory stays bounded however many messages pass through.
#[test]
fn correlator_bounded() {
    let mut c: Correlator<u32, u32> = Correlator::new(16, secs(30));
    for i in 0..10_000u32 {
        let now = Duration::from_millis(u64::from(i));
        let peer = i % 97;
        let mr = (i % 251) as u8;
        let _ = c.insert(peer, mr, i, now);
        if i % 3 == 0 {
            let _ = c.report(&peer, mr, now);
        }
        while c.expire(now).is_some() {}
        assert!(c.len() <= 16);
    }
    // Remembered answers are bounded too: an old one has been evicted.
    let mut c: Correlator<u32, u32> = Correlator::new(4, secs(30));
    for mr in 0..10u8 {
        c.insert(0, mr, 0, secs(0)).unwrap();
        assert_eq!(c.report(&0, mr, secs(0)), Correlation::Matched(0));
    }
    assert_eq!(c.report(&0, 0, secs(1)), Correlation::Unknown);
    assert_eq!(c.report(&0, 9, secs(1)), Correlation::Duplicate);
}

#[test]
fn correlator_free_reference() {
    let mut c: Correlator<u8, ()> = Correlator::new(300, secs(10));
    for mr in 0..=255u8 {
        assert_eq!(c.free_reference(&0, mr), Some(mr));
        c.insert(0, mr, (), secs(0)).unwrap();
    }
    assert_eq!(c.free_reference(&0, 0), None);
    assert_eq!(c.report(&0, 200, secs(1)), Correlation::Matched(()));
    // Only 200 is free; it was answered recently but it is the only candidate.
    assert_eq!(c.free_reference(&0, 0), Some(200));
    assert_eq!(c.free_reference(&1, 17), Some(17));
}
