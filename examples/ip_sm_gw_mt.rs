//! The whole MT path through an IP-SM-GW, end to end, with every message built and decoded by
//! smsip (procedures.md §8.1, §8.4, §8.5, §8.10; TS 23.204; TS 29.002; TS 24.341):
//!
//! 1. IP-SM-GW -> HLR: registration with MAP anyTimeModification (TS 29.002 §8.11.4).
//! 2. SMS-GMSC -> HLR: sendRoutingInfoForSM; the answer names the IP-SM-GW (TS 29.002 §12.1).
//! 3. SMS-GMSC -> IP-SM-GW: mt-ForwardSM carrying an SMS-DELIVER (TS 29.002 §12.9).
//! 4. IP-SM-GW -> UE: RP-DATA in a SIP MESSAGE; the UE's RP-ACK comes back (TS 24.341 §5.3.3).
//! 5. IP-SM-GW -> SMS-GMSC: the MT-ForwardSM-Res with the SMS-DELIVER-REPORT.
//! 6. Failures (RP-ERROR, no answer) as MAP errors, and the empty Begin with MAP-OPEN.
//!
//! Each node keeps the Q.774 transaction state ([`Transaction`]) of its dialogues, and the
//! initiators match answers to their invocations ([`InvocationTable`]). Time is simulated: the
//! timers run on a `Duration` clock the example advances itself.
//!
//! Run with `cargo run --example ip_sm_gw_mt`.

mod common;

use std::error::Error;
use std::time::Duration;

use smsip::ber::{AddressString, Imsi};
use smsip::map::dialogue::{self, AcVersion, DialogueStep, MapComponent, MapMessage};
use smsip::map::dialogue_pdu::{MapDialoguePdu, MapOpenInfo};
use smsip::map::{
    AbsentSubscriberDiagnosticSm, AbsentSubscriberSmParam, AdditionalNumber,
    AnyTimeModificationArg, AnyTimeModificationRes, Argument, ErrorCode, ErrorParam,
    IpSmGwGuidance, LocationInfoWithLmsi, ModificationInstruction, MtForwardSmArg, MtForwardSmRes,
    OpCode, ReturnResult, RoutingInfoForSmArg, RoutingInfoForSmRes, SmDeliveryFailureCause,
    SmEnumeratedDeliveryFailureCause, SmRpDa, SmRpOa, SubscriberIdentity,
};
use smsip::rp::sip::{self, Correlation, Correlator};
use smsip::rp::{RpAddress, RpCause, RpMessage};
use smsip::tcap::transaction::{
    ComponentOutcome, EndKind, Event, InvocationTable, OperationClass, Transaction,
    TransactionState,
};
use smsip::tcap::{InvokeId, TransactionId};
use smsip::tpdu::{Address, DeliverBuilder, DeliverReport, Direction, Fcs, Timestamp, Tpdu};

use common::sip_message;

type Res<T = ()> = Result<T, Box<dyn Error>>;

const IMSI: &str = "001010123456789";
const MSISDN: &str = "447700900123";
const SC: &str = "447700900000";
/// The IP-SM-GW's E.164 number: gsmSCF-Address at registration, networkNode-Number in routing.
const IP_SM_GW: &str = "447700900700";
const MSC: &str = "447700900600";
const ORIGINATOR: &str = "447700900456";
const UE: &str = "sip:+447700900123@ims.example.net";
const IP_SM_GW_URI: &str = "sip:ipsmgw@ims.example.net";

/// The MT-ForwardSM supervision timer the IP-SM-GW recommends (IP-SM-GW-Guidance, map-sms.md §6).
const DELIVERY_TIMER_S: u16 = 60;

// ---------------------------------------------------------------------------------------------
// Printing and addresses
// ---------------------------------------------------------------------------------------------

fn hex(bytes: &[u8]) -> String {
    smsip::core::hex::encode(bytes)
}

/// One message on the wire: who sends it to whom, what it is, its octets.
fn show(hop: &str, what: &str, bytes: &[u8]) {
    println!("{hop:<17} {what}");
    println!("{:<17} {}", "", hex(bytes));
}

/// AddressString first octet `1 nnn pppp`: international, ISDN/E.164 numbering plan.
const E164: u8 = 0x91;
/// International, land mobile (E.212) numbering plan: the IMSI as MAP-OPEN's
/// destinationReference (TS 29.002 §7.3.1).
const E212: u8 = 0x96;

/// AddressString contents: the first octet, then the digits in TBCD (TS 29.002 §17.7.8).
fn address_octets(first: u8, digits: &str) -> Vec<u8> {
    let mut out = vec![first];
    smsip::core::digits::encode(digits, &mut out).expect("digits only");
    out
}

fn tbcd(digits: &str) -> Vec<u8> {
    let mut out = Vec::new();
    smsip::core::digits::encode(digits, &mut out).expect("digits only");
    out
}

fn address(octets: &[u8]) -> AddressString<'_> {
    AddressString::new(octets).expect("a non-empty AddressString")
}

// ---------------------------------------------------------------------------------------------
// The two sides of a MAP dialogue
// ---------------------------------------------------------------------------------------------

/// The initiator of a dialogue with one invoke: its transaction and pending invocation
/// (Q.774 §3.2.1, §3.3). The messages themselves are built with `smsip::map::dialogue`.
struct Invoker {
    tx: Transaction,
    pending: InvocationTable<OpCode, 4, Duration>,
}

