//! Tree to JSON.
//!
//! A node with children becomes an object of them (its value, unless a
//! [`Value::Summary`], first as `"value"`); an [`Kind::Inline`] child puts its value under its
//! own name and its children directly into the enclosing object; a [`Kind::List`] node becomes
//! an array, a [`Kind::Record`] node an object even when empty; any other node is its value.

use crate::tree::{Kind, Node, Value};
use serde_json::{Map, Value as Json};

/// The JSON of a node.
pub fn to_json(node: &Node) -> Json {
    match node.kind {
        Kind::List => Json::Array(node.children.iter().map(to_json).collect()),
        Kind::Record => object(node),
        _ if !node.children.is_empty() => object(node),
        _ => value(&node.value),
    }
}

/// The object of a node's children (its value, unless a [`Value::Summary`] or none, first as
/// `"value"`).
fn object(node: &Node) -> Json {
    let mut map = Map::new();
    if !matches!(node.value, Value::None | Value::Summary(_)) {
        map.insert("value".into(), value(&node.value));
    }
    members(node, &mut map);
    Json::Object(map)
}

/// Adds the children of `node` to `map`, flattening inline ones.
fn members(node: &Node, map: &mut Map<String, Json>) {
    for c in &node.children {
        if c.kind == Kind::Inline {
            if !matches!(c.value, Value::None) {
                map.insert(c.name.to_string(), value(&c.value));
            }
            members(c, map);
        } else {
            map.insert(c.name.to_string(), to_json(c));
        }
    }
}

/// The JSON of a scalar.
pub fn value(v: &Value) -> Json {
    match v {
        Value::None | Value::Null => Json::Null,
        Value::Flag(b) => Json::Bool(*b),
        Value::UInt(n) => Json::from(*n),
        Value::Int(n) => Json::from(*n),
        Value::Code(n) => Json::from(*n),
        Value::Str(s) => Json::String(s.to_string()),
        Value::Text(s) | Value::Summary(s) => Json::String(s.clone()),
        Value::Hex(b) => Json::String(smsip_core::hex::encode(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_inline_members_and_lists() {
        let root = Node::group(
            "root",
            vec![
                Node::new("layer", Value::word("tpdu")),
                Node::new("first_octet", Value::Code(4))
                    .child(Node::new("tp_mti", Value::UInt(0)))
                    .child(Node::new("tp_mms", Value::Flag(true)))
                    .inline(),
                Node::new("tp_dcs", Value::Code(8))
                    .child(Node::new("alphabet", Value::word("ucs2")))
                    .child(Node::new("class", Value::Null)),
                Node::new("tp_oa", Value::Summary("+44".into()))
                    .child(Node::new("digits", Value::string("44"))),
                Node::list(
                    "udh",
                    vec![Node::group(
                        "ie",
                        vec![Node::new("data", Value::Hex(vec![0xA5, 2, 1]))],
                    )],
                ),
                Node::new("summary", Value::Summary("s".into())),
            ],
        );
        assert_eq!(
            to_json(&root),
            json!({
                "layer": "tpdu",
                "first_octet": 4, "tp_mti": 0, "tp_mms": true,
                "tp_dcs": {"value": 8, "alphabet": "ucs2", "class": null},
                "tp_oa": {"digits": "44"},
                "udh": [{"data": "a50201"}],
                "summary": "s",
            })
        );
        // Members keep the order they were added in.
        let keys: Vec<_> = to_json(&root)
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(keys[..3], ["layer", "first_octet", "tp_mti"]);
    }
}
