//! MAP dialogue PDUs (`smsip_map::dialogue_pdu`, TS 29.002 §17.4, map-sms.md §12): hand-checked
//! vectors of the six PDUs (every one of the TCAP messages below was also dissected by tshark
//! 4.0.17 with the same field values and no malformed item; END_CLOSE's private extension gets
//! tshark's "Dissector for OID not implemented" warning), the MAP-OPEN of a
//! TC-BEGIN found through smsip-tcap, decode→encode identity, indefinite lengths, unknown
//! extension additions kept, the errors, property round trips of every alternative, truncation
//! and bit-flip loops, and decoding without allocation.

use std::sync::Mutex;

use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use smsip_ber::{oid, AddressString, ErrorKind, NatureOfAddress, NumberingPlan, Tag};
use smsip_core::SliceSink;
use smsip_map::dialogue_pdu::*;
use smsip_map::{contexts, DecodeError};
use smsip_tcap::{
    Aarq, AbortSource, Abrt, AssociateResult, Begin, DialoguePortion, TcapMessage, TransactionId,
};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// Every test holds this lock, so that the allocation measurement runs alone.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------

/// MAP-OPEN: destinationReference [0] = IMSI 001010123456789 as an AddressString (`96`:
/// international number, land mobile numbering plan E.212), originationReference [1] = SC
/// +447700900000 (`91`: international, E.164).
const OPEN: &str = "A014 8009 96 000101214365 87F9 8107 91 447700090000";
/// MAP-OPEN with destinationReference, an extensionContainer (a private extension) and an
/// unknown extension addition, context `[32]` (`9F20 01 AA`).
const OPEN_EXT: &str = "A024 8009 96000101214365 87F9 \
     3013 A011 300F 060A 2B0601040181FD590101 0101FF 9F2001AA";
/// MAP-OPEN with Ericsson's proprietary callingMsisdn [2] (Wireshark's gsm_map ASN.1 adds it
/// before the `...`): kept as an unknown addition.
const OPEN_ERICSSON: &str = "A010 8009 96000101214365 87F9 8203 912143";
/// MAP-ACCEPT, empty.
const ACCEPT: &str = "A100";
/// MAP-ACCEPT with an empty extension container.
const ACCEPT_EXT: &str = "A102 3000";
/// MAP-CLOSE, empty.
const CLOSE: &str = "A200";
/// MAP-CLOSE with the extension container of OPEN_EXT.
const CLOSE_EXT: &str = "A215 3013 A011 300F 060A 2B0601040181FD590101 0101FF";
/// MAP-REFUSE: reason invalidDestinationReference (1), alternativeApplicationContext
/// shortMsgMT-RelayContext-v2 (0.4.0.0.1.0.25.2).
const REFUSE: &str = "A30C 0A0101 0607 04000001001902";
/// MAP-REFUSE with a reason this crate does not name (7): kept.
const REFUSE_UNKNOWN_REASON: &str = "A303 0A0107";
/// MAP-U-ABORT: userSpecificReason [0] NULL.
const USER_ABORT_SPECIFIC: &str = "A402 8000";
/// MAP-U-ABORT: userResourceLimitation [1] NULL.
const USER_ABORT_LIMITATION: &str = "A402 8100";
/// MAP-U-ABORT: resourceUnavailable [2] longTermResourceLimitation (1).
const USER_ABORT_RESOURCE: &str = "A403 820101";
/// MAP-U-ABORT: applicationProcedureCancellation [3] tandemDialogueRelease (5), with an empty
/// extension container.
const USER_ABORT_CANCEL: &str = "A405 830105 3000";
/// MAP-P-ABORT: invalidPDU (1).
const PROVIDER_ABORT: &str = "A503 0A0101";
/// MAP-P-ABORT: abnormalDialogue (0).
const PROVIDER_ABORT_ABNORMAL: &str = "A503 0A0100";

const ALL_PDUS: &[&str] = &[
    OPEN,
    OPEN_EXT,
    OPEN_ERICSSON,
    ACCEPT,
    ACCEPT_EXT,
    CLOSE,
    CLOSE_EXT,
    REFUSE,
    REFUSE_UNKNOWN_REASON,
    USER_ABORT_SPECIFIC,
    USER_ABORT_LIMITATION,
    USER_ABORT_RESOURCE,
    USER_ABORT_CANCEL,
    PROVIDER_ABORT,
    PROVIDER_ABORT_ABNORMAL,
];

/// TC-BEGIN (otid 00000001), shortMsgMT-RelayContext-v3 with MAP-OPEN (OPEN above) in the
/// AARQ's user information, and the mt-ForwardSM invoke whose sm-RP-DA is an LMSI (the case in
/// which TS 29.002 §12.9 puts the IMSI in the destination reference). tshark 4.0.17: "map-open
/// destinationReference: 9600010121436587f9 ... Number plan: Land Mobile Numbering (ITU-T Rec.
/// E.212) ... IMSI: 001010123456789, originationReference: 91447700090000", then "invoke
/// mt-forwardSM ... sm-RP-DA: lmsi (1)".
const BEGIN_OPEN: &str = "6281 80 4804 00000001 \
     6B43 2841 0607 00118605010101 A036 \
       6034 80020780 A109 0607 04000001001903 \
         BE23 2821 0607 04000001010101 A016 \
           A014 8009 9600010121436587F9 8107 91447700090000 \
     6C33 A131 020101 02012C \
       3029 8104 01020304 8407 91447700090000 \
         0418 040C9144770009406500004230514103004005C8329BFD06";
