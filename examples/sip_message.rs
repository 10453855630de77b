//! SMS over IP (TS 24.341) with hand-made SIP MESSAGEs: the MO and MT flows of `rp.md` §4.2 and
//! §4.3 (TR 23.804 §8.9, §8.10), with the RPDU as the binary body.
//!
//! The SIP part is a few lines of text handling for the example only (smsip parses no SIP):
//! headers, a blank line, then `Content-Length` octets of `application/vnd.3gpp.sms`.
//!
//! Run with `cargo run --example sip_message`.

mod common;

use std::time::Duration;

use smsip::rp::sip::{self, Correlation, Correlator};
use smsip::rp::{RpAddress, RpCause, RpMessage};
use smsip::tpdu::Tpdu;

use common::sip_message;

const UE: &str = "sip:+447700900123@ims.example.net";
const IP_SM_GW: &str = "sip:ipsmgw@ims.example.net";
const SC: &str = "447700900000";

/// Splits a SIP message into its header text and its body (by `Content-Length`).
fn split(msg: &[u8]) -> Option<(&str, &[u8])> {
    let at = msg.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&msg[..at]).ok()?;
    let len: usize = header(head, "Content-Length")?.parse().ok()?;
    Some((head, msg.get(at + 4..at + 4 + len)?))
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// What a receiver does with a MESSAGE: checks the content type and decodes the RPDU.
fn receive<'a>(who: &str, msg: &'a [u8]) -> RpMessage<'a> {
    let (head, body) = split(msg).expect("a SIP MESSAGE");
    assert!(sip::is_sms_content_type(
        header(head, "Content-Type").unwrap_or("")
    ));
    let rp = sip::decode_body(body).expect("a valid RPDU");
    println!("{who} <- {}", head.lines().next().unwrap_or(""));
    println!("    body {}  = {rp:?}", smsip_core::hex::encode(body));
    if let Some(tpdu) = rp.tpdu() {
        match tpdu {
            Ok(t) => {
                let text: String = t.text().collect();
                println!(
                    "    TPDU {}{}",
                    t.tpdu_type(),
                    if text.is_empty() {
                        String::new()
                    } else {
                        format!(" {text:?}")
                    }
                );
            }
            Err(e) => println!("    TPDU undecodable: {e}"),
        }
    }
    println!("{who} -> SIP/2.0 {}", sip::response_status(&rp));
    rp
}