impl Invoker {
    /// TR-BEGIN and TC-INVOKE of `op` (class 1) with its invocation timer: the transaction ID
    /// and the invoke ID to put in the TC-BEGIN.
    fn open(local: u32, op: OpCode, now: Duration, timer: Duration) -> Res<(Self, InvokeId)> {
        let mut tx = Transaction::new(TransactionId::from_u32(local));
        // The state moves to "initiation sent"; the Begin it returns is not used, the MAP
        // builders write the whole message from the transaction ID.
        tx.send_begin()?;
        let mut pending = InvocationTable::new();
        let id = pending.invoke(op, OperationClass::Class1, now + timer)?;
        Ok((Invoker { tx, pending }, id))
    }

    fn otid(&self) -> TransactionId {
        self.tx.local_id()
    }

    /// The peer's first backward TC-CONTINUE (after an empty Begin): the transaction is active.
    fn confirm(&mut self, msg: &MapMessage<'_>) -> Res<TransactionId> {
        match self.tx.receive(&msg.tcap)? {
            Event::Confirmed { remote } => Ok(remote),
            other => Err(format!("expected a confirmation, got {other:?}").into()),
        }
    }

    /// The TC-END answering our invoke: the transaction ends and its one component (a
    /// ReturnResultLast or a ReturnError) completes the invocation.
    fn receive_end<'a>(&mut self, bytes: &'a [u8], ac: AcVersion) -> Res<MapComponent<'a>> {
        let msg = dialogue::decode_in(bytes, ac)?;
        assert_eq!(msg.step(), DialogueStep::End);
        assert_eq!(self.tx.receive(&msg.tcap)?, Event::Ended);
        // The lookup borrows the table, so the components are typed first, matched after.
        let components = msg
            .components_with(self.pending.lookup())
            .collect::<Result<Vec<_>, _>>()?;
        let [component] = components[..] else {
            return Err(format!("one component expected, got {components:?}").into());
        };
        let outcome = match component {
            MapComponent::ReturnResult {
                invoke_id, last, ..
            } => self.pending.on_result(invoke_id, last),
            MapComponent::ReturnError { invoke_id, .. } => self.pending.on_error(invoke_id),
            other => return Err(format!("unexpected {other:?}").into()),
        };
        assert!(
            matches!(
                outcome,
                ComponentOutcome::ResultLast { .. } | ComponentOutcome::Error { .. }
            ),
            "{outcome:?}"
        );
        assert!(self.pending.is_empty() && self.tx.is_terminated());
        Ok(component)
    }
}

/// The responder's side of a TC-BEGIN with an invoke: a new transaction (initiation received),
/// the message, and the invoke's ID and typed argument.
fn accept_begin(
    local: u32,
    bytes: &[u8],
) -> Res<(Transaction, MapMessage<'_>, InvokeId, Argument<'_>)> {
    let msg = dialogue::decode(bytes)?;
    assert_eq!(msg.step(), DialogueStep::Begin);
    let mut tx = Transaction::new(TransactionId::from_u32(local));
    let Event::Begun { .. } = tx.receive(&msg.tcap)? else {
        return Err("a Begin starts the transaction".into());
    };
    match msg.components().next().ok_or("no component")?? {
        MapComponent::Invoke { invoke_id, arg, .. } => Ok((tx, msg, invoke_id, arg)),
        other => Err(format!("expected an invoke, got {other:?}").into()),
    }
}

/// TR-END (basic): the dtid of the TC-END the MAP builder writes.
fn end_dtid(tx: &mut Transaction) -> Res<TransactionId> {
    Ok(tx.send_end(EndKind::Basic)?.ok_or("a basic End")?.dtid)
}

// ---------------------------------------------------------------------------------------------
// HLR
// ---------------------------------------------------------------------------------------------

/// The HLR's record of the one subscriber: the IP-SM-GW registered for it (procedures.md §8.1
/// step 4: "stores the gateway address, sets the IP connected flag").
struct Hlr {
    ip_sm_gw: Option<Vec<u8>>,
}

impl Hlr {
    /// anyTimeModification with modificationRequestFor-IP-SM-GW-Data (TS 29.002 §8.11.4): store
    /// or clear the IP-SM-GW address; answer with the subscriber's SC address.
    fn any_time_modification(&mut self, begin: &[u8]) -> Res<Vec<u8>> {
        let (mut tx, msg, invoke_id, arg) = accept_begin(0x0A0B, begin)?;
        let Argument::AnyTimeModification(atm) = arg else {
            return Err("not anyTimeModification".into());
        };
        let SubscriberIdentity::Imsi(imsi) = atm.subscriber_identity else {
            return Err("registration by IMSI expected".into());
        };
        assert_eq!(imsi.to_string(), IMSI);
        let request = atm
            .modification_request_for_ip_sm_gw_data
            .ok_or("no IP-SM-GW data")?;
        self.ip_sm_gw = match request.modify_registration_status {
            Some(ModificationInstruction::ACTIVATE) => {
                Some(atm.gsm_scf_address.as_bytes().to_vec())
            }
            _ => None,
        };
        let sc = address_octets(E164, SC);
        let res = AnyTimeModificationRes {
            service_centre_address: Some(address(&sc)),
            ..AnyTimeModificationRes::default()
        };
        let mut end = Vec::new();
        dialogue::end_with_result(
            end_dtid(&mut tx)?,
            invoke_id,
            OpCode::ANY_TIME_MODIFICATION,
            &ReturnResult::AnyTimeModification(res),
            msg.context(), // first backward message: the AARE accepting the context
            &mut end,
        );
        Ok(end)
    }