/// TC-ABORT with the AARE (reject-permanent, dialogue-service-user no-reason-given) carrying
/// MAP-REFUSE (REFUSE above). tshark: "map-refuse reason: invalidDestinationReference (1)
/// alternativeApplicationContext: 0.4.0.0.1.0.25.2 (shortMsgMT-RelayContext-v2)".
const ABORT_REFUSE: &str = "674F 4904 00000001 6B47 2845 0607 00118605010101 A03A \
     6138 80020780 A109 0607 04000001001903 A203 020101 A305 A103 020101 \
       BE1B 2819 0607 04000001010101 A00E A30C 0A0101 0607 04000001001902";
/// TC-END with the AARE (accepted) carrying MAP-ACCEPT. tshark: "map-accept [0 length]".
const END_ACCEPT: &str = "6443 4904 00000001 6B3B 2839 0607 00118605010101 A02E \
     612C 80020780 A109 0607 04000001001903 A203 020100 A305 A103 020100 \
       BE0F 280D 0607 04000001010101 A002 A100";
/// TC-ABORT with the ABRT (dialogue-service-user) carrying MAP-U-ABORT resourceUnavailable
/// longTermResourceLimitation. tshark: "map-UserAbortChoice: resourceUnavailable (2)
/// resourceUnavailable: longTermResourceLimitation (1)".
const ABORT_USER: &str = "672E 4904 00000001 6B26 2824 0607 00118605010101 A019 \
     6417 800100 BE12 2810 0607 04000001010101 A005 A403 820101";
/// TC-ABORT with the ABRT (dialogue-service-provider) carrying MAP-P-ABORT invalidPDU. tshark:
/// "map-ProviderAbortReason: invalidPDU (1)".
const ABORT_PROVIDER: &str = "672E 4904 00000001 6B26 2824 0607 00118605010101 A019 \
     6417 800101 BE12 2810 0607 04000001010101 A005 A503 0A0101";
/// TC-END carrying MAP-CLOSE (with an extension container) in an AARE. tshark: "map-close
/// extensionContainer ...".
const END_CLOSE: &str = "6458 4904 00000001 6B50 284E 0607 00118605010101 A043 \
     6141 80020780 A109 0607 04000001001903 A203 020100 A305 A103 020100 \
       BE24 2822 0607 04000001010101 A017 \
         A215 3013 A011 300F 060A 2B0601040181FD590101 0101FF";

const ALL_TCAP: &[&str] = &[
    BEGIN_OPEN,
    ABORT_REFUSE,
    END_ACCEPT,
    ABORT_USER,
    ABORT_PROVIDER,
    END_CLOSE,
];

fn addr(b: &[u8]) -> AddressString<'_> {
    AddressString::new(b).unwrap()
}

fn external_of(pdu_hex: &str) -> Vec<u8> {
    let pdu = hex(pdu_hex);
    let mut v = vec![0x28];
    let content = 9 + 2 + pdu.len();
    assert!(content < 128 && pdu.len() < 128);
    v.push(content as u8);
    v.extend_from_slice(&[0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01]);
    v.push(0xA0);
    v.push(pdu.len() as u8);
    v.extend_from_slice(&pdu);
    v
}

// ---------------------------------------------------------------------------------------------
// The six PDUs
// ---------------------------------------------------------------------------------------------

#[test]
fn map_dialogue_as() {
    let _g = serial();
    assert_eq!(MAP_DIALOGUE_AS, oid!(0, 4, 0, 0, 1, 1, 1, 1));
    assert_eq!(
        MAP_DIALOGUE_AS.as_bytes(),
        &[0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01]
    );
}

#[test]
fn open() {
    let _g = serial();
    let b = hex(OPEN);
    let MapDialoguePdu::Open(o) = MapDialoguePdu::decode(&b).unwrap() else {
        panic!()
    };
    let d = o.destination_reference.unwrap();
    assert_eq!(d.as_bytes(), &hex("9600010121436587F9")[..]);
    assert_eq!(d.nature(), NatureOfAddress::INTERNATIONAL);
    assert_eq!(d.plan(), NumberingPlan::LAND_MOBILE);
    assert_eq!(d.digits().to_string(), "001010123456789");
    let s = o.origination_reference.unwrap();
    assert_eq!(s.plan(), NumberingPlan::ISDN);
    assert_eq!(s.to_string(), "+447700900000");
    assert!(o.extension_container.is_none());
    assert!(o.unknown.is_empty());
    // Built from scratch.
    let imsi = hex("9600010121436587F9");
    let sc = hex("91447700090000");
    let built = MapDialoguePdu::Open(MapOpenInfo::new(Some(addr(&imsi)), Some(addr(&sc))));
    assert_eq!(built.to_vec(), b);
    assert_eq!(built.encoded_len(), b.len());
    assert_eq!(built.tag(), Tag::context(0));
    assert_eq!(built.name(), "map-open");
}

#[test]
fn open_with_extension_container_and_unknown_addition() {
    let _g = serial();
    let b = hex(OPEN_EXT);
    let pdu = MapDialoguePdu::decode(&b).unwrap();
    let MapDialoguePdu::Open(o) = pdu else {
        panic!()
    };
    assert!(o.origination_reference.is_none());
    let ext = o.extension_container.unwrap();
    assert!(ext.find(&oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1)).is_some());
    assert_eq!(o.unknown.as_bytes(), &[0x9F, 0x20, 0x01, 0xAA]);
    assert_eq!(pdu.extension_container(), Some(ext));
    assert_eq!(pdu.unknown(), o.unknown);
    assert_eq!(pdu.to_vec(), b);
}

