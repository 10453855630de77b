//! smsip-ber reader on arbitrary bytes.
//!
//! 1. Walk the whole element tree with our reader (recursing into every constructed element,
//!    bounded by the depth limit) and exercise every value accessor and the MAP primitives: no
//!    panic, every error offset inside the input.
//! 2. When the walk succeeds, re-encode the tree canonically with `BerWriter` (definite, minimal
//!    lengths) and decode it again: same tags, same primitive contents.
//! 3. Compare with `asn1_rs::Any::from_ber`, walked the same way: where both succeed the trees
//!    must be equal, and where only one succeeds the reason must be one of the documented
//!    differences (crate docs of smsip-ber, "Why our own reader"):
//!    * we reject `[UNIVERSAL 0]` except as the `00 00` closing an indefinite length;
//!    * we reject non-canonical high tag numbers and numbers above `u32::MAX`;
//!    * asn1-rs ends indefinite contents at any zero-length element with tag number 0 (`80 00`).
#![no_main]

use asn1_rs::{Any, FromBer, Length};
use libfuzzer_sys::fuzz_target;
use smsip_ber::{
    AddressString, BerReader, BerWriter, DecodeError, Element, ErrorKind, ExtensionContainer, Imsi,
    Lmsi, Tag, DEFAULT_MAX_DEPTH,
};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Node {
    class: u8,
    number: u32,
    constructed: bool,
    indefinite: bool,
    content: Vec<u8>,
    children: Vec<Node>,
}

fn touch_values(e: Element<'_>) {
    let _ = e.boolean();
    let _ = e.null();
    let _ = e.integer::<i64>();
    let _ = e.integer::<u8>();
    let _ = e.enumerated::<u32>();
    let _ = e.octet_string();
    if let Ok(b) = e.bit_string() {
        let _ = (0..b.len().min(64)).filter(|&i| b.is_set(i)).count();
    }
    if let Ok(oid) = e.oid() {
        let _ = oid.arcs().count();
        let _ = oid.to_string();
        assert!(oid.eq_arcs(&oid.arcs().collect::<Vec<_>>()));
    }
    if let Ok(a) = AddressString::from_element(e) {
        let _ = (
            a.to_string(),
            a.nature(),
            a.plan(),
            a.digits().is_well_formed(),
        );
    }
    if let Ok(i) = Imsi::from_element(e) {
        let s = i.to_string();
        assert!(i.tbcd().eq_digits(&s));
    }
    let _ = Lmsi::from_element(e);
    let _ = e.reassemble_octet_string(&mut Vec::new());
    if let Ok(ec) = ExtensionContainer::from_element(e) {
        for p in ec.private_extensions() {
            let _ = (p.ext_id().to_string(), p.ext_type());
        }
        let mut out = Vec::new();
        ec.encode(&mut BerWriter::new(&mut out), Tag::SEQUENCE);
        let again = Element::from_ber(&out).expect("re-encoded ExtensionContainer decodes");
        let ec2 = ExtensionContainer::from_element(again).expect("and is still valid");
        assert_eq!(
            ec.private_extensions().count(),
            ec2.private_extensions().count()
        );
    }
}

fn walk(r: BerReader<'_>) -> Result<Vec<Node>, DecodeError> {
    let mut out = Vec::new();
    for e in r {
        let e = e?;
        touch_values(e);
        let children = if e.is_constructed() {
            walk(e.children()?)?
        } else {
            Vec::new()
        };
        out.push(Node {
            class: e.tag().class.bits(),
            number: e.tag().number,
            constructed: e.is_constructed(),
            indefinite: e.is_indefinite(),
            content: e.content().to_vec(),
            children,
        });
    }
    Ok(out)
}

/// asn1-rs's tree; sets `quirk` when it closed an indefinite length on something else than `00 00`.
fn theirs(buf: &[u8], mut bytes: &[u8], depth: u32, quirk: &mut bool) -> Result<Vec<Node>, ()> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let (rest, any) = Any::from_ber(bytes).map_err(|_| ())?;
        let h = &any.header;
        let indefinite = h.length() == Length::Indefinite;
        if indefinite {
            let end = any.data.as_ptr() as usize - buf.as_ptr() as usize + any.data.len();
            if buf.get(end..end + 2) != Some(&[0, 0][..]) {
                *quirk = true;
            }
        }
        let children = if h.is_constructed() {
            if depth + 1 > u32::from(DEFAULT_MAX_DEPTH) {
                return Err(());
            }
            theirs(buf, any.data, depth + 1, quirk)?
        } else {
            Vec::new()
        };
        out.push(Node {
            class: h.class() as u8,
            number: h.tag().0,
            constructed: h.is_constructed(),
            indefinite,
            content: any.data.to_vec(),
            children,
        });
        bytes = rest;
    }
    Ok(out)
}

/// A zero-length element with tag number 0 directly inside an indefinite length.
fn has_fake_eoc(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| {
        (n.indefinite
            && n.children
                .iter()
                .any(|c| c.number == 0 && c.content.is_empty() && !c.indefinite))
            || has_fake_eoc(&n.children)
    })
}

fn write<S: smsip_core::Sink + ?Sized>(n: &Node, w: &mut BerWriter<'_, S>) {
    let tag = Tag::new(smsip_ber::Class::from_bits(n.class), n.number);
    if n.constructed {
        w.constructed(tag, |w| n.children.iter().for_each(|c| write(c, w)));
    } else {
        w.primitive(tag, &n.content);
    }
}

/// Tags and primitive contents, without length forms.
fn shape(nodes: &[Node]) -> Vec<(u8, u32, bool, Vec<u8>, usize)> {
    let mut v = Vec::new();
    for n in nodes {
        v.push((
            n.class,
            n.number,
            n.constructed,
            if n.constructed {
                Vec::new()
            } else {
                n.content.clone()
            },
            n.children.len(),
        ));
        v.extend(shape(&n.children));
    }
    v
}

fuzz_target!(|data: &[u8]| {
    let mine = walk(BerReader::new(data));
    if let Err(e) = &mine {
        assert!(e.offset <= data.len(), "error offset past the input: {e:?}");
    }
    // Keeping the rest raw accepts exactly what a top-level walk accepts at the header level.
    let mut r = BerReader::new(data);
    if let Ok(raw) = r.rest_as_raw() {
        assert_eq!(raw.as_bytes(), data);
    }

    if let Ok(tree) = &mine {
        let mut out = Vec::new();
        let mut w = BerWriter::new(&mut out);
        tree.iter().for_each(|n| write(n, &mut w));
        assert_eq!(
            smsip_ber::writer::measure(|w| tree.iter().for_each(|n| write(n, w))),
            out.len()
        );
        let again = walk(BerReader::new(&out)).expect("canonical re-encoding decodes");
        assert_eq!(shape(&again), shape(tree));
    }

    let mut quirk = false;
    let other = theirs(data, data, 0, &mut quirk);
    match (&mine, &other) {
        (Ok(a), Ok(b)) => assert!(
            a == b || quirk || has_fake_eoc(a),
            "trees differ: {a:?} vs {b:?}"
        ),
        (Ok(a), Err(())) => assert!(has_fake_eoc(a), "asn1-rs rejects what we accept: {a:?}"),
        (Err(e), Ok(_)) => assert!(
            quirk
                || matches!(
                    e.kind,
                    ErrorKind::MalformedEoc | ErrorKind::UnexpectedEoc | ErrorKind::BadTag
                ),
            "we reject what asn1-rs accepts: {e:?}"
        ),
        (Err(_), Err(())) => {}
    }
});