    /// sendRoutingInfoForSM (TS 29.002 §12.1): with an IP-SM-GW registered and a GMSC that
    /// accepts it, the gateway's number is networkNode-Number and the MSC the additional
    /// number (procedures.md §8.4), with the IP-SM-GW-Guidance timers.
    ///
    /// (In TS 23.204 the HLR forwards the request to the IP-SM-GW, which answers with its own
    /// number and an MT Correlation ID in place of the IMSI; the answer the GMSC sees has the
    /// same shape.)
    fn send_routing_info_for_sm(&self, begin: &[u8]) -> Res<Vec<u8>> {
        let (mut tx, msg, invoke_id, arg) = accept_begin(0x0A0C, begin)?;
        let Argument::SendRoutingInfoForSm(sri) = arg else {
            return Err("not sendRoutingInfoForSM".into());
        };
        assert_eq!(sri.msisdn.to_string(), format!("+{MSISDN}"));
        assert!(sri.ip_sm_gw_guidance_indicator && sri.gprs_support_indicator);
        let gw = self.ip_sm_gw.as_deref().ok_or("no IP-SM-GW registered")?;
        let msc = address_octets(E164, MSC);
        let imsi = tbcd(IMSI);
        let res = RoutingInfoForSmRes {
            ip_sm_gw_guidance: Some(IpSmGwGuidance::new(30, DELIVERY_TIMER_S)),
            ..RoutingInfoForSmRes::new(
                Imsi::new(&imsi).expect("an IMSI"),
                LocationInfoWithLmsi {
                    additional_number: Some(AdditionalNumber::MscNumber(address(&msc))),
                    ..LocationInfoWithLmsi::new(address(gw))
                },
            )
        };
        let mut end = Vec::new();
        dialogue::end_with_result(
            end_dtid(&mut tx)?,
            invoke_id,
            OpCode::SEND_ROUTING_INFO_FOR_SM,
            &ReturnResult::SendRoutingInfoForSm(res),
            msg.context(),
            &mut end,
        );
        Ok(end)
    }
}

// ---------------------------------------------------------------------------------------------
// IP-SM-GW
// ---------------------------------------------------------------------------------------------

/// An mt-ForwardSM waiting for the UE's delivery report: what the TC-END needs.
#[derive(Clone, Copy)]
struct MtDialogue {
    tx: Transaction,
    invoke_id: InvokeId,
    /// The context to accept in the answer, when it is the first backward message.
    accept: Option<AcVersion>,
}

struct IpSmGw {
    /// IMSI -> the UE's public user identity, from the IMS registration (TS 24.341 B.3) that
    /// triggered the HLR registration.
    registered: Vec<(String, &'static str)>,
    /// RP-MR supervision of the RP-DATA sent to UEs (TR1M, TS 24.011 §10).
    waiting: Correlator<&'static str, MtDialogue>,
    /// A dialogue opened with an empty Begin: its transaction, and the IMSI and the SC address
    /// (AddressString octets) from MAP-OPEN.
    opening: Option<(Transaction, String, Vec<u8>)>,
    next_tid: u32,
}

impl IpSmGw {
    fn new() -> Self {
        IpSmGw {
            registered: Vec::new(),
            waiting: Correlator::new(1024, smsip::rp::timers::TR1M),
            opening: None,
            next_tid: 0x100,
        }
    }

    fn new_tid(&mut self) -> u32 {
        self.next_tid += 1;
        self.next_tid
    }

    fn ue_for(&self, imsi: &str) -> Res<&'static str> {
        let found = self.registered.iter().find(|(i, _)| i == imsi);
        Ok(found.ok_or("subscriber not registered")?.1)
    }

    /// A TC-BEGIN with mt-ForwardSM (shortMsgMT-RelayContext-v3): the SIP MESSAGE to the UE.
    fn on_mt_forward_sm(&mut self, begin: &[u8], now: Duration) -> Res<Vec<u8>> {
        let local = self.new_tid();
        let (tx, msg, invoke_id, arg) = accept_begin(local, begin)?;
        assert_eq!(msg.context(), Some(AcVersion::SHORT_MSG_MT_RELAY_V3));
        let Argument::MtForwardSm(mt) = arg else {
            return Err("not mt-ForwardSM".into());
        };
        let SmRpDa::Imsi(imsi) = mt.sm_rp_da else {
            return Err("sm-RP-DA: IMSI expected".into());
        };
        let SmRpOa::ServiceCentreAddressOa(sc) = mt.sm_rp_oa else {
            return Err("sm-RP-OA: SC address expected".into());
        };
        assert_eq!(mt.sm_delivery_timer, Some(DELIVERY_TIMER_S));
        let Tpdu::Deliver(deliver) = mt.tpdu()? else {
            return Err("sm-RP-UI: SMS-DELIVER expected".into());
        };
        println!(
            "{:<17} mt-ForwardSM for IMSI {imsi}: SMS-DELIVER from {} {:?}",
            "  IP-SM-GW",
            deliver.oa,
            deliver.text().collect::<String>()
        );
        let dialogue = MtDialogue {
            tx,
            invoke_id,
            accept: msg.context(),
        };
        self.deliver(dialogue, &imsi.to_string(), sc, mt.sm_rp_ui, now)
    }

    /// The empty Begin (TS 29.002 §12.9, dialogue.rs "Empty Begin"): MAP-OPEN names the
    /// subscriber; accept with a TC-CONTINUE carrying only the AARE.
    fn on_empty_begin(&mut self, begin: &[u8]) -> Res<Vec<u8>> {
        let msg = dialogue::decode(begin)?;
        assert_eq!(msg.step(), DialogueStep::EmptyBegin);
        let Some(MapDialoguePdu::Open(open)) = msg.map_dialogue_pdu()? else {
            return Err("MAP-OPEN expected".into());
        };
        let imsi = open.destination_reference.ok_or("destinationReference")?;
        let sc = open.origination_reference.ok_or("originationReference")?;
        let ac = msg.context().ok_or("a MAP context")?;
        let mut tx = Transaction::new(TransactionId::from_u32(self.new_tid()));
        let Event::Begun { remote } = tx.receive(&msg.tcap)? else {
            return Err("a Begin starts the transaction".into());
        };
        tx.send_continue()?; // initiation received -> active
        let mut accept = Vec::new();
        dialogue::continue_accept(tx.local_id(), remote, ac, &mut accept)?;
        self.opening = Some((tx, imsi.digits().to_string(), sc.as_bytes().to_vec()));
        Ok(accept)
    }

