//! BER edge cases of the reader (X.690 §8.1): lengths, tags, indefinite forms, depth, EOC misuse,
//! and the value accessors. Every error is checked for kind and offset.

mod common;

use common::{compare, hex, ours, Verdict};
use smsip_ber::{
    BerReader, Class, DecodeError, Element, ErrorKind, Tag, DEFAULT_MAX_DEPTH, MAX_DEPTH_LIMIT,
};

fn err(bytes: &[u8]) -> DecodeError {
    ours(bytes).unwrap_err()
}

fn kind_at(bytes: &[u8]) -> (ErrorKind, usize) {
    let e = err(bytes);
    (e.kind, e.offset)
}

// ---- lengths (X.690 §8.1.3) ----

#[test]
fn short_and_long_form_lengths() {
    let b = hex("04 03 01 02 03");
    let e = Element::from_ber(&b).unwrap();
    assert_eq!((e.header_len(), e.content()), (2, &[1, 2, 3][..]));

    let mut long = hex("04 81 80");
    long.extend([0xAB; 128]);
    let e = Element::from_ber(&long).unwrap();
    assert_eq!((e.header_len(), e.content().len()), (3, 128));

    let mut long = hex("30 82 01 00");
    for _ in 0..64 {
        long.extend(hex("02 02 01 00"));
    }
    let e = Element::from_ber(&long).unwrap();
    assert_eq!((e.header_len(), e.content().len()), (4, 256));
    assert_eq!(
        e.children()
            .unwrap()
            .map(|c| c.unwrap().integer::<u16>().unwrap())
            .sum::<u16>(),
        64 * 256
    );
}

#[test]
fn non_minimal_long_forms_are_accepted() {
    for bytes in [
        "04 81 01 AA",
        "04 82 00 01 AA",
        "04 84 00 00 00 01 AA",
        "04 88 00 00 00 00 00 00 00 01 AA",
    ] {
        let b = hex(bytes);
        let e = Element::from_ber(&b).unwrap();
        assert_eq!(e.content(), [0xAA], "{bytes}");
        assert_eq!(e.header_len(), b.len() - 1);
        assert_eq!(compare(&b), Verdict::Agree);
    }
    // 126 length octets, all zero: length 0.
    let mut b = vec![0x04, 0xFE];
    b.extend([0u8; 126]);
    let e = Element::from_ber(&b).unwrap();
    assert_eq!((e.header_len(), e.content().len()), (128, 0));
    assert_eq!(compare(&b), Verdict::Agree);
}

#[test]
fn length_overflow_and_reserved_form() {
    // 2^64 does not fit usize.
    assert_eq!(
        kind_at(&hex("04 89 01 00 00 00 00 00 00 00 00")),
        (ErrorKind::LengthOverflow, 1)
    );
    // FF is reserved (§8.1.3.5 c).
    assert_eq!(kind_at(&hex("30 02 04 FF")), (ErrorKind::BadLongForm, 3));
    assert_eq!(kind_at(&hex("04 FF")), (ErrorKind::BadLongForm, 1));
}

#[test]
fn huge_declared_lengths_are_truncation_not_allocation() {
    // 0x84 FF FF FF FF: 4 GiB declared, 2 octets present.
    let e = err(&hex("04 84 FF FF FF FF 01 02"));
    assert_eq!(
        e.kind,
        ErrorKind::Truncated {
            needed: 0xFFFF_FFFF - 2
        }
    );
    assert_eq!(e.offset, 8);
    let e = err(&hex("30 84 FF FF FF FF"));
    assert_eq!(
        e.kind,
        ErrorKind::Truncated {
            needed: 0xFFFF_FFFF
        }
    );
    // Long form cut inside the length octets.
    assert_eq!(
        kind_at(&hex("04 84 FF FF")),
        (ErrorKind::Truncated { needed: 1 }, 4)
    );
}

