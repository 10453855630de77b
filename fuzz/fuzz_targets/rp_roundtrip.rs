//! Structured: an arbitrary RP or CP message (feature `arbitrary` of smsip-rp) encodes and
//! decodes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_rp::cp::CpMessage;
use smsip_rp::RpMessage;

#[derive(Debug, arbitrary::Arbitrary)]
enum Input<'a> {
    Rp(RpMessage<'a>),
    Cp(CpMessage<'a>),
}

fuzz_target!(|input: Input<'_>| {
    match input {
        Input::Rp(m) => {
            let mut out = Vec::new();
            m.encode(&mut out);
            assert_eq!(out.len(), m.encoded_len());
            assert_eq!(RpMessage::decode(&out), Ok(m));
        }
        Input::Cp(m) => {
            let mut out = Vec::new();
            m.encode(&mut out);
            assert_eq!(out.len(), m.encoded_len());
            assert_eq!(CpMessage::decode(&out), Ok(m));
        }
    }
});