    /// The invoke following an accepted empty Begin, in a TC-CONTINUE without dialogue
    /// portion: noSM-RP-DA / noSM-RP-OA, so the IMSI and SC address come from MAP-OPEN.
    fn on_continue(&mut self, cont: &[u8], now: Duration) -> Res<Vec<u8>> {
        let (mut tx, imsi, sc) = self.opening.take().ok_or("no dialogue being opened")?;
        let msg = dialogue::decode_in(cont, AcVersion::SHORT_MSG_MT_RELAY_V3)?;
        assert_eq!(tx.receive(&msg.tcap)?, Event::Continued);
        let Some(Ok(MapComponent::Invoke {
            invoke_id,
            arg: Argument::MtForwardSm(mt),
            ..
        })) = msg.components().next()
        else {
            return Err("mt-ForwardSM invoke expected".into());
        };
        assert_eq!(
            (mt.sm_rp_da, mt.sm_rp_oa),
            (SmRpDa::NoSmRpDa, SmRpOa::NoSmRpOa)
        );
        let dialogue = MtDialogue {
            tx,
            invoke_id,
            accept: None, // the AARE went in the TC-CONTINUE already
        };
        self.deliver(dialogue, &imsi, address(&sc), mt.sm_rp_ui, now)
    }

    /// TS 24.341 §5.3.3 (rp.md §4.3 step 2): RP-DATA (network -> MS) with the TPDU, RP-OA = the
    /// SC address, in a SIP MESSAGE to the UE; the RP-MR is supervised until the report.
    fn deliver(
        &mut self,
        dialogue: MtDialogue,
        imsi: &str,
        sc: AddressString<'_>,
        tpdu: &[u8],
        now: Duration,
    ) -> Res<Vec<u8>> {
        let ue = self.ue_for(imsi)?;
        // RP addresses and MAP AddressStrings share their coding: TON/NPI octet, then BCD.
        let (toa, digits) = sc.as_bytes().split_first().ok_or("empty SC address")?;
        let rp_oa = RpAddress::from_raw(*toa, digits)?;
        let mr = self.waiting.free_reference(&ue, 0).ok_or("no free RP-MR")?;
        self.waiting
            .insert(ue, mr, dialogue, now)
            .map_err(|e| e.to_string())?;
        let mut body = Vec::new();
        sip::mt_data(mr, &rp_oa, tpdu, &mut body)?;
        let accept = format!("Accept-Contact: {}", sip::ACCEPT_CONTACT);
        let extra = [accept.as_str(), "Request-Disposition: no-fork"];
        Ok(sip_message(
            ue,
            IP_SM_GW_URI,
            ue,
            &format!("mt-{mr}"),
            &extra,
            &body,
        ))
    }

    /// The UE's delivery report (rp.md §4.3 steps 4-6): RP-ACK -> MT-ForwardSM-Res with the
    /// SMS-DELIVER-REPORT; RP-ERROR -> sm-DeliveryFailure with it in diagnosticInfo.
    fn on_report(&mut self, msg: &[u8], now: Duration) -> Res<Vec<u8>> {
        let rp = sip::decode_body(sip_body(msg)?)?;
        // The peer is the UE the MESSAGE comes from (its From; here the one UE).
        let Some(Correlation::Matched(mut d)) = self.waiting.report_message(&UE, &rp, now) else {
            return Err("a report for nothing outstanding".into());
        };
        let dtid = end_dtid(&mut d.tx)?;
        let mut end = Vec::new();
        match rp {
            RpMessage::Ack(ack) => {
                let res = MtForwardSmRes {
                    sm_rp_ui: ack.tpdu_bytes(),
                    ..MtForwardSmRes::default()
                };
                let res = ReturnResult::MtForwardSm(res);
                dialogue::end_with_result(
                    dtid,
                    d.invoke_id,
                    OpCode::MT_FORWARD_SM,
                    &res,
                    d.accept,
                    &mut end,
                );
            }
            RpMessage::Error(error) => {
                let cause = SmDeliveryFailureCause {
                    diagnostic_info: error.tpdu_bytes(),
                    ..SmDeliveryFailureCause::new(delivery_failure(error.cause))
                };
                dialogue::end_with_error(
                    dtid,
                    d.invoke_id,
                    ErrorCode::SM_DELIVERY_FAILURE,
                    Some(&ErrorParam::SmDeliveryFailure(cause)),
                    d.accept,
                    &mut end,
                )?;
            }
            other => return Err(format!("not a report: {other:?}").into()),
        }
        Ok(end)
    }

    /// TR1M ran out without a report (TS 24.011 §10): absentSubscriberSM, diagnostic
    /// "no response via the IP-SM-GW" (12, TS 23.040 §3.3.2; map-sms.md §4).
    fn on_timeout(&mut self, now: Duration) -> Res<Option<Vec<u8>>> {
        let Some(expired) = self.waiting.expire(now) else {
            return Ok(None);
        };
        let mut d = expired.value;
        let param = AbsentSubscriberSmParam::new(Some(
            AbsentSubscriberDiagnosticSm::NO_RESPONSE_VIA_IP_SM_GW,
        ));
        let mut end = Vec::new();
        dialogue::end_with_error(
            end_dtid(&mut d.tx)?,
            d.invoke_id,
            ErrorCode::ABSENT_SUBSCRIBER_SM,
            Some(&ErrorParam::AbsentSubscriberSm(param)),
            d.accept,
            &mut end,
        )?;
        Ok(Some(end))
    }
}