#[test]
fn lengths_past_the_buffer_or_the_enclosing_element() {
    assert_eq!(
        kind_at(&hex("04 05 01 02")),
        (ErrorKind::Truncated { needed: 3 }, 4)
    );
    // The inner OCTET STRING claims 5 octets but its SEQUENCE holds only 3: cut at the end of
    // the SEQUENCE's contents (offset 5), although the buffer goes on.
    let b = hex("30 03 04 05 01 02 03 04 05");
    let mut r = BerReader::new(&b);
    let seq = r.next_element().unwrap().unwrap();
    assert_eq!(seq.content(), [0x04, 0x05, 0x01]);
    let e = seq.children().unwrap().next_element().unwrap_err();
    assert_eq!((e.kind, e.offset), (ErrorKind::Truncated { needed: 4 }, 5));
    // Header cut: identifier only.
    assert_eq!(kind_at(&hex("30")), (ErrorKind::Truncated { needed: 1 }, 1));
}

// ---- tags (X.690 §8.1.2) ----

#[test]
fn all_classes_low_tag_numbers() {
    let b = hex("01 01 FF 42 00 A5 00 DE 00 1E 00");
    let tags: Vec<_> = BerReader::new(&b)
        .map(|e| (e.unwrap().tag(), 0))
        .map(|t| t.0)
        .collect();
    assert_eq!(
        tags,
        [
            Tag::BOOLEAN,
            Tag::application(2),
            Tag::context(5),
            Tag::private(30),
            Tag::universal(30)
        ]
    );
    let cs: Vec<_> = BerReader::new(&b)
        .map(|e| e.unwrap().is_constructed())
        .collect();
    assert_eq!(cs, [false, false, true, false, false]);
    assert_eq!(compare(&b), Verdict::Agree);
}

#[test]
fn high_tag_numbers() {
    for (bytes, tag, constructed) in [
        ("9F 1F 00", Tag::context(31), false),
        ("BF 1F 00", Tag::context(31), true),
        ("9F 7F 00", Tag::context(127), false),
        ("BF 81 00 00", Tag::context(128), true),
        ("5F 82 80 01 00", Tag::application(0x8001), false),
        ("DF 8F FF FF FF 7F 00", Tag::private(u32::MAX), false),
        ("1F 81 80 80 00 00", Tag::universal(1 << 21), false),
    ] {
        let b = hex(bytes);
        let e = Element::from_ber(&b).unwrap();
        assert_eq!((e.tag(), e.is_constructed()), (tag, constructed), "{bytes}");
        assert_eq!(e.header_len(), b.len(), "{bytes}");
        assert_eq!(compare(&b), Verdict::Agree, "{bytes}");
    }
}

#[test]
fn non_canonical_or_oversized_tags_are_rejected() {
    for bytes in [
        "9F 05 00",             // number < 31 in the high form (§8.1.2.2)
        "9F 80 01 00",          // leading 80 octet (§8.1.2.4.2 c)
        "9F 90 80 80 80 00 00", // 2^32: over u32
        "9F 81 80 80 80 80 00 00",
    ] {
        let b = hex(bytes);
        assert_eq!(kind_at(&b), (ErrorKind::BadTag, 0), "{bytes}");
        assert!(
            matches!(compare(&b), Verdict::Allowed(_) | Verdict::BothReject),
            "{bytes}"
        );
    }
    // asn1-rs silently truncates a 5-octet tag number above u32::MAX.
    assert_eq!(
        compare(&hex("9F 90 80 80 80 00 00")),
        Verdict::Allowed("we reject non-canonical tags")
    );
    // Cut inside the tag.
    assert_eq!(
        kind_at(&hex("9F 81")),
        (ErrorKind::Truncated { needed: 1 }, 2)
    );
}

// ---- indefinite lengths (X.690 §8.1.3.6) ----

