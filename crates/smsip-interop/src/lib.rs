//! # smsip-interop
//!
//! The standing interoperability and hostile-input checks of the smsip codecs. Not a library
//! for users (`publish = false`): its tests are the product.
//!
//! * `tests/wireshark.rs` encodes a corpus of messages with smsip's own encoders and builders
//!   ([`corpus`]), wraps them in a pcap with a user DLT ([`pcap`]), lets Wireshark's `tshark`
//!   dissect them ([`tshark`]), and compares every field tshark shows with smsip's decode of the
//!   same bytes ([`layers`] map smsip values to tshark fields, [`compare`] compares them and
//!   holds the one table of known tshark defects it skips).
//! * `tests/hostile.rs` feeds every decoder entry point truncations, bit flips and random bytes
//!   derived from the valid vectors in [`vectors`], plus hand-made hostile inputs, under a
//!   counting allocator.
//!
//! Adding a layer (MAP, TCAP) is one module in [`layers`] (its expected fields and field-name
//! table), one [`corpus::Carrier`] (the dissector tshark starts from) and its corpus entries.
#![forbid(unsafe_code)]

pub mod compare;
pub mod corpus;
pub mod expect;
pub mod layers;
pub mod pcap;
pub mod tshark;
pub mod vectors;
