//! Shared test helpers: element trees from our reader and from asn1-rs, and the rules under
//! which the two may disagree.
#![allow(dead_code)]

use asn1_rs::{Any, FromBer, Length};
use smsip_ber::{BerReader, DecodeError, Element, ErrorKind, DEFAULT_MAX_DEPTH};

/// One element of a tree, as both decoders can report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub class: u8,
    pub number: u32,
    pub constructed: bool,
    pub indefinite: bool,
    /// Contents octets (for the indefinite form without the end-of-contents octets).
    pub content: Vec<u8>,
    pub children: Vec<Node>,
}

pub fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// Our reader's tree of every element in `bytes` (recursing into every constructed element).
pub fn ours(bytes: &[u8]) -> Result<Vec<Node>, DecodeError> {
    walk(BerReader::new(bytes))
}

pub fn walk(r: BerReader<'_>) -> Result<Vec<Node>, DecodeError> {
    let mut out = Vec::new();
    for e in r {
        out.push(node(e?)?);
    }
    Ok(out)
}

pub fn node(e: Element<'_>) -> Result<Node, DecodeError> {
    let children = if e.is_constructed() {
        walk(e.children()?)?
    } else {
        Vec::new()
    };
    Ok(Node {
        class: e.tag().class.bits(),
        number: e.tag().number,
        constructed: e.is_constructed(),
        indefinite: e.is_indefinite(),
        content: e.content().to_vec(),
        children,
    })
}

/// asn1-rs's tree: `Any::from_ber` element after element, recursing into constructed contents
/// with the same depth rule as our reader. The flag is set when asn1-rs closed an indefinite
/// length on something other than `00 00` (its end-of-contents test looks at the tag number
/// only, so `80 00`, `A0 00`, `40 00` ... end the contents early).
pub fn theirs(bytes: &[u8]) -> (Result<Vec<Node>, String>, bool) {
    let mut quirk = false;
    let r = theirs_at(bytes, bytes, 0, &mut quirk);
    (r, quirk)
}

fn theirs_at(
    buf: &[u8],
    mut bytes: &[u8],
    depth: u32,
    quirk: &mut bool,
) -> Result<Vec<Node>, String> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let (rest, any) = Any::from_ber(bytes).map_err(|e| format!("{e:?}"))?;
        let h = &any.header;
        let constructed = h.is_constructed();
        let indefinite = h.length() == Length::Indefinite;
        if indefinite {
            // Where did asn1-rs find its end-of-contents?
            let start = any.data.as_ptr() as usize - buf.as_ptr() as usize;
            let end = start + any.data.len();
            if buf.get(end..end + 2) != Some(&[0, 0][..]) {
                *quirk = true;
            }
        }
        let children = if constructed {
            if depth + 1 > u32::from(DEFAULT_MAX_DEPTH) {
                return Err("depth".into());
            }
            theirs_at(buf, any.data, depth + 1, quirk)?
        } else {
            Vec::new()
        };
        out.push(Node {
            class: h.class() as u8,
            number: h.tag().0,
            constructed,
            indefinite,
            content: any.data.to_vec(),
            children,
        });
        bytes = rest;
    }
    Ok(out)
}

/// True when our tree has, directly inside an indefinite length, a zero-length element with tag
/// number 0 (`80 00`, `A0 00`, ...): asn1-rs takes it for end-of-contents.
pub fn has_fake_eoc(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| {
        (n.indefinite
            && n.children
                .iter()
                .any(|c| c.number == 0 && c.content.is_empty() && !c.indefinite))
            || has_fake_eoc(&n.children)
    })
}

/// What a comparison found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Same tree.
    Agree,
    /// Both rejected the input.
    BothReject,
    /// A documented difference (named).
    Allowed(&'static str),
}

/// Compares the two decoders on `bytes`; panics on any disagreement not documented in the
/// crate docs ("Why our own reader").
pub fn compare(bytes: &[u8]) -> Verdict {
    let mine = ours(bytes);
    let (other, quirk) = theirs(bytes);
    match (&mine, &other) {
        (Ok(a), Ok(b)) if a == b => Verdict::Agree,
        (Ok(a), Ok(_)) if quirk || has_fake_eoc(a) => {
            Verdict::Allowed("asn1-rs fake end-of-contents")
        }
        (Ok(a), Err(_)) if has_fake_eoc(a) => Verdict::Allowed("asn1-rs fake end-of-contents"),
        (Err(e), Ok(_)) if matches!(e.kind, ErrorKind::MalformedEoc | ErrorKind::UnexpectedEoc) => {
            Verdict::Allowed("we reject [UNIVERSAL 0] outside end-of-contents")
        }
        (Err(e), Ok(_)) if e.kind == ErrorKind::BadTag => {
            Verdict::Allowed("we reject non-canonical tags")
        }
        (Err(_), Ok(_)) if quirk => Verdict::Allowed("asn1-rs fake end-of-contents"),
        (Err(_), Err(_)) => Verdict::BothReject,
        _ => panic!(
            "decoders disagree on {}:\n ours:   {mine:?}\n asn1-rs: {other:?} (quirk {quirk})",
            smsip_core::hex::encode(bytes)
        ),
    }
}

/// An indented dump of our tree: `offset depth tag P/C(+indef) len`, one element per line.
pub fn dump(bytes: &[u8]) -> String {
    fn go(r: BerReader<'_>, depth: usize, out: &mut String) {
        for e in r {
            let e = e.unwrap();
            out.push_str(&format!(
                "{:>3} {}{} {}{} {}\n",
                e.offset(),
                "  ".repeat(depth),
                e.tag(),
                if e.is_constructed() { "C" } else { "P" },
                if e.is_indefinite() { " indef" } else { "" },
                e.content().len()
            ));
            if e.is_constructed() {
                go(e.children().unwrap(), depth + 1, out);
            }
        }
    }
    let mut out = String::new();
    go(BerReader::new(bytes), 0, &mut out);
    out
}
