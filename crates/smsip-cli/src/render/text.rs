//! Tree to indented text: one line per node, `label: value (note)`, children two spaces in.

use crate::tree::{Node, Value};
use std::fmt::Write;

/// The text of a tree, one line per text-visible node, ending with a newline.
pub fn to_text(node: &Node) -> String {
    let mut out = String::new();
    line(node, 0, &mut out);
    out
}

fn line(node: &Node, depth: usize, out: &mut String) {
    if !node.in_text() {
        return;
    }
    for _ in 0..depth {
        out.push_str("  ");
    }
    out.push_str(&node.text_label());
    let v = value(&node.value);
    if !v.is_empty() {
        out.push_str(": ");
        out.push_str(&v);
    }
    if let Some(n) = &node.note {
        let _ = write!(out, " ({n})");
    }
    out.push('\n');
    for c in &node.children {
        line(c, depth + 1, out);
    }
}

/// The text of a scalar (empty for [`Value::None`]).
pub fn value(v: &Value) -> String {
    match v {
        Value::None => String::new(),
        Value::Null => "none".into(),
        Value::Flag(b) => u8::from(*b).to_string(),
        Value::UInt(n) => n.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Code(n) => format!("0x{n:02x}"),
        Value::Str(s) => s.to_string(),
        Value::Text(s) => format!("{s:?}"),
        Value::Hex(b) if b.is_empty() => "(empty)".into(),
        Value::Hex(b) => smsip_core::hex::encode(b),
        Value::Summary(s) => s.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_lines() {
        let root = Node::group(
            "root",
            vec![
                Node::new("first_octet", Value::Code(4))
                    .child(Node::new("tp_mms", Value::Flag(true)).note("no more messages"))
                    .inline(),
                Node::new("tp_pid_name", Value::word("x")).json_only(),
                Node::new("text", Value::Text("Olá \"€\"\n".into())),
                Node::new("tp_ud", Value::Hex(vec![])),
            ],
        )
        .label("SMS-DELIVER")
        .note("sc2ms");
        assert_eq!(
            to_text(&root),
            "SMS-DELIVER (sc2ms)\n  first octet: 0x04\n    TP-MMS: 1 (no more messages)\n  \
             text: \"Olá \\\"€\\\"\\n\"\n  TP-UD: (empty)\n"
        );
    }
}
