//! The protocol layers `smsip decode` knows. A layer is one module with one function that
//! turns octets into a neutral [`Node`] tree (or a [`Failure`]); adding a layer means writing
//! that function and listing it in [`LAYERS`]. A layer that carries another (CP-DATA an RPDU,
//! an RP message a TPDU) calls the inner layer's function and nests its tree.

pub mod auto;
pub mod cp;
pub mod map;
pub mod rp;
pub mod tcap;
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

impl From<smsip_tpdu::Direction> for Direction {
    fn from(d: smsip_tpdu::Direction) -> Self {
        match d {
            smsip_tpdu::Direction::MsToSc => Direction::MsToSc,
            smsip_tpdu::Direction::ScToMs => Direction::ScToMs,
        }
    }
}

impl From<Direction> for smsip_tpdu::Direction {
    fn from(d: Direction) -> Self {
        match d {
            Direction::MsToSc => smsip_tpdu::Direction::MsToSc,
            Direction::ScToMs => smsip_tpdu::Direction::ScToMs,
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
    /// `--op`, `--kind`, `--map-version`: what a MAP parameter is (the `map` layer only).
    pub map: Option<map::MapOptions>,
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
    pub field: &'static str,
    /// Further members the layer adds (the direction it tried, ...).
    pub details: Vec<Node>,
    /// The messages around the one that failed, outermost first (an RPDU inside CP-DATA, a
    /// TPDU inside RP-DATA); empty for the outermost message.
    pub enclosing: Vec<Enclosing>,
    /// The layer was not given and every layer the detection rule allows failed: this is the
    /// failure that got furthest.
    pub layer_guessed: bool,
    /// For an input that ends too soon: how many more octets the decoder wanted (0 for other
    /// faults). Not shown; it ranks the failures of the layers tried (see [`auto`]).
    pub missing: u32,
}

/// A message around a failed one: the CP-DATA or RP message whose user data did not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enclosing {
    /// Its layer (`cp`, `rp`).
    pub layer: &'static str,
    /// Its type (`CP-DATA`, `RP-DATA`, ...).
    pub kind: &'static str,
    /// Its direction, for RP messages (`ms2n`, `n2ms`).
    pub direction: Option<&'static str>,
    /// Octet offset of its user data (the failed message) in the input.
    pub offset: usize,
}

impl Failure {
    /// A failure without details.
    pub fn new(
        layer: &'static str,
        message: impl Into<String>,
        offset: usize,
        field: &'static str,
    ) -> Self {
        Failure {
            layer,
            message: message.into(),
            offset,
            field,
            details: Vec::new(),
            enclosing: Vec::new(),
            layer_guessed: false,
            missing: 0,
        }
    }

    /// Sets [`Failure::missing`].
    pub fn with_missing(mut self, missing: usize) -> Self {
        self.missing = u32::try_from(missing).unwrap_or(u32::MAX);
        self
    }

    /// Adds members after `field`.
    pub fn with_details(mut self, details: impl IntoIterator<Item = Node>) -> Self {
        self.details.extend(details);
        self
    }

    /// The failure of a message carried as the user data of `outer` (`what`: `"TPDU in
    /// RP-User-Data"`), with `outer.offset` its offset in the enclosing message: offsets become
    /// offsets in the enclosing message, and the text says where the failed message starts
    /// (the offsets in the inner decoder's text stay relative to that start).
    pub fn enclosed_in(mut self, outer: Enclosing, what: &str) -> Self {
        let base = outer.offset;
        self.message = format!("{what} at offset {base}: {}", self.message);
        self.offset += base;
        for e in &mut self.enclosing {
            e.offset += base;
        }
        self.enclosing.insert(0, outer);
        self
    }

    /// The failure as a tree: JSON `{"layer", "layer_guessed"?, "error", "offset", "field",
    /// ...details, "enclosing"?}`, text `error: <message>` with the members below it.
    pub fn into_node(self) -> Node {
        let mut n = Node::new("error", Value::Summary(self.message.clone()))
            .child(Node::new("layer", Value::word(self.layer)));
        if self.layer_guessed {
            n = n.child(
                Node::new("layer_guessed", Value::Flag(true))
                    .note("no layer decodes; this error got furthest, try --layer"),
            );
        }
        n = n
            .child(Node::new("error", Value::Text(self.message)).json_only())
            .child(Node::new("offset", Value::UInt(self.offset as u64)))
            .child(Node::new("field", Value::word(self.field)))
            .with_children(self.details);
        if !self.enclosing.is_empty() {
            let items = self.enclosing.into_iter().map(enclosing_node).collect();
            n = n.child(Node::list("enclosing", items).label("enclosed in"));
        }
        n
    }
}

/// One item of `enclosing`: JSON `{"layer", "type", "direction"?, "offset"}`, text
/// `rp: RP-DATA (n2ms), user data at offset 9`.
fn enclosing_node(e: Enclosing) -> Node {
    let mut shown = e.kind.to_string();
    if let Some(d) = e.direction {
        shown.push_str(&format!(" ({d})"));
    }
    shown.push_str(&format!(", user data at offset {}", e.offset));
    let mut n = Node::new("message", Value::Summary(shown))
        .label(e.layer)
        .child(Node::new("layer", Value::word(e.layer)).json_only())
        .child(Node::new("type", Value::word(e.kind)).json_only());
    if let Some(d) = e.direction {
        n = n.child(Node::new("direction", Value::word(d)).json_only());
    }
    n.child(Node::new("offset", Value::UInt(e.offset as u64)).json_only())
}

/// Marks a decoded message as one whose layer was guessed although `others` decode it too:
/// JSON `"layer_guessed": true` after `layer`, and a note on the text heading.
pub fn mark_layer_guessed(node: &mut Node, others: &[&str]) {
    let at = node
        .children
        .iter()
        .position(|c| c.name == "layer")
        .map_or(0, |i| i + 1);
    node.children.insert(
        at,
        Node::new("layer_guessed", Value::Flag(true)).json_only(),
    );
    let mark = format!("layer guessed, also decodes as {}", others.join(", "));
    node.note = Some(match node.note.take() {
        Some(n) => format!("{n}, {mark}"),
        None => mark,
    });
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
pub const LAYERS: &[Layer] = &[
    Layer {
        name: "auto",
        about: "tcap, cp, rp or tpdu, by the rule below",
        decode: auto::decode,
    },
    Layer {
        name: "tpdu",
        about: "SM-TL TPDU, 3GPP TS 23.040 (SMS-DELIVER, SMS-SUBMIT, reports, SMS-COMMAND)",
        decode: tpdu::decode,
    },
    Layer {
        name: "rp",
        about: "RPDU, 3GPP TS 24.011 (RP-DATA, RP-ACK, RP-ERROR, RP-SMMA) and its TPDU",
        decode: rp::decode,
    },
    Layer {
        name: "cp",
        about: "CP message, 3GPP TS 24.011 (CP-DATA, CP-ACK, CP-ERROR) and its RPDU",
        decode: cp::decode,
    },
    Layer {
        name: "map",
        about: "MAP parameter, 3GPP TS 29.002 short-message operations (needs --op, --kind)",
        decode: map::decode,
    },
    Layer {
        name: "tcap",
        about: "TCAP message, ITU-T Q.773, of a MAP dialogue, with its components' MAP values",
        decode: tcap::decode,
    },
];

/// The layer named `name`.
pub fn find(name: &str) -> Option<&'static Layer> {
    LAYERS.iter().find(|l| l.name.eq_ignore_ascii_case(name))
}
