//! # smsip-tpdu
//!
//! Zero-copy decoding and allocation-free encoding of the SMS transfer layer PDUs of
//! 3GPP TS 23.040 (SMS-DELIVER, SMS-DELIVER-REPORT, SMS-SUBMIT, SMS-SUBMIT-REPORT,
//! SMS-STATUS-REPORT, SMS-COMMAND) with the TS 23.038 alphabets.
//!
//! Decoders return views that borrow the input ([`Deliver<'a>`](Deliver) holds its TP-UD as a
//! slice); scalar fields are read eagerly, text and UDH IEs lazily. Encoders write into any
//! [`Sink`]: a `Vec<u8>` or a caller's slice.
//!
//! TP-MTI means different things in the two directions, so decoding takes the [`Direction`];
//! the report TPDUs also need to know whether RP-ACK or RP-ERROR carried them
//! ([`ReportContext`]), since only the RP-ERROR form has TP-FCS.
//!
//! ```
//! use smsip_tpdu::{Direction, Tpdu};
//! let pdu = smsip_core::hex::decode("040C91447700094065000042305141030040 05C8329BFD06").unwrap();
//! let Ok(Tpdu::Deliver(d)) = Tpdu::decode(&pdu, Direction::ScToMs) else { panic!() };
//! assert_eq!(d.oa.to_string(), "+447700900456");
//! assert_eq!(d.scts.rfc3339().to_string(), "2024-03-15T14:30:00+01:00");
//! let mut text = String::new();
//! d.text_into(&mut text);
//! assert_eq!(text, "Hello");
//! let mut out = Vec::new();
//! Tpdu::Deliver(d).encode(&mut out).unwrap();
//! assert_eq!(out, pdu);
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

mod address;
pub mod alphabet;
mod command;
mod dcs;
mod deliver;
mod deliver_report;
mod error;
mod fcs;
mod pi;
mod pid;
#[cfg(feature = "alloc")]
pub mod reassembly;
pub mod split;
mod status_report;
mod submit;
mod submit_report;
mod timestamp;
pub mod udh;
pub mod user_data;
pub mod vp;

pub use address::{Address, NumberingPlan, TypeOfNumber, MAX_ADDRESS_SEMI_OCTETS};
pub use command::Command;
pub use dcs::{Alphabet, Dcs, DcsGroup, MessageClass, WaitingKind};
pub use deliver::Deliver;
pub use deliver_report::DeliverReport;
pub use error::{DecodeError, EncodeError};
pub use fcs::{CommandType, Fcs, Status, StatusCategory};
pub use pi::OptionalParams;
pub use pid::Pid;
#[cfg(feature = "alloc")]
pub use split::{DeliverBuilder, SplitMessage, SubmitBuilder};
pub use status_report::StatusReport;
pub use submit::Submit;
pub use submit_report::SubmitReport;
pub use timestamp::{Rfc3339, Timestamp};
pub use user_data::{Text, UserData, UserDataBuf};
pub use vp::ValidityPeriod;

use smsip_core::{Reader, Sink};

/// Which way the TPDU travels; TP-MTI is read accordingly (TS 23.040 §9.2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Direction {
    /// MS to SC: SMS-SUBMIT, SMS-COMMAND, SMS-DELIVER-REPORT.
    MsToSc,
    /// SC to MS: SMS-DELIVER, SMS-STATUS-REPORT, SMS-SUBMIT-REPORT.
    ScToMs,
}

/// Which RP message carried a report TPDU: only the RP-ERROR form has TP-FCS
/// (TS 23.040 §9.2.2.1a, §9.2.2.2a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ReportContext {
    /// Carried in RP-ACK: no TP-FCS.
    Ack,
    /// Carried in RP-ERROR: TP-FCS after the first octet.
    Error,
    /// Not known (a bare TPDU): a second octet with bit 7 set is TP-FCS (every assigned cause
    /// is 0x80 or above); otherwise the RP-ACK form is tried, then the RP-ERROR form.
    #[default]
    Unknown,
}

/// The six TPDU types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TpduType {
    /// SMS-DELIVER.
    Deliver,
    /// SMS-DELIVER-REPORT.
    DeliverReport,
    /// SMS-SUBMIT.
    Submit,
    /// SMS-SUBMIT-REPORT.
    SubmitReport,
    /// SMS-STATUS-REPORT.
    StatusReport,
    /// SMS-COMMAND.
    Command,
}

impl TpduType {
    /// The spec name (`"SMS-DELIVER"`, ...).
    pub const fn name(self) -> &'static str {
        match self {
            TpduType::Deliver => "SMS-DELIVER",
            TpduType::DeliverReport => "SMS-DELIVER-REPORT",
            TpduType::Submit => "SMS-SUBMIT",
            TpduType::SubmitReport => "SMS-SUBMIT-REPORT",
            TpduType::StatusReport => "SMS-STATUS-REPORT",
            TpduType::Command => "SMS-COMMAND",
        }
    }

    /// The type a TP-MTI value names in a direction. The reserved 11 reads as SMS-DELIVER from
    /// SC to MS (TS 23.040 §9.2.3.1); from MS to SC it names no type and is returned as
    /// `Command` here (the decoder rejects it with [`DecodeError::ReservedMti`]).
    pub const fn from_mti(mti: u8, dir: Direction) -> TpduType {
        match (dir, mti & 3) {
            (Direction::ScToMs, 1) => TpduType::SubmitReport,
            (Direction::ScToMs, 2) => TpduType::StatusReport,
            (Direction::ScToMs, _) => TpduType::Deliver,
            (Direction::MsToSc, 0) => TpduType::DeliverReport,
            (Direction::MsToSc, 1) => TpduType::Submit,
            (Direction::MsToSc, _) => TpduType::Command,
        }
    }

    /// The direction the type travels in.
    pub const fn direction(self) -> Direction {
        match self {
            TpduType::Deliver | TpduType::SubmitReport | TpduType::StatusReport => {
                Direction::ScToMs
            }
            _ => Direction::MsToSc,
        }
    }
}