#[test]
fn open_ericsson_calling_msisdn_is_kept() {
    let _g = serial();
    let b = hex(OPEN_ERICSSON);
    let MapDialoguePdu::Open(o) = MapDialoguePdu::decode(&b).unwrap() else {
        panic!()
    };
    assert!(o.destination_reference.is_some());
    assert_eq!(o.unknown.as_bytes(), &hex("8203912143")[..]);
    assert_eq!(MapDialoguePdu::Open(o).to_vec(), b);
}

#[test]
fn accept_and_close() {
    let _g = serial();
    for (h, ext) in [(ACCEPT, false), (ACCEPT_EXT, true)] {
        let b = hex(h);
        let pdu = MapDialoguePdu::decode(&b).unwrap();
        let MapDialoguePdu::Accept(a) = pdu else {
            panic!()
        };
        assert_eq!(a.extension_container.is_some(), ext);
        assert_eq!(pdu.to_vec(), b);
    }
    assert_eq!(
        MapDialoguePdu::Accept(MapAcceptInfo::new()).to_vec(),
        hex(ACCEPT)
    );
    for (h, ext) in [(CLOSE, false), (CLOSE_EXT, true)] {
        let b = hex(h);
        let pdu = MapDialoguePdu::decode(&b).unwrap();
        let MapDialoguePdu::Close(c) = pdu else {
            panic!()
        };
        assert_eq!(c.extension_container.is_some(), ext);
        assert_eq!(pdu.to_vec(), b);
        assert_eq!(pdu.name(), "map-close");
    }
    assert_eq!(
        MapDialoguePdu::Close(MapCloseInfo::new()).to_vec(),
        hex(CLOSE)
    );
}

#[test]
fn refuse() {
    let _g = serial();
    let b = hex(REFUSE);
    let MapDialoguePdu::Refuse(r) = MapDialoguePdu::decode(&b).unwrap() else {
        panic!()
    };
    assert_eq!(r.reason, RefuseReason::INVALID_DESTINATION_REFERENCE);
    assert_eq!(
        r.alternative_application_context,
        Some(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V2)
    );
    assert!(r.extension_container.is_none());
    let built = MapDialoguePdu::Refuse(MapRefuseInfo {
        alternative_application_context: Some(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V2),
        ..MapRefuseInfo::new(RefuseReason::INVALID_DESTINATION_REFERENCE)
    });
    assert_eq!(built.to_vec(), b);

    let b = hex(REFUSE_UNKNOWN_REASON);
    let MapDialoguePdu::Refuse(r) = MapDialoguePdu::decode(&b).unwrap() else {
        panic!()
    };
    assert_eq!(r.reason, RefuseReason(7));
    assert_eq!(r.reason.name(), None);
    assert_eq!(MapDialoguePdu::Refuse(r).to_vec(), b);
}

#[test]
fn user_abort() {
    let _g = serial();
    let cases = [
        (
            USER_ABORT_SPECIFIC,
            MapUserAbortChoice::UserSpecificReason,
            false,
        ),
        (
            USER_ABORT_LIMITATION,
            MapUserAbortChoice::UserResourceLimitation,
            false,
        ),
        (
            USER_ABORT_RESOURCE,
            MapUserAbortChoice::ResourceUnavailable(
                ResourceUnavailableReason::LONG_TERM_RESOURCE_LIMITATION,
            ),
            false,
        ),
        (
            USER_ABORT_CANCEL,
            MapUserAbortChoice::ApplicationProcedureCancellation(
                ProcedureCancellationReason::TANDEM_DIALOGUE_RELEASE,
            ),
            true,
        ),
    ];
    for (h, choice, ext) in cases {
        let b = hex(h);
        let pdu = MapDialoguePdu::decode(&b).unwrap();
        let MapDialoguePdu::UserAbort(u) = pdu else {
            panic!()
        };
        assert_eq!(u.map_user_abort_choice, choice, "{h}");
        assert_eq!(u.extension_container.is_some(), ext);
        assert_eq!(pdu.to_vec(), b);
        if !ext {
            assert_eq!(
                MapDialoguePdu::UserAbort(MapUserAbortInfo::new(choice)).to_vec(),
                b
            );
        }
    }
}

#[test]
fn provider_abort() {
    let _g = serial();
    for (h, reason) in [
        (PROVIDER_ABORT, ProviderAbortReason::INVALID_PDU),
        (
            PROVIDER_ABORT_ABNORMAL,
            ProviderAbortReason::ABNORMAL_DIALOGUE,
        ),
    ] {
        let b = hex(h);
        let MapDialoguePdu::ProviderAbort(p) = MapDialoguePdu::decode(&b).unwrap() else {
            panic!()
        };
        assert_eq!(p.map_provider_abort_reason, reason);
        assert_eq!(
            MapDialoguePdu::ProviderAbort(MapProviderAbortInfo::new(reason)).to_vec(),
            b
        );
    }
}

