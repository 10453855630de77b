//! User data in both directions.
//!
//! Decode side: arbitrary TP-UDHI, TP-UDL, TP-DCS and TP-UD octets through `UserData::text`,
//! `UserData::sm`, the User Data Header (`Udh::ies`, `Ie::value` and the typed lookups) and the
//! `<CR>`-padded reading of `split::strip_cr_padding`: nothing panics, and no more characters
//! come out than the octets can hold.
//!
//! Encode side: an arbitrary text (and settings) through `split::SubmitBuilder`: when it
//! builds, every segment decodes with `Submit::decode` to the segment's own view, has at most
//! 140 octets of TP-UD and a well-formed concatenation IE, and the segments' texts joined give
//! the input back; `pack_text_with_cr_padding` then `decode_cr_padded` gives the text back.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smsip_tpdu::alphabet::select::Languages;
use smsip_tpdu::split::{
    decode_cr_padded, pack_text_with_cr_padding, strip_cr_padding, AlphabetMode, Reference,
};
use smsip_tpdu::udh::Udh;
use smsip_tpdu::{Address, Dcs, Submit, SubmitBuilder, UserData};

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    udhi: bool,
    udl: u8,
    dcs: u8,
    data: &'a [u8],
    text: &'a str,
    /// Bits 1..=13: the allowed national languages.
    languages: u16,
    /// 0 Auto, 1 Gsm7, 2 Ucs2, 3 EightBit (modulo 4).
    mode: u8,
    reference: u16,
    wide_reference: bool,
    /// (destination, originator, 16-bit ports).
    ports: Option<(u16, u16, bool)>,
}

fn decode_side(input: &Input<'_>) {
    let dcs = Dcs(input.dcs);
    let ud = UserData::new(input.udhi, input.udl, input.data);
    // A character takes at least one septet (GSM 7-bit) or two octets (UCS2).
    let bound = input.data.len() * 8 / 7 + 1;
    let n = ud.text(dcs).count();
    assert!(
        n <= bound,
        "{n} characters from {} octets",
        input.data.len()
    );
    let mut s = String::new();
    ud.text_into(dcs, &mut s);
    assert_eq!(s.chars().count(), n);
    let sm = ud.sm(dcs);
    assert!(sm.bytes.len() <= input.data.len() && sm.fill < 7);
    if let Some(h) = ud.header() {
        walk(&h);
    }
    if let Ok(h) = Udh::parse(input.data) {
        assert!(h.len() <= input.data.len());
        walk(&h);
    }
    let septets = strip_cr_padding(input.data).count();
    assert!(septets <= input.data.len() * 8 / 7);
    assert!(decode_cr_padded(input.data).count() <= septets);
}

fn walk(h: &Udh<'_>) {
    let mut octets = 0;
    for ie in h.ies() {
        match ie {
            Ok(ie) => {
                octets += ie.encoded_len();
                let _ = format!("{ie:?} {:?}", ie.value());
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    assert!(octets <= h.as_bytes().len());
    let _ = (
        h.concat(),
        h.ports(),
        h.national_single_shift(),
        h.national_locking_shift(),
    );
    if !h.is_well_formed() {
        assert_eq!(h.concat(), None);
    }
}

fn encode_side(input: &Input<'_>) {
    let languages = (1..=13u8)
        .filter(|n| input.languages & (1 << n) != 0)
        .filter_map(Languages::from_nli)
        .fold(Languages::NONE, |a, b| a | b);
    let mode = match input.mode % 4 {
        0 => AlphabetMode::Auto,
        1 => AlphabetMode::Gsm7,
        2 => AlphabetMode::Ucs2,
        _ => AlphabetMode::EightBit,
    };
    let reference = if input.wide_reference {
        Reference::Ref16(input.reference)
    } else {
        Reference::Ref8(input.reference as u8)
    };
    let to = Address::international("+447700900123").expect("address");
    let mut b = SubmitBuilder::new(to)
        .text(input.text)
        .languages(languages)
        .alphabet(mode)
        .reference(reference);
    if let Some((d, o, wide)) = input.ports {
        b = if wide {
            b.ports(d, o)
        } else {
            b.ports_8bit(d as u8, o as u8)
        };
    }
    let planned = b.choice();
    let Ok(msg) = b.build() else {
        assert!(planned.is_err(), "choice() succeeded where build() failed");
        return;
    };
    assert_eq!(planned.ok().as_ref(), Some(msg.choice()));
    let n = msg.len();
    assert!((1..=255).contains(&n));
    let mut back = String::new();
    let mut octets = Vec::new();
    for (i, seg) in msg.iter().enumerate() {
        let s = Submit::decode(seg.as_bytes()).expect("a built segment decodes");
        assert_eq!(Some(s), seg.submit());
        assert!(s.ud.data.len() <= 140);
        match seg.concat() {
            Some(c) => {
                assert!(n > 1);
                assert_eq!((usize::from(c.total), usize::from(c.seq)), (n, i + 1));
                assert_eq!(c.reference, reference.value());
            }
            None => assert_eq!(n, 1),
        }
        s.text_into(&mut back);
        octets.extend_from_slice(s.ud.sm(s.dcs).bytes);
    }
    if mode == AlphabetMode::EightBit {
        assert_eq!(octets, input.text.as_bytes());
    } else {
        assert_eq!(back, input.text);
    }

    let mut packed = Vec::new();
    if pack_text_with_cr_padding(input.text, &mut packed).is_ok() {
        let t: String = decode_cr_padded(&packed).collect();
        // A wanted final <CR> on an octet boundary comes back doubled (TS 23.038 §6.1.2.3.1).
        let doubled = input.text.ends_with('\r') && t.len() == input.text.len() + 1;
        assert!(t == input.text || doubled, "{t:?} != {:?}", input.text);
    } else {
        assert!(packed.is_empty());
    }
}

fuzz_target!(|input: Input<'_>| {
    decode_side(&input);
    encode_side(&input);
});