/// RP-Cause of the UE's RP-ERROR -> SM-EnumeratedDeliveryFailureCause for MT (TS 29.002
/// §12.9.3, map-sms.md §4: memoryCapacityExceeded, equipmentProtocolError, ...).
fn delivery_failure(cause: RpCause) -> SmEnumeratedDeliveryFailureCause {
    if cause == RpCause::MEMORY_CAPACITY_EXCEEDED {
        SmEnumeratedDeliveryFailureCause::MEMORY_CAPACITY_EXCEEDED
    } else {
        SmEnumeratedDeliveryFailureCause::EQUIPMENT_PROTOCOL_ERROR
    }
}

// ---------------------------------------------------------------------------------------------
// SIP (a few lines of text handling for the example; smsip parses no SIP) and the UE
// ---------------------------------------------------------------------------------------------

/// The body of a SIP MESSAGE, after checking its content type.
fn sip_body(msg: &[u8]) -> Res<&[u8]> {
    let at = msg
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no blank line")?;
    let head = std::str::from_utf8(&msg[..at])?;
    let content_type = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Type:"))
        .ok_or("no Content-Type")?;
    assert!(sip::is_sms_content_type(content_type));
    Ok(&msg[at + 4..])
}

fn show_sip(hop: &str, msg: &[u8]) -> Res {
    let request_line = msg.split(|&b| b == b'\r').next().unwrap_or_default();
    let body = sip_body(msg)?;
    let rp = sip::decode_body(body)?;
    let cause = match rp {
        RpMessage::Error(e) => format!(", cause {} ({})", e.cause.value(), e.cause),
        _ => String::new(),
    };
    let what = format!(
        "{}; body {}, RP-MR {}{cause}",
        String::from_utf8_lossy(request_line),
        rp.message_type(),
        rp.reference()
    );
    show(hop, &what, body);
    Ok(())
}

/// What the UE does with an MT short message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UeBehaviour {
    /// 200 OK, then RP-ACK with an SMS-DELIVER-REPORT (TS 23.040 §9.2.2.1a, RP-ACK form).
    Accept,
    /// 200 OK, then RP-ERROR cause 22 with an SMS-DELIVER-REPORT, TP-FCS D3 (memory full).
    MemoryFull,
    /// No report at all (out of coverage after the 200 OK).
    Silent,
}

/// The UE: decodes the RP-DATA and its SMS-DELIVER, answers with its delivery report.
fn ue(msg: &[u8], behaviour: UeBehaviour) -> Res<Option<Vec<u8>>> {
    let RpMessage::Data(data) = sip::decode_body(sip_body(msg)?)? else {
        return Err("RP-DATA expected".into());
    };
    assert_eq!(sip::response_status(&RpMessage::Data(data)), 200);
    let Some(Ok(Tpdu::Deliver(deliver))) = data.tpdu() else {
        return Err("SMS-DELIVER expected".into());
    };
    let mut text: String = deliver.text().collect();
    if text.chars().count() > 40 {
        text = format!("{}...", text.chars().take(37).collect::<String>());
    }
    println!(
        "{:<17} 200 OK; shows {text:?} from {} (SC {})",
        "  UE",
        deliver.oa,
        data.service_centre().ok_or("RP-OA")?
    );
    let mut report = Vec::new();
    let mut body = Vec::new();
    match behaviour {
        UeBehaviour::Accept => {
            Tpdu::DeliverReport(DeliverReport::default()).encode(&mut report)?;
            sip::ue_ack(data.reference, Some(&report), &mut body)?;
        }
        UeBehaviour::MemoryFull => {
            let r = DeliverReport {
                fcs: Some(Fcs::MEMORY_CAPACITY_EXCEEDED),
                ..DeliverReport::default()
            };
            Tpdu::DeliverReport(r).encode(&mut report)?;
            sip::ue_error(
                data.reference,
                RpCause::MEMORY_CAPACITY_EXCEEDED,
                Some(&report),
                &mut body,
            )?;
        }
        UeBehaviour::Silent => return Ok(None),
    }
    Ok(Some(sip_message(
        IP_SM_GW_URI,
        UE,
        IP_SM_GW_URI,
        "mt-report",
        &[],
        &body,
    )))
}

// ---------------------------------------------------------------------------------------------
// The flows
// ---------------------------------------------------------------------------------------------

/// The octets one SCCP unitdata message leaves for the TCAP message in this example's network
/// (an assumption: it depends on the SCCP called and calling party addresses).
const SCCP_ROOM: usize = 200;

/// An SMS-DELIVER made with smsip-tpdu's builder (TS 23.040 §9.2.2.1), in one segment.
fn sms_deliver(text: &str) -> Res<Vec<u8>> {
    let scts = Timestamp::new(24, 3, 15, 14, 30, 0, 4)?;
    let msg = DeliverBuilder::new(Address::international(ORIGINATOR)?, scts)
        .text(text)
        .build()?;
    assert_eq!(msg.len(), 1, "one segment");
    Ok(msg.segments()[0].as_bytes().to_vec())
}

