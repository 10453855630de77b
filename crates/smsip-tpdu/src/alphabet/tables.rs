//! Decode and encode tables of the TS 23.038 GSM 7-bit alphabets (§6.2.1, §6.2.1.1, Annex A).
//!
//! GENERATED FILE, DO NOT EDIT. Source: `shared/spec/alphabet/*.json` (alphabet.md §4.3).
//! Regenerate from the repository root with
//! `python3 crates/smsip-tpdu/tools/gen_alphabet_tables.py [ALPHABET_DIR]`;
//! `tests/alphabet_tables.rs` checks that this file is up to date.
//!
//! ```
//! use smsip_tpdu::alphabet::tables::*;
//! assert_eq!(DEFAULT_ALPHABET[0x00], Some('@'));
//! assert_eq!(encode_locking(0, '€'), None); // '€' needs ESC 0x65
//! assert_eq!(encode_single_shift(0, '€'), Some(0x65));
//! assert_eq!(locking_table(1).and_then(|t| t[0x07]), Some('ı')); // Turkish dotless i
//! assert_eq!(language_name(1), Some("Turkish"));
//! ```

/// A decode table: index = 7-bit code; `None` = no character (reserved, ESC/SS2, CR2).
pub type Table = [Option<char>; 128];

/// The GSM 7-bit default alphabet (TS 23.038 §6.2.1); 0x1B is ESC (`None`).
#[rustfmt::skip]
pub static DEFAULT_ALPHABET: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00E8}'), Some('\u{00E9}'), Some('\u{00F9}'), Some('\u{00EC}'),
    /* 0x08 */ Some('\u{00F2}'), Some('\u{00C7}'), Some('\u{000A}'), Some('\u{00D8}'), Some('\u{00F8}'), Some('\u{000D}'), Some('\u{00C5}'), Some('\u{00E5}'),
    /* 0x10 */ Some('\u{0394}'), Some('_'), Some('\u{03A6}'), Some('\u{0393}'), Some('\u{039B}'), Some('\u{03A9}'), Some('\u{03A0}'), Some('\u{03A8}'),
    /* 0x18 */ Some('\u{03A3}'), Some('\u{0398}'), Some('\u{039E}'), None, Some('\u{00C6}'), Some('\u{00E6}'), Some('\u{00DF}'), Some('\u{00C9}'),
    /* 0x20 */ Some(' '), Some('!'), Some('"'), Some('#'), Some('\u{00A4}'), Some('%'), Some('&'), Some('\u{0027}'),
    /* 0x28 */ Some('('), Some(')'), Some('*'), Some('+'), Some(','), Some('-'), Some('.'), Some('/'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('<'), Some('='), Some('>'), Some('?'),
    /* 0x40 */ Some('\u{00A1}'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), Some('\u{00C4}'), Some('\u{00D6}'), Some('\u{00D1}'), Some('\u{00DC}'), Some('\u{00A7}'),
    /* 0x60 */ Some('\u{00BF}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{00E4}'), Some('\u{00F6}'), Some('\u{00F1}'), Some('\u{00FC}'), Some('\u{00E0}'),
];

/// The default alphabet extension table, reached by ESC (TS 23.038 §6.2.1.1).
#[rustfmt::skip]
pub static DEFAULT_EXTENSION: Table = [
    /* 0x00 */ None, None, None, None, None, None, None, None,
    /* 0x08 */ None, None, Some('\u{000C}'), None, None, None, None, None,
    /* 0x10 */ None, None, None, None, Some('^'), None, None, None,
    /* 0x18 */ None, None, None, None, None, None, None, None,
    /* 0x20 */ None, None, None, None, None, None, None, None,
    /* 0x28 */ Some('{'), Some('}'), None, None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), None, None, None, None, None, None, None,
    /* 0x48 */ None, None, None, None, None, None, None, None,
    /* 0x50 */ None, None, None, None, None, None, None, None,
    /* 0x58 */ None, None, None, None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Turkish national locking-shift table (TS 23.038 A.3.1).
#[rustfmt::skip]
pub(crate) static TURKISH_LOCKING: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{20AC}'), Some('\u{00E9}'), Some('\u{00F9}'), Some('\u{0131}'),
    /* 0x08 */ Some('\u{00F2}'), Some('\u{00C7}'), Some('\u{000A}'), Some('\u{011E}'), Some('\u{011F}'), Some('\u{000D}'), Some('\u{00C5}'), Some('\u{00E5}'),
    /* 0x10 */ Some('\u{0394}'), Some('_'), Some('\u{03A6}'), Some('\u{0393}'), Some('\u{039B}'), Some('\u{03A9}'), Some('\u{03A0}'), Some('\u{03A8}'),
    /* 0x18 */ Some('\u{03A3}'), Some('\u{0398}'), Some('\u{039E}'), None, Some('\u{015E}'), Some('\u{015F}'), Some('\u{00DF}'), Some('\u{00C9}'),
    /* 0x20 */ Some(' '), Some('!'), Some('"'), Some('#'), Some('\u{00A4}'), Some('%'), Some('&'), Some('\u{0027}'),
    /* 0x28 */ Some('('), Some(')'), Some('*'), Some('+'), Some(','), Some('-'), Some('.'), Some('/'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('<'), Some('='), Some('>'), Some('?'),
    /* 0x40 */ Some('\u{0130}'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), Some('\u{00C4}'), Some('\u{00D6}'), Some('\u{00D1}'), Some('\u{00DC}'), Some('\u{00A7}'),
    /* 0x60 */ Some('\u{00E7}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{00E4}'), Some('\u{00F6}'), Some('\u{00F1}'), Some('\u{00FC}'), Some('\u{00E0}'),
];

/// Turkish national single-shift table (TS 23.038 A.2.1).
#[rustfmt::skip]
pub(crate) static TURKISH_SINGLE_SHIFT: Table = [
    /* 0x00 */ None, None, None, None, None, None, None, None,
    /* 0x08 */ None, None, Some('\u{000C}'), None, None, None, None, None,
    /* 0x10 */ None, None, None, None, Some('^'), None, None, None,
    /* 0x18 */ None, None, None, None, None, None, None, None,
    /* 0x20 */ None, None, None, None, None, None, None, None,
    /* 0x28 */ Some('{'), Some('}'), None, None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), None, None, None, None, None, None, Some('\u{011E}'),
    /* 0x48 */ None, Some('\u{0130}'), None, None, None, None, None, None,
    /* 0x50 */ None, None, None, Some('\u{015E}'), None, None, None, None,
    /* 0x58 */ None, None, None, None, None, None, None, None,
    /* 0x60 */ None, None, None, Some('\u{00E7}'), None, Some('\u{20AC}'), None, Some('\u{011F}'),
    /* 0x68 */ None, Some('\u{0131}'), None, None, None, None, None, None,
    /* 0x70 */ None, None, None, Some('\u{015F}'), None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Spanish national single-shift table (TS 23.038 A.2.2).