fn main() {
    let sc = RpAddress::international(SC).unwrap();
    let start = std::time::Instant::now();
    let now = || start.elapsed();

    // ---- MO (rp.md §4.2): UE -> IP-SM-GW, RP-DATA with SMS-SUBMIT (tpdu.md §13.1, "Hi") ----
    println!("== MO short message");
    let submit =
        smsip_core::hex::decode("31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34").unwrap();
    let mut ue_waiting: Correlator<&str, &str> = Correlator::new(8, smsip::rp::timers::TR1M);
    let mo_mr = ue_waiting.free_reference(&IP_SM_GW, 1).unwrap();
    let mut body = Vec::new();
    sip::mo_data(mo_mr, &sc, &submit, &mut body).unwrap();
    ue_waiting
        .insert(IP_SM_GW, mo_mr, "SUBMIT TP-MR 42", now())
        .unwrap();
    let msg = sip_message(
        &format!("tel:+{SC}"),
        UE,
        &format!("tel:+{SC}"),
        "mo-1",
        &[],
        &body,
    );

    // The IP-SM-GW: 202 Accepted, MO-ForwardSM to the SMS-IWMSC, then the submit report.
    let RpMessage::Data(data) = receive("IP-SM-GW", &msg) else {
        unreachable!()
    };
    let sc_address = data.service_centre().unwrap();
    println!(
        "    MO-ForwardSM to SC {sc_address}, sm-RP-UI {} octets",
        data.user_data.len()
    );
    let submit_report = smsip_core::hex::decode("01 00 42 30 51 41 03 10 40").unwrap();
    let mut report = Vec::new();
    sip::network_ack(data.reference, Some(&submit_report), &mut report).unwrap();
    let msg = sip_message(UE, IP_SM_GW, UE, "mo-1-report", &[], &report);

    // The UE: 200 OK, and the report closes its transaction.
    let rp = receive("UE", &msg);
    match ue_waiting.report_message(&IP_SM_GW, &rp, now()) {
        Some(Correlation::Matched(what)) => println!("    UE: {what} acknowledged by the network"),
        other => println!("    UE: unexpected {other:?}"),
    }

    // ---- MT (rp.md §4.3): IP-SM-GW -> UE, RP-DATA with SMS-DELIVER (tpdu.md §13.4) ----
    println!("\n== MT short message");
    let deliver = smsip_core::hex::decode(
        "04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06",
    )
    .unwrap();
    let mut gw_waiting: Correlator<&str, u8> = Correlator::new(1024, smsip::rp::timers::TR1M);
    let mt_mr = gw_waiting.free_reference(&UE, 0).unwrap();
    let invoke_id = 1; // the MT-ForwardSM to answer when the report comes
    gw_waiting.insert(UE, mt_mr, invoke_id, now()).unwrap();
    let mut body = Vec::new();
    sip::mt_data(mt_mr, &sc, &deliver, &mut body).unwrap();
    let accept = format!("Accept-Contact: {}", sip::ACCEPT_CONTACT);
    let extra = [
        accept.as_str(),
        "Request-Disposition: no-fork",
        "P-Asserted-Identity: <sip:ipsmgw@ims.example.net>",
    ];
    let msg = sip_message(UE, IP_SM_GW, UE, "mt-1", &extra, &body);

    // The UE: 200 OK, then its delivery report in a MESSAGE of its own.
    let RpMessage::Data(data) = receive("UE", &msg) else {
        unreachable!()
    };
    if let Some(Ok(Tpdu::Deliver(d))) = data.tpdu() {
        let mut text = String::new();
        d.text_into(&mut text);
        println!("    UE shows {text:?} from {}", d.oa);
    }
    let mut report = Vec::new();
    sip::ue_ack(data.reference, Some(&[0x00, 0x00]), &mut report).unwrap();
    let msg = sip_message(
        IP_SM_GW,
        UE,
        IP_SM_GW,
        "mt-1-report",
        &["In-Reply-To: mt-1"],
        &report,
    );

    // The IP-SM-GW: 202 Accepted, then the MT-ForwardSM result.
    let rp = receive("IP-SM-GW", &msg);
    match gw_waiting.report_message(&UE, &rp, now()) {
        Some(Correlation::Matched(id)) => println!("    IP-SM-GW: MT-ForwardSM #{id} succeeded"),
        other => println!("    IP-SM-GW: {other:?}"),
    }
    // A retransmission of the same report is recognised.
    println!(
        "    the same report again: {:?}",
        gw_waiting.report_message(&UE, &rp, now())
    );

    // ---- MT to a full UE: RP-ERROR cause 22, later RP-SMMA (rp.md §4.4) ----
    println!("\n== MT to a UE with full memory");
    let mt_mr = gw_waiting
        .free_reference(&UE, mt_mr.wrapping_add(1))
        .unwrap();
    gw_waiting.insert(UE, mt_mr, 2, now()).unwrap();
    let mut body = Vec::new();
    sip::mt_data(mt_mr, &sc, &deliver, &mut body).unwrap();
    let msg1 = sip_message(UE, IP_SM_GW, UE, "mt-2", &extra, &body);
    let rp = receive("UE", &msg1);
    let mut report = Vec::new();
    sip::ue_error(
        rp.reference(),
        RpCause::MEMORY_CAPACITY_EXCEEDED,
        Some(&[0x00, 0xD3, 0x00]),
        &mut report,
    )
    .unwrap();
    let msg2 = sip_message(IP_SM_GW, UE, IP_SM_GW, "mt-2-report", &[], &report);
    let rp = receive("IP-SM-GW", &msg2);
    if let (RpMessage::Error(e), Some(Correlation::Matched(id))) =
        (rp, gw_waiting.report_message(&UE, &rp, now()))
    {
        println!(
            "    IP-SM-GW: MT-ForwardSM #{id} fails: {} ({})",
            e.cause,
            e.cause.value()
        );
    }
    let mut smma = Vec::new();
    sip::smma(7, &mut smma);
    let msg3 = sip_message(IP_SM_GW, UE, IP_SM_GW, "smma-1", &[], &smma);
    let rp = receive("IP-SM-GW", &msg3);
    if let RpMessage::Smma(s) = rp {
        println!(
            "    IP-SM-GW: ReadyForSM (memoryAvailable) to the HLR; answers {:?}",
            s.ack()
        );
    }

    // Nothing is left outstanding; a timer would call `expire` at `next_deadline`.
    assert!(gw_waiting.is_empty() && ue_waiting.is_empty());
    println!(
        "\nnext timer: {:?}",
        gw_waiting.next_deadline().unwrap_or(Duration::ZERO)
    );
}