/// Steps 3 and 4 (procedures.md §8.10): the SMS-GMSC opens shortMsgMT-RelayContext-v3 with
/// the mt-ForwardSM invoke, the IP-SM-GW relays the SMS-DELIVER to the UE in a SIP MESSAGE and
/// answers the GMSC from the UE's report (or from its absence). Returns the GMSC's dialogue and
/// the IP-SM-GW's TC-END, for the GMSC to decode.
fn mt_forward_sm(
    gw: &mut IpSmGw,
    otid: u32,
    arg: &MtForwardSmArg<'_>,
    behaviour: UeBehaviour,
    now: &mut Duration,
) -> Res<(Invoker, Vec<u8>)> {
    let timer = Duration::from_secs(arg.sm_delivery_timer.ok_or("smDeliveryTimer")?.into());
    let (gmsc, id) = Invoker::open(otid, OpCode::MT_FORWARD_SM, *now, timer)?;
    // It fits one SCCP message with the dialogue portion: no empty Begin needed (step 6c).
    let len = dialogue::mt_forward_sm_begin_len(gmsc.otid(), 3, id, arg)?;
    assert!(len <= SCCP_ROOM, "{len} octets");
    let mut begin = Vec::new();
    dialogue::begin_mt_forward_sm(gmsc.otid(), 3, id, arg, &mut begin)?;
    assert_eq!(begin.len(), len);
    show(
        "GMSC -> IP-SM-GW",
        &format!(
            "TC-BEGIN {}, invoke {id} mt-ForwardSM",
            AcVersion::SHORT_MSG_MT_RELAY_V3
        ),
        &begin,
    );

    let message = gw.on_mt_forward_sm(&begin, *now)?;
    show_sip("IP-SM-GW -> UE", &message)?;
    let end = match ue(&message, behaviour)? {
        Some(report) => {
            show_sip("UE -> IP-SM-GW", &report)?;
            println!("{:<17} 202 Accepted", "  IP-SM-GW");
            *now += Duration::from_secs(2);
            gw.on_report(&report, *now)?
        }
        None => {
            println!("{:<17} (no delivery report)", "  UE");
            *now += smsip::rp::timers::TR1M;
            // TR1M (40 s) ends before the GMSC's smDeliveryTimer (60 s): the IP-SM-GW answers
            // before the GMSC gives up on it.
            assert!(gmsc.pending.next_deadline().is_some_and(|t| t > *now));
            gw.on_timeout(*now)?.ok_or("TR1M has run out")?
        }
    };
    Ok((gmsc, end))
}