#[rustfmt::skip]
pub(crate) static SPANISH_SINGLE_SHIFT: Table = [
    /* 0x00 */ None, None, None, None, None, None, None, None,
    /* 0x08 */ None, Some('\u{00E7}'), Some('\u{000C}'), None, None, None, None, None,
    /* 0x10 */ None, None, None, None, Some('^'), None, None, None,
    /* 0x18 */ None, None, None, None, None, None, None, None,
    /* 0x20 */ None, None, None, None, None, None, None, None,
    /* 0x28 */ Some('{'), Some('}'), None, None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('\u{00C1}'), None, None, None, None, None, None,
    /* 0x48 */ None, Some('\u{00CD}'), None, None, None, None, None, Some('\u{00D3}'),
    /* 0x50 */ None, None, None, None, None, Some('\u{00DA}'), None, None,
    /* 0x58 */ None, None, None, None, None, None, None, None,
    /* 0x60 */ None, Some('\u{00E1}'), None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, Some('\u{00ED}'), None, None, None, None, None, Some('\u{00F3}'),
    /* 0x70 */ None, None, None, None, None, Some('\u{00FA}'), None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Portuguese national locking-shift table (TS 23.038 A.3.3).
#[rustfmt::skip]
pub(crate) static PORTUGUESE_LOCKING: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00EA}'), Some('\u{00E9}'), Some('\u{00FA}'), Some('\u{00ED}'),
    /* 0x08 */ Some('\u{00F3}'), Some('\u{00E7}'), Some('\u{000A}'), Some('\u{00D4}'), Some('\u{00F4}'), Some('\u{000D}'), Some('\u{00C1}'), Some('\u{00E1}'),
    /* 0x10 */ Some('\u{0394}'), Some('_'), Some('\u{00AA}'), Some('\u{00C7}'), Some('\u{00C0}'), Some('\u{221E}'), Some('^'), Some('\u{005C}'),
    /* 0x18 */ Some('\u{20AC}'), Some('\u{00D3}'), Some('|'), None, Some('\u{00C2}'), Some('\u{00E2}'), Some('\u{00CA}'), Some('\u{00C9}'),
    /* 0x20 */ Some(' '), Some('!'), Some('"'), Some('#'), Some('\u{00BA}'), Some('%'), Some('&'), Some('\u{0027}'),
    /* 0x28 */ Some('('), Some(')'), Some('*'), Some('+'), Some(','), Some('-'), Some('.'), Some('/'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('<'), Some('='), Some('>'), Some('?'),
    /* 0x40 */ Some('\u{00CD}'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), Some('\u{00C3}'), Some('\u{00D5}'), Some('\u{00DA}'), Some('\u{00DC}'), Some('\u{00A7}'),
    /* 0x60 */ Some('~'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{00E3}'), Some('\u{00F5}'), Some('`'), Some('\u{00FC}'), Some('\u{00E0}'),
];

/// Portuguese national single-shift table (TS 23.038 A.2.3).
#[rustfmt::skip]
pub(crate) static PORTUGUESE_SINGLE_SHIFT: Table = [
    /* 0x00 */ None, None, None, None, None, Some('\u{00EA}'), None, None,
    /* 0x08 */ None, Some('\u{00E7}'), Some('\u{000C}'), Some('\u{00D4}'), Some('\u{00F4}'), None, Some('\u{00C1}'), Some('\u{00E1}'),
    /* 0x10 */ None, None, Some('\u{03A6}'), Some('\u{0393}'), Some('^'), Some('\u{03A9}'), Some('\u{03A0}'), Some('\u{03A8}'),
    /* 0x18 */ Some('\u{03A3}'), Some('\u{0398}'), None, None, None, None, None, Some('\u{00CA}'),
    /* 0x20 */ None, None, None, None, None, None, None, None,
    /* 0x28 */ Some('{'), Some('}'), None, None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('\u{00C0}'), None, None, None, None, None, None,
    /* 0x48 */ None, Some('\u{00CD}'), None, None, None, None, None, Some('\u{00D3}'),
    /* 0x50 */ None, None, None, None, None, Some('\u{00DA}'), None, None,
    /* 0x58 */ None, None, None, Some('\u{00C3}'), Some('\u{00D5}'), None, None, None,
    /* 0x60 */ None, Some('\u{00C2}'), None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, Some('\u{00ED}'), None, None, None, None, None, Some('\u{00F3}'),
    /* 0x70 */ None, None, None, None, None, Some('\u{00FA}'), None, None,
    /* 0x78 */ None, None, None, Some('\u{00E3}'), Some('\u{00F5}'), None, None, Some('\u{00E2}'),
];

/// Bengali national locking-shift table (TS 23.038 A.3.4).
#[rustfmt::skip]
pub(crate) static BENGALI_LOCKING: Table = [
    /* 0x00 */ Some('\u{0981}'), Some('\u{0982}'), Some('\u{0983}'), Some('\u{0985}'), Some('\u{0986}'), Some('\u{0987}'), Some('\u{0988}'), Some('\u{0989}'),
    /* 0x08 */ Some('\u{098A}'), Some('\u{098B}'), Some('\u{000A}'), Some('\u{098C}'), None, Some('\u{000D}'), None, Some('\u{098F}'),
    /* 0x10 */ Some('\u{0990}'), None, None, Some('\u{0993}'), Some('\u{0994}'), Some('\u{0995}'), Some('\u{0996}'), Some('\u{0997}'),
    /* 0x18 */ Some('\u{0998}'), Some('\u{0999}'), Some('\u{099A}'), None, Some('\u{099B}'), Some('\u{099C}'), Some('\u{099D}'), Some('\u{099E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{099F}'), Some('\u{09A0}'), Some('\u{09A1}'), Some('\u{09A2}'), Some('\u{09A3}'), Some('\u{09A4}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{09A5}'), Some('\u{09A6}'), Some(','), Some('\u{09A7}'), Some('.'), Some('\u{09A8}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{09AA}'), Some('\u{09AB}'), Some('?'),
    /* 0x40 */ Some('\u{09AC}'), Some('\u{09AD}'), Some('\u{09AE}'), Some('\u{09AF}'), Some('\u{09B0}'), None, Some('\u{09B2}'), None,
    /* 0x48 */ None, None, Some('\u{09B6}'), Some('\u{09B7}'), Some('\u{09B8}'), Some('\u{09B9}'), Some('\u{09BC}'), Some('\u{09BD}'),
    /* 0x50 */ Some('\u{09BE}'), Some('\u{09BF}'), Some('\u{09C0}'), Some('\u{09C1}'), Some('\u{09C2}'), Some('\u{09C3}'), Some('\u{09C4}'), None,
    /* 0x58 */ None, Some('\u{09C7}'), Some('\u{09C8}'), None, None, Some('\u{09CB}'), Some('\u{09CC}'), Some('\u{09CD}'),
    /* 0x60 */ Some('\u{09CE}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{09D7}'), Some('\u{09DC}'), Some('\u{09DD}'), Some('\u{09F0}'), Some('\u{09F1}'),
];

/// Bengali national single-shift table (TS 23.038 A.2.4).
#[rustfmt::skip]
pub(crate) static BENGALI_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{09E6}'), Some('\u{09E7}'), None, Some('\u{09E8}'), Some('\u{09E9}'), Some('\u{09EA}'), Some('\u{09EB}'),
    /* 0x20 */ Some('\u{09EC}'), Some('\u{09ED}'), Some('\u{09EE}'), Some('\u{09EF}'), Some('\u{09DF}'), Some('\u{09E0}'), Some('\u{09E1}'), Some('\u{09E2}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{09E3}'), Some('\u{09F2}'), Some('\u{09F3}'), Some('\u{09F4}'), Some('\u{09F5}'), Some('\u{005C}'),
    /* 0x30 */ Some('\u{09F6}'), Some('\u{09F7}'), Some('\u{09F8}'), Some('\u{09F9}'), Some('\u{09FA}'), None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Gujarati national locking-shift table (TS 23.038 A.3.5).
#[rustfmt::skip]
pub(crate) static GUJARATI_LOCKING: Table = [
    /* 0x00 */ Some('\u{0A81}'), Some('\u{0A82}'), Some('\u{0A83}'), Some('\u{0A85}'), Some('\u{0A86}'), Some('\u{0A87}'), Some('\u{0A88}'), Some('\u{0A89}'),
    /* 0x08 */ Some('\u{0A8A}'), Some('\u{0A8B}'), Some('\u{000A}'), Some('\u{0A8C}'), Some('\u{0A8D}'), Some('\u{000D}'), None, Some('\u{0A8F}'),
    /* 0x10 */ Some('\u{0A90}'), Some('\u{0A91}'), None, Some('\u{0A93}'), Some('\u{0A94}'), Some('\u{0A95}'), Some('\u{0A96}'), Some('\u{0A97}'),
    /* 0x18 */ Some('\u{0A98}'), Some('\u{0A99}'), Some('\u{0A9A}'), None, Some('\u{0A9B}'), Some('\u{0A9C}'), Some('\u{0A9D}'), Some('\u{0A9E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0A9F}'), Some('\u{0AA0}'), Some('\u{0AA1}'), Some('\u{0AA2}'), Some('\u{0AA3}'), Some('\u{0AA4}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0AA5}'), Some('\u{0AA6}'), Some(','), Some('\u{0AA7}'), Some('.'), Some('\u{0AA8}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0AAA}'), Some('\u{0AAB}'), Some('?'),
    /* 0x40 */ Some('\u{0AAC}'), Some('\u{0AAD}'), Some('\u{0AAE}'), Some('\u{0AAF}'), Some('\u{0AB0}'), None, Some('\u{0AB2}'), Some('\u{0AB3}'),
    /* 0x48 */ None, Some('\u{0AB5}'), Some('\u{0AB6}'), Some('\u{0AB7}'), Some('\u{0AB8}'), Some('\u{0AB9}'), Some('\u{0ABC}'), Some('\u{0ABD}'),
    /* 0x50 */ Some('\u{0ABE}'), Some('\u{0ABF}'), Some('\u{0AC0}'), Some('\u{0AC1}'), Some('\u{0AC2}'), Some('\u{0AC3}'), Some('\u{0AC4}'), Some('\u{0AC5}'),
    /* 0x58 */ None, Some('\u{0AC7}'), Some('\u{0AC8}'), Some('\u{0AC9}'), None, Some('\u{0ACB}'), Some('\u{0ACC}'), Some('\u{0ACD}'),
    /* 0x60 */ Some('\u{0AD0}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0AE0}'), Some('\u{0AE1}'), Some('\u{0AE2}'), Some('\u{0AE3}'), Some('\u{0AF1}'),
];

/// Gujarati national single-shift table (TS 23.038 A.2.5).
#[rustfmt::skip]
pub(crate) static GUJARATI_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0AE6}'), Some('\u{0AE7}'), Some('\u{0AE8}'), Some('\u{0AE9}'),
    /* 0x20 */ Some('\u{0AEA}'), Some('\u{0AEB}'), Some('\u{0AEC}'), Some('\u{0AED}'), Some('\u{0AEE}'), Some('\u{0AEF}'), None, None,
    /* 0x28 */ Some('{'), Some('}'), None, None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Hindi national locking-shift table (TS 23.038 A.3.6).
#[rustfmt::skip]
pub(crate) static HINDI_LOCKING: Table = [
    /* 0x00 */ Some('\u{0901}'), Some('\u{0902}'), Some('\u{0903}'), Some('\u{0905}'), Some('\u{0906}'), Some('\u{0907}'), Some('\u{0908}'), Some('\u{0909}'),
    /* 0x08 */ Some('\u{090A}'), Some('\u{090B}'), Some('\u{000A}'), Some('\u{090C}'), Some('\u{090D}'), Some('\u{000D}'), Some('\u{090E}'), Some('\u{090F}'),
    /* 0x10 */ Some('\u{0910}'), Some('\u{0911}'), Some('\u{0912}'), Some('\u{0913}'), Some('\u{0914}'), Some('\u{0915}'), Some('\u{0916}'), Some('\u{0917}'),
    /* 0x18 */ Some('\u{0918}'), Some('\u{0919}'), Some('\u{091A}'), None, Some('\u{091B}'), Some('\u{091C}'), Some('\u{091D}'), Some('\u{091E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{091F}'), Some('\u{0920}'), Some('\u{0921}'), Some('\u{0922}'), Some('\u{0923}'), Some('\u{0924}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0925}'), Some('\u{0926}'), Some(','), Some('\u{0927}'), Some('.'), Some('\u{0928}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('\u{0929}'), Some('\u{092A}'), Some('\u{092B}'), Some('?'),
    /* 0x40 */ Some('\u{092C}'), Some('\u{092D}'), Some('\u{092E}'), Some('\u{092F}'), Some('\u{0930}'), Some('\u{0931}'), Some('\u{0932}'), Some('\u{0933}'),
    /* 0x48 */ Some('\u{0934}'), Some('\u{0935}'), Some('\u{0936}'), Some('\u{0937}'), Some('\u{0938}'), Some('\u{0939}'), Some('\u{093C}'), Some('\u{093D}'),
    /* 0x50 */ Some('\u{093E}'), Some('\u{093F}'), Some('\u{0940}'), Some('\u{0941}'), Some('\u{0942}'), Some('\u{0943}'), Some('\u{0944}'), Some('\u{0945}'),
    /* 0x58 */ Some('\u{0946}'), Some('\u{0947}'), Some('\u{0948}'), Some('\u{0949}'), Some('\u{094A}'), Some('\u{094B}'), Some('\u{094C}'), Some('\u{094D}'),
    /* 0x60 */ Some('\u{0950}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0972}'), Some('\u{097B}'), Some('\u{097C}'), Some('\u{097E}'), Some('\u{097F}'),
];

/// Hindi national single-shift table (TS 23.038 A.2.6).
#[rustfmt::skip]
pub(crate) static HINDI_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0966}'), Some('\u{0967}'), Some('\u{0968}'), Some('\u{0969}'),
    /* 0x20 */ Some('\u{096A}'), Some('\u{096B}'), Some('\u{096C}'), Some('\u{096D}'), Some('\u{096E}'), Some('\u{096F}'), Some('\u{0951}'), Some('\u{0952}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0953}'), Some('\u{0954}'), Some('\u{0958}'), Some('\u{0959}'), Some('\u{095A}'), Some('\u{005C}'),
    /* 0x30 */ Some('\u{095B}'), Some('\u{095C}'), Some('\u{095D}'), Some('\u{095E}'), Some('\u{095F}'), Some('\u{0960}'), Some('\u{0961}'), Some('\u{0962}'),
    /* 0x38 */ Some('\u{0963}'), Some('\u{0970}'), Some('\u{0971}'), None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Kannada national locking-shift table (TS 23.038 A.3.7).
#[rustfmt::skip]
pub(crate) static KANNADA_LOCKING: Table = [
    /* 0x00 */ None, Some('\u{0C82}'), Some('\u{0C83}'), Some('\u{0C85}'), Some('\u{0C86}'), Some('\u{0C87}'), Some('\u{0C88}'), Some('\u{0C89}'),
    /* 0x08 */ Some('\u{0C8A}'), Some('\u{0C8B}'), Some('\u{000A}'), Some('\u{0C8C}'), None, Some('\u{000D}'), Some('\u{0C8E}'), Some('\u{0C8F}'),
    /* 0x10 */ Some('\u{0C90}'), None, Some('\u{0C92}'), Some('\u{0C93}'), Some('\u{0C94}'), Some('\u{0C95}'), Some('\u{0C96}'), Some('\u{0C97}'),
    /* 0x18 */ Some('\u{0C98}'), Some('\u{0C99}'), Some('\u{0C9A}'), None, Some('\u{0C9B}'), Some('\u{0C9C}'), Some('\u{0C9D}'), Some('\u{0C9E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0C9F}'), Some('\u{0CA0}'), Some('\u{0CA1}'), Some('\u{0CA2}'), Some('\u{0CA3}'), Some('\u{0CA4}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0CA5}'), Some('\u{0CA6}'), Some(','), Some('\u{0CA7}'), Some('.'), Some('\u{0CA8}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0CAA}'), Some('\u{0CAB}'), Some('?'),
    /* 0x40 */ Some('\u{0CAC}'), Some('\u{0CAD}'), Some('\u{0CAE}'), Some('\u{0CAF}'), Some('\u{0CB0}'), Some('\u{0CB1}'), Some('\u{0CB2}'), Some('\u{0CB3}'),
    /* 0x48 */ None, Some('\u{0CB5}'), Some('\u{0CB6}'), Some('\u{0CB7}'), Some('\u{0CB8}'), Some('\u{0CB9}'), Some('\u{0CBC}'), Some('\u{0CBD}'),
    /* 0x50 */ Some('\u{0CBE}'), Some('\u{0CBF}'), Some('\u{0CC0}'), Some('\u{0CC1}'), Some('\u{0CC2}'), Some('\u{0CC3}'), Some('\u{0CC4}'), None,
    /* 0x58 */ Some('\u{0CC6}'), Some('\u{0CC7}'), Some('\u{0CC8}'), None, Some('\u{0CCA}'), Some('\u{0CCB}'), Some('\u{0CCC}'), Some('\u{0CCD}'),
    /* 0x60 */ Some('\u{0CD5}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0CD6}'), Some('\u{0CE0}'), Some('\u{0CE1}'), Some('\u{0CE2}'), Some('\u{0CE3}'),
];

/// Kannada national single-shift table (TS 23.038 A.2.7).
#[rustfmt::skip]
pub(crate) static KANNADA_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0CE6}'), Some('\u{0CE7}'), Some('\u{0CE8}'), Some('\u{0CE9}'),
    /* 0x20 */ Some('\u{0CEA}'), Some('\u{0CEB}'), Some('\u{0CEC}'), Some('\u{0CED}'), Some('\u{0CEE}'), Some('\u{0CEF}'), Some('\u{0CDE}'), Some('\u{0CF1}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0CF2}'), None, None, None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Malayalam national locking-shift table (TS 23.038 A.3.8).
#[rustfmt::skip]
pub(crate) static MALAYALAM_LOCKING: Table = [
    /* 0x00 */ None, Some('\u{0D02}'), Some('\u{0D03}'), Some('\u{0D05}'), Some('\u{0D06}'), Some('\u{0D07}'), Some('\u{0D08}'), Some('\u{0D09}'),
    /* 0x08 */ Some('\u{0D0A}'), Some('\u{0D0B}'), Some('\u{000A}'), Some('\u{0D0C}'), None, Some('\u{000D}'), Some('\u{0D0E}'), Some('\u{0D0F}'),
    /* 0x10 */ Some('\u{0D10}'), None, Some('\u{0D12}'), Some('\u{0D13}'), Some('\u{0D14}'), Some('\u{0D15}'), Some('\u{0D16}'), Some('\u{0D17}'),
    /* 0x18 */ Some('\u{0D18}'), Some('\u{0D19}'), Some('\u{0D1A}'), None, Some('\u{0D1B}'), Some('\u{0D1C}'), Some('\u{0D1D}'), Some('\u{0D1E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0D1F}'), Some('\u{0D20}'), Some('\u{0D21}'), Some('\u{0D22}'), Some('\u{0D23}'), Some('\u{0D24}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0D25}'), Some('\u{0D26}'), Some(','), Some('\u{0D27}'), Some('.'), Some('\u{0D28}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0D2A}'), Some('\u{0D2B}'), Some('?'),
    /* 0x40 */ Some('\u{0D2C}'), Some('\u{0D2D}'), Some('\u{0D2E}'), Some('\u{0D2F}'), Some('\u{0D30}'), Some('\u{0D31}'), Some('\u{0D32}'), Some('\u{0D33}'),
    /* 0x48 */ Some('\u{0D34}'), Some('\u{0D35}'), Some('\u{0D36}'), Some('\u{0D37}'), Some('\u{0D38}'), Some('\u{0D39}'), None, Some('\u{0D3D}'),
    /* 0x50 */ Some('\u{0D3E}'), Some('\u{0D3F}'), Some('\u{0D40}'), Some('\u{0D41}'), Some('\u{0D42}'), Some('\u{0D43}'), Some('\u{0D44}'), None,
    /* 0x58 */ Some('\u{0D46}'), Some('\u{0D47}'), Some('\u{0D48}'), None, Some('\u{0D4A}'), Some('\u{0D4B}'), Some('\u{0D4C}'), Some('\u{0D4D}'),
    /* 0x60 */ Some('\u{0D57}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0D60}'), Some('\u{0D61}'), Some('\u{0D62}'), Some('\u{0D63}'), Some('\u{0D79}'),
];

/// Malayalam national single-shift table (TS 23.038 A.2.8).
#[rustfmt::skip]
pub(crate) static MALAYALAM_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0D66}'), Some('\u{0D67}'), Some('\u{0D68}'), Some('\u{0D69}'),
    /* 0x20 */ Some('\u{0D6A}'), Some('\u{0D6B}'), Some('\u{0D6C}'), Some('\u{0D6D}'), Some('\u{0D6E}'), Some('\u{0D6F}'), Some('\u{0D70}'), Some('\u{0D71}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0D72}'), Some('\u{0D73}'), Some('\u{0D74}'), Some('\u{0D75}'), Some('\u{0D7A}'), Some('\u{005C}'),
    /* 0x30 */ Some('\u{0D7B}'), Some('\u{0D7C}'), Some('\u{0D7D}'), Some('\u{0D7E}'), Some('\u{0D7F}'), None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Oriya national locking-shift table (TS 23.038 A.3.9).
#[rustfmt::skip]
pub(crate) static ORIYA_LOCKING: Table = [
    /* 0x00 */ Some('\u{0B01}'), Some('\u{0B02}'), Some('\u{0B03}'), Some('\u{0B05}'), Some('\u{0B06}'), Some('\u{0B07}'), Some('\u{0B08}'), Some('\u{0B09}'),
    /* 0x08 */ Some('\u{0B0A}'), Some('\u{0B0B}'), Some('\u{000A}'), Some('\u{0B0C}'), None, Some('\u{000D}'), None, Some('\u{0B0F}'),
    /* 0x10 */ Some('\u{0B10}'), None, None, Some('\u{0B13}'), Some('\u{0B14}'), Some('\u{0B15}'), Some('\u{0B16}'), Some('\u{0B17}'),
    /* 0x18 */ Some('\u{0B18}'), Some('\u{0B19}'), Some('\u{0B1A}'), None, Some('\u{0B1B}'), Some('\u{0B1C}'), Some('\u{0B1D}'), Some('\u{0B1E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0B1F}'), Some('\u{0B20}'), Some('\u{0B21}'), Some('\u{0B22}'), Some('\u{0B23}'), Some('\u{0B24}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0B25}'), Some('\u{0B26}'), Some(','), Some('\u{0B27}'), Some('.'), Some('\u{0B28}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0B2A}'), Some('\u{0B2B}'), Some('?'),
    /* 0x40 */ Some('\u{0B2C}'), Some('\u{0B2D}'), Some('\u{0B2E}'), Some('\u{0B2F}'), Some('\u{0B30}'), None, Some('\u{0B32}'), Some('\u{0B33}'),
    /* 0x48 */ None, Some('\u{0B35}'), Some('\u{0B36}'), Some('\u{0B37}'), Some('\u{0B38}'), Some('\u{0B39}'), Some('\u{0B3C}'), Some('\u{0B3D}'),
    /* 0x50 */ Some('\u{0B3E}'), Some('\u{0B3F}'), Some('\u{0B40}'), Some('\u{0B41}'), Some('\u{0B42}'), Some('\u{0B43}'), Some('\u{0B44}'), None,
    /* 0x58 */ None, Some('\u{0B47}'), Some('\u{0B48}'), None, None, Some('\u{0B4B}'), Some('\u{0B4C}'), Some('\u{0B4D}'),
    /* 0x60 */ Some('\u{0B56}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0B57}'), Some('\u{0B60}'), Some('\u{0B61}'), Some('\u{0B62}'), Some('\u{0B63}'),
];

/// Oriya national single-shift table (TS 23.038 A.2.9).
#[rustfmt::skip]
pub(crate) static ORIYA_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0B66}'), Some('\u{0B67}'), Some('\u{0B68}'), Some('\u{0B69}'),
    /* 0x20 */ Some('\u{0B6A}'), Some('\u{0B6B}'), Some('\u{0B6C}'), Some('\u{0B6D}'), Some('\u{0B6E}'), Some('\u{0B6F}'), Some('\u{0B5C}'), Some('\u{0B5D}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0B5F}'), Some('\u{0B70}'), Some('\u{0B71}'), None, None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Punjabi national locking-shift table (TS 23.038 A.3.10).
#[rustfmt::skip]
pub(crate) static PUNJABI_LOCKING: Table = [
    /* 0x00 */ Some('\u{0A01}'), Some('\u{0A02}'), Some('\u{0A03}'), Some('\u{0A05}'), Some('\u{0A06}'), Some('\u{0A07}'), Some('\u{0A08}'), Some('\u{0A09}'),
    /* 0x08 */ Some('\u{0A0A}'), None, Some('\u{000A}'), None, None, Some('\u{000D}'), None, Some('\u{0A0F}'),
    /* 0x10 */ Some('\u{0A10}'), None, None, Some('\u{0A13}'), Some('\u{0A14}'), Some('\u{0A15}'), Some('\u{0A16}'), Some('\u{0A17}'),
    /* 0x18 */ Some('\u{0A18}'), Some('\u{0A19}'), Some('\u{0A1A}'), None, Some('\u{0A1B}'), Some('\u{0A1C}'), Some('\u{0A1D}'), Some('\u{0A1E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0A1F}'), Some('\u{0A20}'), Some('\u{0A21}'), Some('\u{0A22}'), Some('\u{0A23}'), Some('\u{0A24}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0A25}'), Some('\u{0A26}'), Some(','), Some('\u{0A27}'), Some('.'), Some('\u{0A28}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0A2A}'), Some('\u{0A2B}'), Some('?'),
    /* 0x40 */ Some('\u{0A2C}'), Some('\u{0A2D}'), Some('\u{0A2E}'), Some('\u{0A2F}'), Some('\u{0A30}'), None, Some('\u{0A32}'), Some('\u{0A33}'),
    /* 0x48 */ None, Some('\u{0A35}'), Some('\u{0A36}'), None, Some('\u{0A38}'), Some('\u{0A39}'), Some('\u{0A3C}'), None,
    /* 0x50 */ Some('\u{0A3E}'), Some('\u{0A3F}'), Some('\u{0A40}'), Some('\u{0A41}'), Some('\u{0A42}'), None, None, None,
    /* 0x58 */ None, Some('\u{0A47}'), Some('\u{0A48}'), None, None, Some('\u{0A4B}'), Some('\u{0A4C}'), Some('\u{0A4D}'),
    /* 0x60 */ Some('\u{0A51}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0A70}'), Some('\u{0A71}'), Some('\u{0A72}'), Some('\u{0A73}'), Some('\u{0A74}'),
];

/// Punjabi national single-shift table (TS 23.038 A.2.10).
#[rustfmt::skip]
pub(crate) static PUNJABI_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0A66}'), Some('\u{0A67}'), Some('\u{0A68}'), Some('\u{0A69}'),
    /* 0x20 */ Some('\u{0A6A}'), Some('\u{0A6B}'), Some('\u{0A6C}'), Some('\u{0A6D}'), Some('\u{0A6E}'), Some('\u{0A6F}'), Some('\u{0A59}'), Some('\u{0A5A}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0A5B}'), Some('\u{0A5C}'), Some('\u{0A5E}'), Some('\u{0A75}'), None, Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Tamil national locking-shift table (TS 23.038 A.3.11).
#[rustfmt::skip]
pub(crate) static TAMIL_LOCKING: Table = [
    /* 0x00 */ None, Some('\u{0B82}'), Some('\u{0B83}'), Some('\u{0B85}'), Some('\u{0B86}'), Some('\u{0B87}'), Some('\u{0B88}'), Some('\u{0B89}'),
    /* 0x08 */ Some('\u{0B8A}'), None, Some('\u{000A}'), None, None, Some('\u{000D}'), Some('\u{0B8E}'), Some('\u{0B8F}'),
    /* 0x10 */ Some('\u{0B90}'), None, Some('\u{0B92}'), Some('\u{0B93}'), Some('\u{0B94}'), Some('\u{0B95}'), None, None,
    /* 0x18 */ None, Some('\u{0B99}'), Some('\u{0B9A}'), None, None, Some('\u{0B9C}'), None, Some('\u{0B9E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0B9F}'), None, None, None, Some('\u{0BA3}'), Some('\u{0BA4}'),
    /* 0x28 */ Some(')'), Some('('), None, None, Some(','), None, Some('.'), Some('\u{0BA8}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('\u{0BA9}'), Some('\u{0BAA}'), None, Some('?'),
    /* 0x40 */ None, None, Some('\u{0BAE}'), Some('\u{0BAF}'), Some('\u{0BB0}'), Some('\u{0BB1}'), Some('\u{0BB2}'), Some('\u{0BB3}'),
    /* 0x48 */ Some('\u{0BB4}'), Some('\u{0BB5}'), Some('\u{0BB6}'), Some('\u{0BB7}'), Some('\u{0BB8}'), Some('\u{0BB9}'), None, None,
    /* 0x50 */ Some('\u{0BBE}'), Some('\u{0BBF}'), Some('\u{0BC0}'), Some('\u{0BC1}'), Some('\u{0BC2}'), None, None, None,
    /* 0x58 */ Some('\u{0BC6}'), Some('\u{0BC7}'), Some('\u{0BC8}'), None, Some('\u{0BCA}'), Some('\u{0BCB}'), Some('\u{0BCC}'), Some('\u{0BCD}'),
    /* 0x60 */ Some('\u{0BD0}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0BD7}'), Some('\u{0BF0}'), Some('\u{0BF1}'), Some('\u{0BF2}'), Some('\u{0BF9}'),
];

/// Tamil national single-shift table (TS 23.038 A.2.11).
#[rustfmt::skip]
pub(crate) static TAMIL_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0964}'), Some('\u{0965}'), None, Some('\u{0BE6}'), Some('\u{0BE7}'), Some('\u{0BE8}'), Some('\u{0BE9}'),
    /* 0x20 */ Some('\u{0BEA}'), Some('\u{0BEB}'), Some('\u{0BEC}'), Some('\u{0BED}'), Some('\u{0BEE}'), Some('\u{0BEF}'), Some('\u{0BF3}'), Some('\u{0BF4}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0BF5}'), Some('\u{0BF6}'), Some('\u{0BF7}'), Some('\u{0BF8}'), Some('\u{0BFA}'), Some('\u{005C}'),
    /* 0x30 */ None, None, None, None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Telugu national locking-shift table (TS 23.038 A.3.12).
#[rustfmt::skip]
pub(crate) static TELUGU_LOCKING: Table = [
    /* 0x00 */ Some('\u{0C01}'), Some('\u{0C02}'), Some('\u{0C03}'), Some('\u{0C05}'), Some('\u{0C06}'), Some('\u{0C07}'), Some('\u{0C08}'), Some('\u{0C09}'),
    /* 0x08 */ Some('\u{0C0A}'), Some('\u{0C0B}'), Some('\u{000A}'), Some('\u{0C0C}'), None, Some('\u{000D}'), Some('\u{0C0E}'), Some('\u{0C0F}'),
    /* 0x10 */ Some('\u{0C10}'), None, Some('\u{0C12}'), Some('\u{0C13}'), Some('\u{0C14}'), Some('\u{0C15}'), Some('\u{0C16}'), Some('\u{0C17}'),
    /* 0x18 */ Some('\u{0C18}'), Some('\u{0C19}'), Some('\u{0C1A}'), None, Some('\u{0C1B}'), Some('\u{0C1C}'), Some('\u{0C1D}'), Some('\u{0C1E}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{0C1F}'), Some('\u{0C20}'), Some('\u{0C21}'), Some('\u{0C22}'), Some('\u{0C23}'), Some('\u{0C24}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0C25}'), Some('\u{0C26}'), Some(','), Some('\u{0C27}'), Some('.'), Some('\u{0C28}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), None, Some('\u{0C2A}'), Some('\u{0C2B}'), Some('?'),
    /* 0x40 */ Some('\u{0C2C}'), Some('\u{0C2D}'), Some('\u{0C2E}'), Some('\u{0C2F}'), Some('\u{0C30}'), Some('\u{0C31}'), Some('\u{0C32}'), Some('\u{0C33}'),
    /* 0x48 */ None, Some('\u{0C35}'), Some('\u{0C36}'), Some('\u{0C37}'), Some('\u{0C38}'), Some('\u{0C39}'), None, Some('\u{0C3D}'),
    /* 0x50 */ Some('\u{0C3E}'), Some('\u{0C3F}'), Some('\u{0C40}'), Some('\u{0C41}'), Some('\u{0C42}'), Some('\u{0C43}'), Some('\u{0C44}'), None,
    /* 0x58 */ Some('\u{0C46}'), Some('\u{0C47}'), Some('\u{0C48}'), None, Some('\u{0C4A}'), Some('\u{0C4B}'), Some('\u{0C4C}'), Some('\u{0C4D}'),
    /* 0x60 */ Some('\u{0C55}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0C56}'), Some('\u{0C60}'), Some('\u{0C61}'), Some('\u{0C62}'), Some('\u{0C63}'),
];

/// Telugu national single-shift table (TS 23.038 A.2.12).
#[rustfmt::skip]
pub(crate) static TELUGU_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), None, None, None, Some('\u{0C66}'), Some('\u{0C67}'), Some('\u{0C68}'), Some('\u{0C69}'),
    /* 0x20 */ Some('\u{0C6A}'), Some('\u{0C6B}'), Some('\u{0C6C}'), Some('\u{0C6D}'), Some('\u{0C6E}'), Some('\u{0C6F}'), Some('\u{0C58}'), Some('\u{0C59}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{0C78}'), Some('\u{0C79}'), Some('\u{0C7A}'), Some('\u{0C7B}'), Some('\u{0C7C}'), Some('\u{005C}'),
    /* 0x30 */ Some('\u{0C7D}'), Some('\u{0C7E}'), Some('\u{0C7F}'), None, None, None, None, None,
    /* 0x38 */ None, None, None, None, Some('['), Some('~'), Some(']'), None,
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Urdu national locking-shift table (TS 23.038 A.3.13).
#[rustfmt::skip]
pub(crate) static URDU_LOCKING: Table = [
    /* 0x00 */ Some('\u{0627}'), Some('\u{0622}'), Some('\u{0628}'), Some('\u{067B}'), Some('\u{0680}'), Some('\u{067E}'), Some('\u{06A6}'), Some('\u{062A}'),
    /* 0x08 */ Some('\u{06C2}'), Some('\u{067F}'), Some('\u{000A}'), Some('\u{0679}'), Some('\u{067D}'), Some('\u{000D}'), Some('\u{067A}'), Some('\u{067C}'),
    /* 0x10 */ Some('\u{062B}'), Some('\u{062C}'), Some('\u{0681}'), Some('\u{0684}'), Some('\u{0683}'), Some('\u{0685}'), Some('\u{0686}'), Some('\u{0687}'),
    /* 0x18 */ Some('\u{062D}'), Some('\u{062E}'), Some('\u{062F}'), None, Some('\u{068C}'), Some('\u{0688}'), Some('\u{0689}'), Some('\u{068A}'),
    /* 0x20 */ Some(' '), Some('!'), Some('\u{068F}'), Some('\u{068D}'), Some('\u{0630}'), Some('\u{0631}'), Some('\u{0691}'), Some('\u{0693}'),
    /* 0x28 */ Some(')'), Some('('), Some('\u{0699}'), Some('\u{0632}'), Some(','), Some('\u{0696}'), Some('.'), Some('\u{0698}'),
    /* 0x30 */ Some('0'), Some('1'), Some('2'), Some('3'), Some('4'), Some('5'), Some('6'), Some('7'),
    /* 0x38 */ Some('8'), Some('9'), Some(':'), Some(';'), Some('\u{069A}'), Some('\u{0633}'), Some('\u{0634}'), Some('?'),
    /* 0x40 */ Some('\u{0635}'), Some('\u{0636}'), Some('\u{0637}'), Some('\u{0638}'), Some('\u{0639}'), Some('\u{0641}'), Some('\u{0642}'), Some('\u{06A9}'),
    /* 0x48 */ Some('\u{06AA}'), Some('\u{06AB}'), Some('\u{06AF}'), Some('\u{06B3}'), Some('\u{06B1}'), Some('\u{0644}'), Some('\u{0645}'), Some('\u{0646}'),
    /* 0x50 */ Some('\u{06BA}'), Some('\u{06BB}'), Some('\u{06BC}'), Some('\u{0648}'), Some('\u{06C4}'), Some('\u{06D5}'), Some('\u{06C1}'), Some('\u{06BE}'),
    /* 0x58 */ Some('\u{0621}'), Some('\u{06CC}'), Some('\u{06D0}'), Some('\u{06D2}'), Some('\u{064D}'), Some('\u{0650}'), Some('\u{064F}'), Some('\u{0657}'),
    /* 0x60 */ Some('\u{0654}'), Some('a'), Some('b'), Some('c'), Some('d'), Some('e'), Some('f'), Some('g'),
    /* 0x68 */ Some('h'), Some('i'), Some('j'), Some('k'), Some('l'), Some('m'), Some('n'), Some('o'),
    /* 0x70 */ Some('p'), Some('q'), Some('r'), Some('s'), Some('t'), Some('u'), Some('v'), Some('w'),
    /* 0x78 */ Some('x'), Some('y'), Some('z'), Some('\u{0655}'), Some('\u{0651}'), Some('\u{0653}'), Some('\u{0656}'), Some('\u{0670}'),
];

/// Urdu national single-shift table (TS 23.038 A.2.13).
#[rustfmt::skip]
pub(crate) static URDU_SINGLE_SHIFT: Table = [
    /* 0x00 */ Some('@'), Some('\u{00A3}'), Some('$'), Some('\u{00A5}'), Some('\u{00BF}'), Some('"'), Some('\u{00A4}'), Some('%'),
    /* 0x08 */ Some('&'), Some('\u{0027}'), Some('\u{000C}'), Some('*'), Some('+'), None, Some('-'), Some('/'),
    /* 0x10 */ Some('<'), Some('='), Some('>'), Some('\u{00A1}'), Some('^'), Some('\u{00A1}'), Some('_'), Some('#'),
    /* 0x18 */ Some('*'), Some('\u{0600}'), Some('\u{0601}'), None, Some('\u{06F0}'), Some('\u{06F1}'), Some('\u{06F2}'), Some('\u{06F3}'),
    /* 0x20 */ Some('\u{06F4}'), Some('\u{06F5}'), Some('\u{06F6}'), Some('\u{06F7}'), Some('\u{06F8}'), Some('\u{06F9}'), Some('\u{060C}'), Some('\u{060D}'),
    /* 0x28 */ Some('{'), Some('}'), Some('\u{060E}'), Some('\u{060F}'), Some('\u{0610}'), Some('\u{0611}'), Some('\u{0612}'), Some('\u{005C}'),
    /* 0x30 */ Some('\u{0613}'), Some('\u{0614}'), Some('\u{061B}'), Some('\u{061F}'), Some('\u{0640}'), Some('\u{0652}'), Some('\u{0658}'), Some('\u{066B}'),
    /* 0x38 */ Some('\u{066C}'), Some('\u{0672}'), Some('\u{0673}'), Some('\u{06CD}'), Some('['), Some('~'), Some(']'), Some('\u{06D4}'),
    /* 0x40 */ Some('|'), Some('A'), Some('B'), Some('C'), Some('D'), Some('E'), Some('F'), Some('G'),
    /* 0x48 */ Some('H'), Some('I'), Some('J'), Some('K'), Some('L'), Some('M'), Some('N'), Some('O'),
    /* 0x50 */ Some('P'), Some('Q'), Some('R'), Some('S'), Some('T'), Some('U'), Some('V'), Some('W'),
    /* 0x58 */ Some('X'), Some('Y'), Some('Z'), None, None, None, None, None,
    /* 0x60 */ None, None, None, None, None, Some('\u{20AC}'), None, None,
    /* 0x68 */ None, None, None, None, None, None, None, None,
    /* 0x70 */ None, None, None, None, None, None, None, None,
    /* 0x78 */ None, None, None, None, None, None, None, None,
];

/// Default-alphabet encoder for scalars below U+0100 (0xFF = not in the alphabet).
#[rustfmt::skip]
static DEFAULT_ENCODE_LATIN1: [u8; 256] = [
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0A, 0xFF, 0xFF, 0x0D, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0x20, 0x21, 0x22, 0x23, 0x02, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F,
    0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0xFF, 0xFF, 0xFF, 0xFF, 0x11,
    0xFF, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0x40, 0xFF, 0x01, 0x24, 0x03, 0xFF, 0x5F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x60,
    0xFF, 0xFF, 0xFF, 0xFF, 0x5B, 0x0E, 0x1C, 0x09, 0xFF, 0x1F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0x5D, 0xFF, 0xFF, 0xFF, 0xFF, 0x5C, 0xFF, 0x0B, 0xFF, 0xFF, 0xFF, 0x5E, 0xFF, 0xFF, 0x1E,
    0x7F, 0xFF, 0xFF, 0xFF, 0x7B, 0x0F, 0x1D, 0xFF, 0x04, 0x05, 0xFF, 0xFF, 0x07, 0xFF, 0xFF, 0xFF,
    0xFF, 0x7D, 0x08, 0xFF, 0xFF, 0xFF, 0x7C, 0xFF, 0x0C, 0x06, 0xFF, 0xFF, 0x7E, 0xFF, 0xFF, 0xFF,
];

/// Default-alphabet encoder for scalars from U+0100, sorted.
#[rustfmt::skip]
static DEFAULT_ENCODE_OTHER: [(char, u8); 10] = [
    ('\u{0393}', 0x13), ('\u{0394}', 0x10), ('\u{0398}', 0x19), ('\u{039B}', 0x14), ('\u{039E}', 0x1A), ('\u{03A0}', 0x16),
    ('\u{03A3}', 0x18), ('\u{03A6}', 0x12), ('\u{03A8}', 0x17), ('\u{03A9}', 0x15),
];

/// Default extension encoder, sorted by scalar.
#[rustfmt::skip]
static DEFAULT_EXTENSION_ENCODE: [(char, u8); 10] = [
    ('\u{000C}', 0x0A), ('[', 0x3C), ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('{', 0x28),
    ('|', 0x40), ('}', 0x29), ('~', 0x3D), ('\u{20AC}', 0x65),
];

/// Encoder of [`TURKISH_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static TURKISH_LOCKING_ENCODE: [(char, u8); 127] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('"', 0x22), ('#', 0x23),
    ('$', 0x02), ('%', 0x25), ('&', 0x26), ('\u{0027}', 0x27), ('(', 0x28), (')', 0x29),
    ('*', 0x2A), ('+', 0x2B), (',', 0x2C), ('-', 0x2D), ('.', 0x2E), ('/', 0x2F),
    ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33), ('4', 0x34), ('5', 0x35),
    ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39), (':', 0x3A), (';', 0x3B),
    ('<', 0x3C), ('=', 0x3D), ('>', 0x3E), ('?', 0x3F), ('@', 0x00), ('A', 0x41),
    ('B', 0x42), ('C', 0x43), ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47),
    ('H', 0x48), ('I', 0x49), ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D),
    ('N', 0x4E), ('O', 0x4F), ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53),
    ('T', 0x54), ('U', 0x55), ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59),
    ('Z', 0x5A), ('_', 0x11), ('a', 0x61), ('b', 0x62), ('c', 0x63), ('d', 0x64),
    ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69), ('j', 0x6A),
    ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F), ('p', 0x70),
    ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75), ('v', 0x76),
    ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{00A3}', 0x01), ('\u{00A4}', 0x24),
    ('\u{00A5}', 0x03), ('\u{00A7}', 0x5F), ('\u{00C4}', 0x5B), ('\u{00C5}', 0x0E), ('\u{00C7}', 0x09), ('\u{00C9}', 0x1F),
    ('\u{00D1}', 0x5D), ('\u{00D6}', 0x5C), ('\u{00DC}', 0x5E), ('\u{00DF}', 0x1E), ('\u{00E0}', 0x7F), ('\u{00E4}', 0x7B),
    ('\u{00E5}', 0x0F), ('\u{00E7}', 0x60), ('\u{00E9}', 0x05), ('\u{00F1}', 0x7D), ('\u{00F2}', 0x08), ('\u{00F6}', 0x7C),
    ('\u{00F9}', 0x06), ('\u{00FC}', 0x7E), ('\u{011E}', 0x0B), ('\u{011F}', 0x0C), ('\u{0130}', 0x40), ('\u{0131}', 0x07),
    ('\u{015E}', 0x1C), ('\u{015F}', 0x1D), ('\u{0393}', 0x13), ('\u{0394}', 0x10), ('\u{0398}', 0x19), ('\u{039B}', 0x14),
    ('\u{039E}', 0x1A), ('\u{03A0}', 0x16), ('\u{03A3}', 0x18), ('\u{03A6}', 0x12), ('\u{03A8}', 0x17), ('\u{03A9}', 0x15),
    ('\u{20AC}', 0x04),
];