#[test]
fn indefinite_outer_and_inner() {
    // SEQUENCE(indef) { OCTET STRING, SEQUENCE(indef) { INTEGER 5 }, [0](def) { NULL } }
    let b = hex("30 80 04 01 AA 30 80 02 01 05 00 00 A0 02 05 00 00 00");
    let outer = Element::from_ber(&b).unwrap();
    assert!(outer.is_indefinite());
    assert_eq!(outer.raw().len(), b.len());
    assert_eq!(outer.content(), &b[2..b.len() - 2]);
    let mut r = outer.children().unwrap();
    assert_eq!(r.read_octet_string(Tag::OCTET_STRING, "a").unwrap(), [0xAA]);
    let inner = r.expect(Tag::SEQUENCE, "b").unwrap();
    assert!(inner.is_indefinite());
    assert_eq!(
        (inner.offset(), inner.content_offset(), inner.raw().len()),
        (5, 7, 7)
    );
    assert_eq!(
        inner
            .children()
            .unwrap()
            .read_integer::<u8>(Tag::INTEGER, "i")
            .unwrap(),
        5
    );
    let c = r.enter(Tag::context(0), "c").unwrap();
    assert_eq!(c.depth(), 2);
    r.finish().unwrap();
    assert_eq!(compare(&b), Verdict::Agree);
}

#[test]
fn definite_inside_indefinite_inside_definite_and_back() {
    // 30(def) { A1(indef) { 30(def) { A2(indef) { 04 01 01 } } 05 00 } }
    let b = hex("30 0F A1 80 30 07 A2 80 04 01 01 00 00 05 00 00 00");
    assert_eq!(b.len(), 17);
    let tree = ours(&b).unwrap();
    assert_eq!(tree.len(), 1);
    let a1 = &tree[0].children[0];
    assert!(a1.indefinite && a1.children.len() == 2);
    let a2 = &a1.children[0].children[0];
    assert!(a2.indefinite);
    assert_eq!(a2.children[0].content, [1]);
    assert_eq!(compare(&b), Verdict::Agree);
}

#[test]
fn empty_indefinite_and_trailing_elements() {
    let b = hex("30 80 00 00 05 00");
    let mut r = BerReader::new(&b);
    let e = r.next_element().unwrap().unwrap();
    assert!(e.is_indefinite() && e.content().is_empty() && e.raw().len() == 4);
    assert_eq!(r.next_element().unwrap().unwrap().tag(), Tag::NULL);
    assert!(r.next_element().unwrap().is_none());
    assert_eq!(compare(&b), Verdict::Agree);
}

#[test]
fn indefinite_on_primitive_is_rejected() {
    assert_eq!(
        kind_at(&hex("04 80 01 00 00")),
        (ErrorKind::IndefinitePrimitive, 1)
    );
    assert_eq!(
        kind_at(&hex("30 80 02 80 00 00 00 00")),
        (ErrorKind::IndefinitePrimitive, 3)
    );
}

// ---- end-of-contents misuse (X.690 §8.1.5) ----

#[test]
fn eoc_misuse() {
    // At top level and inside definite contents.
    assert_eq!(kind_at(&hex("00 00")), (ErrorKind::UnexpectedEoc, 0));
    assert_eq!(kind_at(&hex("30 02 00 00")), (ErrorKind::UnexpectedEoc, 2));
    assert_eq!(
        kind_at(&hex("30 80 30 02 00 00 00 00")),
        (ErrorKind::UnexpectedEoc, 4)
    );
    // [UNIVERSAL 0] that is not exactly 00 00.
    assert_eq!(
        kind_at(&hex("30 80 00 01 00 00 00")),
        (ErrorKind::MalformedEoc, 2)
    );
    assert_eq!(
        kind_at(&hex("30 80 20 00 00 00")),
        (ErrorKind::MalformedEoc, 2)
    );
    assert_eq!(
        kind_at(&hex("30 80 00 81 00 00 00")),
        (ErrorKind::MalformedEoc, 2)
    );
    assert_eq!(kind_at(&hex("00 01 05")), (ErrorKind::MalformedEoc, 0));
    // Missing end-of-contents.
    assert_eq!(kind_at(&hex("30 80 04 01 AA")), (ErrorKind::MissingEoc, 5));
    assert_eq!(
        kind_at(&hex("30 80 30 80 00 00")),
        (ErrorKind::MissingEoc, 6)
    );
    // Inside definite contents the indefinite child must close before the parent ends.
    assert_eq!(
        kind_at(&hex("30 04 30 80 05 00 00 00")),
        (ErrorKind::MissingEoc, 6)
    );
    // A lone 00 after the contents: truncated end-of-contents.
    assert_eq!(
        kind_at(&hex("30 80 05 00 00")),
        (ErrorKind::Truncated { needed: 1 }, 5)
    );
    // asn1-rs accepts these [UNIVERSAL 0] elements; we do not (documented).
    for b in ["00 00", "30 02 00 00", "00 01 05"] {
        assert_eq!(
            compare(&hex(b)),
            Verdict::Allowed("we reject [UNIVERSAL 0] outside end-of-contents"),
            "{b}"
        );
    }
}