#[test]
fn every_vector_round_trips_through_pdu_external_and_owned() {
    let _g = serial();
    for h in ALL_PDUS {
        let b = hex(h);
        let pdu = MapDialoguePdu::decode(&b).unwrap();
        assert_eq!(pdu.to_vec(), b, "{h}");
        assert_eq!(pdu.encoded_len(), b.len(), "{h}");
        // Into a fixed buffer of exactly that size.
        let mut buf = vec![0u8; b.len()];
        let mut sink = SliceSink::new(&mut buf);
        pdu.encode(&mut sink);
        assert_eq!(sink.finish().unwrap(), b.len());
        assert_eq!(buf, b);
        // The EXTERNAL.
        let mut ext = Vec::new();
        pdu.encode_external(&mut ext);
        assert_eq!(ext, external_of(h), "{h}");
        assert_eq!(pdu.external_len(), ext.len());
        let ui = raw_user_information(&ext).unwrap();
        assert_eq!(
            MapDialoguePdu::from_user_information(ui).unwrap(),
            Some(pdu)
        );
        // Through smsip-tcap's EXTERNAL.
        let e = smsip_tcap::External::from_element(smsip_ber::Element::from_ber(&ext).unwrap())
            .unwrap();
        assert_eq!(MapDialoguePdu::from_external(&e).unwrap(), Some(pdu));
        // Owned.
        let owned = pdu.into_owned();
        assert_eq!(owned.as_view().unwrap(), pdu);
    }
}

// ---------------------------------------------------------------------------------------------
// In TCAP
// ---------------------------------------------------------------------------------------------

#[test]
fn tc_begin_with_map_open() {
    let _g = serial();
    let bytes = hex(BEGIN_OPEN);
    let msg = smsip_tcap::decode(&bytes).unwrap();
    let TcapMessage::Begin(begin) = msg else {
        panic!()
    };
    let Some(DialoguePortion::Request(aarq)) = begin.dialogue_portion else {
        panic!()
    };
    assert_eq!(
        aarq.application_context_name,
        contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3
    );
    let ui = aarq.user_information.unwrap();
    let Some(MapDialoguePdu::Open(open)) = MapDialoguePdu::from_user_information(ui).unwrap()
    else {
        panic!()
    };
    let dest = open.destination_reference.unwrap();
    assert_eq!(dest.plan(), NumberingPlan::LAND_MOBILE);
    assert_eq!(dest.digits().to_string(), "001010123456789");
    assert_eq!(
        open.origination_reference.unwrap().to_string(),
        "+447700900000"
    );
    // The same through the dialogue portion, and from an Option.
    let via_portion =
        MapDialoguePdu::from_dialogue_portion(&msg.dialogue_portion().unwrap()).unwrap();
    assert_eq!(via_portion, Some(MapDialoguePdu::Open(open)));
    assert_eq!(
        MapDialoguePdu::from_user_information(aarq.user_information).unwrap(),
        via_portion
    );
    // The MAP side reads the LMSI mt-ForwardSM as usual.
    let map = smsip_map::dialogue::decode(&bytes).unwrap();
    assert_eq!(
        map.context(),
        Some(smsip_map::dialogue::AcVersion::SHORT_MSG_MT_RELAY_V3)
    );
    // TCAP re-encodes it byte for byte.
    assert_eq!(msg.to_vec(), bytes);

    // Built from scratch: the same dialogue portion.
    let imsi = hex("9600010121436587F9");
    let sc = hex("91447700090000");
    let pdu = MapDialoguePdu::Open(MapOpenInfo::new(Some(addr(&imsi)), Some(addr(&sc))));
    let mut ui = [0u8; 64];
    let mut sink = SliceSink::new(&mut ui);
    pdu.encode_external(&mut sink);
    let n = sink.finish().unwrap();
    let aarq = Aarq {
        user_information: Some(raw_user_information(&ui[..n]).unwrap()),
        ..Aarq::new(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3)
    };
    let mut dp = Vec::new();
    DialoguePortion::Request(aarq).encode(&mut dp);
    assert_eq!(dp, bytes[9..9 + 0x45]);
    // An empty Begin (dialogue only, TS 29.002 §12.9 when the invoke does not fit) round trip.
    let empty =
        TcapMessage::Begin(Begin::new(TransactionId::from_u32(1)).with_dialogue(aarq.into()));
    let eb = empty.to_vec();
    let back = smsip_tcap::decode(&eb).unwrap();
    assert_eq!(
        MapDialoguePdu::from_dialogue_portion(&back.dialogue_portion().unwrap()).unwrap(),
        Some(pdu)
    );
}

#[test]
fn tc_messages_with_each_pdu() {
    let _g = serial();
    let expect: [(&str, &str); 6] = [
        (BEGIN_OPEN, "map-open"),
        (ABORT_REFUSE, "map-refuse"),
        (END_ACCEPT, "map-accept"),
        (ABORT_USER, "map-userAbort"),
        (ABORT_PROVIDER, "map-providerAbort"),
        (END_CLOSE, "map-close"),
    ];
    for (h, name) in expect {
        let bytes = hex(h);
        let msg = smsip_tcap::decode(&bytes).unwrap();
        assert_eq!(msg.to_vec(), bytes, "{name}");
        let portion = msg.dialogue_portion().unwrap();
        let pdu = MapDialoguePdu::from_dialogue_portion(&portion)
            .unwrap()
            .unwrap();
        assert_eq!(pdu.name(), name);
        // Rebuild the user information from the typed PDU: same octets.
        let mut ext = Vec::new();
        pdu.encode_external(&mut ext);
        assert_eq!(
            ext,
            portion.user_information().unwrap().as_bytes(),
            "{name}"
        );
    }
    // The AARE of the refusal.
    let bytes = hex(ABORT_REFUSE);
    let msg = smsip_tcap::decode(&bytes).unwrap();
    let Some(DialoguePortion::Response(aare)) = msg.dialogue_portion() else {
        panic!()
    };
    assert_eq!(aare.result, AssociateResult::REJECT_PERMANENT);
    let Some(MapDialoguePdu::Refuse(r)) =
        MapDialoguePdu::from_user_information(aare.user_information).unwrap()
    else {
        panic!()
    };
    assert_eq!(r.reason, RefuseReason::INVALID_DESTINATION_REFERENCE);
    // The ABRT of the user abort, built.
    let pdu = MapDialoguePdu::UserAbort(MapUserAbortInfo::new(
        MapUserAbortChoice::ResourceUnavailable(
            ResourceUnavailableReason::LONG_TERM_RESOURCE_LIMITATION,
        ),
    ));
    let mut ext = Vec::new();
    pdu.encode_external(&mut ext);
    let abrt = Abrt {
        abort_source: AbortSource::DIALOGUE_SERVICE_USER,
        user_information: Some(raw_user_information(&ext).unwrap()),
    };
    let mut dp = Vec::new();
    DialoguePortion::Abort(abrt).encode(&mut dp);
    assert_eq!(dp, hex(ABORT_USER)[8..]);
}