/// Encoder of [`PORTUGUESE_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static PORTUGUESE_LOCKING_ENCODE: [(char, u8); 127] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('"', 0x22), ('#', 0x23),
    ('$', 0x02), ('%', 0x25), ('&', 0x26), ('\u{0027}', 0x27), ('(', 0x28), (')', 0x29),
    ('*', 0x2A), ('+', 0x2B), (',', 0x2C), ('-', 0x2D), ('.', 0x2E), ('/', 0x2F),
    ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33), ('4', 0x34), ('5', 0x35),
    ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39), (':', 0x3A), (';', 0x3B),
    ('<', 0x3C), ('=', 0x3D), ('>', 0x3E), ('?', 0x3F), ('@', 0x00), ('A', 0x41),
    ('B', 0x42), ('C', 0x43), ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47),
    ('H', 0x48), ('I', 0x49), ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D),
    ('N', 0x4E), ('O', 0x4F), ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53),
    ('T', 0x54), ('U', 0x55), ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59),
    ('Z', 0x5A), ('\u{005C}', 0x17), ('^', 0x16), ('_', 0x11), ('`', 0x7D), ('a', 0x61),
    ('b', 0x62), ('c', 0x63), ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67),
    ('h', 0x68), ('i', 0x69), ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D),
    ('n', 0x6E), ('o', 0x6F), ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73),
    ('t', 0x74), ('u', 0x75), ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79),
    ('z', 0x7A), ('|', 0x1A), ('~', 0x60), ('\u{00A3}', 0x01), ('\u{00A5}', 0x03), ('\u{00A7}', 0x5F),
    ('\u{00AA}', 0x12), ('\u{00BA}', 0x24), ('\u{00C0}', 0x14), ('\u{00C1}', 0x0E), ('\u{00C2}', 0x1C), ('\u{00C3}', 0x5B),
    ('\u{00C7}', 0x13), ('\u{00C9}', 0x1F), ('\u{00CA}', 0x1E), ('\u{00CD}', 0x40), ('\u{00D3}', 0x19), ('\u{00D4}', 0x0B),
    ('\u{00D5}', 0x5C), ('\u{00DA}', 0x5D), ('\u{00DC}', 0x5E), ('\u{00E0}', 0x7F), ('\u{00E1}', 0x0F), ('\u{00E2}', 0x1D),
    ('\u{00E3}', 0x7B), ('\u{00E7}', 0x09), ('\u{00E9}', 0x05), ('\u{00EA}', 0x04), ('\u{00ED}', 0x07), ('\u{00F3}', 0x08),
    ('\u{00F4}', 0x0C), ('\u{00F5}', 0x7C), ('\u{00FA}', 0x06), ('\u{00FC}', 0x7E), ('\u{0394}', 0x10), ('\u{20AC}', 0x18),
    ('\u{221E}', 0x15),
];