#[test]
fn asn1_rs_takes_context_zero_null_for_end_of_contents() {
    // [0] (indefinite) { [0] IMPLICIT NULL }: very MAP-like. asn1-rs ends the outer contents at
    // the `80 00`; we read the NULL.
    let b = hex("A0 80 80 00 00 00");
    let tree = ours(&b).unwrap();
    assert_eq!(tree[0].children.len(), 1);
    assert_eq!(tree[0].children[0].number, 0);
    let (theirs, quirk) = common::theirs(&b);
    assert!(quirk);
    assert_ne!(theirs.unwrap(), tree);
    assert_eq!(
        compare(&b),
        Verdict::Allowed("asn1-rs fake end-of-contents")
    );
}

// ---- depth ----

fn nested_indefinite(levels: usize) -> Vec<u8> {
    let mut b = Vec::with_capacity(levels * 4);
    for _ in 0..levels {
        b.extend([0x30, 0x80]);
    }
    for _ in 0..levels {
        b.extend([0x00, 0x00]);
    }
    b
}

#[test]
fn depth_bomb_indefinite_100k_levels() {
    let b = nested_indefinite(100_000);
    let e = err(&b);
    assert_eq!(
        e.kind,
        ErrorKind::DepthExceeded {
            limit: DEFAULT_MAX_DEPTH
        }
    );
    // The 33rd nested indefinite header (the first that would open level 33).
    assert_eq!(e.offset, 2 * usize::from(DEFAULT_MAX_DEPTH));
    // asn1-rs gives up too (its own recursion limit), so both reject.
    assert_eq!(compare(&b), Verdict::BothReject);
    // Exactly at the limit: fine.
    let ok = nested_indefinite(usize::from(DEFAULT_MAX_DEPTH));
    assert!(ours(&ok).is_ok());
    assert!(ours(&nested_indefinite(usize::from(DEFAULT_MAX_DEPTH) + 1)).is_err());
}

/// `levels` SEQUENCEs nested with definite lengths around a NULL.
fn nested_definite(levels: usize) -> Vec<u8> {
    let mut inner = vec![0x05, 0x00];
    for _ in 0..levels {
        let mut outer = Vec::with_capacity(inner.len() + 6);
        let mut w = smsip_ber::BerWriter::new(&mut outer);
        w.header(Tag::SEQUENCE, true, inner.len());
        outer.extend_from_slice(&inner);
        inner = outer;
    }
    inner
}

#[test]
fn depth_bomb_definite_100k_levels() {
    let b = nested_definite(100_000);
    // Reading the outer element is lazy and fine...
    let e = Element::from_ber(&b).unwrap();
    assert_eq!(e.raw().len(), b.len());
    // ...walking it stops at the limit, without deep recursion.
    let err = ours(&b).unwrap_err();
    assert_eq!(
        err.kind,
        ErrorKind::DepthExceeded {
            limit: DEFAULT_MAX_DEPTH
        }
    );
    assert_eq!(compare(&b), Verdict::BothReject);
    // 32 levels below the top element are fine (the NULL sits at depth 32).
    assert!(ours(&nested_definite(usize::from(DEFAULT_MAX_DEPTH))).is_ok());
    assert!(ours(&nested_definite(usize::from(DEFAULT_MAX_DEPTH) + 1)).is_err());
}

