//! What smsip says a message contains, as the tshark fields it should show: a field name, the
//! octet offset in the packet, and a value typed the way it is compared.

use crate::tshark::TsField;

/// A value from smsip's decode, compared with tshark's text in the way its type needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    /// An integer (tshark prints it in decimal or `0x..` hex).
    U(u64),
    /// A flag (tshark prints `0` / `1`).
    B(bool),
    /// Text (digits, SMS text), compared exactly.
    S(String),
    /// Octets (tshark prints `aa:bb:cc`).
    Bytes(Vec<u8>),
    /// A field without a value (`FT_NONE`): only its presence at the position is compared.
    Present,
    /// A bit field whose mask matters (the fill bits: the mask's width is the count).
    Masked {
        /// The bits of the octet the field covers.
        mask: u64,
        /// Their value.
        value: u64,
    },
}

/// Parses tshark's text of an integer field: decimal, or hex with `0x`.
pub fn parse_uint(s: &str) -> Option<u64> {
    let s = s.trim();
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Parses tshark's text of a bytes field (`aa:bb:cc`, or `aabb`).
pub fn parse_bytes(s: &str) -> Option<Vec<u8>> {
    let h: String = s.chars().filter(|c| *c != ':').collect();
    if !h.len().is_multiple_of(2) {
        return None;
    }
    (0..h.len())
        .step_by(2)
        .map(|i| h.get(i..i + 2).and_then(|x| u8::from_str_radix(x, 16).ok()))
        .collect()
}

impl Val {
    /// Whether tshark's field carries this value.
    pub fn matches(&self, ts: &TsField) -> bool {
        match self {
            Val::U(v) => parse_uint(&ts.value) == Some(*v),
            Val::B(b) => parse_uint(&ts.value) == Some(u64::from(*b)),
            Val::S(s) => &ts.value == s,
            Val::Bytes(b) => parse_bytes(&ts.value).as_deref() == Some(b.as_slice()),
            Val::Present => true,
            Val::Masked { mask, value } => {
                ts.mask == *mask && parse_uint(&ts.value) == Some(*value)
            }
        }
    }

    /// An empty text or octet string (a zero-length item, which tshark shows without a
    /// position).
    pub fn is_empty(&self) -> bool {
        match self {
            Val::S(s) => s.is_empty(),
            Val::Bytes(b) => b.is_empty(),
            _ => false,
        }
    }

    /// For messages.
    pub fn show(&self) -> String {
        match self {
            Val::U(v) => v.to_string(),
            Val::B(b) => u8::from(*b).to_string(),
            Val::S(s) => format!("{s:?}"),
            Val::Bytes(b) => smsip_core::hex::encode(b),
            Val::Present => "(present)".into(),
            Val::Masked { mask, value } => format!("{value:#x} under mask {mask:#04x}"),
        }
    }
}

/// One field smsip expects tshark to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// tshark's field name.
    pub name: &'static str,
    /// Octet offset in the packet.
    pub pos: usize,
    /// The value.
    pub val: Val,
    /// A zero-length item (an empty MAP-ACCEPT, a NULL alternative): tshark's JSON gives it no
    /// position, so it matches by name. Empty text and octets ([`Val::is_empty`]) are always
    /// zero-length.
    pub zero_len: bool,
}

/// A TPDU found inside a message (for the known-defect rules, which look at its fields).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TpduSite {
    /// Offset of the TPDU's first octet in the packet.
    pub base: usize,
    /// Its length.
    pub len: usize,
    /// Its direction, from the RP layer.
    pub dir: smsip_tpdu::Direction,
    /// RP-ACK or RP-ERROR (or RP-DATA: `Unknown`).
    pub ctx: smsip_tpdu::ReportContext,
}

/// Everything smsip expects of one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    /// The fields, in wire order.
    pub fields: Vec<Field>,
    /// The TPDUs inside.
    pub tpdus: Vec<TpduSite>,
}

impl Expected {
    /// Adds a field.
    pub fn push(&mut self, name: &'static str, pos: usize, val: Val) {
        let zero_len = val.is_empty();
        self.fields.push(Field {
            name,
            pos,
            val,
            zero_len,
        });
    }
    /// Adds a field whose item has `len` octets: zero-length items match by name (see
    /// [`Field::zero_len`]).
    pub fn sized(&mut self, name: &'static str, pos: usize, len: usize, val: Val) {
        self.push(name, pos, val);
        if let Some(f) = self.fields.last_mut() {
            f.zero_len |= len == 0;
        }
    }
    /// Adds an integer field.
    pub fn u(&mut self, name: &'static str, pos: usize, v: impl Into<u64>) {
        self.push(name, pos, Val::U(v.into()));
    }
    /// Adds a flag.
    pub fn b(&mut self, name: &'static str, pos: usize, v: bool) {
        self.push(name, pos, Val::B(v));
    }
    /// Adds a text field.
    pub fn s(&mut self, name: &'static str, pos: usize, v: impl Into<String>) {
        self.push(name, pos, Val::S(v.into()));
    }
    /// Adds a bytes field.
    pub fn bytes(&mut self, name: &'static str, pos: usize, v: &[u8]) {
        self.push(name, pos, Val::Bytes(v.to_vec()));
    }
    /// Adds a field without a value.
    pub fn present(&mut self, name: &'static str, pos: usize) {
        self.push(name, pos, Val::Present);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(value: &str, mask: u64) -> TsField {
        TsField {
            name: "x".into(),
            value: value.into(),
            pos: Some(0),
            len: Some(1),
            mask,
        }
    }

    #[test]
    fn value_forms() {
        assert!(Val::U(197).matches(&ts("0xc5", 0)));
        assert!(Val::U(197).matches(&ts("197", 0)));
        assert!(!Val::U(197).matches(&ts("196", 0)));
        assert!(Val::B(true).matches(&ts("1", 0x80)));
        assert!(Val::Bytes(vec![0x31, 0x2A]).matches(&ts("31:2a", 0)));
        assert!(Val::Bytes(vec![0x99]).matches(&ts("99", 0)));
        assert!(Val::Masked { mask: 7, value: 0 }.matches(&ts("0x00", 7)));
        assert!(!Val::Masked { mask: 3, value: 0 }.matches(&ts("0x00", 7)));
        assert!(Val::S("Olá €".into()).matches(&ts("Olá €", 0)));
    }
}