/// Encoder of [`BENGALI_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static BENGALI_LOCKING_ENCODE: [(char, u8); 114] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0981}', 0x00),
    ('\u{0982}', 0x01), ('\u{0983}', 0x02), ('\u{0985}', 0x03), ('\u{0986}', 0x04), ('\u{0987}', 0x05), ('\u{0988}', 0x06),
    ('\u{0989}', 0x07), ('\u{098A}', 0x08), ('\u{098B}', 0x09), ('\u{098C}', 0x0B), ('\u{098F}', 0x0F), ('\u{0990}', 0x10),
    ('\u{0993}', 0x13), ('\u{0994}', 0x14), ('\u{0995}', 0x15), ('\u{0996}', 0x16), ('\u{0997}', 0x17), ('\u{0998}', 0x18),
    ('\u{0999}', 0x19), ('\u{099A}', 0x1A), ('\u{099B}', 0x1C), ('\u{099C}', 0x1D), ('\u{099D}', 0x1E), ('\u{099E}', 0x1F),
    ('\u{099F}', 0x22), ('\u{09A0}', 0x23), ('\u{09A1}', 0x24), ('\u{09A2}', 0x25), ('\u{09A3}', 0x26), ('\u{09A4}', 0x27),
    ('\u{09A5}', 0x2A), ('\u{09A6}', 0x2B), ('\u{09A7}', 0x2D), ('\u{09A8}', 0x2F), ('\u{09AA}', 0x3D), ('\u{09AB}', 0x3E),
    ('\u{09AC}', 0x40), ('\u{09AD}', 0x41), ('\u{09AE}', 0x42), ('\u{09AF}', 0x43), ('\u{09B0}', 0x44), ('\u{09B2}', 0x46),
    ('\u{09B6}', 0x4A), ('\u{09B7}', 0x4B), ('\u{09B8}', 0x4C), ('\u{09B9}', 0x4D), ('\u{09BC}', 0x4E), ('\u{09BD}', 0x4F),
    ('\u{09BE}', 0x50), ('\u{09BF}', 0x51), ('\u{09C0}', 0x52), ('\u{09C1}', 0x53), ('\u{09C2}', 0x54), ('\u{09C3}', 0x55),
    ('\u{09C4}', 0x56), ('\u{09C7}', 0x59), ('\u{09C8}', 0x5A), ('\u{09CB}', 0x5D), ('\u{09CC}', 0x5E), ('\u{09CD}', 0x5F),
    ('\u{09CE}', 0x60), ('\u{09D7}', 0x7B), ('\u{09DC}', 0x7C), ('\u{09DD}', 0x7D), ('\u{09F0}', 0x7E), ('\u{09F1}', 0x7F),
];