#[test]
fn no_user_information_or_another_abstract_syntax() {
    let _g = serial();
    assert_eq!(MapDialoguePdu::from_user_information(None).unwrap(), None);
    let portion = DialoguePortion::request(contexts::SHORT_MSG_GATEWAY_CONTEXT_V3);
    assert_eq!(
        MapDialoguePdu::from_dialogue_portion(&portion).unwrap(),
        None
    );
    // An EXTERNAL of another abstract syntax (1.2.3), one without direct-reference
    // (indirect-reference 5 only), then the MAP one: the MAP one is found.
    let mut ui = hex("2808 06022A03 A002 0500 2807 020105 A002 0500");
    let other_only = ui.clone();
    ui.extend(external_of(ACCEPT));
    let raw = raw_user_information(&ui).unwrap();
    assert!(matches!(
        MapDialoguePdu::from_user_information(raw).unwrap(),
        Some(MapDialoguePdu::Accept(_))
    ));
    let raw = raw_user_information(&other_only).unwrap();
    assert_eq!(MapDialoguePdu::from_user_information(raw).unwrap(), None);
    // An EXTERNAL of another syntax using octet-aligned encoding is not looked into.
    let odd = hex("2808 06022A03 8102 0102");
    assert_eq!(
        MapDialoguePdu::from_user_information(raw_user_information(&odd).unwrap()).unwrap(),
        None
    );
}

#[test]
fn map_external_with_descriptor_and_indirect_reference() {
    let _g = serial();
    // direct-reference, indirect-reference 1, data-value-descriptor "x", single-ASN1-type.
    let ui = hex("2813 0607 04000001010101 020101 070178 A002 A100");
    let raw = raw_user_information(&ui).unwrap();
    assert!(matches!(
        MapDialoguePdu::from_user_information(raw).unwrap(),
        Some(MapDialoguePdu::Accept(_))
    ));
}