#[test]
fn mixed_depth_bomb() {
    // Alternating definite and indefinite levels, 100 000 deep.
    let mut inner = vec![0x05, 0x00];
    for i in 0..100_000 {
        let mut outer = Vec::new();
        if i % 2 == 0 {
            outer.extend([0xA1, 0x80]);
            outer.extend_from_slice(&inner);
            outer.extend([0x00, 0x00]);
        } else {
            smsip_ber::BerWriter::new(&mut outer).header(Tag::context(2), true, inner.len());
            outer.extend_from_slice(&inner);
        }
        inner = outer;
    }
    assert!(matches!(err(&inner).kind, ErrorKind::DepthExceeded { .. }));
}

#[test]
fn configurable_depth_limit() {
    let b = nested_indefinite(40);
    assert!(common::walk(BerReader::new(&b).with_max_depth(40)).is_ok());
    let e = common::walk(BerReader::new(&b).with_max_depth(39)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::DepthExceeded { limit: 39 });
    // Clamped.
    let deep = nested_indefinite(1000);
    let e = common::walk(BerReader::new(&deep).with_max_depth(u16::MAX)).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::DepthExceeded {
            limit: MAX_DEPTH_LIMIT
        }
    );
    // Depth 0: only primitives at the top level.
    let mut r = BerReader::new(&[0x30, 0x00, 0x05, 0x00]).with_max_depth(0);
    let seq = r.next_element().unwrap().unwrap();
    assert_eq!(
        seq.children().unwrap_err().kind,
        ErrorKind::DepthExceeded { limit: 0 }
    );
    assert!(BerReader::new(&[0x30, 0x80, 0x00, 0x00])
        .with_max_depth(0)
        .next_element()
        .is_err());
}

// ---- reader behaviour ----

#[test]
fn errors_are_sticky_and_iteration_is_fused() {
    let b = hex("05 00 04 05 01");
    let mut r = BerReader::new(&b);
    assert!(r.next_element().unwrap().is_some());
    let e1 = r.next_element().unwrap_err();
    assert_eq!(r.next_element().unwrap_err(), e1);
    assert_eq!(r.clone().finish().unwrap_err(), e1);

    let mut it = BerReader::new(&b);
    assert!(it.next().unwrap().is_ok());
    assert!(it.next().unwrap().is_err());
    assert!(it.next().is_none());
    assert!(it.next().is_none());
}

#[test]
fn offsets_with_base_and_names() {
    let b = hex("30 05 80 01 01 81 00");
    let mut r = BerReader::with_base(&b, 100).named("Outer");
    let seq = r.read("Arg").unwrap();
    assert_eq!(
        (seq.offset(), seq.content_offset(), seq.end_offset()),
        (100, 102, 107)
    );
    let mut inner = seq.children().unwrap();
    assert_eq!(inner.name(), "Arg");
    assert_eq!(inner.offset(), 102);
    let a = inner.expect(Tag::context(0), "a").unwrap();
    assert_eq!((a.offset(), a.name()), (102, "a"));
    assert_eq!(inner.offset(), 105);
    // Missing mandatory at the end: offset of the end of the contents, the field named.
    inner.expect(Tag::context(1), "b").unwrap();
    let e = inner.expect(Tag::context(2), "c").unwrap_err();
    assert_eq!(
        (e.kind, e.offset, e.field),
        (ErrorKind::MissingMandatory, 107, "c")
    );
    assert_eq!(e.to_string(), "c: missing mandatory element at offset 107");
    // Trailing data at the top level.
    let mut r = BerReader::new(&[0x05, 0x00, 0x05, 0x00]).named("Top");
    r.read("x").unwrap();
    let e = r.finish().unwrap_err();
    assert_eq!(
        (e.kind, e.offset, e.field),
        (ErrorKind::TrailingData, 2, "Top")
    );
}