/// Encoder of [`GUJARATI_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static GUJARATI_LOCKING_ENCODE: [(char, u8); 120] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0A81}', 0x00),
    ('\u{0A82}', 0x01), ('\u{0A83}', 0x02), ('\u{0A85}', 0x03), ('\u{0A86}', 0x04), ('\u{0A87}', 0x05), ('\u{0A88}', 0x06),
    ('\u{0A89}', 0x07), ('\u{0A8A}', 0x08), ('\u{0A8B}', 0x09), ('\u{0A8C}', 0x0B), ('\u{0A8D}', 0x0C), ('\u{0A8F}', 0x0F),
    ('\u{0A90}', 0x10), ('\u{0A91}', 0x11), ('\u{0A93}', 0x13), ('\u{0A94}', 0x14), ('\u{0A95}', 0x15), ('\u{0A96}', 0x16),
    ('\u{0A97}', 0x17), ('\u{0A98}', 0x18), ('\u{0A99}', 0x19), ('\u{0A9A}', 0x1A), ('\u{0A9B}', 0x1C), ('\u{0A9C}', 0x1D),
    ('\u{0A9D}', 0x1E), ('\u{0A9E}', 0x1F), ('\u{0A9F}', 0x22), ('\u{0AA0}', 0x23), ('\u{0AA1}', 0x24), ('\u{0AA2}', 0x25),
    ('\u{0AA3}', 0x26), ('\u{0AA4}', 0x27), ('\u{0AA5}', 0x2A), ('\u{0AA6}', 0x2B), ('\u{0AA7}', 0x2D), ('\u{0AA8}', 0x2F),
    ('\u{0AAA}', 0x3D), ('\u{0AAB}', 0x3E), ('\u{0AAC}', 0x40), ('\u{0AAD}', 0x41), ('\u{0AAE}', 0x42), ('\u{0AAF}', 0x43),
    ('\u{0AB0}', 0x44), ('\u{0AB2}', 0x46), ('\u{0AB3}', 0x47), ('\u{0AB5}', 0x49), ('\u{0AB6}', 0x4A), ('\u{0AB7}', 0x4B),
    ('\u{0AB8}', 0x4C), ('\u{0AB9}', 0x4D), ('\u{0ABC}', 0x4E), ('\u{0ABD}', 0x4F), ('\u{0ABE}', 0x50), ('\u{0ABF}', 0x51),
    ('\u{0AC0}', 0x52), ('\u{0AC1}', 0x53), ('\u{0AC2}', 0x54), ('\u{0AC3}', 0x55), ('\u{0AC4}', 0x56), ('\u{0AC5}', 0x57),
    ('\u{0AC7}', 0x59), ('\u{0AC8}', 0x5A), ('\u{0AC9}', 0x5B), ('\u{0ACB}', 0x5D), ('\u{0ACC}', 0x5E), ('\u{0ACD}', 0x5F),
    ('\u{0AD0}', 0x60), ('\u{0AE0}', 0x7B), ('\u{0AE1}', 0x7C), ('\u{0AE2}', 0x7D), ('\u{0AE3}', 0x7E), ('\u{0AF1}', 0x7F),
];

/// Encoder of [`HINDI_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static HINDI_LOCKING_ENCODE: [(char, u8); 127] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0901}', 0x00),
    ('\u{0902}', 0x01), ('\u{0903}', 0x02), ('\u{0905}', 0x03), ('\u{0906}', 0x04), ('\u{0907}', 0x05), ('\u{0908}', 0x06),
    ('\u{0909}', 0x07), ('\u{090A}', 0x08), ('\u{090B}', 0x09), ('\u{090C}', 0x0B), ('\u{090D}', 0x0C), ('\u{090E}', 0x0E),
    ('\u{090F}', 0x0F), ('\u{0910}', 0x10), ('\u{0911}', 0x11), ('\u{0912}', 0x12), ('\u{0913}', 0x13), ('\u{0914}', 0x14),
    ('\u{0915}', 0x15), ('\u{0916}', 0x16), ('\u{0917}', 0x17), ('\u{0918}', 0x18), ('\u{0919}', 0x19), ('\u{091A}', 0x1A),
    ('\u{091B}', 0x1C), ('\u{091C}', 0x1D), ('\u{091D}', 0x1E), ('\u{091E}', 0x1F), ('\u{091F}', 0x22), ('\u{0920}', 0x23),
    ('\u{0921}', 0x24), ('\u{0922}', 0x25), ('\u{0923}', 0x26), ('\u{0924}', 0x27), ('\u{0925}', 0x2A), ('\u{0926}', 0x2B),
    ('\u{0927}', 0x2D), ('\u{0928}', 0x2F), ('\u{0929}', 0x3C), ('\u{092A}', 0x3D), ('\u{092B}', 0x3E), ('\u{092C}', 0x40),
    ('\u{092D}', 0x41), ('\u{092E}', 0x42), ('\u{092F}', 0x43), ('\u{0930}', 0x44), ('\u{0931}', 0x45), ('\u{0932}', 0x46),
    ('\u{0933}', 0x47), ('\u{0934}', 0x48), ('\u{0935}', 0x49), ('\u{0936}', 0x4A), ('\u{0937}', 0x4B), ('\u{0938}', 0x4C),
    ('\u{0939}', 0x4D), ('\u{093C}', 0x4E), ('\u{093D}', 0x4F), ('\u{093E}', 0x50), ('\u{093F}', 0x51), ('\u{0940}', 0x52),
    ('\u{0941}', 0x53), ('\u{0942}', 0x54), ('\u{0943}', 0x55), ('\u{0944}', 0x56), ('\u{0945}', 0x57), ('\u{0946}', 0x58),
    ('\u{0947}', 0x59), ('\u{0948}', 0x5A), ('\u{0949}', 0x5B), ('\u{094A}', 0x5C), ('\u{094B}', 0x5D), ('\u{094C}', 0x5E),
    ('\u{094D}', 0x5F), ('\u{0950}', 0x60), ('\u{0972}', 0x7B), ('\u{097B}', 0x7C), ('\u{097C}', 0x7D), ('\u{097E}', 0x7E),
    ('\u{097F}', 0x7F),
];

/// Encoder of [`KANNADA_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static KANNADA_LOCKING_ENCODE: [(char, u8); 120] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0C82}', 0x01),
    ('\u{0C83}', 0x02), ('\u{0C85}', 0x03), ('\u{0C86}', 0x04), ('\u{0C87}', 0x05), ('\u{0C88}', 0x06), ('\u{0C89}', 0x07),
    ('\u{0C8A}', 0x08), ('\u{0C8B}', 0x09), ('\u{0C8C}', 0x0B), ('\u{0C8E}', 0x0E), ('\u{0C8F}', 0x0F), ('\u{0C90}', 0x10),
    ('\u{0C92}', 0x12), ('\u{0C93}', 0x13), ('\u{0C94}', 0x14), ('\u{0C95}', 0x15), ('\u{0C96}', 0x16), ('\u{0C97}', 0x17),
    ('\u{0C98}', 0x18), ('\u{0C99}', 0x19), ('\u{0C9A}', 0x1A), ('\u{0C9B}', 0x1C), ('\u{0C9C}', 0x1D), ('\u{0C9D}', 0x1E),
    ('\u{0C9E}', 0x1F), ('\u{0C9F}', 0x22), ('\u{0CA0}', 0x23), ('\u{0CA1}', 0x24), ('\u{0CA2}', 0x25), ('\u{0CA3}', 0x26),
    ('\u{0CA4}', 0x27), ('\u{0CA5}', 0x2A), ('\u{0CA6}', 0x2B), ('\u{0CA7}', 0x2D), ('\u{0CA8}', 0x2F), ('\u{0CAA}', 0x3D),
    ('\u{0CAB}', 0x3E), ('\u{0CAC}', 0x40), ('\u{0CAD}', 0x41), ('\u{0CAE}', 0x42), ('\u{0CAF}', 0x43), ('\u{0CB0}', 0x44),
    ('\u{0CB1}', 0x45), ('\u{0CB2}', 0x46), ('\u{0CB3}', 0x47), ('\u{0CB5}', 0x49), ('\u{0CB6}', 0x4A), ('\u{0CB7}', 0x4B),
    ('\u{0CB8}', 0x4C), ('\u{0CB9}', 0x4D), ('\u{0CBC}', 0x4E), ('\u{0CBD}', 0x4F), ('\u{0CBE}', 0x50), ('\u{0CBF}', 0x51),
    ('\u{0CC0}', 0x52), ('\u{0CC1}', 0x53), ('\u{0CC2}', 0x54), ('\u{0CC3}', 0x55), ('\u{0CC4}', 0x56), ('\u{0CC6}', 0x58),
    ('\u{0CC7}', 0x59), ('\u{0CC8}', 0x5A), ('\u{0CCA}', 0x5C), ('\u{0CCB}', 0x5D), ('\u{0CCC}', 0x5E), ('\u{0CCD}', 0x5F),
    ('\u{0CD5}', 0x60), ('\u{0CD6}', 0x7B), ('\u{0CE0}', 0x7C), ('\u{0CE1}', 0x7D), ('\u{0CE2}', 0x7E), ('\u{0CE3}', 0x7F),
];

