//! Per-type round trips of the MAP types, driven by raw bytes.
//!
//! Input: one selector octet (which type, modulo the number of types), then a BER encoding.
//! When the type decodes:
//! - its owned twin borrows back to an equal view (`into_owned` / `as_view`), and encodes to
//!   the same octets as the view;
//! - `encode` writes `encoded_len` octets; into an exact `SliceSink` the same octets, into one
//!   octet less an error (never a panic, never a false success);
//! - the octets decode to a value whose encoding is the same (canonical re-encoding), equal to
//!   the first value when the input was canonical.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_core::SliceSink;
use smsip_map::*;

macro_rules! check {
    ($ty:ident, $bytes:expr) => {{
        if let Ok(v) = $ty::decode($bytes) {
            let _ = format!("{v:?}");
            let out = v.to_vec();
            assert_eq!(out.len(), v.encoded_len());
            let owned = v.into_owned();
            let view = owned
                .as_view()
                .unwrap_or_else(|e| panic!("owned {owned:?}: {e}"));
            assert_eq!(view, v);
            let mut from_owned = Vec::new();
            owned.encode(&mut from_owned).unwrap();
            assert_eq!(from_owned, out);
            let mut exact = vec![0u8; out.len()];
            let mut sink = SliceSink::new(&mut exact);
            v.encode(&mut sink);
            assert_eq!(sink.finish(), Ok(out.len()));
            assert_eq!(exact, out);
            if let Some(short) = out.len().checked_sub(1) {
                let mut small = vec![0u8; short];
                let mut sink = SliceSink::new(&mut small);
                v.encode(&mut sink);
                assert!(sink.finish().is_err());
            }
            let back = $ty::decode(&out).unwrap_or_else(|e| panic!("{v:?} -> {out:02X?}: {e}"));
            assert_eq!(back.to_vec(), out);
            if out == $bytes {
                assert_eq!(back, v);
            }
        }
    }};
}

fuzz_target!(|data: &[u8]| {
    let [sel, bytes @ ..] = data else { return };
    match sel % 30 {
        0 => check!(RoutingInfoForSmArg, bytes),
        1 => check!(RoutingInfoForSmRes, bytes),
        2 => check!(LocationInfoWithLmsi, bytes),
        3 => check!(IpSmGwGuidance, bytes),
        4 => check!(MoForwardSmArg, bytes),
        5 => check!(MtForwardSmArg, bytes),
        6 => check!(ForwardSmArg, bytes),
        7 => check!(MoForwardSmRes, bytes),
        8 => check!(MtForwardSmRes, bytes),
        9 => check!(ReportSmDeliveryStatusArg, bytes),
        10 => check!(ReportSmDeliveryStatusRes, bytes),
        11 => check!(AlertServiceCentreArg, bytes),
        12 => check!(InformServiceCentreArg, bytes),
        13 => check!(ReadyForSmArg, bytes),
        14 => check!(ReadyForSmRes, bytes),
        15 => check!(AnyTimeModificationArg, bytes),
        16 => check!(AnyTimeModificationRes, bytes),
        17 => check!(ModificationRequestForIpSmGwData, bytes),
        18 => check!(CorrelationId, bytes),
        19 => check!(NetworkNodeDiameterAddress, bytes),
        20 => check!(SmDeliveryFailureCause, bytes),
        21 => check!(AbsentSubscriberSmParam, bytes),
        22 => check!(AbsentSubscriberParam, bytes),
        23 => check!(ExtensibleParam, bytes),
        24 => check!(UnknownSubscriberParam, bytes),
        25 => check!(UnexpectedDataParam, bytes),
        26 => check!(FacilityNotSupParam, bytes),
        27 => check!(SubBusyForMtSmsParam, bytes),
        28 => check!(ExtensibleSystemFailureParam, bytes),
        _ => check!(ExtensibleCallBarredParam, bytes),
    }
});
