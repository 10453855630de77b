//! Raw-bytes MAP decoding through the dispatcher: every operation's argument and result, every
//! error's parameter, in every application-context version.
//!
//! Input: two selector octets, then the parameter octets.
//! - selector 0, bits 1..0: 0 = argument, 1 = result, 2 = error parameter, 3 = all three;
//!   bits 3..2: the application-context version (0 or 3 = v3, 1 = v1, 2 = v2);
//! - selector 1: the operation code (arguments, results) or the error code.
//!
//! Properties:
//! - decoding never panics, nor do `Debug`, the TPDU views of sm-RP-UI / diagnosticInfo, the
//!   owned twins, or encoding;
//! - a value that decodes re-encodes (`encoded_len` octets) to octets that decode again, and
//!   whose second encoding is the same (encoding is canonical: definite minimal lengths);
//! - when the input was already canonical (re-encoding gives the input back), decoding the
//!   re-encoded octets gives an equal value.
//!
//! The whole input is also decoded as a MAP-DialoguePDU (MAP-OPEN, ..., smsip_map::dialogue_pdu)
//! with the same properties, its owned twin, and its EXTERNAL read back from user information.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_map::dialogue_pdu::{raw_user_information, MapDialoguePdu};
use smsip_map::{
    decode_arg_versioned, decode_err, decode_res_versioned, Argument, ErrorCode, ErrorParam,
    OpCode, ReturnResult,
};
use smsip_tpdu::Direction;

fn version(sel: u8) -> u8 {
    match (sel >> 2) & 3 {
        1 => 1,
        2 => 2,
        _ => 3,
    }
}

/// The accessors a caller uses on a decoded argument must not panic.
fn touch_arg(a: &Argument<'_>) {
    let _ = format!("{a:?}");
    match a {
        Argument::MtForwardSm(m) => {
            let _ = m.tpdu();
            let owned = m.into_owned();
            assert_eq!(owned.as_view().as_ref(), Ok(m));
        }
        Argument::MoForwardSm(m) => {
            let _ = m.tpdu();
            let owned = m.into_owned();
            assert_eq!(owned.as_view().as_ref(), Ok(m));
        }
        Argument::ForwardSm(f) => {
            let _ = f.tpdu();
            let owned = f.into_owned();
            assert_eq!(owned.as_view().as_ref(), Ok(f));
        }
        Argument::SendRoutingInfoForSm(s) => {
            let owned = s.into_owned();
            assert_eq!(owned.as_view().as_ref(), Ok(s));
            if let Some(e) = s.extension_container {
                let _ = e.private_extensions().count();
            }
        }
        _ => {}
    }
}

fn touch_res(r: &ReturnResult<'_>) {
    let _ = format!("{r:?}");
    match r {
        ReturnResult::MoForwardSm(m) => {
            let _ = m.tpdu();
        }
        ReturnResult::MtForwardSm(m) => {
            let _ = m.tpdu();
        }
        ReturnResult::SendRoutingInfoForSm(s) => {
            let owned = s.into_owned();
            assert_eq!(owned.as_view().as_ref(), Ok(s));
            let _ = s
                .location_info_with_lmsi
                .network_node_diameter_address
                .map(|d| d.to_string());
        }
        _ => {}
    }
}

fn touch_err(p: &ErrorParam<'_>) {
    let _ = format!("{p:?}");
    if let ErrorParam::SmDeliveryFailure(c) = p {
        let _ = c.diagnostic_tpdu(Direction::MsToSc);
        let _ = c.diagnostic_tpdu(Direction::ScToMs);
    }
}

fuzz_target!(|data: &[u8]| {
    let [sel, code, bytes @ ..] = data else {
        return;
    };
    let v = version(*sel);
    let what = sel & 3;

    if what == 0 || what == 3 {
        let op = OpCode(*code);
        if let Ok(a) = decode_arg_versioned(op, v, bytes) {
            touch_arg(&a);
            let mut out = Vec::new();
            a.encode(&mut out);
            assert_eq!(out.len(), a.encoded_len());
            let b = decode_arg_versioned(op, v, &out)
                .unwrap_or_else(|e| panic!("{a:?} -> {out:02X?}: {e}"));
            let mut again = Vec::new();
            b.encode(&mut again);
            assert_eq!(again, out, "{a:?}");
            if out == bytes {
                assert_eq!(a, b);
            }
        }
    }
    if what == 1 || what == 3 {
        let op = OpCode(*code);
        if let Ok(r) = decode_res_versioned(op, v, bytes) {
            touch_res(&r);
            let mut out = Vec::new();
            r.encode(&mut out);
            assert_eq!(out.len(), r.encoded_len());
            let b = decode_res_versioned(op, v, &out)
                .unwrap_or_else(|e| panic!("{r:?} -> {out:02X?}: {e}"));
            let mut again = Vec::new();
            b.encode(&mut again);
            assert_eq!(again, out, "{r:?}");
            if out == bytes {
                assert_eq!(r, b);
            }
        }
    }
    if what == 2 || what == 3 {
        let code = ErrorCode(*code);
        if let Ok(p) = decode_err(code, bytes) {
            touch_err(&p);
            let mut out = Vec::new();
            p.encode(&mut out);
            assert_eq!(out.len(), p.encoded_len());
            let b = decode_err(code, &out).unwrap_or_else(|e| panic!("{p:?} -> {out:02X?}: {e}"));
            let mut again = Vec::new();
            b.encode(&mut again);
            assert_eq!(again, out, "{p:?}");
            if out == bytes {
                assert_eq!(p, b);
            }
        }
    }

    // The whole input as a MAP-DialoguePDU (MAP-OPEN ... MAP-PROVIDER-ABORT), the same
    // properties, and through the EXTERNAL of TCAP user information.
    if let Ok(pdu) = MapDialoguePdu::decode(data) {
        let _ = (format!("{pdu:?}"), pdu.name(), pdu.tag());
        let owned = pdu.into_owned();
        assert_eq!(owned.as_view().as_ref(), Ok(&pdu));
        let mut out = Vec::new();
        pdu.encode(&mut out);
        assert_eq!(out.len(), pdu.encoded_len());
        let b =
            MapDialoguePdu::decode(&out).unwrap_or_else(|e| panic!("{pdu:?} -> {out:02X?}: {e}"));
        let mut again = Vec::new();
        b.encode(&mut again);
        assert_eq!(again, out, "{pdu:?}");
        if out == data {
            assert_eq!(pdu, b);
        }
        let mut ext = Vec::new();
        b.encode_external(&mut ext);
        assert_eq!(ext.len(), b.external_len());
        let ui = raw_user_information(&ext).expect("our EXTERNAL is BER");
        assert_eq!(MapDialoguePdu::from_user_information(ui), Ok(Some(b)));
    }
});
