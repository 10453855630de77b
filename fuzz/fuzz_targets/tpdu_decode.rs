//! Raw-bytes TPDU decoding.
//!
//! Input: one selector octet, then the TPDU.
//! - selector bit 0: 0 = SC to MS (SMS-DELIVER, -SUBMIT-REPORT, -STATUS-REPORT),
//!   1 = MS to SC (SMS-SUBMIT, -DELIVER-REPORT, -COMMAND);
//! - selector bits 2..1: report context, 1 = RP-ACK, 2 = RP-ERROR, 0 or 3 = unknown;
//! - the other bits are ignored.
//!
//! Properties:
//! - decoding never panics, nor do the lazy accessors (text, UDH, IEs, Display/Debug);
//! - a TPDU that decodes re-encodes to exactly the same octets (the crate keeps every octet:
//!   spare bits, TP-PI extension octets, address filler), and `encoded_len` says so;
//! - decoding the re-encoded octets gives the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smsip_tpdu::{Direction, ReportContext, Tpdu, UserData};
use std::fmt::Write;

/// Splits the selector octet into direction and report context.
fn selector(sel: u8) -> (Direction, ReportContext) {
    let dir = if sel & 1 == 0 {
        Direction::ScToMs
    } else {
        Direction::MsToSc
    };
    let ctx = match (sel >> 1) & 3 {
        1 => ReportContext::Ack,
        2 => ReportContext::Error,
        _ => ReportContext::Unknown,
    };
    (dir, ctx)
}

/// The TP-UD of any TPDU that has one.
fn user_data<'a>(t: &Tpdu<'a>) -> Option<UserData<'a>> {
    match t {
        Tpdu::Deliver(d) => Some(d.ud),
        Tpdu::Submit(s) => Some(s.ud),
        Tpdu::DeliverReport(r) => r.params.ud,
        Tpdu::SubmitReport(r) => r.params.ud,
        Tpdu::StatusReport(r) => r.params.and_then(|p| p.ud),
        Tpdu::Command(_) => None,
    }
}

/// Touches everything that is read lazily, so a panic there is found too.
fn exercise(t: &Tpdu<'_>) {
    let mut s = String::new();
    let _ = write!(s, "{t:?}");
    s.clear();
    s.extend(t.text());
    let header = match t {
        Tpdu::Command(c) => c.header(),
        _ => user_data(t).and_then(|ud| ud.header()),
    };
    if let Some(h) = header {
        let _ = h.is_well_formed();
        for ie in h.ies().flatten() {
            let _ = write!(s, "{:?} {:?}", ie.iei, ie.value());
        }
        let _ = (h.concat(), h.ports(), h.national_locking_shift());
    }
    match t {
        Tpdu::Deliver(d) => {
            let _ = write!(s, "{} {}", d.oa, d.scts.rfc3339());
            let _ = (
                d.scts.validate(),
                d.dcs.group(),
                d.dcs.class(),
                d.pid.name(),
            );
        }
        Tpdu::Submit(x) => {
            let _ = write!(s, "{} {:?}", x.da, x.vp.duration_secs());
        }
        Tpdu::StatusReport(r) => {
            let _ = write!(s, "{} {} {}", r.ra, r.scts.rfc3339(), r.dt.rfc3339());
            let _ = r.st.category();
        }
        Tpdu::Command(c) => {
            let _ = write!(s, "{}", c.da);
        }
        Tpdu::DeliverReport(_) | Tpdu::SubmitReport(_) => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let (dir, ctx) = selector(sel);
    let Ok(t) = Tpdu::decode_with(bytes, dir, ctx) else {
        return;
    };
    exercise(&t);

    let mut out = Vec::new();
    if let Err(e) = t.encode(&mut out) {
        panic!("decoded {t:?} but encoding fails: {e}");
    }
    assert_eq!(out, bytes, "re-encoding changed the octets of {t:?}");
    assert_eq!(t.encoded_len(), bytes.len(), "encoded_len of {t:?}");

    let again = Tpdu::decode_with(&out, dir, ctx).expect("re-encoded octets must decode");
    assert_eq!(again, t, "decode(encode(x)) != x");
});
