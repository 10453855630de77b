//! The protocol layers `smsip decode` knows. A layer is one module with one function that
//! turns octets into a neutral [`Node`] tree (or a [`Failure`]); adding a layer means writing
//! that function and listing it in [`LAYERS`].

pub mod tpdu;

use crate::tree::{Node, Value};
use std::fmt;

/// Which way a message travels: MS to SC (mobile originated) or SC to MS (mobile terminated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// MS to SC (`ms2sc`, also `mo`).
    MsToSc,
    /// SC to MS (`sc2ms`, also `mt`).
    ScToMs,
}

impl Direction {
    /// The option value and JSON spelling: `ms2sc` or `sc2ms`.
    pub const fn name(self) -> &'static str {
        match self {
            Direction::MsToSc => "ms2sc",
            Direction::ScToMs => "sc2ms",
        }
    }

    /// Parses `ms2sc`/`mo` or `sc2ms`/`mt` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "ms2sc" | "mo" => Some(Direction::MsToSc),
            "sc2ms" | "mt" => Some(Direction::ScToMs),
            _ => None,
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which RP message carried a report (SMS-DELIVER-REPORT, SMS-SUBMIT-REPORT): only the
/// RP-ERROR form has TP-FCS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Report {
    /// RP-ACK.
    Ack,
    /// RP-ERROR.
    Error,
    /// Not known: the layer guesses.
    #[default]
    Unknown,
}

impl Report {
    /// Parses `ack`, `error` or `unknown` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "ack" => Some(Report::Ack),
            "error" => Some(Report::Error),
            "unknown" => Some(Report::Unknown),
            _ => None,
        }
    }
}

/// What the command line tells every layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// `--direction`; `None` lets the layer try both.
    pub direction: Option<Direction>,
    /// `--report`.
    pub report: Report,
}

/// A message that could not be decoded: where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The layer that failed (`tpdu`), or `hex` for unreadable input text.
    pub layer: &'static str,
    /// What went wrong, as the decoder says it.
    pub message: String,
    /// Octet offset of the fault in the message (for `hex`: byte index in the input text).
    pub offset: usize,
    /// The field in error, as the specification names it.
    pub field: String,
    /// Further members the layer adds (the direction it tried, ...).
    pub details: Vec<Node>,
}

impl Failure {
    /// The failure as a tree: JSON `{"layer", "error", "offset", "field", ...details}`, text
    /// `error: <message>` with the members below it.
    pub fn into_node(self) -> Node {
        Node::new("error", Value::Summary(self.message.clone()))
            .child(Node::new("layer", Value::word(self.layer)))
            .child(Node::new("error", Value::Text(self.message)).json_only())
            .child(Node::new("offset", Value::UInt(self.offset as u64)))
            .child(Node::new("field", Value::string(self.field)))
            .with_children(self.details)
    }
}

/// A decoder of one layer.
pub struct Layer {
    /// The `--layer` value.
    pub name: &'static str,
    /// One line for `--help`.
    pub about: &'static str,
    /// Decodes one message.
    pub decode: fn(&[u8], &Options) -> Result<Node, Failure>,
}

/// Every layer, the default first.
pub const LAYERS: &[Layer] = &[Layer {
    name: "tpdu",
    about: "SM-TL TPDU, 3GPP TS 23.040 (SMS-DELIVER, SMS-SUBMIT, reports, SMS-COMMAND)",
    decode: tpdu::decode,
}];

/// The layer named `name`.
pub fn find(name: &str) -> Option<&'static Layer> {
    LAYERS.iter().find(|l| l.name.eq_ignore_ascii_case(name))
}