/// Encoder of [`MALAYALAM_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static MALAYALAM_LOCKING_ENCODE: [(char, u8); 120] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0D02}', 0x01),
    ('\u{0D03}', 0x02), ('\u{0D05}', 0x03), ('\u{0D06}', 0x04), ('\u{0D07}', 0x05), ('\u{0D08}', 0x06), ('\u{0D09}', 0x07),
    ('\u{0D0A}', 0x08), ('\u{0D0B}', 0x09), ('\u{0D0C}', 0x0B), ('\u{0D0E}', 0x0E), ('\u{0D0F}', 0x0F), ('\u{0D10}', 0x10),
    ('\u{0D12}', 0x12), ('\u{0D13}', 0x13), ('\u{0D14}', 0x14), ('\u{0D15}', 0x15), ('\u{0D16}', 0x16), ('\u{0D17}', 0x17),
    ('\u{0D18}', 0x18), ('\u{0D19}', 0x19), ('\u{0D1A}', 0x1A), ('\u{0D1B}', 0x1C), ('\u{0D1C}', 0x1D), ('\u{0D1D}', 0x1E),
    ('\u{0D1E}', 0x1F), ('\u{0D1F}', 0x22), ('\u{0D20}', 0x23), ('\u{0D21}', 0x24), ('\u{0D22}', 0x25), ('\u{0D23}', 0x26),
    ('\u{0D24}', 0x27), ('\u{0D25}', 0x2A), ('\u{0D26}', 0x2B), ('\u{0D27}', 0x2D), ('\u{0D28}', 0x2F), ('\u{0D2A}', 0x3D),
    ('\u{0D2B}', 0x3E), ('\u{0D2C}', 0x40), ('\u{0D2D}', 0x41), ('\u{0D2E}', 0x42), ('\u{0D2F}', 0x43), ('\u{0D30}', 0x44),
    ('\u{0D31}', 0x45), ('\u{0D32}', 0x46), ('\u{0D33}', 0x47), ('\u{0D34}', 0x48), ('\u{0D35}', 0x49), ('\u{0D36}', 0x4A),
    ('\u{0D37}', 0x4B), ('\u{0D38}', 0x4C), ('\u{0D39}', 0x4D), ('\u{0D3D}', 0x4F), ('\u{0D3E}', 0x50), ('\u{0D3F}', 0x51),
    ('\u{0D40}', 0x52), ('\u{0D41}', 0x53), ('\u{0D42}', 0x54), ('\u{0D43}', 0x55), ('\u{0D44}', 0x56), ('\u{0D46}', 0x58),
    ('\u{0D47}', 0x59), ('\u{0D48}', 0x5A), ('\u{0D4A}', 0x5C), ('\u{0D4B}', 0x5D), ('\u{0D4C}', 0x5E), ('\u{0D4D}', 0x5F),
    ('\u{0D57}', 0x60), ('\u{0D60}', 0x7B), ('\u{0D61}', 0x7C), ('\u{0D62}', 0x7D), ('\u{0D63}', 0x7E), ('\u{0D79}', 0x7F),
];

/// Encoder of [`ORIYA_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static ORIYA_LOCKING_ENCODE: [(char, u8); 116] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0B01}', 0x00),
    ('\u{0B02}', 0x01), ('\u{0B03}', 0x02), ('\u{0B05}', 0x03), ('\u{0B06}', 0x04), ('\u{0B07}', 0x05), ('\u{0B08}', 0x06),
    ('\u{0B09}', 0x07), ('\u{0B0A}', 0x08), ('\u{0B0B}', 0x09), ('\u{0B0C}', 0x0B), ('\u{0B0F}', 0x0F), ('\u{0B10}', 0x10),
    ('\u{0B13}', 0x13), ('\u{0B14}', 0x14), ('\u{0B15}', 0x15), ('\u{0B16}', 0x16), ('\u{0B17}', 0x17), ('\u{0B18}', 0x18),
    ('\u{0B19}', 0x19), ('\u{0B1A}', 0x1A), ('\u{0B1B}', 0x1C), ('\u{0B1C}', 0x1D), ('\u{0B1D}', 0x1E), ('\u{0B1E}', 0x1F),
    ('\u{0B1F}', 0x22), ('\u{0B20}', 0x23), ('\u{0B21}', 0x24), ('\u{0B22}', 0x25), ('\u{0B23}', 0x26), ('\u{0B24}', 0x27),
    ('\u{0B25}', 0x2A), ('\u{0B26}', 0x2B), ('\u{0B27}', 0x2D), ('\u{0B28}', 0x2F), ('\u{0B2A}', 0x3D), ('\u{0B2B}', 0x3E),
    ('\u{0B2C}', 0x40), ('\u{0B2D}', 0x41), ('\u{0B2E}', 0x42), ('\u{0B2F}', 0x43), ('\u{0B30}', 0x44), ('\u{0B32}', 0x46),
    ('\u{0B33}', 0x47), ('\u{0B35}', 0x49), ('\u{0B36}', 0x4A), ('\u{0B37}', 0x4B), ('\u{0B38}', 0x4C), ('\u{0B39}', 0x4D),
    ('\u{0B3C}', 0x4E), ('\u{0B3D}', 0x4F), ('\u{0B3E}', 0x50), ('\u{0B3F}', 0x51), ('\u{0B40}', 0x52), ('\u{0B41}', 0x53),
    ('\u{0B42}', 0x54), ('\u{0B43}', 0x55), ('\u{0B44}', 0x56), ('\u{0B47}', 0x59), ('\u{0B48}', 0x5A), ('\u{0B4B}', 0x5D),
    ('\u{0B4C}', 0x5E), ('\u{0B4D}', 0x5F), ('\u{0B56}', 0x60), ('\u{0B57}', 0x7B), ('\u{0B60}', 0x7C), ('\u{0B61}', 0x7D),
    ('\u{0B62}', 0x7E), ('\u{0B63}', 0x7F),
];

/// Encoder of [`PUNJABI_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static PUNJABI_LOCKING_ENCODE: [(char, u8); 110] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0A01}', 0x00),
    ('\u{0A02}', 0x01), ('\u{0A03}', 0x02), ('\u{0A05}', 0x03), ('\u{0A06}', 0x04), ('\u{0A07}', 0x05), ('\u{0A08}', 0x06),
    ('\u{0A09}', 0x07), ('\u{0A0A}', 0x08), ('\u{0A0F}', 0x0F), ('\u{0A10}', 0x10), ('\u{0A13}', 0x13), ('\u{0A14}', 0x14),
    ('\u{0A15}', 0x15), ('\u{0A16}', 0x16), ('\u{0A17}', 0x17), ('\u{0A18}', 0x18), ('\u{0A19}', 0x19), ('\u{0A1A}', 0x1A),
    ('\u{0A1B}', 0x1C), ('\u{0A1C}', 0x1D), ('\u{0A1D}', 0x1E), ('\u{0A1E}', 0x1F), ('\u{0A1F}', 0x22), ('\u{0A20}', 0x23),
    ('\u{0A21}', 0x24), ('\u{0A22}', 0x25), ('\u{0A23}', 0x26), ('\u{0A24}', 0x27), ('\u{0A25}', 0x2A), ('\u{0A26}', 0x2B),
    ('\u{0A27}', 0x2D), ('\u{0A28}', 0x2F), ('\u{0A2A}', 0x3D), ('\u{0A2B}', 0x3E), ('\u{0A2C}', 0x40), ('\u{0A2D}', 0x41),
    ('\u{0A2E}', 0x42), ('\u{0A2F}', 0x43), ('\u{0A30}', 0x44), ('\u{0A32}', 0x46), ('\u{0A33}', 0x47), ('\u{0A35}', 0x49),
    ('\u{0A36}', 0x4A), ('\u{0A38}', 0x4C), ('\u{0A39}', 0x4D), ('\u{0A3C}', 0x4E), ('\u{0A3E}', 0x50), ('\u{0A3F}', 0x51),
    ('\u{0A40}', 0x52), ('\u{0A41}', 0x53), ('\u{0A42}', 0x54), ('\u{0A47}', 0x59), ('\u{0A48}', 0x5A), ('\u{0A4B}', 0x5D),
    ('\u{0A4C}', 0x5E), ('\u{0A4D}', 0x5F), ('\u{0A51}', 0x60), ('\u{0A70}', 0x7B), ('\u{0A71}', 0x7C), ('\u{0A72}', 0x7D),
    ('\u{0A73}', 0x7E), ('\u{0A74}', 0x7F),
];

/// Encoder of [`TAMIL_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static TAMIL_LOCKING_ENCODE: [(char, u8); 102] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0B82}', 0x01),
    ('\u{0B83}', 0x02), ('\u{0B85}', 0x03), ('\u{0B86}', 0x04), ('\u{0B87}', 0x05), ('\u{0B88}', 0x06), ('\u{0B89}', 0x07),
    ('\u{0B8A}', 0x08), ('\u{0B8E}', 0x0E), ('\u{0B8F}', 0x0F), ('\u{0B90}', 0x10), ('\u{0B92}', 0x12), ('\u{0B93}', 0x13),
    ('\u{0B94}', 0x14), ('\u{0B95}', 0x15), ('\u{0B99}', 0x19), ('\u{0B9A}', 0x1A), ('\u{0B9C}', 0x1D), ('\u{0B9E}', 0x1F),
    ('\u{0B9F}', 0x22), ('\u{0BA3}', 0x26), ('\u{0BA4}', 0x27), ('\u{0BA8}', 0x2F), ('\u{0BA9}', 0x3C), ('\u{0BAA}', 0x3D),
    ('\u{0BAE}', 0x42), ('\u{0BAF}', 0x43), ('\u{0BB0}', 0x44), ('\u{0BB1}', 0x45), ('\u{0BB2}', 0x46), ('\u{0BB3}', 0x47),
    ('\u{0BB4}', 0x48), ('\u{0BB5}', 0x49), ('\u{0BB6}', 0x4A), ('\u{0BB7}', 0x4B), ('\u{0BB8}', 0x4C), ('\u{0BB9}', 0x4D),
    ('\u{0BBE}', 0x50), ('\u{0BBF}', 0x51), ('\u{0BC0}', 0x52), ('\u{0BC1}', 0x53), ('\u{0BC2}', 0x54), ('\u{0BC6}', 0x58),
    ('\u{0BC7}', 0x59), ('\u{0BC8}', 0x5A), ('\u{0BCA}', 0x5C), ('\u{0BCB}', 0x5D), ('\u{0BCC}', 0x5E), ('\u{0BCD}', 0x5F),
    ('\u{0BD0}', 0x60), ('\u{0BD7}', 0x7B), ('\u{0BF0}', 0x7C), ('\u{0BF1}', 0x7D), ('\u{0BF2}', 0x7E), ('\u{0BF9}', 0x7F),
];

/// Encoder of [`TELUGU_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static TELUGU_LOCKING_ENCODE: [(char, u8); 120] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0C01}', 0x00),
    ('\u{0C02}', 0x01), ('\u{0C03}', 0x02), ('\u{0C05}', 0x03), ('\u{0C06}', 0x04), ('\u{0C07}', 0x05), ('\u{0C08}', 0x06),
    ('\u{0C09}', 0x07), ('\u{0C0A}', 0x08), ('\u{0C0B}', 0x09), ('\u{0C0C}', 0x0B), ('\u{0C0E}', 0x0E), ('\u{0C0F}', 0x0F),
    ('\u{0C10}', 0x10), ('\u{0C12}', 0x12), ('\u{0C13}', 0x13), ('\u{0C14}', 0x14), ('\u{0C15}', 0x15), ('\u{0C16}', 0x16),
    ('\u{0C17}', 0x17), ('\u{0C18}', 0x18), ('\u{0C19}', 0x19), ('\u{0C1A}', 0x1A), ('\u{0C1B}', 0x1C), ('\u{0C1C}', 0x1D),
    ('\u{0C1D}', 0x1E), ('\u{0C1E}', 0x1F), ('\u{0C1F}', 0x22), ('\u{0C20}', 0x23), ('\u{0C21}', 0x24), ('\u{0C22}', 0x25),
    ('\u{0C23}', 0x26), ('\u{0C24}', 0x27), ('\u{0C25}', 0x2A), ('\u{0C26}', 0x2B), ('\u{0C27}', 0x2D), ('\u{0C28}', 0x2F),
    ('\u{0C2A}', 0x3D), ('\u{0C2B}', 0x3E), ('\u{0C2C}', 0x40), ('\u{0C2D}', 0x41), ('\u{0C2E}', 0x42), ('\u{0C2F}', 0x43),
    ('\u{0C30}', 0x44), ('\u{0C31}', 0x45), ('\u{0C32}', 0x46), ('\u{0C33}', 0x47), ('\u{0C35}', 0x49), ('\u{0C36}', 0x4A),
    ('\u{0C37}', 0x4B), ('\u{0C38}', 0x4C), ('\u{0C39}', 0x4D), ('\u{0C3D}', 0x4F), ('\u{0C3E}', 0x50), ('\u{0C3F}', 0x51),
    ('\u{0C40}', 0x52), ('\u{0C41}', 0x53), ('\u{0C42}', 0x54), ('\u{0C43}', 0x55), ('\u{0C44}', 0x56), ('\u{0C46}', 0x58),
    ('\u{0C47}', 0x59), ('\u{0C48}', 0x5A), ('\u{0C4A}', 0x5C), ('\u{0C4B}', 0x5D), ('\u{0C4C}', 0x5E), ('\u{0C4D}', 0x5F),
    ('\u{0C55}', 0x60), ('\u{0C56}', 0x7B), ('\u{0C60}', 0x7C), ('\u{0C61}', 0x7D), ('\u{0C62}', 0x7E), ('\u{0C63}', 0x7F),
];