#[test]
fn optional_does_not_consume_on_other_tags() {
    let b = hex("81 01 05 83 00 84 01 07");
    let mut r = BerReader::new(&b);
    assert!(r.optional(Tag::context(0), "a").unwrap().is_none());
    assert_eq!(r.peek_tag().unwrap(), Some(Tag::context(1)));
    assert_eq!(
        r.optional_with(Tag::context(1), "b", |e| e.integer::<u8>())
            .unwrap(),
        Some(5)
    );
    assert!(!r.read_flag(Tag::context(2), "c").unwrap());
    assert!(r.read_flag(Tag::context(3), "d").unwrap());
    let e = r.expect(Tag::context(5), "f").unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::UnexpectedTag {
            expected: Tag::context(5),
            found: Tag::context(4)
        }
    );
    assert_eq!(e.offset, 5);
    // Nothing consumed by the failed expect.
    assert_eq!(r.read_integer::<u8>(Tag::context(4), "e").unwrap(), 7);
    assert!(r.is_empty());
    assert!(r.rest_as_raw().unwrap().is_empty());
    r.finish().unwrap();
}

#[test]
fn optional_mismatch_defers_errors_to_the_next_read() {
    // [1] claiming 5 octets, 1 present.
    let b = hex("81 05 01");
    let mut r = BerReader::new(&b);
    assert!(r.optional(Tag::context(0), "a").unwrap().is_none());
    let e = r.optional(Tag::context(1), "b").unwrap_err();
    assert_eq!((e.kind, e.offset), (ErrorKind::Truncated { needed: 4 }, 3));
    // Sticky from now on, whatever the tag asked for.
    assert_eq!(r.optional(Tag::context(0), "a").unwrap_err(), e);
    assert_eq!(r.expect(Tag::context(7), "z").unwrap_err(), e);
    // Left unread: finish reports it as trailing data.
    let mut r = BerReader::new(&b);
    assert!(r.optional(Tag::context(0), "a").unwrap().is_none());
    assert_eq!(r.finish().unwrap_err().kind, ErrorKind::TrailingData);
    // A mismatching expect names the tag found without parsing the element.
    let mut r = BerReader::new(&b);
    let e = r.expect(Tag::context(0), "a").unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::UnexpectedTag {
            expected: Tag::context(0),
            found: Tag::context(1)
        }
    );
    // High tag numbers and pending elements take the full path.
    let b = hex("9F 20 00 9F 21 01 07");
    let mut r = BerReader::new(&b);
    assert!(r.optional(Tag::context(33), "x").unwrap().is_none());
    assert!(r.optional(Tag::context(32), "y").unwrap().is_some());
    assert_eq!(r.read_integer::<u8>(Tag::context(33), "x").unwrap(), 7);
    r.finish().unwrap();
}

#[test]
fn rest_as_raw_keeps_unknown_extensions() {
    // Known [0], then two unknown additions (one indefinite), kept byte for byte.
    let b = hex("30 0E 80 01 01 9F 40 01 AA BF 41 80 05 00 00 00");
    let mut seq = BerReader::new(&b).enter(Tag::SEQUENCE, "S").unwrap();
    seq.expect(Tag::context(0), "a").unwrap();
    let raw = seq.rest_as_raw().unwrap();
    assert_eq!(raw.as_bytes(), &b[5..]);
    assert_eq!(raw.offset(), 5);
    let tags: Vec<_> = raw.iter().map(|e| e.unwrap().tag()).collect();
    assert_eq!(tags, [Tag::context(64), Tag::context(65)]);
    assert!(seq.is_empty());
    seq.finish().unwrap();
    // A bad header among them is still reported.
    let b = hex("30 05 80 01 01 04 05");
    let mut seq = BerReader::new(&b).enter(Tag::SEQUENCE, "S").unwrap();
    seq.expect(Tag::context(0), "a").unwrap();
    assert!(matches!(
        seq.rest_as_raw().unwrap_err().kind,
        ErrorKind::Truncated { .. }
    ));
    // After a peek the pending element is included.
    let b = hex("81 00 82 00");
    let mut r = BerReader::new(&b);
    assert!(r.optional(Tag::context(0), "x").unwrap().is_none());
    assert_eq!(r.rest_as_raw().unwrap().as_bytes(), &b[..]);
}

