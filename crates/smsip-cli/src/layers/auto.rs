//! The `auto` layer (the default): picks `tcap`, `cp`, `rp` or `tpdu` for each message.
//!
//! The rule (also in `--help` and the README):
//!
//! 1. `tcap` is a candidate when the first octet is a TCAP message tag (`0x61` Unidirectional,
//!    `0x62` Begin, `0x64` End, `0x65` Continue, `0x67` Abort);
//! 2. `cp` is a candidate when the first octet has protocol discriminator 9 in bits 4-1 (SMS;
//!    `0x09`, `0x89`, ... for any transaction identifier) and the second octet is a CP
//!    message type (`0x01` CP-DATA, `0x04` CP-ACK, `0x10` CP-ERROR);
//! 3. `rp` when bits 8-4 of the first octet are 0 (an RP-MTI 0..=7 alone; the spare bits an RP
//!    decoder ignores must be 0 here);
//! 4. `tpdu` always.
//!
//! Every candidate is decoded in full (a TCAP message with its components' MAP values, CP-DATA with its RPDU and TPDU, an RP message with its
//! TPDU); the first in the order above that decodes wins. When a later one decodes too, the
//! result says `"layer_guessed": true`. When none decodes, the failure that got furthest into
//! the message is shown, marked `layer_guessed` when more than one layer was tried. Several
//! readings often run out of input at the same offset (a length octet misread as another
//! layer's points past the end): of those, the one that wanted fewer further octets is the
//! better fit; remaining ties go to the earlier candidate.

use super::{cp, mark_layer_guessed, rp, tcap, tpdu, Failure, Options};
use crate::tree::Node;

type Decoder = fn(&[u8], &Options) -> Result<Node, Failure>;

/// The layers the rule allows for `bytes`, in order of preference.
pub fn candidates(bytes: &[u8]) -> Vec<(&'static str, Decoder)> {
    let mut v: Vec<(&'static str, Decoder)> = Vec::new();
    if bytes
        .first()
        .is_some_and(|b| tcap::MESSAGE_TAGS.contains(b))
    {
        v.push(("tcap", tcap::decode));
    }
    match bytes {
        [first, mt, ..] if first & 0x0F == 0x09 && matches!(mt, 0x01 | 0x04 | 0x10) => {
            v.push(("cp", cp::decode));
        }
        [first, ..] if first & 0xF8 == 0 => v.push(("rp", rp::decode)),
        _ => {}
    }
    v.push(("tpdu", tpdu::decode));
    v
}

/// Decodes `bytes` as the layer the rule picks.
pub fn decode(bytes: &[u8], opts: &Options) -> Result<Node, Failure> {
    let tried = candidates(bytes);
    let several = tried.len() > 1;
    let mut decoded: Vec<(&'static str, Node)> = Vec::new();
    let mut best: Option<Failure> = None;
    for (name, f) in tried {
        match f(bytes, opts) {
            Ok(n) => decoded.push((name, n)),
            Err(e) => {
                let better = |b: &Failure| {
                    e.offset > b.offset || (e.offset == b.offset && e.missing < b.missing)
                };
                if best.as_ref().is_none_or(better) {
                    best = Some(e);
                }
            }
        }
    }
    let mut it = decoded.into_iter();
    if let Some((_, mut node)) = it.next() {
        let others: Vec<&str> = it.map(|(name, _)| name).collect();
        if !others.is_empty() {
            mark_layer_guessed(&mut node, &others);
        }
        return Ok(node);
    }
    // `tpdu` is always tried, so there is a failure.
    let mut f = best.unwrap_or_else(|| Failure::new("tpdu", "no layer to try", 0, "input"));
    f.layer_guessed = several;
    Err(f)
}