fn main() -> Res {
    let mut now = Duration::ZERO;
    let imsi_octets = tbcd(IMSI);
    let gw_octets = address_octets(E164, IP_SM_GW);
    let sc_octets = address_octets(E164, SC);
    let msisdn_octets = address_octets(E164, MSISDN);
    let imsi = Imsi::new(&imsi_octets).expect("an IMSI");
    let (gw_number, sc, msisdn) = (
        address(&gw_octets),
        address(&sc_octets),
        address(&msisdn_octets),
    );
    let mut hlr = Hlr { ip_sm_gw: None };
    let mut gw = IpSmGw::new();

    // ---- 1. Registration (procedures.md §8.1, §8.7; TS 29.002 §8.11.4) ----
    println!("== 1. IP-SM-GW registration at the HLR");
    // The UE registered over IMS; the third-party REGISTER gave its IMSI (TS 24.341 B.3).
    gw.registered.push((IMSI.to_string(), UE));
    let atm_ac = AcVersion::ANY_TIME_INFO_HANDLING_V3;
    let timer = Duration::from_secs(30);
    let (mut reg, id) = Invoker::open(3, OpCode::ANY_TIME_MODIFICATION, now, timer)?;
    let arg = AnyTimeModificationArg::ip_sm_gw_registration(
        SubscriberIdentity::Imsi(imsi),
        gw_number,
        ModificationInstruction::ACTIVATE,
    );
    let mut begin = Vec::new();
    let invoke = Argument::AnyTimeModification(arg);
    dialogue::begin_with_invoke(reg.otid(), atm_ac, id, &invoke, &mut begin)?;
    show(
        "IP-SM-GW -> HLR",
        &format!("TC-BEGIN {atm_ac}, invoke {id} anyTimeModification: activate +{IP_SM_GW} for IMSI {IMSI}"),
        &begin,
    );
    // The verified bytes of tcap.md §8.
    assert_eq!(
        hex(&begin),
        hex(&smsip::core::hex::decode(
            "62 4C 48 04 00 00 00 03 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07
             80 A1 09 06 07 04 00 00 01 00 2B 03 6C 24 A1 22 02 01 01 02 01 41 30 1A A0 0A 80 08
             00 01 01 21 43 65 87 F9 81 07 91 44 77 00 09 70 00 A8 03 80 01 01"
        )?)
    );

    let end = hlr.any_time_modification(&begin)?;
    show(
        "HLR -> IP-SM-GW",
        "TC-END, AARE accepted, returnResultLast anyTimeModification: serviceCentreAddress",
        &end,
    );
    assert_eq!(
        hex(&end),
        hex(&smsip::core::hex::decode(
            "64 49 49 04 00 00 00 03 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07
             80 A1 09 06 07 04 00 00 01 00 2B 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 15 A2 13
             02 01 01 30 0E 02 01 41 30 09 89 07 91 44 77 00 09 00 00"
        )?)
    );
    let MapComponent::ReturnResult {
        res: ReturnResult::AnyTimeModification(res),
        ..
    } = reg.receive_end(&end, atm_ac)?
    else {
        return Err("anyTimeModification result expected".into());
    };
    let subscriber_sc = res.service_centre_address.ok_or("serviceCentreAddress")?;
    println!(
        "{:<17} registered; the subscriber's SC is {subscriber_sc}",
        "  IP-SM-GW"
    );
    assert_eq!(subscriber_sc, sc);
    assert_eq!(hlr.ip_sm_gw.as_deref(), Some(&gw_octets[..]));

    // ---- 2. Routing information (procedures.md §8.4; TS 29.002 §12.1) ----
    println!("\n== 2. SMS-GMSC -> HLR: sendRoutingInfoForSM");
    let deliver = sms_deliver("Hello over IMS")?;
    let mut smea = Vec::new(); // sm-RP-SMEA: the TS 23.040 address field of the originator
    Address::international(ORIGINATOR)?.encode(&mut smea);
    let (mut gmsc, id) = Invoker::open(1, OpCode::SEND_ROUTING_INFO_FOR_SM, now, timer)?;
    let arg = RoutingInfoForSmArg {
        gprs_support_indicator: true,
        sm_rp_mti: Some(0), // SMS-DELIVER
        sm_rp_smea: Some(&smea),
        ip_sm_gw_guidance_indicator: true, // "I can take an IP-SM-GW and its timers"
        ..RoutingInfoForSmArg::new(msisdn, true, sc)
    };
    let mut begin = Vec::new();
    let invoke = Argument::SendRoutingInfoForSm(arg);
    let gateway_ac = AcVersion::SHORT_MSG_GATEWAY_V3;
    dialogue::begin_with_invoke(gmsc.otid(), gateway_ac, id, &invoke, &mut begin)?;
    show(
        "GMSC -> HLR",
        &format!("TC-BEGIN {gateway_ac}, invoke {id} sendRoutingInfoForSM for +{MSISDN}"),
        &begin,
    );
    // tcap.md §7, verified with tshark.
    assert_eq!(
        hex(&begin),
        hex(&smsip::core::hex::decode(
            "62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07
             80 A1 09 06 07 04 00 00 01 00 14 03 6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44
             77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 89 08 0C 91 44 77
             00 09 40 65 8B 00"
        )?)
    );

    let sri_end = hlr.send_routing_info_for_sm(&begin)?;
    show(
        "HLR -> GMSC",
        "TC-END, AARE accepted, returnResultLast sendRoutingInfoForSM",
        &sri_end,
    );
    let MapComponent::ReturnResult {
        res: ReturnResult::SendRoutingInfoForSm(routing),
        ..
    } = gmsc.receive_end(&sri_end, gateway_ac)?
    else {
        return Err("RoutingInfoForSM-Res expected".into());
    };
    let location = routing.location_info_with_lmsi;
    let guidance = routing.ip_sm_gw_guidance.ok_or("ip-sm-gwGuidance")?;
    let Some(AdditionalNumber::MscNumber(msc)) = location.additional_number else {
        return Err("msc-Number expected in additional-Number".into());
    };
    println!(
        "{:<17} IMSI {}, networkNode-Number {} (IP-SM-GW), msc-Number {msc}, timers {}..{} s",
        "  GMSC",
        routing.imsi,
        location.network_node_number,
        guidance.minimum_delivery_time_value,
        guidance.recommended_delivery_time_value,
    );
    assert_eq!(routing.imsi, imsi);
    assert_eq!(location.network_node_number, gw_number);
    assert!(!location.gprs_node_indicator);

    // ---- 3-5. mt-ForwardSM, SIP MESSAGE, result (procedures.md §8.10; rp.md §4.3) ----
    println!("\n== 3-5. SMS-GMSC -> IP-SM-GW -> UE, and the delivery report back");
    // smDeliveryTimer: the recommended value, never below the minimum (map-sms.md §6).
    let arg = MtForwardSmArg {
        sm_delivery_timer: Some(guidance.recommended_delivery_time_value),
        ..MtForwardSmArg::new(
            SmRpDa::Imsi(routing.imsi),
            SmRpOa::ServiceCentreAddressOa(sc),
            &deliver,
        )
    };
    let (mut gmsc, end) = mt_forward_sm(&mut gw, 2, &arg, UeBehaviour::Accept, &mut now)?;
    show(
        "IP-SM-GW -> GMSC",
        "TC-END, AARE accepted, returnResultLast mt-ForwardSM: sm-RP-UI = SMS-DELIVER-REPORT",
        &end,
    );
    let MapComponent::ReturnResult {
        op: Some(OpCode::MT_FORWARD_SM),
        res: ReturnResult::MtForwardSm(res),
        ..
    } = gmsc.receive_end(&end, AcVersion::SHORT_MSG_MT_RELAY_V3)?
    else {
        return Err("MT-ForwardSM-Res expected".into());
    };
    let Some(Ok(Tpdu::DeliverReport(report))) = res.tpdu() else {
        return Err("an SMS-DELIVER-REPORT in sm-RP-UI".into());
    };
    assert_eq!(report.fcs, None);
    println!(
        "{:<17} delivered (report {}); next: ReportSM-DeliveryStatus to the HLR",
        "  GMSC",
        hex(res.sm_rp_ui.unwrap_or_default())
    );

    // ---- 6a. The UE's memory is full: RP-ERROR -> sm-DeliveryFailure (procedures.md §8.5) ----
    println!("\n== 6a. RP-ERROR from the UE -> ReturnError sm-DeliveryFailure");
    let (mut gmsc, end) = mt_forward_sm(&mut gw, 4, &arg, UeBehaviour::MemoryFull, &mut now)?;
    show(
        "IP-SM-GW -> GMSC",
        "TC-END, AARE accepted, returnError sm-DeliveryFailure (memoryCapacityExceeded)",
        &end,
    );
    let MapComponent::ReturnError {
        op: Some(OpCode::MT_FORWARD_SM),
        code: ErrorCode::SM_DELIVERY_FAILURE,
        param: ErrorParam::SmDeliveryFailure(cause),
        ..
    } = gmsc.receive_end(&end, AcVersion::SHORT_MSG_MT_RELAY_V3)?
    else {
        return Err("sm-DeliveryFailure expected".into());
    };
    assert_eq!(
        cause.sm_enumerated_delivery_failure_cause,
        SmEnumeratedDeliveryFailureCause::MEMORY_CAPACITY_EXCEEDED
    );
    let Some(Ok(Tpdu::DeliverReport(report))) = cause.diagnostic_tpdu(Direction::MsToSc) else {
        return Err("an SMS-DELIVER-REPORT in diagnosticInfo".into());
    };
    let fcs = report.fcs.ok_or("TP-FCS in the RP-ERROR form")?;
    assert_eq!(fcs, Fcs::MEMORY_CAPACITY_EXCEEDED);
    println!(
        "{:<17} failed: {}, TP-FCS {:02X} ({fcs})",
        "  GMSC",
        cause.sm_enumerated_delivery_failure_cause,
        fcs.value()
    );

    // ---- 6b. No report within TR1M -> absentSubscriberSM ----
    println!("\n== 6b. No report from the UE -> ReturnError absentSubscriberSM");
    let (mut gmsc, end) = mt_forward_sm(&mut gw, 5, &arg, UeBehaviour::Silent, &mut now)?;
    show(
        "IP-SM-GW -> GMSC",
        "TC-END, AARE accepted, returnError absentSubscriberSM (no response via the IP-SM-GW)",
        &end,
    );
    let MapComponent::ReturnError {
        code: ErrorCode::ABSENT_SUBSCRIBER_SM,
        param: ErrorParam::AbsentSubscriberSm(absent),
        ..
    } = gmsc.receive_end(&end, AcVersion::SHORT_MSG_MT_RELAY_V3)?
    else {
        return Err("absentSubscriberSM expected".into());
    };
    let diagnostic = absent
        .absent_subscriber_diagnostic_sm
        .ok_or("a diagnostic")?;
    assert_eq!(
        diagnostic,
        AbsentSubscriberDiagnosticSm::NO_RESPONSE_VIA_IP_SM_GW
    );
    println!(
        "{:<17} failed: absent ({diagnostic}); next: the MSC from additional-Number (§8.5)",
        "  GMSC"
    );

    // ---- 6c. Empty Begin with MAP-OPEN (TS 29.002 §7.3.1, §12.9; dialogue.rs) ----
    println!("\n== 6c. A message too long for one TC-BEGIN: empty Begin with MAP-OPEN");
    let long = sms_deliver(&"Long MT message. ".repeat(9))?;
    let arg = MtForwardSmArg {
        sm_delivery_timer: Some(guidance.recommended_delivery_time_value),
        ..MtForwardSmArg::new(
            SmRpDa::Imsi(imsi),
            SmRpOa::ServiceCentreAddressOa(sc),
            &long,
        )
    };
    let mt_ac = AcVersion::SHORT_MSG_MT_RELAY_V3;
    let timer = Duration::from_secs(DELIVERY_TIMER_S.into());
    let (mut gmsc, id) = Invoker::open(6, OpCode::MT_FORWARD_SM, now, timer)?;
    let len = dialogue::mt_forward_sm_begin_len(gmsc.otid(), 3, id, &arg)?;
    assert!(len > SCCP_ROOM, "{len} octets");
    // MAP-OPEN: destinationReference = the IMSI (E.212 AddressString), originationReference =
    // the SC address; the TC-BEGIN carries no component.
    let imsi_reference = address_octets(E212, IMSI);
    let open = MapOpenInfo::new(Some(address(&imsi_reference)), Some(sc));
    let mut begin = Vec::new();
    dialogue::begin_with_open(gmsc.otid(), mt_ac, &open, &[], &mut begin)?;
    show(
        "GMSC -> IP-SM-GW",
        &format!(
            "TC-BEGIN {mt_ac}, MAP-OPEN (IMSI, SC), no component ({len} octets would not fit)"
        ),
        &begin,
    );
    let accept = gw.on_empty_begin(&begin)?;
    show(
        "IP-SM-GW -> GMSC",
        "TC-CONTINUE, AARE accepted, no component",
        &accept,
    );
    let msg = dialogue::decode(&accept)?;
    assert_eq!(msg.step(), DialogueStep::Accept);
    let remote = gmsc.confirm(&msg)?;
    assert_eq!(gmsc.tx.state(), TransactionState::Active);

    // The invoke, now without the references MAP-OPEN carried.
    let later = MtForwardSmArg {
        sm_rp_da: SmRpDa::NoSmRpDa,
        sm_rp_oa: SmRpOa::NoSmRpOa,
        ..arg
    };
    let invoke = dialogue::mt_forward_sm_argument(3, &later)?;
    let mut cont = Vec::new();
    dialogue::continue_with_invoke(gmsc.otid(), remote, id, &invoke, &mut cont);
    show(
        "GMSC -> IP-SM-GW",
        &format!("TC-CONTINUE, invoke {id} mt-ForwardSM (noSM-RP-DA, noSM-RP-OA)"),
        &cont,
    );
    let message = gw.on_continue(&cont, now)?;
    show_sip("IP-SM-GW -> UE", &message)?;
    let report = ue(&message, UeBehaviour::Accept)?.ok_or("a report")?;
    show_sip("UE -> IP-SM-GW", &report)?;
    let end = gw.on_report(&report, now)?;
    show(
        "IP-SM-GW -> GMSC",
        "TC-END, returnResultLast mt-ForwardSM (no dialogue portion: accepted already)",
        &end,
    );
    let MapComponent::ReturnResult {
        res: ReturnResult::MtForwardSm(_),
        ..
    } = gmsc.receive_end(&end, mt_ac)?
    else {
        return Err("MT-ForwardSM-Res expected".into());
    };
    println!("{:<17} delivered", "  GMSC");

    assert!(gw.waiting.is_empty() && gw.opening.is_none());
    println!("\nall dialogues ended; simulated time {now:?}");
    Ok(())
}
