//! Shared primitives of the smsip codecs.
//!
//! Every layer crate (TPDU, RP, BER/MAP, TCAP) decodes with the same [`Reader`], writes through
//! the same [`Sink`], spells BCD/TBCD digits with the same [`digits`] codec and declares its
//! registry values (TP-PID, RP-Cause, MAP error codes, ...) with the same [`open_enum!`] macro.
//! "One of each mechanism": if two crates need a thing, it lives here.
//!
//! ```
//! use smsip_core::Reader;
//! let mut r = Reader::new(&[0x0C, 0x91, 0x44]);
//! assert_eq!(r.u8("TP-DA length").unwrap(), 0x0C);
//! assert_eq!(r.offset(), 1);
//! assert!(r.take(5, "TP-DA value").is_err());
//! ```
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

pub mod digits;
#[cfg(feature = "alloc")]
pub mod hex;
mod open_enum;
mod reader;
mod sink;

pub use reader::{ReadError, Reader};
pub use sink::{Sink, SliceSink, SliceTooSmall};