impl core::fmt::Display for TpduType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// Any TPDU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Tpdu<'a> {
    /// SMS-DELIVER.
    Deliver(Deliver<'a>),
    /// SMS-DELIVER-REPORT.
    DeliverReport(DeliverReport<'a>),
    /// SMS-SUBMIT.
    Submit(Submit<'a>),
    /// SMS-SUBMIT-REPORT.
    SubmitReport(SubmitReport<'a>),
    /// SMS-STATUS-REPORT.
    StatusReport(StatusReport<'a>),
    /// SMS-COMMAND.
    Command(Command<'a>),
}

impl<'a> Tpdu<'a> {
    /// Decodes a TPDU travelling in `dir`; report forms are guessed ([`ReportContext::Unknown`]).
    pub fn decode(bytes: &'a [u8], dir: Direction) -> Result<Self, DecodeError> {
        Self::decode_with(bytes, dir, ReportContext::Unknown)
    }

    /// Decodes a TPDU travelling in `dir`, carried in the RP message `report` names.
    pub fn decode_with(
        bytes: &'a [u8],
        dir: Direction,
        report: ReportContext,
    ) -> Result<Self, DecodeError> {
        let first = *bytes.first().ok_or(DecodeError::Empty)?;
        Ok(match (dir, first & 3) {
            (Direction::ScToMs, 0 | 3) => Tpdu::Deliver(Deliver::decode(bytes)?),
            (Direction::ScToMs, 1) => Tpdu::SubmitReport(SubmitReport::decode(bytes, report)?),
            (Direction::ScToMs, _) => Tpdu::StatusReport(StatusReport::decode(bytes)?),
            (Direction::MsToSc, 0) => Tpdu::DeliverReport(DeliverReport::decode(bytes, report)?),
            (Direction::MsToSc, 1) => Tpdu::Submit(Submit::decode(bytes)?),
            (Direction::MsToSc, 2) => Tpdu::Command(Command::decode(bytes)?),
            (Direction::MsToSc, _) => return Err(DecodeError::ReservedMti),
        })
    }

    /// The type.
    pub const fn tpdu_type(&self) -> TpduType {
        match self {
            Tpdu::Deliver(_) => TpduType::Deliver,
            Tpdu::DeliverReport(_) => TpduType::DeliverReport,
            Tpdu::Submit(_) => TpduType::Submit,
            Tpdu::SubmitReport(_) => TpduType::SubmitReport,
            Tpdu::StatusReport(_) => TpduType::StatusReport,
            Tpdu::Command(_) => TpduType::Command,
        }
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        match self {
            Tpdu::Deliver(t) => t.encoded_len(),
            Tpdu::DeliverReport(t) => t.encoded_len(),
            Tpdu::Submit(t) => t.encoded_len(),
            Tpdu::SubmitReport(t) => t.encoded_len(),
            Tpdu::StatusReport(t) => t.encoded_len(),
            Tpdu::Command(t) => t.encoded_len(),
        }
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        match self {
            Tpdu::Deliver(t) => t.encode(out),
            Tpdu::DeliverReport(t) => t.encode(out),
            Tpdu::Submit(t) => t.encode(out),
            Tpdu::SubmitReport(t) => t.encode(out),
            Tpdu::StatusReport(t) => t.encode(out),
            Tpdu::Command(t) => t.encode(out),
        }
    }

    /// Writes the TPDU into `buf`; returns the octets written.
    ///
    /// ```
    /// use smsip_tpdu::{Tpdu, Command};
    /// let mut buf = [0u8; 32];
    /// let n = Tpdu::Command(Command::default()).encode_to_slice(&mut buf).unwrap();
    /// assert_eq!(&buf[..n], &[0x02, 0, 0, 0, 0, 0x00, 0x81, 0x00]);
    /// ```
    pub fn encode_to_slice(&self, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let mut s = smsip_core::SliceSink::new(buf);
        self.encode(&mut s)?;
        Ok(s.finish()?)
    }

    /// The TP-UD text, decoded lazily (empty for SMS-COMMAND and 8-bit data).
    pub fn text(&self) -> Text<'a> {
        match self {
            Tpdu::Deliver(t) => t.text(),
            Tpdu::DeliverReport(t) => t.text(),
            Tpdu::Submit(t) => t.text(),
            Tpdu::SubmitReport(t) => t.text(),
            Tpdu::StatusReport(t) => t.text(),
            Tpdu::Command(_) => UserData::default().text(Dcs::EIGHT_BIT),
        }
    }
}

/// Errors on octets left after the last field.
pub(crate) fn finish(r: &Reader<'_>, t: TpduType) -> Result<(), DecodeError> {
    if r.is_empty() {
        Ok(())
    } else {
        Err(DecodeError::Trailing {
            tpdu: t.name(),
            offset: r.offset(),
            count: r.remaining(),
        })
    }
}