// ---- value accessors ----

#[test]
fn primitive_values() {
    let el = |s: &str| Element::from_ber(Box::leak(hex(s).into_boxed_slice())).unwrap();
    assert!(!el("01 01 00").boolean().unwrap());
    assert!(el("01 01 01").boolean().unwrap());
    assert!(el("81 01 FF").boolean().unwrap());
    assert_eq!(
        el("01 02 FF FF").boolean().unwrap_err().kind,
        ErrorKind::BadBoolean
    );
    assert_eq!(
        el("01 00").boolean().unwrap_err().kind,
        ErrorKind::BadBoolean
    );
    assert_eq!(
        el("21 03 01 01 FF").boolean().unwrap_err().kind,
        ErrorKind::ExpectedPrimitive
    );
    el("05 00").null().unwrap();
    assert_eq!(el("05 01 00").null().unwrap_err().kind, ErrorKind::BadNull);
    assert_eq!(el("02 01 2D").integer::<u8>().unwrap(), 45);
    assert_eq!(el("02 01 FF").integer::<i8>().unwrap(), -1);
    assert_eq!(
        el("02 01 FF").integer::<u8>().unwrap_err().kind,
        ErrorKind::IntegerOutOfRange
    );
    assert_eq!(el("02 02 00 FF").integer::<u8>().unwrap(), 255);
    assert_eq!(
        el("02 00").integer::<i64>().unwrap_err().kind,
        ErrorKind::BadInteger
    );
    assert_eq!(
        el("02 09 00 FF FF FF FF FF FF FF FF")
            .integer::<u64>()
            .unwrap(),
        u64::MAX
    );
    assert_eq!(
        el("02 09 01 00 00 00 00 00 00 00 00")
            .integer::<u64>()
            .unwrap_err()
            .kind,
        ErrorKind::IntegerOutOfRange
    );
    assert_eq!(
        el("02 08 80 00 00 00 00 00 00 00")
            .integer::<i64>()
            .unwrap(),
        i64::MIN
    );
    assert_eq!(el("0A 01 02").enumerated::<u8>().unwrap(), 2);
    assert_eq!(
        el("05 00").children().unwrap_err().kind,
        ErrorKind::ExpectedConstructed
    );
    let e = el("81 01 FF");
    assert_eq!(
        e.expect_tag(Tag::context(2)).unwrap_err().kind,
        ErrorKind::UnexpectedTag {
            expected: Tag::context(2),
            found: Tag::context(1)
        }
    );
    assert_eq!(e.tag().class, Class::ContextSpecific);
}

#[test]
fn constructed_octet_strings_are_rejected_or_reassembled() {
    // [4] IMPLICIT OCTET STRING, constructed, indefinite, nested segments (X.690 §8.7.3).
    let b = hex("A4 80 04 02 01 02 24 80 04 01 03 04 00 00 00 04 01 04 00 00");
    let e = Element::from_ber(&b).unwrap();
    let err = e.octet_string().unwrap_err();
    assert_eq!((err.kind, err.offset), (ErrorKind::ConstructedString, 0));
    let mut out = Vec::new();
    assert_eq!(e.reassemble_octet_string(&mut out).unwrap(), 4);
    assert_eq!(out, [1, 2, 3, 4]);
    assert_eq!(&*e.octet_string_cow().unwrap(), &[1, 2, 3, 4]);
    // Primitive: borrowed.
    let p = Element::from_ber(&[0x04, 0x01, 0x09]).unwrap();
    assert!(matches!(
        p.octet_string_cow().unwrap(),
        std::borrow::Cow::Borrowed(&[9])
    ));
    // A segment that is not an OCTET STRING.
    let bad = hex("24 03 02 01 01");
    let err = Element::from_ber(&bad)
        .unwrap()
        .reassemble_octet_string(&mut Vec::new())
        .unwrap_err();
    assert_eq!(
        (err.kind, err.offset),
        (
            ErrorKind::UnexpectedTag {
                expected: Tag::OCTET_STRING,
                found: Tag::INTEGER
            },
            2
        )
    );
    assert_eq!(compare(&b), Verdict::Agree);
    // Constructed BIT STRING: rejected the same way.
    let e = Element::from_ber(&[0x23, 0x04, 0x03, 0x02, 0x00, 0xFF]).unwrap();
    assert_eq!(
        e.bit_string().unwrap_err().kind,
        ErrorKind::ConstructedString
    );
}

