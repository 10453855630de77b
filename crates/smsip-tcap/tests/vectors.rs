//! The `layer == "tcap"` vectors of shared/vectors/public.json, with their id and source.
//! Definite-length inputs re-encode to the same octets; the indefinite one to its definite
//! equivalent (asserted as exact hex).

use smsip_ber::{oid, AddressString, Imsi, Tag};
use smsip_tcap::{
    decode, Aare, Code, Component, DialoguePortion, TcapMessage, TransactionId, VERSION1,
};

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// id: jss7-tcap-begin-dialogue-only
/// source: RestComm/jss7 tcap/tcap-impl/src/test/java/org/restcomm/protocols/ss7/tcap/asn/TcBeginTest.java testBasicTCBegin b
#[test]
fn jss7_tcap_begin_dialogue_only() {
    let bytes =
        hex("6226480408a500016b1e281c060700118605010101a011600f80020780a109060704000101010300");
    let msg = decode(&bytes).unwrap();
    // message TC-BEGIN, otid 08a50001
    let TcapMessage::Begin(begin) = msg else {
        panic!("{msg:?}")
    };
    assert_eq!(begin.otid.as_bytes(), &[0x08, 0xA5, 0x00, 0x01]);
    // dialogue AARQ (dialogueRequest), protocol version version1
    let Some(DialoguePortion::Request(aarq)) = begin.dialogue_portion else {
        panic!()
    };
    assert_eq!(aarq.protocol_version, Some(VERSION1));
    // note: ACN in this trace is 0.4.0.1.1.1.3.0 (tshark: tcap.application_context_name)
    assert_eq!(aarq.application_context_name, oid!(0, 4, 0, 1, 1, 1, 3, 0));
    assert_eq!(aarq.application_context_name.to_string(), "0.4.0.1.1.1.3.0");
    assert!(aarq.user_information.is_none());
    // components null
    assert!(begin.components.is_none());
    assert_eq!(msg.components().count(), 0);
    assert_eq!(msg.to_vec(), bytes);
}

/// id: pycrate-pcapr-sri-sm-begin-v2
/// source: P1sec/pycrate test/res/tcapmap_pcapr.json (tcap_raw #1, from pcapr.net captures via tshark -T ek)
#[test]
fn pycrate_pcapr_sri_sm_begin_v2() {
    let bytes = hex(
        "62474804000000016b1e281c060700118605010101a011600f80020780a1090607040000010014026c1fa11d\
         0201ff02012d30158007911497427533f38101008207911497797908f0",
    );
    let msg = decode(&bytes).unwrap();
    let TcapMessage::Begin(begin) = msg else {
        panic!()
    };
    assert_eq!(begin.otid, TransactionId::from_u32(1)); // 00000001
                                                        // acn 0.4.0.0.1.0.20.2 (shortMsgGatewayContext-v2)
    assert_eq!(
        msg.dialogue_portion().unwrap().application_context_name(),
        Some(oid!(0, 4, 0, 0, 1, 0, 20, 2))
    );
    // invoke: invokeId -1, opCode 45
    let comps: Vec<_> = msg.components().collect::<Result<_, _>>().unwrap();
    let [Component::Invoke(invoke)] = comps[..] else {
        panic!("{comps:?}")
    };
    assert_eq!(invoke.invoke_id, -1);
    assert_eq!(invoke.opcode, Code::Local(45));
    // The MAP argument (RoutingInfoForSM-Arg v2): msisdn, sm-RP-PRI FALSE, serviceCentreAddress.
    let mut arg = invoke.parameter.unwrap().enter(Tag::SEQUENCE).unwrap();
    let msisdn =
        AddressString::from_element(arg.expect(Tag::context(0), "msisdn").unwrap()).unwrap();
    assert_eq!(msisdn.to_string(), "+41792457333"); // toa 0x91, digits 41792457333
    assert!(!arg.read_bool(Tag::context(1), "sm-RP-PRI").unwrap());
    let sc = AddressString::from_element(arg.expect(Tag::context(2), "sc").unwrap()).unwrap();
    assert_eq!(sc.to_string(), "+41799797800");
    arg.finish().unwrap();
    assert_eq!(msg.to_vec(), bytes);
}

/// id: pycrate-pcapr-sri-sm-end-indefinite
/// source: P1sec/pycrate test/res/tcapmap_pcapr.json (tcap_raw #2, from pcapr.net captures via tshark -T ek)
#[test]
fn pycrate_pcapr_sri_sm_end_indefinite() {
    let bytes = hex(
        "64574904000000016b2a2828060700118605010101a01d611b80020780a109060704000001001402a2030201\
         00a305a1030201006c80a21f0201ff301a02012d3015040822082121109058f6a009810791149794740\
         0f00000",
    );
    let msg = decode(&bytes).unwrap();
    let TcapMessage::End(end) = msg else { panic!() };
    assert_eq!(end.dtid, TransactionId::from_u32(1)); // 00000001
                                                      // acn 0.4.0.0.1.0.20.2, AARE accepted
    assert_eq!(
        end.dialogue_portion,
        Some(DialoguePortion::Response(Aare::accepted(oid!(
            0, 4, 0, 0, 1, 0, 20, 2
        ))))
    );
    // component portion of indefinite length (6c 80 ... 00 00)
    let portion = end.components.unwrap().as_element().unwrap();
    assert!(portion.is_indefinite());
    assert_eq!(portion.offset(), 52);
    // returnResultLast: invokeId -1, opCode 45
    let comps: Vec<_> = msg.components().collect::<Result<_, _>>().unwrap();
    let [Component::ReturnResultLast(rr)] = comps[..] else {
        panic!("{comps:?}")
    };
    assert_eq!(rr.invoke_id, -1);
    let result = rr.result.unwrap();
    assert_eq!(result.opcode, Code::Local(45));
    // RoutingInfoForSM-Res: imsi 228012120109856, locationInfoWithLMSI msc-Number [1] (v2 choice)
    let mut res = result.parameter.enter(Tag::SEQUENCE).unwrap();
    let imsi = Imsi::from_element(res.expect(Tag::OCTET_STRING, "imsi").unwrap()).unwrap();
    assert_eq!(imsi.to_string(), "228012120109856");
    let mut loc = res.enter(Tag::context(0), "locationInfoWithLMSI").unwrap();
    let msc =
        AddressString::from_element(loc.expect(Tag::context(1), "msc-Number").unwrap()).unwrap();
    assert_eq!(msc.to_string(), "+41794947000");
    // Re-encoded with definite lengths: 64 57 -> 64 55, 6c 80 .. 00 00 -> 6c 21 ...
    let definite = msg.to_vec();
    assert_eq!(
        smsip_core::hex::encode(&definite),
        "64554904000000016b2a2828060700118605010101a01d611b80020780a109060704000001001402a203020100\
         a305a1030201006c21a21f0201ff301a02012d3015040822082121109058f6a0098107911497947400f0"
    );
    assert_eq!(msg.encoded_len(), definite.len());
    // ... which decodes to an equal message and then re-encodes to itself.
    let again = decode(&definite).unwrap();
    assert_eq!(again, msg);
    assert_eq!(again.to_vec(), definite);
}
