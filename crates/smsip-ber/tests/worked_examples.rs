//! The worked BER examples of map-sms.md §13 and tcap.md §6–§8, walked as element trees (offsets
//! and lengths checked against the tables of the spec digests) and decoded field by field with
//! the API a MAP/TCAP decoder uses.

mod common;

use common::{compare, dump, hex, ours, Verdict};

/// map-sms.md §13.1 RoutingInfoForSM-Arg.
pub const SRI_SM_ARG: &str = "30 26 80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00
87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00";
/// map-sms.md §13.2 MT-ForwardSM-Arg.
pub const MT_FSM_ARG: &str = "30 45 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00
04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06
30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF
02 01 3C";
/// map-sms.md §13.3 RoutingInfoForSM-Res.
pub const SRI_SM_RES: &str = "30 30 04 08 00 01 01 21 43 65 87 F9
A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00
A5 06 02 01 1E 02 01 3C";
/// tcap.md §7 TC-BEGIN with sendRoutingInfoForSM.
pub const TC_BEGIN_SRI: &str = "62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00";

/// tcap.md §6 U-ABORT with AARE (AC version fallback).
const TC_ABORT_AARE: &str = "67 32 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 02 A2 03 02 01 01 A3 05 A1 03 02 01 02";
/// tcap.md §6 and §8: the further verified messages.
const TCAP_MORE: &[&str] = &[
    "67 09 49 04 00 00 00 01 4A 01 01",
    "67 1A 49 04 00 00 00 01 6B 12 28 10 06 07 00 11 86 05 01 01 01 A0 05 64 03 80 01 00",
    "64 70 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 3C A2 3A 02 01 01 30 35 02 01 2D 30 30 04 08 00 01 01 21 43 65 87 F9 A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00 A5 06 02 01 1E 02 01 3C",
    "64 41 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 0D A3 0B 02 01 01 02 01 06 30 03 02 01 01",
    "62 77 48 04 00 00 00 02 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 19 03 6C 4F A1 4D 02 01 01 02 01 2C 30 45 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00 04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06 30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF 02 01 3C",
    "62 4C 48 04 00 00 00 03 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 2B 03 6C 24 A1 22 02 01 01 02 01 41 30 1A A0 0A 80 08 00 01 01 21 43 65 87 F9 81 07 91 44 77 00 09 70 00 A8 03 80 01 01",
    "64 49 49 04 00 00 00 03 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 A1 09 06 07 04 00 00 01 00 2B 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 15 A2 13 02 01 01 30 0E 02 01 41 30 09 89 07 91 44 77 00 09 00 00",
    "62 4C 48 04 00 00 00 04 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 6C 24 A1 22 02 01 01 02 01 2F 30 1A 04 07 91 44 77 00 09 10 32 04 07 91 44 77 00 09 00 00 0A 01 01 80 01 0C 86 00",
    "65 14 48 02 0A 0B 49 04 00 00 00 01 6C 08 A4 06 02 01 01 81 01 02",
    "64 0F 49 04 00 00 00 01 6C 07 A4 05 05 00 80 01 02",
];
/// map-sms.md §13.4 further encodings (bare parameters and one component).
const MAP_MORE: &[&str] = &[
    "A3 0B 02 01 01 02 01 06 30 03 02 01 01",
    "30 1A 04 07 91 44 77 00 09 10 32 04 07 91 44 77 00 09 00 00 0A 01 01 80 01 0C 86 00",
    "30 1A A0 0A 80 08 00 01 01 21 43 65 87 F9 81 07 91 44 77 00 09 70 00 A8 03 80 01 01",
    "30 09 89 07 91 44 77 00 09 00 00",
];

#[test]
fn sri_sm_arg_tree() {
    assert_eq!(
        dump(&hex(SRI_SM_ARG)),
        "  0 SEQUENCE C 38
  2   [0] P 7
 11   [1] P 1
 14   [2] P 7
 23   [7] P 0
 25   [8] P 1
 28   [9] P 8
 38   [11] P 0
"
    );
}

