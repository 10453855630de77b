#!/usr/bin/env python3
"""Generate crates/smsip-tpdu/src/alphabet/tables.rs from the TS 23.038 JSON tables.

Usage:
    python3 crates/smsip-tpdu/tools/gen_alphabet_tables.py [ALPHABET_DIR [OUTPUT]]

ALPHABET_DIR defaults to <repo root>/../shared/spec/alphabet, OUTPUT to
<repo root>/crates/smsip-tpdu/src/alphabet/tables.rs ("-" writes to stdout).
Python 3 standard library only. The output does not depend on the input path, so
tests/alphabet_tables.rs can regenerate into a temp file and compare byte for byte.
"""

import json
import os
import sys

REPO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
DEFAULT_INPUT = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "spec", "alphabet"))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "crates", "smsip-tpdu", "src", "alphabet", "tables.rs")

ESC = 0x1B
MAX_NLI = 13


def fail(msg):
    sys.stderr.write("gen_alphabet_tables: " + msg + "\n")
    sys.exit(1)


def load(alphabet_dir):
    """Returns {(nli, kind): table dict} after validating the schema (alphabet.md §4.3)."""
    try:
        with open(os.path.join(alphabet_dir, "index.json"), encoding="utf-8") as f:
            index = json.load(f)
    except OSError as e:
        fail("cannot read index.json in %s: %s" % (alphabet_dir, e))
    tables = {}
    for entry in index["tables"]:
        path = os.path.join(alphabet_dir, entry["file"])
        with open(path, encoding="utf-8") as f:
            t = json.load(f)
        name = entry["file"]
        chars = t["chars"]
        if len(chars) != 128:
            fail("%s: %d entries, expected 128" % (name, len(chars)))
        for c in chars:
            if c is not None and not (isinstance(c, int) and 0 <= c <= 0x10FFFF and not 0xD800 <= c <= 0xDFFF):
                fail("%s: bad scalar %r" % (name, c))
        if chars[ESC] is not None:
            fail("%s: 0x1B must be null (ESC/SS2)" % name)
        mapped = sum(c is not None for c in chars)
        if mapped != entry["mapped_codes"]:
            fail("%s: %d mapped codes, index.json says %d" % (name, mapped, entry["mapped_codes"]))
        if t["nli"] != entry["nli"] or t["kind"] != entry["kind"]:
            fail("%s: nli/kind disagree with index.json" % name)
        if t["kind"] not in ("locking_shift", "single_shift"):
            fail("%s: unknown kind %r" % (name, t["kind"]))
        key = (t["nli"], t["kind"])
        if key in tables:
            fail("%s: duplicate table for %r" % (name, key))
        tables[key] = t
    listed = {e["file"] for e in index["tables"]}
    on_disk = {n for n in os.listdir(alphabet_dir) if n.endswith(".json") and n != "index.json"}
    if listed != on_disk:
        fail("index.json and directory disagree: %r" % sorted(listed ^ on_disk))
    for key in ((0, "locking_shift"), (0, "single_shift")):
        if key not in tables:
            fail("missing default table %r" % (key,))
    return index, tables


def rust_char(cp):
    if 0x20 <= cp < 0x7F and chr(cp) not in "'\\":
        return "'%s'" % chr(cp)
    return "'\\u{%04X}'" % cp


def ident(t):
    return t["table"].upper()


def decode_table(out, name, doc, chars):
    out.append("/// %s" % doc)
    out.append("#[rustfmt::skip]")
    out.append("pub%s static %s: Table = [" % ("" if name.startswith("DEFAULT") else "(crate)", name))
    for row in range(0, 128, 8):
        cells = []
        for c in chars[row:row + 8]:
            cells.append("None" if c is None else "Some(%s)" % rust_char(c))
        out.append("    /* 0x%02X */ %s," % (row, ", ".join(cells)))
    out.append("];")
    out.append("")


def inverse(chars):
    """Sorted (scalar, code) pairs; a scalar mapped twice keeps its lower code (alphabet.md §4.4)."""
    inv = {}
    for code, c in enumerate(chars):
        if c is not None and c not in inv:
            inv[c] = code
    return sorted(inv.items())


def encode_slice(out, name, doc, pairs):
    out.append("/// %s" % doc)
    out.append("#[rustfmt::skip]")
    out.append("static %s: [(char, u8); %d] = [" % (name, len(pairs)))
    for i in range(0, len(pairs), 6):
        out.append("    " + " ".join("(%s, 0x%02X)," % (rust_char(c), code) for c, code in pairs[i:i + 6]))
    out.append("];")
    out.append("")


