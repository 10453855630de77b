//! TBCD, IMSI, AddressString, LMSI, ExtensionContainer and OID round trips (map-sms.md §7, §9).

mod common;

use common::hex;
use smsip_ber::{
    oid, AddressString, BerWriter, Element, ErrorKind, ExtensionContainer, Imsi, Lmsi,
    NatureOfAddress, NumberingPlan, Oid, PrivateExtension, Tag, Tbcd,
};

fn encode(f: impl FnMut(&mut BerWriter<'_, Vec<u8>>)) -> Vec<u8> {
    let mut out = Vec::new();
    let mut f = f;
    f(&mut BerWriter::new(&mut out));
    out
}

#[test]
fn tbcd_examples_of_map_sms_7() {
    // IMSI 001010123456789 -> 00 01 01 21 43 65 87 F9.
    let b = encode(|w| w.tbcd(Tag::OCTET_STRING, "001010123456789").unwrap());
    assert_eq!(b, hex("04 08 00 01 01 21 43 65 87 F9"));
    let t = Tbcd::new(&b[2..]);
    assert_eq!(t.to_string(), "001010123456789");
    assert_eq!(format!("{t:?}"), "Tbcd(\"001010123456789\")");
    // Special digits and the filler.
    let b = encode(|w| w.tbcd(Tag::context(0), "*#abc").unwrap());
    assert_eq!(b, hex("80 03 BA DC FE"));
    assert_eq!(Tbcd::new(&b[2..]).to_string(), "*#abc");
    assert!(Tbcd::new(&b[2..]).eq_digits("*#ABC"));
    // An F inside the digits is shown, not dropped, and flagged.
    let t = Tbcd::new(&[0x21, 0xF3, 0x54]);
    assert_eq!(t.to_string(), "123f45");
    assert!(!t.is_well_formed());
    // Bad digit: nothing written.
    let mut out = Vec::new();
    assert!(BerWriter::new(&mut out)
        .tbcd(Tag::OCTET_STRING, "12x")
        .is_err());
    assert!(out.is_empty());
}

#[test]
fn tbcd_round_trips_every_digit_string() {
    let alphabet = [
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'a', 'b', 'c',
    ];
    for len in 0..=16 {
        let s: String = (0..len)
            .map(|i| alphabet[(i * 7 + len) % alphabet.len()])
            .collect();
        let b = encode(|w| w.tbcd(Tag::OCTET_STRING, &s).unwrap());
        let e = Element::from_ber(&b).unwrap();
        let t = Tbcd::new(e.octet_string().unwrap());
        assert_eq!(t.to_string(), s);
        assert_eq!(t.digit_count(), len);
        assert!(t.eq_digits(&s) && t.is_well_formed());
    }
}

#[test]
fn imsi_sizes() {
    for (len, ok) in [(2, false), (3, true), (8, true), (9, false)] {
        let mut b = vec![0x04, len as u8];
        b.extend(std::iter::repeat_n(0x21, len));
        let e = Element::from_ber(&b).unwrap();
        assert_eq!(Imsi::from_element(e).is_ok(), ok, "{len}");
        if !ok {
            let err = Imsi::from_element(e).unwrap_err();
            assert_eq!(
                (err.kind, err.offset),
                (
                    ErrorKind::BadSize {
                        min: 3,
                        max: 8,
                        found: len
                    },
                    0
                )
            );
        }
    }
    let e = Element::from_ber(&[0x24, 0x05, 0x04, 0x03, 0x21, 0x43, 0x65]).unwrap();
    assert_eq!(
        Imsi::from_element(e).unwrap_err().kind,
        ErrorKind::ConstructedString
    );
    assert!(Imsi::try_from(Element::from_ber(&hex("80 03 21 43 F5")).unwrap()).is_ok());
}

#[test]
fn address_strings() {
    // map-sms.md §7: +447700900123 -> 91 44 77 00 09 10 32; +44770090050 -> 91 44 77 00 09 50 F0.
    for (digits, bytes) in [
        ("447700900123", "91 44 77 00 09 10 32"),
        ("44770090050", "91 44 77 00 09 50 F0"),
    ] {
        let b = encode(|w| {
            w.address_string(
                Tag::OCTET_STRING,
                NatureOfAddress::INTERNATIONAL,
                NumberingPlan::ISDN,
                digits,
            )
            .unwrap()
        });
        assert_eq!(&b[2..], &hex(bytes)[..]);
        let a = AddressString::from_element_isdn(Element::from_ber(&b).unwrap()).unwrap();
        assert_eq!(a.to_string(), format!("+{digits}"));
        assert_eq!(a.first_octet(), 0x91);
        assert_eq!(encode(|w| a.encode(w, Tag::OCTET_STRING)), b);
    }
    // The audit note of map-sms.md: 91 44 77 00 09 05 F0 reads 44770090500, not 44770090050.
    assert_eq!(
        AddressString::new(&hex("91 44 77 00 09 05 F0"))
            .unwrap()
            .digits()
            .to_string(),
        "44770090500"
    );
    // Other natures and plans, extension bit clear.
    let a = AddressString::new(&[0x21, 0x21, 0xF3]).unwrap();
    assert_eq!(
        (a.nature(), a.plan(), a.extension_bit()),
        (
            NatureOfAddress::NATIONAL_SIGNIFICANT,
            NumberingPlan::ISDN,
            false
        )
    );
    assert_eq!(a.to_string(), "123");
    let a = AddressString::new(&[0xD6]).unwrap();
    assert_eq!(
        (a.nature(), a.plan()),
        (NatureOfAddress(5), NumberingPlan::LAND_MOBILE)
    );
    assert_eq!(format!("{:?}", a.nature()), "NatureOfAddress(0x05)");
    assert!(a.digits().is_empty());
    assert_eq!(
        format!("{:?}", AddressString::new(&[0x91, 0x21]).unwrap()),
        "AddressString { nature: NatureOfAddress::INTERNATIONAL, plan: NumberingPlan::ISDN, digits: Tbcd(\"12\") }"
    );
    // Sizes: empty, ISDN over 9, AddressString over 20.
    assert!(AddressString::new(&[]).is_none());
    let e = Element::from_ber(&[0x80, 0x00]).unwrap();
    assert_eq!(
        AddressString::from_element(e).unwrap_err().kind,
        ErrorKind::BadSize {
            min: 1,
            max: 20,
            found: 0
        }
    );
    let mut b = vec![0x80, 10, 0x91];
    b.extend([0x21; 9]);
    let e = Element::from_ber(&b).unwrap();
    assert_eq!(
        AddressString::from_element_isdn(e).unwrap_err().kind,
        ErrorKind::BadSize {
            min: 1,
            max: 9,
            found: 10
        }
    );
    assert!(AddressString::from_element(e).is_ok());
    let mut b = vec![0x80, 21, 0x91];
    b.extend([0x21; 20]);
    let e = Element::from_ber(&b).unwrap();
    assert_eq!(
        AddressString::try_from(e).unwrap_err().kind,
        ErrorKind::BadSize {
            min: 1,
            max: 20,
            found: 21
        }
    );
}

#[test]
fn lmsi() {
    let b = hex("04 04 01 02 03 04");
    let e = Element::from_ber(&b).unwrap();
    let l = Lmsi::from_element(e).unwrap();
    assert_eq!(encode(|w| l.encode(w, Tag::OCTET_STRING)), e.raw());
    assert_eq!(format!("{l:?}"), "Lmsi(01020304)");
    let b = hex("04 03 01 02 03");
    let e = Element::from_ber(&b).unwrap();
    assert_eq!(
        Lmsi::try_from(e).unwrap_err().kind,
        ErrorKind::BadSize {
            min: 4,
            max: 4,
            found: 3
        }
    );
}

/// ExtensionContainer of map-sms.md §13.2.
const EC: &str = "30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF";

#[test]
fn extension_container_round_trips_exactly() {
    let b = hex(EC);
    let ec = ExtensionContainer::from_element(Element::from_ber(&b).unwrap()).unwrap();
    assert_eq!(encode(|w| ec.encode(w, Tag::SEQUENCE)), b);
    // With the tag of RoutingInfoForSM-Arg ([6]): same contents.
    let tagged = encode(|w| ec.encode(w, Tag::context(6)));
    assert_eq!(tagged[0], 0xA6);
    assert_eq!(tagged[1..], b[1..]);
    let ext: Vec<_> = ec.private_extensions().collect();
    assert_eq!(ext.len(), 1);
    assert_eq!(ext[0].element().unwrap().raw(), &b[4..]);
    assert_eq!(ext[0].ext_id(), oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1));
    // Built from parts: the same octets.
    let flag = Element::from_ber(&[0x01, 0x01, 0xFF]).unwrap();
    let built = encode(|w| {
        ExtensionContainer::encode_new(
            w,
            Tag::SEQUENCE,
            &[PrivateExtension::new(
                oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1),
                Some(flag),
            )],
        )
    });
    assert_eq!(built, b);
    assert_eq!(
        encode(|w| ExtensionContainer::encode_new(w, Tag::SEQUENCE, &[])),
        [0x30, 0x00]
    );
    assert!(
        ExtensionContainer::from_element(Element::from_ber(&[0x30, 0x00]).unwrap())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn extension_container_keeps_pcs_and_unknown_additions() {
    // privateExtensionList with two extensions (one without extType, one indefinite),
    // pcs-Extensions with an unknown member, then an unknown addition [2] after `...`.
    let b = hex("30 80
           A0 0F 30 04 06 02 2A 03  30 80 06 01 2B 05 00 00 00
           A1 03 80 01 07
           A2 02 05 00
         00 00");
    let e = Element::from_ber(&b).unwrap();
    let ec = ExtensionContainer::try_from(e).unwrap();
    let ext: Vec<_> = ec.private_extensions().collect();
    assert_eq!(ext.len(), 2);
    assert_eq!(ext[0].ext_id().to_string(), "1.2.3");
    assert!(ext[0].ext_type().is_none());
    assert_eq!(ext[1].ext_id().to_string(), "1.3");
    assert_eq!(ext[1].ext_type().unwrap().tag(), Tag::NULL);
    assert!(ec.find(&oid!(1, 3)).is_some() && ec.find(&oid!(1, 4)).is_none());
    assert_eq!(ec.pcs_extensions().unwrap().raw(), hex("A1 03 80 01 07"));
    assert_eq!(ec.unknown().as_bytes(), hex("A2 02 05 00"));
    assert!(!ec.is_empty());
    // Re-encoded: definite outer length, every kept element byte for byte.
    let out = encode(|w| ec.encode(w, Tag::SEQUENCE));
    assert_eq!(out[0], 0x30);
    assert_eq!(out[2..], b[2..b.len() - 2]);
    assert_eq!(out[1] as usize, b.len() - 4);
}

#[test]
fn extension_container_errors() {
    let err = |s: &str| {
        let b = hex(s);
        let e = Element::from_ber(&b).unwrap();
        let err = ExtensionContainer::from_element(e).unwrap_err();
        (err.kind, err.offset, err.field)
    };
    // Primitive container.
    assert_eq!(err("04 00"), (ErrorKind::ExpectedConstructed, 0, "BER"));
    // Empty list: SIZE (1..10).
    assert_eq!(
        err("30 02 A0 00"),
        (
            ErrorKind::BadSize {
                min: 1,
                max: 10,
                found: 0
            },
            2,
            "privateExtensionList"
        )
    );
    // Eleven extensions.
    let mut list = Vec::new();
    for _ in 0..11 {
        list.extend(hex("30 03 06 01 2A"));
    }
    let mut b = vec![0x30, 57, 0xA0, 55];
    b.extend(list);
    let e = Element::from_ber(&b).unwrap();
    assert_eq!(
        ExtensionContainer::from_element(e).unwrap_err().kind,
        ErrorKind::BadSize {
            min: 1,
            max: 10,
            found: 11
        }
    );
    // extId missing / not an OID / bad OID / two extType elements.
    assert_eq!(
        err("30 04 A0 02 30 00"),
        (ErrorKind::MissingMandatory, 6, "extId")
    );
    assert_eq!(
        err("30 07 A0 05 30 03 02 01 01").0,
        ErrorKind::UnexpectedTag {
            expected: Tag::OBJECT_IDENTIFIER,
            found: Tag::INTEGER
        }
    );
    assert_eq!(err("30 07 A0 05 30 03 06 01 80").0, ErrorKind::BadOid);
    assert_eq!(
        err("30 0B A0 09 30 07 06 01 2A 05 00 05 00"),
        (ErrorKind::TrailingData, 11, "PrivateExtension")
    );
    // A list item that is not a SEQUENCE.
    assert_eq!(
        err("30 04 A0 02 05 00").0,
        ErrorKind::UnexpectedTag {
            expected: Tag::SEQUENCE,
            found: Tag::NULL
        }
    );
    // Primitive pcs-Extensions.
    assert_eq!(
        err("30 02 81 00"),
        (ErrorKind::ExpectedConstructed, 2, "pcs-Extensions")
    );
}

#[test]
fn oids() {
    const AC: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 25, 3);
    assert_eq!(AC.as_bytes(), hex("04 00 00 01 00 19 03"));
    assert_eq!(format!("{AC:?}"), "Oid(0.4.0.0.1.0.25.3)");
    assert_eq!(AC.arcs().collect::<Vec<_>>(), [0, 4, 0, 0, 1, 0, 25, 3]);
    assert!(AC.eq_arcs(&[0, 4, 0, 0, 1, 0, 25, 3]));
    assert!(!AC.eq_arcs(&[0, 4, 0, 0, 1, 0, 25]));
    assert!(!AC.eq_arcs(&[0, 4, 0, 0, 1, 0, 25, 3, 1]));
    assert!(!AC.starts_with(&oid!(0, 4, 0, 0, 1, 0, 20)));
    // Arc boundaries of the first subidentifier (X.690 §8.19.4).
    for (arcs, bytes) in [
        (oid!(0, 39), &[39u8][..]),
        (oid!(1, 0), &[40]),
        (oid!(1, 39), &[79]),
        (oid!(2, 0), &[80]),
        (oid!(2, 47), &[127]),
        (oid!(2, 48), &[0x81, 0x00]),
        (oid!(2, 100, 3), &[0x81, 0x34, 0x03]),
    ] {
        assert_eq!(arcs.as_bytes(), bytes);
        assert_eq!(Oid::new(bytes), Some(arcs));
        assert_eq!(Oid::new(bytes).unwrap().to_string(), arcs.to_string());
    }
    // Against asn1-rs (test-only dependency).
    for (ours, theirs) in [
        (
            oid!(0, 0, 17, 773, 1, 1, 1),
            asn1_rs::oid!(0.0.17 .773 .1 .1 .1),
        ),
        (
            oid!(0, 4, 0, 0, 1, 0, 20, 3),
            asn1_rs::oid!(0.4.0 .0 .1 .0 .20 .3),
        ),
        (
            oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1),
            asn1_rs::oid!(1.3.6 .1 .4 .1 .32473 .1 .1),
        ),
        // (asn1-rs's `oid!` rejects a second arc of 40 or more under arc 2, e.g. 2.999.)
        (oid!(2, 5, 4, 3), asn1_rs::oid!(2.5.4 .3)),
    ] {
        assert_eq!(ours.as_bytes(), theirs.as_bytes());
        assert_eq!(ours.to_string(), theirs.to_id_string());
    }
    let mut out = Vec::new();
    BerWriter::new(&mut out).oid(Tag::OBJECT_IDENTIFIER, AC);
    assert_eq!(Element::from_ber(&out).unwrap().oid().unwrap(), AC);
}