#[test]
fn mt_forward_sm_arg_tree() {
    assert_eq!(
        dump(&hex(MT_FSM_ARG)),
        "  0 SEQUENCE C 69
  2   [0] P 8
 12   [4] P 7
 21   OCTET STRING P 24
 47   SEQUENCE C 19
 49     [0] C 17
 51       SEQUENCE C 15
 53         OBJECT IDENTIFIER P 10
 65         BOOLEAN P 1
 68   INTEGER P 1
"
    );
}

#[test]
fn sri_sm_res_tree() {
    assert_eq!(
        dump(&hex(SRI_SM_RES)),
        "  0 SEQUENCE C 48
  2   OCTET STRING P 8
 12   [0] C 28
 14     [1] P 7
 23     OCTET STRING P 4
 29     [5] P 0
 31     [6] C 9
 33       [0] P 7
 42   [5] C 6
 44     INTEGER P 1
 47     INTEGER P 1
"
    );
}

/// Offsets of the table in tcap.md §7.
#[test]
fn tc_begin_tree_matches_the_offset_table() {
    assert_eq!(
        dump(&hex(TC_BEGIN_SRI)),
        "  0 [APPLICATION 2] C 88
  2   [APPLICATION 8] P 4
  8   [APPLICATION 11] C 30
 10     EXTERNAL C 28
 12       OBJECT IDENTIFIER P 7
 21       [0] C 17
 23         [APPLICATION 0] C 15
 25           [0] P 2
 29           [1] C 9
 31             OBJECT IDENTIFIER P 7
 40   [APPLICATION 12] C 48
 42     [1] C 46
 44       INTEGER P 1
 47       INTEGER P 1
 50       SEQUENCE C 38
 52         [0] P 7
 61         [1] P 1
 64         [2] P 7
 73         [7] P 0
 75         [8] P 1
 78         [9] P 8
 88         [11] P 0
"
    );
    assert_eq!(hex(TC_BEGIN_SRI).len(), 90);
}

#[test]
fn every_example_walks_and_agrees_with_asn1_rs() {
    let all = [
        SRI_SM_ARG,
        MT_FSM_ARG,
        SRI_SM_RES,
        TC_BEGIN_SRI,
        TC_ABORT_AARE,
    ]
    .into_iter()
    .chain(TCAP_MORE.iter().copied())
    .chain(MAP_MORE.iter().copied());
    for h in all {
        let b = hex(h);
        let tree = ours(&b).unwrap_or_else(|e| panic!("{h}: {e}"));
        assert_eq!(tree.len(), 1, "{h}: one outer element");
        assert_eq!(compare(&b), Verdict::Agree, "{h}");
        // The same tree with every constructed element re-encoded in the indefinite form.
        let indef = to_indefinite(&b);
        assert_eq!(strip_forms(ours(&indef).unwrap()), strip_forms(tree), "{h}");
        assert_eq!(compare(&indef), Verdict::Agree, "{h}");
    }
}

/// Re-encodes every constructed element with the indefinite length form.
fn to_indefinite(bytes: &[u8]) -> Vec<u8> {
    fn go(r: smsip_ber::BerReader<'_>, out: &mut Vec<u8>) {
        for e in r {
            let e = e.unwrap();
            if e.is_constructed() {
                out.extend_from_slice(&e.raw()[..e.tag().identifier_len()]);
                out.push(0x80);
                go(e.children().unwrap(), out);
                out.extend([0, 0]);
            } else {
                out.extend_from_slice(e.raw());
            }
        }
    }
    let mut out = Vec::new();
    go(smsip_ber::BerReader::new(bytes), &mut out);
    out
}

/// The tree without length forms and constructed contents (which differ between forms).
fn strip_forms(nodes: Vec<common::Node>) -> Vec<common::Node> {
    nodes
        .into_iter()
        .map(|mut n| {
            n.indefinite = false;
            if n.constructed {
                n.content.clear();
            }
            n.children = strip_forms(n.children);
            n
        })
        .collect()
}

// ---- decoding the examples field by field ----

use smsip_ber::{
    oid, AddressString, BerReader, DecodeError, Element, ExtensionContainer, Imsi, Lmsi,
    NatureOfAddress, NumberingPlan, Oid, Tag,
};