#[test]
fn deepest_reassembly_stays_on_the_stack() {
    // A constructed OCTET STRING nested to the largest depth limit, reassembled recursively.
    let levels = usize::from(MAX_DEPTH_LIMIT);
    let mut inner = vec![0x04, 0x01, 0x2A];
    for _ in 0..levels {
        let mut outer = vec![0x24, 0x80];
        outer.extend_from_slice(&inner);
        outer.extend([0, 0]);
        inner = outer;
    }
    let mut r = BerReader::new(&inner).with_max_depth(MAX_DEPTH_LIMIT);
    let e = r.next_element().unwrap().unwrap();
    let mut out = Vec::new();
    assert_eq!(e.reassemble_octet_string(&mut out).unwrap(), 1);
    assert_eq!(out, [0x2A]);
    // One level more than the limit is an error, not a deeper recursion.
    let mut deeper = vec![0x24, 0x80];
    deeper.extend_from_slice(&inner);
    deeper.extend([0, 0]);
    let mut r = BerReader::new(&deeper).with_max_depth(MAX_DEPTH_LIMIT);
    assert!(matches!(
        r.next_element().unwrap_err().kind,
        ErrorKind::DepthExceeded { .. }
    ));
}

#[test]
fn bit_strings_and_oids() {
    let el = |s: &str| Element::from_ber(Box::leak(hex(s).into_boxed_slice())).unwrap();
    let bits = el("80 02 07 80").bit_string().unwrap();
    assert_eq!(
        (bits.len(), bits.get(0), bits.get(1)),
        (1, Some(true), None)
    );
    assert_eq!(
        el("03 00").bit_string().unwrap_err().kind,
        ErrorKind::BadBitString
    );
    assert_eq!(
        el("03 01 03").bit_string().unwrap_err().kind,
        ErrorKind::BadBitString
    );
    assert_eq!(
        el("03 02 08 00").bit_string().unwrap_err().kind,
        ErrorKind::BadBitString
    );
    assert!(el("03 01 00").bit_string().unwrap().is_empty());
    let oid = el("06 07 04 00 00 01 00 14 03").oid().unwrap();
    assert_eq!(oid.to_string(), "0.4.0.0.1.0.20.3");
    assert_eq!(el("06 00").oid().unwrap_err().kind, ErrorKind::BadOid);
    assert_eq!(el("06 02 80 01").oid().unwrap_err().kind, ErrorKind::BadOid);
    assert_eq!(el("06 02 2B 81").oid().unwrap_err().kind, ErrorKind::BadOid);
    assert_eq!(
        el("26 03 06 01 2B").oid().unwrap_err().kind,
        ErrorKind::ExpectedPrimitive
    );
}

#[test]
fn debug_and_display() {
    let e = Element::from_ber(&[0xA1, 0x03, 0x02, 0x01, 0x05]).unwrap();
    assert_eq!(format!("{e:?}"), "Element([1] C @0 len 3: 02 01 05)");
    assert_eq!(Tag::universal(99).to_string(), "[UNIVERSAL 99]");
    assert_eq!(Tag::private(7).to_string(), "[PRIVATE 7]");
    let err = err(&hex("30 80 04 01 AA"));
    assert_eq!(
        err.to_string(),
        "BER: missing end-of-contents octets at offset 5"
    );
}
