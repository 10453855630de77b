//! The neutral tree every layer decodes into and every renderer reads.
//!
//! A layer turns one message into a [`Node`]: a name (the JSON member name, snake case), a typed
//! [`Value`], an optional human note and children. Two flags say where a node appears: some
//! nodes are for JSON only ([`Show`]), and [`Kind`] says how children map to JSON (an
//! object, members of the parent object, or an array). The renderers in [`crate::render`] know
//! nothing about any protocol.

use std::borrow::Cow;

/// A typed scalar.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value: the node is only a heading for its children (text) or an object (JSON).
    None,
    /// JSON `null`; text `none`.
    Null,
    /// A one-bit flag: text `1`/`0`, JSON `true`/`false`.
    Flag(bool),
    /// An unsigned integer: decimal in both outputs.
    UInt(u64),
    /// A signed integer: decimal in both outputs.
    Int(i64),
    /// An octet-sized code: text `0x2a`, JSON the number.
    Code(u8),
    /// A word or identifier: shown as is in text, a JSON string.
    Str(Cow<'static, str>),
    /// Decoded message text: quoted and escaped in text, a JSON string.
    Text(String),
    /// Binary data: lower-case hex in both outputs (a JSON string).
    Hex(Vec<u8>),
    /// A human summary of a node that JSON shows through its children. With no JSON children
    /// it is a JSON string.
    Summary(String),
}

/// Which outputs show a node (JSON shows every node).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    /// Text and JSON.
    #[default]
    Both,
    /// JSON only (machine-oriented details such as `tp_pid_name`).
    Json,
}

/// How a node's children map to JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// Children become a JSON object (or the node is a scalar when it has none).
    #[default]
    Object,
    /// The node is a heading in text only: in JSON its value (if any) is a member of the
    /// parent object under its own name and its children are members of the parent too.
    Inline,
    /// Children become a JSON array (their names are not used).
    List,
    /// Children become a JSON object, also when there are none (`{}`): a SEQUENCE whose members
    /// are all optional.
    Record,
}

/// One node of the decoded tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// JSON member name, snake case (`tp_oa`).
    pub name: Cow<'static, str>,
    /// Text label; `None` derives it from the name (see [`Node::label`]).
    pub label: Option<Cow<'static, str>>,
    /// The value.
    pub value: Value,
    /// A human explanation, shown in parentheses after the value in text only.
    pub note: Option<String>,
    /// Children, in wire order.
    pub children: Vec<Node>,
    /// Which outputs show the node.
    pub show: Show,
    /// How the children map to JSON.
    pub kind: Kind,
}

impl Node {
    /// A node with a value and nothing else.
    pub fn new(name: impl Into<Cow<'static, str>>, value: Value) -> Self {
        Node {
            name: name.into(),
            label: None,
            value,
            note: None,
            children: Vec::new(),
            show: Show::Both,
            kind: Kind::Object,
        }
    }

    /// A node without a value, holding children.
    pub fn group(name: impl Into<Cow<'static, str>>, children: Vec<Node>) -> Self {
        Node::new(name, Value::None).with_children(children)
    }

    /// A JSON array of `items` (their names only label them in text).
    pub fn list(name: impl Into<Cow<'static, str>>, items: Vec<Node>) -> Self {
        let mut n = Node::group(name, items);
        n.kind = Kind::List;
        n
    }

    /// Sets the text label.
    pub fn label(mut self, label: impl Into<Cow<'static, str>>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Sets the human note shown after the value in text.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Sets the note when there is one.
    pub fn note_opt(mut self, note: Option<impl Into<String>>) -> Self {
        self.note = note.map(Into::into);
        self
    }

    /// Adds a child.
    pub fn child(mut self, child: Node) -> Self {
        self.children.push(child);
        self
    }

    /// Adds children.
    pub fn with_children(mut self, children: impl IntoIterator<Item = Node>) -> Self {
        self.children.extend(children);
        self
    }

    /// Shows the node in JSON only.
    pub fn json_only(mut self) -> Self {
        self.show = Show::Json;
        self
    }

    /// Makes the node a JSON object even without children (see [`Kind::Record`]).
    pub fn record(mut self) -> Self {
        self.kind = Kind::Record;
        self
    }

    /// Merges the node into its parent's JSON object (see [`Kind::Inline`]).
    pub fn inline(mut self) -> Self {
        self.kind = Kind::Inline;
        self
    }

    /// The text label: the explicit one, else derived from the name: `tp_oa` gives `TP-OA`
    /// (names starting with a protocol prefix `tp_`, `rp_`, `cp_` are upper-cased and
    /// hyphenated as the specifications spell them), `first_octet` gives `first octet`.
    pub fn text_label(&self) -> Cow<'_, str> {
        if let Some(l) = &self.label {
            return Cow::Borrowed(l);
        }
        let n = self.name.as_ref();
        if ["tp_", "rp_", "cp_"].iter().any(|p| n.starts_with(p)) {
            Cow::Owned(n.to_ascii_uppercase().replace('_', "-"))
        } else if n.contains('_') {
            Cow::Owned(n.replace('_', " "))
        } else {
            Cow::Borrowed(n)
        }
    }

    /// True when the text output shows the node.
    pub fn in_text(&self) -> bool {
        self.show != Show::Json
    }
}

/// Shorthands for building values.
impl Value {
    /// A static word.
    pub fn word(s: &'static str) -> Value {
        Value::Str(Cow::Borrowed(s))
    }

    /// An owned word.
    pub fn string(s: impl Into<String>) -> Value {
        Value::Str(Cow::Owned(s.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_spec_spelling() {
        assert_eq!(Node::new("tp_oa", Value::None).text_label(), "TP-OA");
        assert_eq!(Node::new("rp_mr", Value::None).text_label(), "RP-MR");
        assert_eq!(
            Node::new("first_octet", Value::None).text_label(),
            "first octet"
        );
        assert_eq!(Node::new("text", Value::None).text_label(), "text");
        assert_eq!(
            Node::new("udh", Value::None).label("UDH").text_label(),
            "UDH"
        );
    }
}