const DIALOGUE_AS_ID: Oid<'static> = oid!(0, 0, 17, 773, 1, 1, 1);
const SHORT_MSG_GATEWAY_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 3);
const IP_ACCESS_FLAG: Oid<'static> = oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1);

#[derive(Debug, PartialEq)]
struct SriSmArg<'a> {
    msisdn: AddressString<'a>,
    sm_rp_pri: bool,
    service_centre_address: AddressString<'a>,
    extension_container: Option<ExtensionContainer<'a>>,
    gprs_support_indicator: bool,
    sm_rp_mti: Option<u8>,
    sm_rp_smea: Option<&'a [u8]>,
    sm_delivery_not_intended: Option<u8>,
    ip_sm_gw_guidance_indicator: bool,
    imsi: Option<Imsi<'a>>,
}

/// How smsip-map is expected to decode RoutingInfoForSM-Arg (map-sms.md §5.1 tags).
fn decode_sri_sm_arg(param: Element<'_>) -> Result<SriSmArg<'_>, DecodeError> {
    let mut seq = param.named("RoutingInfoForSM-Arg").enter(Tag::SEQUENCE)?;
    let arg = SriSmArg {
        msisdn: AddressString::from_element_isdn(seq.expect(Tag::context(0), "msisdn")?)?,
        sm_rp_pri: seq.read_bool(Tag::context(1), "sm-RP-PRI")?,
        service_centre_address: AddressString::from_element(
            seq.expect(Tag::context(2), "serviceCentreAddress")?,
        )?,
        extension_container: seq.optional_with(
            Tag::context(6),
            "extensionContainer",
            ExtensionContainer::from_element,
        )?,
        gprs_support_indicator: seq.read_flag(Tag::context(7), "gprsSupportIndicator")?,
        sm_rp_mti: seq.optional_with(Tag::context(8), "sm-RP-MTI", |e| e.integer())?,
        sm_rp_smea: seq.optional_with(Tag::context(9), "sm-RP-SMEA", Element::octet_string)?,
        sm_delivery_not_intended: seq.optional_with(
            Tag::context(10),
            "sm-deliveryNotIntended",
            |e| e.enumerated(),
        )?,
        ip_sm_gw_guidance_indicator: seq
            .read_flag(Tag::context(11), "ip-sm-gwGuidanceIndicator")?,
        imsi: seq.optional_with(Tag::context(12), "imsi", Imsi::from_element)?,
    };
    seq.rest_as_raw()?;
    seq.finish()?;
    Ok(arg)
}

#[test]
fn tc_begin_decoded_field_by_field() -> Result<(), DecodeError> {
    let b = hex(TC_BEGIN_SRI);
    let mut top = BerReader::new(&b).named("TCMessage");
    let mut begin = top.enter(Tag::application(2), "Begin")?;
    top.finish()?;
    assert_eq!(
        begin.read_octet_string(Tag::application(8), "otid")?,
        [0, 0, 0, 1]
    );
    let mut dialogue = begin.enter(Tag::application(11), "dialoguePortion")?;
    let mut external = dialogue.enter(Tag::EXTERNAL, "EXTERNAL")?;
    assert_eq!(
        external.read_oid(Tag::OBJECT_IDENTIFIER, "direct-reference")?,
        DIALOGUE_AS_ID
    );
    let mut single = external.enter(Tag::context(0), "single-ASN1-type")?;
    let mut aarq = single.enter(Tag::application(0), "AARQ-apdu")?;
    let version = aarq
        .expect(Tag::context(0), "protocol-version")?
        .bit_string()?;
    assert!(version.is_set(0) && version.len() == 1);
    let mut acn = aarq.enter(Tag::context(1), "application-context-name")?;
    let ac = acn.read_oid(Tag::OBJECT_IDENTIFIER, "application-context-name")?;
    assert_eq!(ac, SHORT_MSG_GATEWAY_CONTEXT_V3);
    assert!(ac.starts_with(&oid!(0, 4, 0, 0, 1, 0, 20)) && ac.arcs().last() == Some(3));
    assert_eq!(ac.to_string(), "0.4.0.0.1.0.20.3");
    assert!(aarq
        .optional(Tag::context(30), "user-information")?
        .is_none());
    for r in [acn, aarq, single, external, dialogue] {
        r.finish()?;
    }
    let mut components = begin.enter(Tag::application(12), "componentPortion")?;
    begin.finish()?;
    let mut invoke = components.enter(Tag::context(1), "invoke")?;
    assert_eq!(invoke.read_integer::<i8>(Tag::INTEGER, "invokeID")?, 1);
    assert!(invoke.optional(Tag::context(0), "linkedID")?.is_none());
    assert_eq!(invoke.read_integer::<u8>(Tag::INTEGER, "opCode")?, 45);
    let param = invoke.read("parameter")?;
    invoke.finish()?;
    components.finish()?;
    assert_eq!(param.offset(), 50);

    let arg = decode_sri_sm_arg(param)?;
    assert_eq!(arg.msisdn.to_string(), "+447700900123");
    assert_eq!(
        (arg.msisdn.nature(), arg.msisdn.plan()),
        (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN)
    );
    assert!(arg.sm_rp_pri);
    assert_eq!(arg.service_centre_address.to_string(), "+447700900000");
    assert!(arg.gprs_support_indicator && arg.ip_sm_gw_guidance_indicator);
    assert_eq!(arg.sm_rp_mti, Some(0));
    assert_eq!(arg.sm_rp_smea, Some(&hex("0C 91 44 77 00 09 40 65")[..]));
    assert!(
        arg.extension_container.is_none()
            && arg.imsi.is_none()
            && arg.sm_delivery_not_intended.is_none()
    );
    // The bare parameter of map-sms.md §13.1 decodes the same.
    let bare = hex(SRI_SM_ARG);
    assert_eq!(decode_sri_sm_arg(Element::from_ber(&bare)?)?, arg);
    Ok(())
}

#[test]
fn missing_mandatory_field_names_it() {
    // §13.1 without msisdn: 30 1D 81 01 FF ...
    let mut b = hex(SRI_SM_ARG);
    b.drain(2..11);
    b[1] -= 9;
    let e = decode_sri_sm_arg(Element::from_ber(&b).unwrap()).unwrap_err();
    assert_eq!(e.field, "msisdn");
    assert_eq!(e.offset, 2);
    assert_eq!(
        e.to_string(),
        "msisdn: unexpected tag: expected [0], found [1] at offset 2"
    );
    // An unknown element before the extension marker would be trailing data; after it, it is kept.
    let mut b = hex(SRI_SM_ARG);
    b.extend(hex("9F 20 01 AA"));
    b[1] += 4;
    assert!(decode_sri_sm_arg(Element::from_ber(&b).unwrap()).is_ok());
}

#[test]
fn mt_forward_sm_arg_decoded() -> Result<(), DecodeError> {
    let b = hex(MT_FSM_ARG);
    let mut seq = Element::from_ber(&b)?
        .named("MT-ForwardSM-Arg")
        .enter(Tag::SEQUENCE)?;
    let da = seq.read("sm-RP-DA")?;
    assert_eq!(da.tag(), Tag::context(0)); // imsi alternative
    assert_eq!(Imsi::from_element(da)?.to_string(), "001010123456789");
    let oa = seq.read("sm-RP-OA")?;
    assert_eq!(oa.tag(), Tag::context(4)); // serviceCentreAddressOA
    assert_eq!(
        AddressString::from_element(oa)?.to_string(),
        "+447700900000"
    );
    let ui = seq.read_octet_string(Tag::OCTET_STRING, "sm-RP-UI")?;
    assert_eq!(ui.len(), 24);
    assert_eq!(ui[0], 0x04); // SMS-DELIVER, MMS=1
    assert!(!seq.read_flag(Tag::NULL, "moreMessagesToSend")?);
    let ext = seq
        .optional_with(
            Tag::SEQUENCE,
            "extensionContainer",
            ExtensionContainer::from_element,
        )?
        .unwrap();
    let flag = ext.find(&IP_ACCESS_FLAG).unwrap();
    assert_eq!(flag.ext_id().to_string(), "1.3.6.1.4.1.32473.1.1");
    assert!(flag.ext_type().unwrap().boolean()?);
    assert_eq!(
        seq.optional_with(Tag::INTEGER, "smDeliveryTimer", |e| e.integer::<u16>())?,
        Some(60)
    );
    assert!(seq.rest_as_raw()?.is_empty());
    seq.finish()
}

#[test]
fn sri_sm_res_decoded() -> Result<(), DecodeError> {
    let b = hex(SRI_SM_RES);
    let mut seq = Element::from_ber(&b)?
        .named("RoutingInfoForSM-Res")
        .enter(Tag::SEQUENCE)?;
    let imsi = Imsi::from_element(seq.expect(Tag::OCTET_STRING, "imsi")?)?;
    assert!(imsi.tbcd().eq_digits("001010123456789"));
    let mut li = seq.enter(Tag::context(0), "locationInfoWithLMSI")?;
    let nn = AddressString::from_element_isdn(li.expect(Tag::context(1), "networkNode-Number")?)?;
    assert_eq!(nn.to_string(), "+44770090050");
    assert_eq!(nn.digits().as_bytes(), [0x44, 0x77, 0x00, 0x09, 0x50, 0xF0]);
    let lmsi = li.optional_with(Tag::OCTET_STRING, "lmsi", Lmsi::from_element)?;
    assert_eq!(lmsi, Some(Lmsi([1, 2, 3, 4])));
    assert!(li.optional(Tag::SEQUENCE, "extensionContainer")?.is_none());
    assert!(li.read_flag(Tag::context(5), "gprsNodeIndicator")?);
    let mut additional = li.enter(Tag::context(6), "additional-Number")?; // explicit CHOICE tag
    let msc = additional.read("additional-Number")?;
    assert_eq!(msc.tag(), Tag::context(0));
    assert_eq!(
        AddressString::from_element_isdn(msc)?.to_string(),
        "+447700900600"
    );
    additional.finish()?;
    assert!(li.rest_as_raw()?.is_empty());
    li.finish()?;
    assert!(seq
        .optional(Tag::context(4), "extensionContainer")?
        .is_none());
    let mut g = seq.enter(Tag::context(5), "ip-sm-gwGuidance")?;
    assert_eq!(
        g.read_integer::<u16>(Tag::INTEGER, "minimumDeliveryTimeValue")?,
        30
    );
    assert_eq!(
        g.read_integer::<u16>(Tag::INTEGER, "recommendedDeliveryTimeValue")?,
        60
    );
    g.finish()?;
    seq.finish()
}

#[test]
fn abort_with_aare_decoded() -> Result<(), DecodeError> {
    let b = hex(TC_ABORT_AARE);
    let mut abort = Element::from_ber(&b)?.enter(Tag::application(7))?;
    assert_eq!(
        abort.read_octet_string(Tag::application(9), "dtid")?,
        [0, 0, 0, 1]
    );
    let mut ext = abort
        .enter(Tag::application(11), "dialoguePortion")?
        .enter(Tag::EXTERNAL, "EXTERNAL")?;
    assert_eq!(
        ext.read_oid(Tag::OBJECT_IDENTIFIER, "direct-reference")?,
        DIALOGUE_AS_ID
    );
    let mut aare = ext
        .enter(Tag::context(0), "single-ASN1-type")?
        .enter(Tag::application(1), "AARE-apdu")?;
    aare.expect(Tag::context(0), "protocol-version")?;
    let ac = aare
        .enter(Tag::context(1), "application-context-name")?
        .read_oid(Tag::OBJECT_IDENTIFIER, "acn")?;
    assert_eq!(ac, oid!(0, 4, 0, 0, 1, 0, 20, 2)); // retry with v2
    assert_eq!(
        aare.enter(Tag::context(2), "result")?
            .read_integer::<u8>(Tag::INTEGER, "result")?,
        1
    );
    let mut diag = aare.enter(Tag::context(3), "result-source-diagnostic")?;
    assert_eq!(
        diag.enter(Tag::context(1), "dialogue-service-user")?
            .read_integer::<u8>(Tag::INTEGER, "d")?,
        2
    );
    aare.finish()
}
