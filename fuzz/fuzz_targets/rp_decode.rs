//! Raw octets into the smsip-rp decoders (RPDU and CP message): never a panic; whatever decodes
//! re-encodes to the same octets (the spare RP-MTI bits included) and decodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_rp::cp::CpMessage;
use smsip_rp::RpMessage;

fuzz_target!(|data: &[u8]| {
    match RpMessage::decode(data) {
        Ok(m) => {
            let mut out = Vec::with_capacity(m.encoded_len());
            m.encode(&mut out);
            assert_eq!(out.len(), m.encoded_len());
            assert_eq!(RpMessage::decode(&out), Ok(m));
            // Lossless, spare bits 8-4 of the RP-MTI octet included (TS 24.011 §8.2.2).
            assert_eq!(out, data);
            assert_eq!(m.spare().bits(), data[0] & 0xF8);
            let _ = m.tpdu();
        }
        Err(e) => {
            assert!(e.offset() <= data.len());
            let _ = (e.field(), e.rp_cause());
        }
    }
    match CpMessage::decode(data) {
        Ok(m) => {
            let mut out = Vec::with_capacity(m.encoded_len());
            m.encode(&mut out);
            assert_eq!(out, data);
            assert_eq!(CpMessage::decode(&out), Ok(m));
            if let CpMessage::Data(d) = m {
                if let Err(e) = d.rp() {
                    assert!(e.offset() <= data.len());
                }
            }
        }
        Err(e) => {
            assert!(e.offset() <= data.len());
            let _ = e.cp_cause();
        }
    }
});
