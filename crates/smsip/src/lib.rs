//! # smsip
//!
//! Protocol codecs for SMS over IP: everything an IP Short Message Gateway (IP-SM-GW) decodes
//! and encodes between a UE on any IP access and the SS7 network.
//!
//! | module | crate | spec |
//! |---|---|---|
//! | [`core`] | `smsip-core` | the shared octet reader and sinks, semi-octet (TBCD) digits, hex |
//! | [`tpdu`] | `smsip-tpdu` | 3GPP TS 23.040 TPDUs, TS 23.038 alphabets |
//! | [`rp`] | `smsip-rp` | 3GPP TS 24.011 RP and CP, TS 24.341 SMS over IP body |
//! | [`ber`] | `smsip-ber` | ITU-T X.690 BER reader/writer, MAP primitives (TBCD, AddressString, ExtensionContainer) |
//! | [`map`] | `smsip-map` | 3GPP TS 29.002 MAP short-message operations and errors |
//! | [`tcap`] | `smsip-tcap` | ITU-T Q.773 TCAP messages, dialogue and components, Q.774 answers |
//!
//! ```
//! use smsip::tpdu::{Direction, Tpdu};
//! let pdu = [0x04, 0x04, 0x91, 0x36, 0x19, 0x00, 0x00, 0x51, 0x50, 0x71, 0x32, 0x20, 0x05, 0x23,
//!            0x08, 0xc8, 0x30, 0x3a, 0x8c, 0x0e, 0xa3, 0xc3];
//! let Tpdu::Deliver(d) = Tpdu::decode(&pdu, Direction::ScToMs).unwrap() else { panic!() };
//! assert_eq!(d.text().collect::<String>(), "Hahahaha");
//! ```
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]

pub use smsip_ber as ber;
pub use smsip_core as core;
pub use smsip_map as map;
pub use smsip_rp as rp;
pub use smsip_tcap as tcap;
pub use smsip_tpdu as tpdu;