def generate(index, tables):
    out = []
    out.append("//! Decode and encode tables of the TS 23.038 GSM 7-bit alphabets (§6.2.1, §6.2.1.1, Annex A).")
    out.append("//!")
    out.append("//! GENERATED FILE, DO NOT EDIT. Source: `shared/spec/alphabet/*.json` (alphabet.md §4.3).")
    out.append("//! Regenerate from the repository root with")
    out.append("//! `python3 crates/smsip-tpdu/tools/gen_alphabet_tables.py [ALPHABET_DIR]`;")
    out.append("//! `tests/alphabet_tables.rs` checks that this file is up to date.")
    out.append("//!")
    out.append("//! ```")
    out.append("//! use smsip_tpdu::alphabet::tables::*;")
    out.append("//! assert_eq!(DEFAULT_ALPHABET[0x00], Some('@'));")
    out.append("//! assert_eq!(encode_locking(0, '\u20ac'), None); // '\u20ac' needs ESC 0x65")
    out.append("//! assert_eq!(encode_single_shift(0, '\u20ac'), Some(0x65));")
    out.append("//! assert_eq!(locking_table(1).and_then(|t| t[0x07]), Some('\u0131')); // Turkish dotless i")
    out.append("//! assert_eq!(language_name(1), Some(\"Turkish\"));")
    out.append("//! ```")
    out.append("")
    out.append("/// A decode table: index = 7-bit code; `None` = no character (reserved, ESC/SS2, CR2).")
    out.append("pub type Table = [Option<char>; 128];")
    out.append("")

    dflt = tables[(0, "locking_shift")]
    ext = tables[(0, "single_shift")]
    decode_table(out, "DEFAULT_ALPHABET",
                 "The GSM 7-bit default alphabet (TS 23.038 §6.2.1); 0x1B is ESC (`None`).",
                 dflt["chars"])
    decode_table(out, "DEFAULT_EXTENSION",
                 "The default alphabet extension table, reached by ESC (TS 23.038 §6.2.1.1).",
                 ext["chars"])

    locking = []
    single = []
    for nli in range(1, MAX_NLI + 1):
        for kind, acc, clause in (("locking_shift", locking, "A.3"), ("single_shift", single, "A.2")):
            t = tables.get((nli, kind))
            if t is None:
                continue
            what = "locking-shift" if kind == "locking_shift" else "single-shift"
            decode_table(out, ident(t), "%s national %s table (TS 23.038 %s)." % (t["language"], what,
                         t["spec_clause"].rsplit(" ", 1)[-1]), t["chars"])
            acc.append((nli, t))

    # Encoders. Default alphabet: direct lookup below U+0100, sorted slice above.
    latin = [0xFF] * 256
    rest = []
    for c, code in inverse(dflt["chars"]):
        if c < 256:
            latin[c] = code
        else:
            rest.append((c, code))
    out.append("/// Default-alphabet encoder for scalars below U+0100 (0xFF = not in the alphabet).")
    out.append("#[rustfmt::skip]")
    out.append("static DEFAULT_ENCODE_LATIN1: [u8; 256] = [")
    for row in range(0, 256, 16):
        out.append("    " + " ".join("0x%02X," % b for b in latin[row:row + 16]))
    out.append("];")
    out.append("")
    encode_slice(out, "DEFAULT_ENCODE_OTHER", "Default-alphabet encoder for scalars from U+0100, sorted.", rest)
    encode_slice(out, "DEFAULT_EXTENSION_ENCODE", "Default extension encoder, sorted by scalar.",
                 inverse(ext["chars"]))
    for nli, t in locking + single:
        encode_slice(out, ident(t) + "_ENCODE", "Encoder of [`%s`], sorted by scalar." % ident(t),
                     inverse(t["chars"]))

    def match_fn(doc, sig, arms, default):
        out.extend(doc)
        out.append(sig + " {")
        out.append("    match nli {")
        for nli, expr in arms:
            out.append("        %d => %s," % (nli, expr))
        out.append("        _ => %s," % default)
        out.append("    }")
        out.append("}")
        out.append("")

    match_fn(["/// National locking-shift table for an NLI (TS 23.038 §6.2.1.2.4 / Annex A.3).",
              "///",
              "/// `None` when the NLI has no table (0, Spanish 2, reserved): use [`DEFAULT_ALPHABET`].",
              "///",
              "/// ```",
              "/// use smsip_tpdu::alphabet::tables::locking_table;",
              "/// assert!(locking_table(3).is_some()); // Portuguese",
              "/// assert!(locking_table(2).is_none()); // Spanish: A.3.2 is void",
              "/// ```"],
             "pub fn locking_table(nli: u8) -> Option<&'static Table>",
             [(n, "Some(&%s)" % ident(t)) for n, t in locking], "None")
    match_fn(["/// National single-shift table for an NLI (TS 23.038 §6.2.1.2.4 / Annex A.2).",
              "///",
              "/// `None` for NLI 0 or a reserved NLI: use [`DEFAULT_EXTENSION`].",
              "///",
              "/// ```",
              "/// use smsip_tpdu::alphabet::tables::single_shift_table;",
              "/// assert_eq!(single_shift_table(2).and_then(|t| t[0x09]), Some('\u00e7')); // Spanish",
              "/// assert!(single_shift_table(0).is_none());",
              "/// ```"],
             "pub fn single_shift_table(nli: u8) -> Option<&'static Table>",
             [(n, "Some(&%s)" % ident(t)) for n, t in single], "None")
    match_fn([], "fn locking_encoder(nli: u8) -> Option<&'static [(char, u8)]>",
             [(n, "Some(&%s_ENCODE)" % ident(t)) for n, t in locking], "None")
    match_fn([], "fn single_shift_encoder(nli: u8) -> &'static [(char, u8)]",
             [(n, "&%s_ENCODE" % ident(t)) for n, t in single], "&DEFAULT_EXTENSION_ENCODE")

    out.append("#[inline]")
    out.append("fn search(pairs: &[(char, u8)], c: char) -> Option<u8> {")
    out.append("    pairs")
    out.append("        .binary_search_by_key(&c, |&(k, _)| k)")
    out.append("        .ok()")
    out.append("        .and_then(|i| pairs.get(i))")
    out.append("        .map(|&(_, code)| code)")
    out.append("}")
    out.append("")
    out.append("/// The code of `c` in the locking table selected by `nli` (TS 23.038 §6.2.1, Annex A.3).")
    out.append("///")
    out.append("/// NLI 0, Spanish (2) and reserved NLIs use the default alphabet. Never returns 0x1B (ESC).")
    out.append("/// A scalar mapped at two codes encodes to the lower one.")
    out.append("///")
    out.append("/// ```")
    out.append("/// use smsip_tpdu::alphabet::tables::encode_locking;")
    out.append("/// assert_eq!(encode_locking(0, 'A'), Some(0x41));")
    out.append("/// assert_eq!(encode_locking(0, '\u0394'), Some(0x10)); // Greek capital delta")
    out.append("/// assert_eq!(encode_locking(1, '\u011f'), Some(0x0C)); // Turkish g with breve")
    out.append("/// assert_eq!(encode_locking(0, '\u011f'), None);")
    out.append("/// ```")
    out.append("#[inline]")
    out.append("pub fn encode_locking(nli: u8, c: char) -> Option<u8> {")
    out.append("    match locking_encoder(nli) {")
    out.append("        Some(pairs) => search(pairs, c),")
    out.append("        None => match DEFAULT_ENCODE_LATIN1.get(c as usize) {")
    out.append("            Some(&0xFF) => None,")
    out.append("            Some(&code) => Some(code),")
    out.append("            None => search(&DEFAULT_ENCODE_OTHER, c),")
    out.append("        },")
    out.append("    }")
    out.append("}")
    out.append("")
    out.append("/// The code, to be sent after ESC (0x1B), of `c` in the single-shift table for `nli`")
    out.append("/// (TS 23.038 §6.2.1.1, Annex A.2); NLI 0 and reserved NLIs use the default extension table.")
    out.append("///")
    out.append("/// A scalar mapped at two codes (e.g. `\u00a1` at 0x13 and 0x15 in the Indic tables) encodes to")
    out.append("/// the lower one (alphabet.md §4.4).")
    out.append("///")
    out.append("/// ```")
    out.append("/// use smsip_tpdu::alphabet::tables::encode_single_shift;")
    out.append("/// assert_eq!(encode_single_shift(0, '['), Some(0x3C));")
    out.append("/// assert_eq!(encode_single_shift(6, '\u00a1'), Some(0x13)); // Hindi")
    out.append("/// assert_eq!(encode_single_shift(0, 'A'), None);")
    out.append("/// ```")
    out.append("#[inline]")
    out.append("pub fn encode_single_shift(nli: u8, c: char) -> Option<u8> {")
    out.append("    search(single_shift_encoder(nli), c)")
    out.append("}")
    out.append("")
    names = index["nli_values"]
    match_fn(["/// The English language name of NLI 1..=13 (TS 23.038 §6.2.1.2.4); `None` otherwise.",
              "///",
              "/// ```",
              "/// use smsip_tpdu::alphabet::tables::language_name;",
              "/// assert_eq!(language_name(1), Some(\"Turkish\"));",
              "/// assert_eq!(language_name(0), None);",
              "/// ```"],
             "pub fn language_name(nli: u8) -> Option<&'static str>",
             [(n, "Some(%s)" % json.dumps(names[str(n)])) for n in range(1, MAX_NLI + 1)], "None")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main(argv):
    alphabet_dir = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    output = argv[2] if len(argv) > 2 else DEFAULT_OUTPUT
    index, tables = load(alphabet_dir)
    for n in range(1, MAX_NLI + 1):
        if str(n) not in index["nli_values"]:
            fail("index.json has no language name for NLI %d" % n)
    text = generate(index, tables)
    if output == "-":
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main(sys.argv)
