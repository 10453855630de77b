//! Structured TPDU round trip: an arbitrary `Tpdu` value (smsip-tpdu derives `Arbitrary` under
//! its `arbitrary` feature) is encoded; when encoding accepts it, decoding the octets in the
//! TPDU's own direction, and in the report context its TP-FCS implies (RP-ACK when `fcs` is
//! `None`, RP-ERROR when `Some`), must give back the same value.
//!
//! Also: `encoded_len` matches what is written; nothing is written when encoding fails;
//! `encode_to_slice` into an exact buffer writes the same octets, and into a buffer that is too
//! small returns an error (never panics, never claims success).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use smsip_tpdu::{ReportContext, Tpdu};

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    tpdu: Tpdu<'a>,
    /// Picks the size of the too-small buffer.
    short: u16,
}

fn report_context(t: &Tpdu<'_>) -> ReportContext {
    let fcs = match t {
        Tpdu::DeliverReport(r) => r.fcs,
        Tpdu::SubmitReport(r) => r.fcs,
        _ => return ReportContext::Unknown,
    };
    if fcs.is_some() {
        ReportContext::Error
    } else {
        ReportContext::Ack
    }
}

fuzz_target!(|input: Input<'_>| {
    let t = input.tpdu;
    let mut out = Vec::new();
    if t.encode(&mut out).is_err() {
        assert!(out.is_empty(), "a failed encode wrote {} octets", out.len());
        let mut buf = [0u8; 300];
        assert!(t.encode_to_slice(&mut buf).is_err());
        return;
    }
    assert_eq!(out.len(), t.encoded_len(), "encoded_len of {t:?}");

    let dir = t.tpdu_type().direction();
    let ctx = report_context(&t);
    let back = match Tpdu::decode_with(&out, dir, ctx) {
        Ok(b) => b,
        Err(e) => panic!("encoded {t:?} to {out:02X?}, which does not decode: {e}"),
    };
    assert_eq!(back, t, "decode(encode(x)) != x; octets {out:02X?}");

    let mut exact = vec![0u8; out.len()];
    assert_eq!(t.encode_to_slice(&mut exact), Ok(out.len()));
    assert_eq!(exact, out);

    // Every TPDU has at least one octet, so a smaller buffer always exists.
    let mut small = vec![0u8; usize::from(input.short) % out.len()];
    assert!(
        t.encode_to_slice(&mut small).is_err(),
        "encode_to_slice into {} of {} octets succeeded",
        small.len(),
        out.len()
    );
});