/// Encoder of [`URDU_LOCKING`], sorted by scalar.
#[rustfmt::skip]
static URDU_LOCKING_ENCODE: [(char, u8); 127] = [
    ('\u{000A}', 0x0A), ('\u{000D}', 0x0D), (' ', 0x20), ('!', 0x21), ('(', 0x29), (')', 0x28),
    (',', 0x2C), ('.', 0x2E), ('0', 0x30), ('1', 0x31), ('2', 0x32), ('3', 0x33),
    ('4', 0x34), ('5', 0x35), ('6', 0x36), ('7', 0x37), ('8', 0x38), ('9', 0x39),
    (':', 0x3A), (';', 0x3B), ('?', 0x3F), ('a', 0x61), ('b', 0x62), ('c', 0x63),
    ('d', 0x64), ('e', 0x65), ('f', 0x66), ('g', 0x67), ('h', 0x68), ('i', 0x69),
    ('j', 0x6A), ('k', 0x6B), ('l', 0x6C), ('m', 0x6D), ('n', 0x6E), ('o', 0x6F),
    ('p', 0x70), ('q', 0x71), ('r', 0x72), ('s', 0x73), ('t', 0x74), ('u', 0x75),
    ('v', 0x76), ('w', 0x77), ('x', 0x78), ('y', 0x79), ('z', 0x7A), ('\u{0621}', 0x58),
    ('\u{0622}', 0x01), ('\u{0627}', 0x00), ('\u{0628}', 0x02), ('\u{062A}', 0x07), ('\u{062B}', 0x10), ('\u{062C}', 0x11),
    ('\u{062D}', 0x18), ('\u{062E}', 0x19), ('\u{062F}', 0x1A), ('\u{0630}', 0x24), ('\u{0631}', 0x25), ('\u{0632}', 0x2B),
    ('\u{0633}', 0x3D), ('\u{0634}', 0x3E), ('\u{0635}', 0x40), ('\u{0636}', 0x41), ('\u{0637}', 0x42), ('\u{0638}', 0x43),
    ('\u{0639}', 0x44), ('\u{0641}', 0x45), ('\u{0642}', 0x46), ('\u{0644}', 0x4D), ('\u{0645}', 0x4E), ('\u{0646}', 0x4F),
    ('\u{0648}', 0x53), ('\u{064D}', 0x5C), ('\u{064F}', 0x5E), ('\u{0650}', 0x5D), ('\u{0651}', 0x7C), ('\u{0653}', 0x7D),
    ('\u{0654}', 0x60), ('\u{0655}', 0x7B), ('\u{0656}', 0x7E), ('\u{0657}', 0x5F), ('\u{0670}', 0x7F), ('\u{0679}', 0x0B),
    ('\u{067A}', 0x0E), ('\u{067B}', 0x03), ('\u{067C}', 0x0F), ('\u{067D}', 0x0C), ('\u{067E}', 0x05), ('\u{067F}', 0x09),
    ('\u{0680}', 0x04), ('\u{0681}', 0x12), ('\u{0683}', 0x14), ('\u{0684}', 0x13), ('\u{0685}', 0x15), ('\u{0686}', 0x16),
    ('\u{0687}', 0x17), ('\u{0688}', 0x1D), ('\u{0689}', 0x1E), ('\u{068A}', 0x1F), ('\u{068C}', 0x1C), ('\u{068D}', 0x23),
    ('\u{068F}', 0x22), ('\u{0691}', 0x26), ('\u{0693}', 0x27), ('\u{0696}', 0x2D), ('\u{0698}', 0x2F), ('\u{0699}', 0x2A),
    ('\u{069A}', 0x3C), ('\u{06A6}', 0x06), ('\u{06A9}', 0x47), ('\u{06AA}', 0x48), ('\u{06AB}', 0x49), ('\u{06AF}', 0x4A),
    ('\u{06B1}', 0x4C), ('\u{06B3}', 0x4B), ('\u{06BA}', 0x50), ('\u{06BB}', 0x51), ('\u{06BC}', 0x52), ('\u{06BE}', 0x57),
    ('\u{06C1}', 0x56), ('\u{06C2}', 0x08), ('\u{06C4}', 0x54), ('\u{06CC}', 0x59), ('\u{06D0}', 0x5A), ('\u{06D2}', 0x5B),
    ('\u{06D5}', 0x55),
];

/// Encoder of [`TURKISH_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static TURKISH_SINGLE_SHIFT_ENCODE: [(char, u8); 17] = [
    ('\u{000C}', 0x0A), ('[', 0x3C), ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('{', 0x28),
    ('|', 0x40), ('}', 0x29), ('~', 0x3D), ('\u{00E7}', 0x63), ('\u{011E}', 0x47), ('\u{011F}', 0x67),
    ('\u{0130}', 0x49), ('\u{0131}', 0x69), ('\u{015E}', 0x53), ('\u{015F}', 0x73), ('\u{20AC}', 0x65),
];

/// Encoder of [`SPANISH_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static SPANISH_SINGLE_SHIFT_ENCODE: [(char, u8); 19] = [
    ('\u{000C}', 0x0A), ('[', 0x3C), ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('{', 0x28),
    ('|', 0x40), ('}', 0x29), ('~', 0x3D), ('\u{00C1}', 0x41), ('\u{00CD}', 0x49), ('\u{00D3}', 0x4F),
    ('\u{00DA}', 0x55), ('\u{00E1}', 0x61), ('\u{00E7}', 0x09), ('\u{00ED}', 0x69), ('\u{00F3}', 0x6F), ('\u{00FA}', 0x75),
    ('\u{20AC}', 0x65),
];

/// Encoder of [`PORTUGUESE_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static PORTUGUESE_SINGLE_SHIFT_ENCODE: [(char, u8); 37] = [
    ('\u{000C}', 0x0A), ('[', 0x3C), ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('{', 0x28),
    ('|', 0x40), ('}', 0x29), ('~', 0x3D), ('\u{00C0}', 0x41), ('\u{00C1}', 0x0E), ('\u{00C2}', 0x61),
    ('\u{00C3}', 0x5B), ('\u{00CA}', 0x1F), ('\u{00CD}', 0x49), ('\u{00D3}', 0x4F), ('\u{00D4}', 0x0B), ('\u{00D5}', 0x5C),
    ('\u{00DA}', 0x55), ('\u{00E1}', 0x0F), ('\u{00E2}', 0x7F), ('\u{00E3}', 0x7B), ('\u{00E7}', 0x09), ('\u{00EA}', 0x05),
    ('\u{00ED}', 0x69), ('\u{00F3}', 0x6F), ('\u{00F4}', 0x0C), ('\u{00F5}', 0x7C), ('\u{00FA}', 0x75), ('\u{0393}', 0x13),
    ('\u{0398}', 0x19), ('\u{03A0}', 0x16), ('\u{03A3}', 0x18), ('\u{03A6}', 0x12), ('\u{03A8}', 0x17), ('\u{03A9}', 0x15),
    ('\u{20AC}', 0x65),
];

/// Encoder of [`BENGALI_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static BENGALI_SINGLE_SHIFT_ENCODE: [(char, u8); 80] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{09DF}', 0x24), ('\u{09E0}', 0x25), ('\u{09E1}', 0x26), ('\u{09E2}', 0x27), ('\u{09E3}', 0x2A),
    ('\u{09E6}', 0x19), ('\u{09E7}', 0x1A), ('\u{09E8}', 0x1C), ('\u{09E9}', 0x1D), ('\u{09EA}', 0x1E), ('\u{09EB}', 0x1F),
    ('\u{09EC}', 0x20), ('\u{09ED}', 0x21), ('\u{09EE}', 0x22), ('\u{09EF}', 0x23), ('\u{09F2}', 0x2B), ('\u{09F3}', 0x2C),
    ('\u{09F4}', 0x2D), ('\u{09F5}', 0x2E), ('\u{09F6}', 0x30), ('\u{09F7}', 0x31), ('\u{09F8}', 0x32), ('\u{09F9}', 0x33),
    ('\u{09FA}', 0x34), ('\u{20AC}', 0x65),
];

/// Encoder of [`GUJARATI_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static GUJARATI_SINGLE_SHIFT_ENCODE: [(char, u8); 68] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0AE6}', 0x1C), ('\u{0AE7}', 0x1D), ('\u{0AE8}', 0x1E),
    ('\u{0AE9}', 0x1F), ('\u{0AEA}', 0x20), ('\u{0AEB}', 0x21), ('\u{0AEC}', 0x22), ('\u{0AED}', 0x23), ('\u{0AEE}', 0x24),
    ('\u{0AEF}', 0x25), ('\u{20AC}', 0x65),
];

/// Encoder of [`HINDI_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static HINDI_SINGLE_SHIFT_ENCODE: [(char, u8); 86] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0951}', 0x26), ('\u{0952}', 0x27), ('\u{0953}', 0x2A), ('\u{0954}', 0x2B), ('\u{0958}', 0x2C),
    ('\u{0959}', 0x2D), ('\u{095A}', 0x2E), ('\u{095B}', 0x30), ('\u{095C}', 0x31), ('\u{095D}', 0x32), ('\u{095E}', 0x33),
    ('\u{095F}', 0x34), ('\u{0960}', 0x35), ('\u{0961}', 0x36), ('\u{0962}', 0x37), ('\u{0963}', 0x38), ('\u{0964}', 0x19),
    ('\u{0965}', 0x1A), ('\u{0966}', 0x1C), ('\u{0967}', 0x1D), ('\u{0968}', 0x1E), ('\u{0969}', 0x1F), ('\u{096A}', 0x20),
    ('\u{096B}', 0x21), ('\u{096C}', 0x22), ('\u{096D}', 0x23), ('\u{096E}', 0x24), ('\u{096F}', 0x25), ('\u{0970}', 0x39),
    ('\u{0971}', 0x3A), ('\u{20AC}', 0x65),
];

/// Encoder of [`KANNADA_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static KANNADA_SINGLE_SHIFT_ENCODE: [(char, u8); 71] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0CDE}', 0x26), ('\u{0CE6}', 0x1C), ('\u{0CE7}', 0x1D),
    ('\u{0CE8}', 0x1E), ('\u{0CE9}', 0x1F), ('\u{0CEA}', 0x20), ('\u{0CEB}', 0x21), ('\u{0CEC}', 0x22), ('\u{0CED}', 0x23),
    ('\u{0CEE}', 0x24), ('\u{0CEF}', 0x25), ('\u{0CF1}', 0x27), ('\u{0CF2}', 0x2A), ('\u{20AC}', 0x65),
];

/// Encoder of [`MALAYALAM_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static MALAYALAM_SINGLE_SHIFT_ENCODE: [(char, u8); 80] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0D66}', 0x1C), ('\u{0D67}', 0x1D), ('\u{0D68}', 0x1E),
    ('\u{0D69}', 0x1F), ('\u{0D6A}', 0x20), ('\u{0D6B}', 0x21), ('\u{0D6C}', 0x22), ('\u{0D6D}', 0x23), ('\u{0D6E}', 0x24),
    ('\u{0D6F}', 0x25), ('\u{0D70}', 0x26), ('\u{0D71}', 0x27), ('\u{0D72}', 0x2A), ('\u{0D73}', 0x2B), ('\u{0D74}', 0x2C),
    ('\u{0D75}', 0x2D), ('\u{0D7A}', 0x2E), ('\u{0D7B}', 0x30), ('\u{0D7C}', 0x31), ('\u{0D7D}', 0x32), ('\u{0D7E}', 0x33),
    ('\u{0D7F}', 0x34), ('\u{20AC}', 0x65),
];

/// Encoder of [`ORIYA_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static ORIYA_SINGLE_SHIFT_ENCODE: [(char, u8); 73] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0B5C}', 0x26), ('\u{0B5D}', 0x27), ('\u{0B5F}', 0x2A),
    ('\u{0B66}', 0x1C), ('\u{0B67}', 0x1D), ('\u{0B68}', 0x1E), ('\u{0B69}', 0x1F), ('\u{0B6A}', 0x20), ('\u{0B6B}', 0x21),
    ('\u{0B6C}', 0x22), ('\u{0B6D}', 0x23), ('\u{0B6E}', 0x24), ('\u{0B6F}', 0x25), ('\u{0B70}', 0x2B), ('\u{0B71}', 0x2C),
    ('\u{20AC}', 0x65),
];

