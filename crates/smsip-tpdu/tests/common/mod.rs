//! Helpers shared by the integration tests.
#![allow(dead_code)]

use smsip_tpdu::{Direction, ReportContext, Tpdu};

pub fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

/// Decodes, checks that re-encoding gives the same bytes, and returns the value.
pub fn decode_exact(bytes: &[u8], dir: Direction, ctx: ReportContext) -> Tpdu<'_> {
    let t = Tpdu::decode_with(bytes, dir, ctx).unwrap_or_else(|e| panic!("decode: {e}"));
    let mut out = Vec::new();
    t.encode(&mut out).unwrap();
    assert_eq!(
        smsip_core::hex::encode(&out),
        smsip_core::hex::encode(bytes),
        "re-encode"
    );
    assert_eq!(t.encoded_len(), bytes.len(), "encoded_len");
    t
}

pub fn text(t: &Tpdu<'_>) -> String {
    t.text().collect()
}
