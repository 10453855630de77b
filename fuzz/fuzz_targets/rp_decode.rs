//! Raw octets into the smsip-rp decoders (RPDU and CP message): never a panic; whatever decodes
//! re-encodes to the same octets (but for the spare RP-MTI bits) and decodes to the same value.
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
            // Lossless: only bits 8-4 of the RP-MTI octet (spare) may differ.
            assert_eq!(out[0], data[0] & 0x07);
            assert_eq!(&out[1..], &data[1..]);
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
