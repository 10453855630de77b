//! # smsip-rp
//!
//! Zero-copy codec for the SMS relay layer of 3GPP TS 24.011 — RP-DATA (both directions),
//! RP-ACK, RP-ERROR and RP-SMMA — the connection layer (CP-DATA, CP-ACK, CP-ERROR) in [`cp`],
//! and the SMS-over-IP body helpers of TS 24.341 in [`sip`].
//!
//! ```text
//! SIP MESSAGE body (application/vnd.3gpp.sms) = RPDU:  RP-MTI | RP-MR | IEs… | RP-User-Data = TPDU
//! radio path:  CP-DATA ( CP-User-Data = RPDU )
//! ```
//!
//! Decoding borrows from the input and never allocates: [`RpMessage::decode`] returns structs
//! holding slices of the buffer, and the TPDU inside RP-User-Data is decoded on demand with
//! the TPDU decoder of `smsip-tpdu` (its direction and report variant follow from RP-MTI).
//! Encoding writes through any [`smsip_core::Sink`] (a `Vec<u8>` or a fixed slice); every
//! message knows its `encoded_len()`. Decoding then encoding gives the input back, bit for bit,
//! the spare bits 8-4 of the RP-MTI octet included (TS 24.011 §8.2.2 sends them as 0; a
//! message received with them set keeps them in its `spare` field, a [`SpareBits`]).
//!
//! What TS 24.011 forbids is refused with a [`DecodeError`] at the offending octet: RP-MTI 7,
//! an RP-DATA whose RP-User-Data is empty (§8.2.5.3: one TPDU, 1..=232 octets), an address IE
//! of length 1 (§8.2.5.1, §8.2.5.2: 0 when absent, else 2..=11), a CP TI value of 7
//! (TS 24.007 §11.2.3.1.3: reserved for the TI extension).
//!
//! ```
//! use smsip_rp::{Direction, RpMessage};
//! // rp.md §2.6: RP-DATA MS → network carrying the SMS-SUBMIT of tpdu.md §13.1.
//! let body = [0x00, 0x01, 0x00, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x10, 0x31,
//!             0x2A, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0xA7, 0x02,
//!             0xC8, 0x34];
//! let RpMessage::Data(data) = RpMessage::decode(&body).unwrap() else { panic!() };
//! assert_eq!(data.direction, Direction::MsToNetwork);
//! assert_eq!(data.reference, 1);
//! assert_eq!(data.originator, None);
//! assert_eq!(data.service_centre().unwrap().to_string(), "+447700900000");
//! assert_eq!(data.user_data.len(), 16);
//!
//! // The network's answer, an RP-ACK with the same RP-MR.
//! let mut out = Vec::new();
//! data.ack().encode(&mut out);
//! assert_eq!(out, [0x03, 0x01]);
//!
//! // Re-encoding gives the input back.
//! out.clear();
//! data.encode(&mut out);
//! assert_eq!(out, body);
//! ```
//!
//! Errors carry the field and the octet offset; [`DecodeError::rp_cause`] gives the RP-Cause
//! to answer a bad RPDU with.
//!
//! ```
//! use smsip_rp::{DecodeError, RpCause, RpMessage};
//! let err = RpMessage::decode(&[0x00, 0x01, 0x00, 0x07, 0x91, 0x44]).unwrap_err();
//! assert_eq!((err.field(), err.offset()), ("RP-Destination Address", 6));
//! assert_eq!(err.rp_cause(), RpCause::INVALID_MANDATORY_INFORMATION);
//! ```
//!
//! Features: `std` (default) and `alloc` (the [`sip::Correlator`] needs it); `arbitrary`
//! derives `arbitrary::Arbitrary` for the message types (structured fuzzing). Without any the
//! crate is `no_std` and allocation-free.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod address;
mod cause;
pub mod cp;
mod error;
mod ie;
mod message;
mod mti;
mod octets;
mod rp_ack;
mod rp_data;
mod rp_error;
mod rp_smma;
pub mod sip;
pub mod timers;
mod tpdu;

pub use address::{NumberingPlan, RpAddress, TypeOfNumber};
pub use cause::RpCause;
pub use cp::{CpCause, CpMessage};
pub use error::{BuildError, DecodeError};
pub use ie::{Ie, Ies, UnknownIes, IEI_RP_CAUSE, IEI_RP_USER_DATA};
pub use message::RpMessage;
pub use mti::{Direction, MessageType, SpareBits};
pub use octets::{CpUserData, Diagnostic, Octets, UserData};
pub use rp_ack::RpAck;
pub use rp_data::RpData;
pub use rp_error::RpError;
pub use rp_smma::RpSmma;
pub use tpdu::{TpduBuf, TpduResult};
