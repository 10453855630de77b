//! Hex text helpers for tools, tests and examples (not used on the decode path).

use alloc::string::String;
use alloc::vec::Vec;

/// Parses hex text. Whitespace, `:` and a leading `0x` are ignored; case does not matter.
///
/// ```
/// assert_eq!(smsip_core::hex::decode("0x0C 91:44").unwrap(), vec![0x0C, 0x91, 0x44]);
/// assert!(smsip_core::hex::decode("0C9").is_err());
/// assert_eq!(smsip_core::hex::decode("  0xZZ"), Err(smsip_core::hex::HexError::BadChar { index: 4 }));
/// ```
pub fn decode(text: &str) -> Result<Vec<u8>, HexError> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let t = trimmed.trim_end();
    let (skip, t) = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(rest) => (lead + 2, rest),
        None => (lead, t),
    };
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut hi: Option<u8> = None;
    for (i, c) in t.char_indices() {
        if c.is_ascii_whitespace() || c == ':' {
            continue;
        }
        let v = c
            .to_digit(16)
            .ok_or(HexError::BadChar { index: skip + i })? as u8;
        match hi.take() {
            None => hi = Some(v),
            Some(h) => out.push(h << 4 | v),
        }
    }
    if hi.is_some() {
        return Err(HexError::OddLength);
    }
    Ok(out)
}

/// Lower-case hex of `bytes`, no separators.
///
/// ```
/// assert_eq!(smsip_core::hex::encode(&[0xC8, 0x34]), "c834");
/// ```
pub fn encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        for n in [b >> 4, b & 15] {
            s.push(char::from_digit(u32::from(n), 16).unwrap_or('0'));
        }
    }
    s
}

/// Bad hex text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HexError {
    /// A character that is not a hex digit.
    #[error("not a hex digit at character {index}")]
    BadChar {
        /// Byte index in the text.
        index: usize,
    },
    /// An odd number of hex digits.
    #[error("odd number of hex digits")]
    OddLength,
}