/// Encoder of [`PUNJABI_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static PUNJABI_SINGLE_SHIFT_ENCODE: [(char, u8); 74] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0A59}', 0x26), ('\u{0A5A}', 0x27), ('\u{0A5B}', 0x2A),
    ('\u{0A5C}', 0x2B), ('\u{0A5E}', 0x2C), ('\u{0A66}', 0x1C), ('\u{0A67}', 0x1D), ('\u{0A68}', 0x1E), ('\u{0A69}', 0x1F),
    ('\u{0A6A}', 0x20), ('\u{0A6B}', 0x21), ('\u{0A6C}', 0x22), ('\u{0A6D}', 0x23), ('\u{0A6E}', 0x24), ('\u{0A6F}', 0x25),
    ('\u{0A75}', 0x2D), ('\u{20AC}', 0x65),
];

/// Encoder of [`TAMIL_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static TAMIL_SINGLE_SHIFT_ENCODE: [(char, u8); 75] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0964}', 0x19), ('\u{0965}', 0x1A), ('\u{0BE6}', 0x1C), ('\u{0BE7}', 0x1D), ('\u{0BE8}', 0x1E),
    ('\u{0BE9}', 0x1F), ('\u{0BEA}', 0x20), ('\u{0BEB}', 0x21), ('\u{0BEC}', 0x22), ('\u{0BED}', 0x23), ('\u{0BEE}', 0x24),
    ('\u{0BEF}', 0x25), ('\u{0BF3}', 0x26), ('\u{0BF4}', 0x27), ('\u{0BF5}', 0x2A), ('\u{0BF6}', 0x2B), ('\u{0BF7}', 0x2C),
    ('\u{0BF8}', 0x2D), ('\u{0BFA}', 0x2E), ('\u{20AC}', 0x65),
];

/// Encoder of [`TELUGU_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static TELUGU_SINGLE_SHIFT_ENCODE: [(char, u8); 76] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0C58}', 0x26), ('\u{0C59}', 0x27), ('\u{0C66}', 0x1C), ('\u{0C67}', 0x1D), ('\u{0C68}', 0x1E),
    ('\u{0C69}', 0x1F), ('\u{0C6A}', 0x20), ('\u{0C6B}', 0x21), ('\u{0C6C}', 0x22), ('\u{0C6D}', 0x23), ('\u{0C6E}', 0x24),
    ('\u{0C6F}', 0x25), ('\u{0C78}', 0x2A), ('\u{0C79}', 0x2B), ('\u{0C7A}', 0x2C), ('\u{0C7B}', 0x2D), ('\u{0C7C}', 0x2E),
    ('\u{0C7D}', 0x30), ('\u{0C7E}', 0x31), ('\u{0C7F}', 0x32), ('\u{20AC}', 0x65),
];

/// Encoder of [`URDU_SINGLE_SHIFT`], sorted by scalar.
#[rustfmt::skip]
static URDU_SINGLE_SHIFT_ENCODE: [(char, u8); 88] = [
    ('\u{000C}', 0x0A), ('"', 0x05), ('#', 0x17), ('$', 0x02), ('%', 0x07), ('&', 0x08),
    ('\u{0027}', 0x09), ('*', 0x0B), ('+', 0x0C), ('-', 0x0E), ('/', 0x0F), ('<', 0x10),
    ('=', 0x11), ('>', 0x12), ('@', 0x00), ('A', 0x41), ('B', 0x42), ('C', 0x43),
    ('D', 0x44), ('E', 0x45), ('F', 0x46), ('G', 0x47), ('H', 0x48), ('I', 0x49),
    ('J', 0x4A), ('K', 0x4B), ('L', 0x4C), ('M', 0x4D), ('N', 0x4E), ('O', 0x4F),
    ('P', 0x50), ('Q', 0x51), ('R', 0x52), ('S', 0x53), ('T', 0x54), ('U', 0x55),
    ('V', 0x56), ('W', 0x57), ('X', 0x58), ('Y', 0x59), ('Z', 0x5A), ('[', 0x3C),
    ('\u{005C}', 0x2F), (']', 0x3E), ('^', 0x14), ('_', 0x16), ('{', 0x28), ('|', 0x40),
    ('}', 0x29), ('~', 0x3D), ('\u{00A1}', 0x13), ('\u{00A3}', 0x01), ('\u{00A4}', 0x06), ('\u{00A5}', 0x03),
    ('\u{00BF}', 0x04), ('\u{0600}', 0x19), ('\u{0601}', 0x1A), ('\u{060C}', 0x26), ('\u{060D}', 0x27), ('\u{060E}', 0x2A),
    ('\u{060F}', 0x2B), ('\u{0610}', 0x2C), ('\u{0611}', 0x2D), ('\u{0612}', 0x2E), ('\u{0613}', 0x30), ('\u{0614}', 0x31),
    ('\u{061B}', 0x32), ('\u{061F}', 0x33), ('\u{0640}', 0x34), ('\u{0652}', 0x35), ('\u{0658}', 0x36), ('\u{066B}', 0x37),
    ('\u{066C}', 0x38), ('\u{0672}', 0x39), ('\u{0673}', 0x3A), ('\u{06CD}', 0x3B), ('\u{06D4}', 0x3F), ('\u{06F0}', 0x1C),
    ('\u{06F1}', 0x1D), ('\u{06F2}', 0x1E), ('\u{06F3}', 0x1F), ('\u{06F4}', 0x20), ('\u{06F5}', 0x21), ('\u{06F6}', 0x22),
    ('\u{06F7}', 0x23), ('\u{06F8}', 0x24), ('\u{06F9}', 0x25), ('\u{20AC}', 0x65),
];

/// National locking-shift table for an NLI (TS 23.038 §6.2.1.2.4 / Annex A.3).
///
/// `None` when the NLI has no table (0, Spanish 2, reserved): use [`DEFAULT_ALPHABET`].
///
/// ```
/// use smsip_tpdu::alphabet::tables::locking_table;
/// assert!(locking_table(3).is_some()); // Portuguese
/// assert!(locking_table(2).is_none()); // Spanish: A.3.2 is void
/// ```
pub fn locking_table(nli: u8) -> Option<&'static Table> {
    match nli {
        1 => Some(&TURKISH_LOCKING),
        3 => Some(&PORTUGUESE_LOCKING),
        4 => Some(&BENGALI_LOCKING),
        5 => Some(&GUJARATI_LOCKING),
        6 => Some(&HINDI_LOCKING),
        7 => Some(&KANNADA_LOCKING),
        8 => Some(&MALAYALAM_LOCKING),
        9 => Some(&ORIYA_LOCKING),
        10 => Some(&PUNJABI_LOCKING),
        11 => Some(&TAMIL_LOCKING),
        12 => Some(&TELUGU_LOCKING),
        13 => Some(&URDU_LOCKING),
        _ => None,
    }
}

/// National single-shift table for an NLI (TS 23.038 §6.2.1.2.4 / Annex A.2).
///
/// `None` for NLI 0 or a reserved NLI: use [`DEFAULT_EXTENSION`].
///
/// ```
/// use smsip_tpdu::alphabet::tables::single_shift_table;
/// assert_eq!(single_shift_table(2).and_then(|t| t[0x09]), Some('ç')); // Spanish
/// assert!(single_shift_table(0).is_none());
/// ```
pub fn single_shift_table(nli: u8) -> Option<&'static Table> {
    match nli {
        1 => Some(&TURKISH_SINGLE_SHIFT),
        2 => Some(&SPANISH_SINGLE_SHIFT),
        3 => Some(&PORTUGUESE_SINGLE_SHIFT),
        4 => Some(&BENGALI_SINGLE_SHIFT),
        5 => Some(&GUJARATI_SINGLE_SHIFT),
        6 => Some(&HINDI_SINGLE_SHIFT),
        7 => Some(&KANNADA_SINGLE_SHIFT),
        8 => Some(&MALAYALAM_SINGLE_SHIFT),
        9 => Some(&ORIYA_SINGLE_SHIFT),
        10 => Some(&PUNJABI_SINGLE_SHIFT),
        11 => Some(&TAMIL_SINGLE_SHIFT),
        12 => Some(&TELUGU_SINGLE_SHIFT),
        13 => Some(&URDU_SINGLE_SHIFT),
        _ => None,
    }
}

fn locking_encoder(nli: u8) -> Option<&'static [(char, u8)]> {
    match nli {
        1 => Some(&TURKISH_LOCKING_ENCODE),
        3 => Some(&PORTUGUESE_LOCKING_ENCODE),
        4 => Some(&BENGALI_LOCKING_ENCODE),
        5 => Some(&GUJARATI_LOCKING_ENCODE),
        6 => Some(&HINDI_LOCKING_ENCODE),
        7 => Some(&KANNADA_LOCKING_ENCODE),
        8 => Some(&MALAYALAM_LOCKING_ENCODE),
        9 => Some(&ORIYA_LOCKING_ENCODE),
        10 => Some(&PUNJABI_LOCKING_ENCODE),
        11 => Some(&TAMIL_LOCKING_ENCODE),
        12 => Some(&TELUGU_LOCKING_ENCODE),
        13 => Some(&URDU_LOCKING_ENCODE),
        _ => None,
    }
}

fn single_shift_encoder(nli: u8) -> &'static [(char, u8)] {
    match nli {
        1 => &TURKISH_SINGLE_SHIFT_ENCODE,
        2 => &SPANISH_SINGLE_SHIFT_ENCODE,
        3 => &PORTUGUESE_SINGLE_SHIFT_ENCODE,
        4 => &BENGALI_SINGLE_SHIFT_ENCODE,
        5 => &GUJARATI_SINGLE_SHIFT_ENCODE,
        6 => &HINDI_SINGLE_SHIFT_ENCODE,
        7 => &KANNADA_SINGLE_SHIFT_ENCODE,
        8 => &MALAYALAM_SINGLE_SHIFT_ENCODE,
        9 => &ORIYA_SINGLE_SHIFT_ENCODE,
        10 => &PUNJABI_SINGLE_SHIFT_ENCODE,
        11 => &TAMIL_SINGLE_SHIFT_ENCODE,
        12 => &TELUGU_SINGLE_SHIFT_ENCODE,
        13 => &URDU_SINGLE_SHIFT_ENCODE,
        _ => &DEFAULT_EXTENSION_ENCODE,
    }
}

#[inline]
fn search(pairs: &[(char, u8)], c: char) -> Option<u8> {
    pairs
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .and_then(|i| pairs.get(i))
        .map(|&(_, code)| code)
}

/// The code of `c` in the locking table selected by `nli` (TS 23.038 §6.2.1, Annex A.3).
///
/// NLI 0, Spanish (2) and reserved NLIs use the default alphabet. Never returns 0x1B (ESC).
/// A scalar mapped at two codes encodes to the lower one.
///
/// ```
/// use smsip_tpdu::alphabet::tables::encode_locking;
/// assert_eq!(encode_locking(0, 'A'), Some(0x41));
/// assert_eq!(encode_locking(0, 'Δ'), Some(0x10)); // Greek capital delta
/// assert_eq!(encode_locking(1, 'ğ'), Some(0x0C)); // Turkish g with breve
/// assert_eq!(encode_locking(0, 'ğ'), None);
/// ```
#[inline]
pub fn encode_locking(nli: u8, c: char) -> Option<u8> {
    match locking_encoder(nli) {
        Some(pairs) => search(pairs, c),
        None => match DEFAULT_ENCODE_LATIN1.get(c as usize) {
            Some(&0xFF) => None,
            Some(&code) => Some(code),
            None => search(&DEFAULT_ENCODE_OTHER, c),
        },
    }
}

/// The code, to be sent after ESC (0x1B), of `c` in the single-shift table for `nli`
/// (TS 23.038 §6.2.1.1, Annex A.2); NLI 0 and reserved NLIs use the default extension table.
///
/// A scalar mapped at two codes (e.g. `¡` at 0x13 and 0x15 in the Indic tables) encodes to
/// the lower one (alphabet.md §4.4).
///
/// ```
/// use smsip_tpdu::alphabet::tables::encode_single_shift;
/// assert_eq!(encode_single_shift(0, '['), Some(0x3C));
/// assert_eq!(encode_single_shift(6, '¡'), Some(0x13)); // Hindi
/// assert_eq!(encode_single_shift(0, 'A'), None);
/// ```
#[inline]
pub fn encode_single_shift(nli: u8, c: char) -> Option<u8> {
    search(single_shift_encoder(nli), c)
}

/// The English language name of NLI 1..=13 (TS 23.038 §6.2.1.2.4); `None` otherwise.
///
/// ```
/// use smsip_tpdu::alphabet::tables::language_name;
/// assert_eq!(language_name(1), Some("Turkish"));
/// assert_eq!(language_name(0), None);
/// ```
pub fn language_name(nli: u8) -> Option<&'static str> {
    match nli {
        1 => Some("Turkish"),
        2 => Some("Spanish"),
        3 => Some("Portuguese"),
        4 => Some("Bengali"),
        5 => Some("Gujarati"),
        6 => Some("Hindi"),
        7 => Some("Kannada"),
        8 => Some("Malayalam"),
        9 => Some("Oriya"),
        10 => Some("Punjabi"),
        11 => Some("Tamil"),
        12 => Some("Telugu"),
        13 => Some("Urdu"),
        _ => None,
    }
}