#[test]
fn indefinite_lengths() {
    let _g = serial();
    // The EXTERNAL, its single-ASN1-type and MAP-OPEN all of indefinite length.
    let ui = hex("2880 0607 04000001010101 A080 A080 8009 9600010121436587F9 0000 0000 0000");
    let raw = raw_user_information(&ui).unwrap();
    let pdu = MapDialoguePdu::from_user_information(raw).unwrap().unwrap();
    let MapDialoguePdu::Open(o) = pdu else {
        panic!()
    };
    assert_eq!(
        o.destination_reference.unwrap().digits().to_string(),
        "001010123456789"
    );
    // Written back with definite lengths.
    assert_eq!(pdu.to_vec(), hex("A00B 8009 9600010121436587F9"));

    // A whole TC-BEGIN with indefinite lengths everywhere they are allowed.
    let begin = hex("6280 4804 00000001 \
         6B80 2880 0607 00118605010101 A080 \
           6080 80020780 A180 0607 04000001001903 0000 \
             BE80 2880 0607 04000001010101 A080 \
               A080 8009 9600010121436587F9 8107 91447700090000 0000 \
             0000 0000 0000 \
           0000 0000 0000 0000 \
         0000");
    let msg = smsip_tcap::decode(&begin).unwrap();
    let pdu = MapDialoguePdu::from_dialogue_portion(&msg.dialogue_portion().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(pdu.to_vec(), hex(OPEN));

    // A PDU alone.
    let b = hex("A480 8000 3080 0000 0000");
    let pdu = MapDialoguePdu::decode(&b).unwrap();
    assert!(matches!(
        pdu,
        MapDialoguePdu::UserAbort(MapUserAbortInfo {
            map_user_abort_choice: MapUserAbortChoice::UserSpecificReason,
            extension_container: Some(_),
            ..
        })
    ));
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

#[test]
fn errors() {
    let _g = serial();
    let err = |h: &str| MapDialoguePdu::decode(&hex(h)).unwrap_err();

    // [6] is no alternative.
    assert_eq!(
        err("A600"),
        DecodeError::UnknownAlternative {
            field: "MAP-DialoguePDU",
            offset: 0,
            found: Tag::context(6)
        }
    );
    // A primitive alternative.
    let e = err("8000");
    assert!(matches!(
        e.ber().map(|b| b.kind),
        Some(ErrorKind::ExpectedConstructed)
    ));
    // Nothing, and trailing data.
    assert!(err("").is_truncated() || err("").ber().is_some());
    assert_eq!(err("A100 00").offset(), 2);
    // MAP-RefuseInfo without its reason.
    let e = err("A300");
    assert_eq!(e.field(), "reason");
    assert!(matches!(
        e.ber().map(|b| b.kind),
        Some(ErrorKind::MissingMandatory)
    ));
    // A reason that does not fit the open enum's u8.
    let e = err("A304 0A020100");
    assert_eq!((e.field(), e.offset()), ("reason", 2));
    // A malformed OID.
    let e = err("A305 0A0100 0600");
    assert_eq!(e.field(), "alternativeApplicationContext");
    // MAP-UserAbortChoice [4]: no alternative.
    assert_eq!(
        err("A402 8400"),
        DecodeError::UnknownAlternative {
            field: "map-UserAbortChoice",
            offset: 2,
            found: Tag::context(4)
        }
    );
    // A NULL with contents.
    assert_eq!(err("A403 800100").field(), "userSpecificReason");
    // MAP-UserAbortInfo without its choice.
    assert!(matches!(
        err("A400").ber().map(|b| b.kind),
        Some(ErrorKind::MissingMandatory)
    ));
    // destinationReference twice.
    assert_eq!(
        err("A006 800191 800191"),
        DecodeError::RepeatedMember {
            field: "destinationReference",
            offset: 5
        }
    );
    // originationReference before destinationReference.
    assert_eq!(
        err("A006 810191 800191"),
        DecodeError::MisplacedMember {
            field: "destinationReference",
            offset: 5
        }
    );
    // An unknown addition followed by the extension container: misplaced.
    assert_eq!(
        err("A008 800191 820191 3000"),
        DecodeError::MisplacedMember {
            field: "extensionContainer",
            offset: 8
        }
    );
    // An empty AddressString, an oversized one.
    assert_eq!(err("A002 8000").field(), "destinationReference");
    let mut big = hex("A017 8015");
    big.extend([0x91; 21]);
    assert_eq!(
        MapDialoguePdu::decode(&big).unwrap_err().field(),
        "destinationReference"
    );
    // A private extension list that is not one.
    assert!(MapDialoguePdu::decode(&hex("A104 3002 A000")).is_err());

    // User information.
    let ui_err = |b: &[u8]| {
        MapDialoguePdu::from_user_information(raw_user_information(b).unwrap()).unwrap_err()
    };
    // Not an EXTERNAL.
    let e = ui_err(&hex("3000"));
    assert!(matches!(
        e.ber().map(|b| b.kind),
        Some(ErrorKind::UnexpectedTag { .. })
    ));
    // Two MAP EXTERNALs.
    let mut two = external_of(ACCEPT);
    two.extend(external_of(CLOSE));
    assert_eq!(
        ui_err(&two),
        DecodeError::RepeatedMember {
            field: "MAP-DialoguePDU",
            offset: 15
        }
    );
    // map-DialogueAS with octet-aligned encoding.
    assert_eq!(
        ui_err(&hex("280D 0607 04000001010101 8102 A100")),
        DecodeError::UnknownAlternative {
            field: "encoding",
            offset: 11,
            found: Tag::context(1)
        }
    );
    // Two values in single-ASN1-type, or none.
    assert!(matches!(
        ui_err(&hex("280F 0607 04000001010101 A004 A100 A100"))
            .ber()
            .map(|b| b.kind),
        Some(ErrorKind::TrailingData)
    ));
    assert!(matches!(
        ui_err(&hex("280B 0607 04000001010101 A000"))
            .ber()
            .map(|b| b.kind),
        Some(ErrorKind::MissingMandatory)
    ));
    // No encoding at all.
    assert!(ui_err(&hex("2809 0607 04000001010101")).ber().is_some());
    // A malformed PDU inside: the offset is the buffer's.
    assert_eq!(
        ui_err(&hex("280D 0607 04000001010101 A002 A600")),
        DecodeError::UnknownAlternative {
            field: "MAP-DialoguePDU",
            offset: 13,
            found: Tag::context(6)
        }
    );
    // Octets that are not elements.
    assert!(raw_user_information(&hex("2805 00")).is_err());
    // from_external with octet-aligned encoding.
    let b = hex("280D 0607 04000001010101 8102 A100");
    let ext =
        smsip_tcap::External::from_element(smsip_ber::Element::from_ber(&b).unwrap()).unwrap();
    assert!(matches!(
        MapDialoguePdu::from_external(&ext),
        Err(DecodeError::UnknownAlternative {
            field: "encoding",
            ..
        })
    ));
}

#[test]
fn owned_views_check_constraints() {
    let _g = serial();
    let owned = MapDialoguePduOwned::Refuse(MapRefuseInfoOwned {
        reason: RefuseReason::NO_REASON_GIVEN,
        extension_container: None,
        alternative_application_context: Some(vec![0x80]),
        unknown: vec![],
    });
    assert_eq!(
        owned.as_view().unwrap_err().field(),
        "alternativeApplicationContext"
    );
    let owned = MapDialoguePduOwned::Open(MapOpenInfoOwned {
        destination_reference: Some(vec![]),
        origination_reference: None,
        extension_container: None,
        unknown: vec![],
    });
    assert!(owned.as_view().is_err());
}

// ---------------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------------

/// Every decoder this module has, on any octets: must not panic.
fn decode_all(b: &[u8]) {
    let _ = std::hint::black_box(MapDialoguePdu::decode(b));
    if let Ok(ui) = raw_user_information(b) {
        if let Ok(Some(pdu)) = MapDialoguePdu::from_user_information(ui) {
            // Whatever decodes re-encodes (lengths made definite and minimal) to octets that
            // decode and re-encode to themselves.
            let v = pdu.to_vec();
            assert_eq!(v.len(), pdu.encoded_len());
            assert_eq!(MapDialoguePdu::decode(&v).unwrap().to_vec(), v);
        }
    }
    if let Ok(msg) = smsip_tcap::decode(b) {
        if let Some(p) = msg.dialogue_portion() {
            let _ = std::hint::black_box(MapDialoguePdu::from_dialogue_portion(&p));
        }
    }
}

#[test]
fn truncation_at_every_offset() {
    let _g = serial();
    for h in ALL_PDUS {
        let b = hex(h);
        for n in 0..b.len() {
            let e = MapDialoguePdu::decode(&b[..n]).unwrap_err();
            assert!(e.is_truncated() || n == 0, "{h} cut at {n}: {e}");
        }
        let ext = external_of(h);
        for n in 0..ext.len() {
            decode_all(&ext[..n]);
        }
    }
    for h in ALL_TCAP {
        let b = hex(h);
        for n in 0..b.len() {
            decode_all(&b[..n]);
            assert!(smsip_tcap::decode(&b[..n]).is_err());
        }
    }
}

#[test]
fn every_bit_flip() {
    let _g = serial();
    let mut inputs: Vec<Vec<u8>> = ALL_PDUS.iter().map(|h| hex(h)).collect();
    inputs.extend(ALL_PDUS.iter().map(|h| external_of(h)));
    inputs.extend(ALL_TCAP.iter().map(|h| hex(h)));
    for b in inputs {
        for i in 0..b.len() {
            for bit in 0..8 {
                let mut m = b.clone();
                m[i] ^= 1 << bit;
                decode_all(&m);
            }
            for v in [0x00, 0x80, 0xFF] {
                let mut m = b.clone();
                m[i] = v;
                decode_all(&m);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// No allocation
// ---------------------------------------------------------------------------------------------

#[test]
fn decoding_and_slice_encoding_do_not_allocate() {
    let _g = serial();
    let pdus: Vec<Vec<u8>> = ALL_PDUS.iter().map(|h| hex(h)).collect();
    let tcap: Vec<Vec<u8>> = ALL_TCAP.iter().map(|h| hex(h)).collect();
    let mut buf = [0u8; 256];

    // Another test thread of the harness may allocate while the region is open: an
    // allocation of ours shows in every attempt.
    let mut last = None;
    for _ in 0..20 {
        let region = Region::new(GLOBAL);
        let mut n = 0;
        for b in &pdus {
            let pdu = MapDialoguePdu::decode(b).unwrap();
            let mut sink = SliceSink::new(&mut buf);
            pdu.encode(&mut sink);
            assert_eq!(sink.finish().unwrap(), b.len());
            let mut sink = SliceSink::new(&mut buf);
            pdu.encode_external(&mut sink);
            let len = sink.finish().unwrap();
            let ui = raw_user_information(&buf[..len]).unwrap();
            let back = MapDialoguePdu::from_user_information(ui).unwrap();
            assert!(back == Some(pdu));
            n += 1;
        }
        for b in &tcap {
            let msg = smsip_tcap::decode(b).unwrap();
            let pdu =
                MapDialoguePdu::from_dialogue_portion(&msg.dialogue_portion().unwrap()).unwrap();
            assert!(pdu.is_some());
            n += 1;
        }
        // Errors do not allocate either.
        std::hint::black_box(MapDialoguePdu::decode(&pdus[0][..5]).unwrap_err());
        std::hint::black_box(MapDialoguePdu::decode(&[0xA6, 0x00]).unwrap_err());
        let stats = region.change();
        assert_eq!(n, pdus.len() + tcap.len());
        if (stats.allocations, stats.reallocations) == (0, 0) {
            return;
        }
        last = Some(stats);
    }
    panic!("decoding or encoding allocated: {last:?}");
}

// ---------------------------------------------------------------------------------------------
// Property round trips
// ---------------------------------------------------------------------------------------------

fn address() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 1..=20)
}

/// An ExtensionContainer as the owned twins hold it (the whole `30` element).
fn ext() -> impl Strategy<Value = Option<Vec<u8>>> {
    let contents: [&[u8]; 4] = [
        &[],
        &[
            0xA0, 0x11, 0x30, 0x0F, 0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x81, 0xFD, 0x59,
            0x01, 0x01, 0x01, 0x01, 0xFF,
        ],
        &[0xA1, 0x03, 0x80, 0x01, 0x00, 0x82, 0x00],
        &[
            0xA0, 0x0C, 0x30, 0x05, 0x06, 0x03, 0x2A, 0x03, 0x04, 0x30, 0x03, 0x06, 0x01, 0x2A,
        ],
    ];
    of(prop::sample::select(contents.to_vec())).prop_map(|c| {
        c.map(|c| {
            let mut v = vec![0x30, c.len() as u8];
            v.extend_from_slice(c);
            v
        })
    })
}

/// Unknown extension additions: tags no dialogue PDU uses (context 10 and up), primitive or
/// constructed, one with an indefinite length (kept as received).
fn unknown() -> impl Strategy<Value = Vec<u8>> {
    let one = prop_oneof![
        (10u8..=30, vec(any::<u8>(), 0..6)).prop_map(|(t, c)| {
            let mut v = vec![0x80 | t, c.len() as u8];
            v.extend(c);
            v
        }),
        (10u8..=30).prop_map(|t| vec![0xA0 | t, 0x03, 0x02, 0x01, 0x05]),
        Just(vec![0xBF, 0x81, 0x00, 0x80, 0x00, 0x00]),
    ];
    vec(one, 0..3).prop_map(|v| v.concat())
}

fn oid_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V2.as_bytes().to_vec()),
        vec(0u8..0x80, 1..10),
        (vec(0x80u8..=0xFF, 1..3), 0u8..0x80).prop_map(|(mut v, last)| {
            // No leading 0x80 octet (X.690 §8.19.2).
            if v[0] == 0x80 {
                v[0] = 0x81;
            }
            v.push(last);
            v
        }),
    ]
}

fn user_abort_choice() -> impl Strategy<Value = MapUserAbortChoice> {
    prop_oneof![
        Just(MapUserAbortChoice::UserSpecificReason),
        Just(MapUserAbortChoice::UserResourceLimitation),
        any::<u8>()
            .prop_map(|v| MapUserAbortChoice::ResourceUnavailable(ResourceUnavailableReason(v))),
        any::<u8>().prop_map(|v| MapUserAbortChoice::ApplicationProcedureCancellation(
            ProcedureCancellationReason(v)
        )),
    ]
}

fn pdu_owned() -> impl Strategy<Value = MapDialoguePduOwned> {
    prop_oneof![
        (of(address()), of(address()), ext(), unknown()).prop_map(|(d, o, e, u)| {
            MapDialoguePduOwned::Open(MapOpenInfoOwned {
                destination_reference: d,
                origination_reference: o,
                extension_container: e,
                unknown: u,
            })
        }),
        (ext(), unknown()).prop_map(|(e, u)| MapDialoguePduOwned::Accept(MapAcceptInfoOwned {
            extension_container: e,
            unknown: u,
        })),
        (ext(), unknown()).prop_map(|(e, u)| MapDialoguePduOwned::Close(MapCloseInfoOwned {
            extension_container: e,
            unknown: u,
        })),
        (any::<u8>(), ext(), of(oid_bytes()), unknown()).prop_map(|(r, e, a, u)| {
            MapDialoguePduOwned::Refuse(MapRefuseInfoOwned {
                reason: RefuseReason(r),
                extension_container: e,
                alternative_application_context: a,
                unknown: u,
            })
        }),
        (user_abort_choice(), ext(), unknown()).prop_map(|(c, e, u)| {
            MapDialoguePduOwned::UserAbort(MapUserAbortInfoOwned {
                map_user_abort_choice: c,
                extension_container: e,
                unknown: u,
            })
        }),
        (any::<u8>(), ext(), unknown()).prop_map(|(r, e, u)| {
            MapDialoguePduOwned::ProviderAbort(MapProviderAbortInfoOwned {
                map_provider_abort_reason: ProviderAbortReason(r),
                extension_container: e,
                unknown: u,
            })
        }),
    ]
}

/// Runs a property over `cases` generated values with the test lock held for the whole run (the
/// runner allocates between cases, which the allocation test must not see).
fn check<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let _g = serial();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(cases));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

