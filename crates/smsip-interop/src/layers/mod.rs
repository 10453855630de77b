//! One module per protocol layer: what smsip's decode of a message says tshark should show.
//!
//! A layer module has `PROTOCOL` (tshark's protocol name), `FIELDS` (the tshark field names it
//! maps) and an `expect` function that decodes its PDU with smsip, adds the fields, and hands
//! any inner PDU to the next layer: CP → RP → TPDU, TCAP → MAP → TPDU, and TCAP's user
//! information → MAP dialogue PDU (`map_dialogue`).

pub mod cp;
#[cfg(feature = "map-tcap")]
pub mod map;
#[cfg(feature = "map-tcap")]
pub mod map_dialogue;
pub mod rp;
#[cfg(feature = "map-tcap")]
pub mod tcap;
pub mod tpdu;

use std::collections::BTreeSet;

/// Every tshark field name some layer maps.
pub fn known_fields() -> BTreeSet<&'static str> {
    let fields = tpdu::FIELDS.iter().chain(rp::FIELDS).chain(cp::FIELDS);
    #[cfg(feature = "map-tcap")]
    let fields = fields
        .chain(tcap::FIELDS)
        .chain(map::FIELDS)
        .chain(map_dialogue::FIELDS);
    fields.copied().collect()
}
