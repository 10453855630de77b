//! Helpers shared by the integration tests.
#![allow(dead_code)]

use smsip_rp::RpMessage;

/// Hex text to octets (whitespace ignored).
pub fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).expect("test hex")
}

/// Encodes a message into a fresh Vec, checking `encoded_len` and the fixed-slice sink too.
pub fn encode(m: &RpMessage<'_>) -> Vec<u8> {
    let mut v = Vec::new();
    m.encode(&mut v);
    assert_eq!(v.len(), m.encoded_len(), "encoded_len of {m:?}");
    let mut buf = [0u8; 1024];
    let mut sink = smsip_core::SliceSink::new(&mut buf);
    m.encode(&mut sink);
    let n = sink.finish().expect("fits");
    assert_eq!(&buf[..n], &v[..]);
    v
}

pub fn digits(a: &smsip_rp::RpAddress) -> String {
    a.digits().collect()
}