#[test]
fn round_trip_every_alternative() {
    check(512, pdu_owned(), |owned| {
        let pdu = owned.as_view().unwrap();
        let bytes = pdu.to_vec();
        prop_assert_eq!(bytes.len(), pdu.encoded_len());
        let back = MapDialoguePdu::decode(&bytes).unwrap();
        prop_assert_eq!(back, pdu);
        prop_assert_eq!(&back.into_owned(), &owned);
        prop_assert_eq!(back.to_vec(), bytes.clone());
        // A fixed buffer of that size receives the same octets; one octet less is too small.
        let mut buf = vec![0u8; bytes.len()];
        let mut sink = SliceSink::new(&mut buf);
        pdu.encode(&mut sink);
        prop_assert_eq!(sink.finish().unwrap(), bytes.len());
        prop_assert_eq!(&buf, &bytes);
        let mut small = vec![0u8; bytes.len() - 1];
        let mut sink = SliceSink::new(&mut small);
        pdu.encode(&mut sink);
        prop_assert!(sink.finish().is_err());
        // Through the EXTERNAL and user information.
        let mut ext = Vec::new();
        pdu.encode_external(&mut ext);
        prop_assert_eq!(ext.len(), pdu.external_len());
        let ui = raw_user_information(&ext).unwrap();
        prop_assert_eq!(
            MapDialoguePdu::from_user_information(ui).unwrap(),
            Some(pdu)
        );
        // Through a TC-BEGIN's AARQ. smsip-tcap writes user information with definite lengths
        // only, so an indefinite-length unknown addition comes back in the definite form.
        let aarq = Aarq {
            user_information: Some(ui),
            ..Aarq::new(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3)
        };
        let begin =
            TcapMessage::Begin(Begin::new(TransactionId::from_u32(7)).with_dialogue(aarq.into()));
        let wire = begin.to_vec();
        let msg = smsip_tcap::decode(&wire).unwrap();
        let got = MapDialoguePdu::from_dialogue_portion(&msg.dialogue_portion().unwrap())
            .unwrap()
            .unwrap();
        let indefinite = bytes
            .windows(4)
            .filter(|w| *w == [0xBF, 0x81, 0x00, 0x80])
            .count();
        if indefinite > 0 {
            prop_assert_eq!(got.tag(), pdu.tag());
            prop_assert_eq!(got.extension_container(), pdu.extension_container());
            prop_assert_eq!(got.encoded_len() + 2 * indefinite, pdu.encoded_len());
        } else {
            prop_assert_eq!(got, pdu);
        }
        Ok(())
    });
}

#[test]
fn arbitrary_octets_do_not_panic() {
    check(1024, vec(any::<u8>(), 0..64), |b| {
        decode_all(&b);
        // With a plausible start.
        for id in [0xA0u8, 0xA3, 0xA4, 0x28] {
            let mut m = vec![id, b.len() as u8];
            m.extend_from_slice(&b);
            decode_all(&m);
        }
        Ok(())
    });
}
