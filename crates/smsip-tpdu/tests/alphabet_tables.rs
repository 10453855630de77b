//! Checks the generated TS 23.038 tables (`src/alphabet/tables.rs`) against the JSON data of
//! `shared/spec/alphabet/` (alphabet.md §4.3), entry by entry, and that the file is up to date.

use smsip_tpdu::alphabet::tables::{
    encode_locking, encode_single_shift, language_name, locking_table, single_shift_table, Table,
    DEFAULT_ALPHABET, DEFAULT_EXTENSION,
};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One JSON table file, reduced to the fields the tests need.
struct JsonTable {
    file: String,
    nli: u8,
    locking: bool,
    language: String,
    chars: Vec<Option<u32>>,
}

fn alphabet_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/alphabet");
    if dir.join("index.json").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: {} not found (the spec digest is not checked out)",
            dir.display()
        );
        None
    }
}

/// Value text after `"key":` in a flat JSON object (fixed schema, alphabet.md §4.3).
fn field<'a>(json: &'a str, key: &str) -> &'a str {
    let pat = format!("\"{key}\"");
    let at = json.find(&pat).unwrap_or_else(|| panic!("no {key}")) + pat.len();
    json[at..]
        .trim_start()
        .strip_prefix(':')
        .expect("colon")
        .trim_start()
}

fn string_field(json: &str, key: &str) -> String {
    let v = field(json, key).strip_prefix('"').expect("string");
    v[..v.find('"').expect("closing quote")].to_string()
}

fn int_field(json: &str, key: &str) -> u32 {
    let v = field(json, key);
    let end = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    v[..end].parse().expect("integer")
}

fn chars_field(json: &str) -> Vec<Option<u32>> {
    let v = field(json, "chars").strip_prefix('[').expect("array");
    v[..v.find(']').expect("closing bracket")]
        .split(',')
        .map(str::trim)
        .map(|e| {
            if e == "null" {
                None
            } else {
                Some(e.parse().expect("scalar"))
            }
        })
        .collect()
}

fn load(dir: &Path) -> Vec<JsonTable> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if !file.ends_with(".json") || file == "index.json" {
            continue;
        }
        let json = std::fs::read_to_string(&path).expect("read");
        let kind = string_field(&json, "kind");
        assert!(
            kind == "locking_shift" || kind == "single_shift",
            "{file}: kind {kind}"
        );
        out.push(JsonTable {
            nli: u8::try_from(int_field(&json, "nli")).expect("nli"),
            locking: kind == "locking_shift",
            language: string_field(&json, "language"),
            chars: chars_field(&json),
            file,
        });
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// The generated decode table the library uses for this JSON table.
fn generated(t: &JsonTable) -> &'static Table {
    match (t.nli, t.locking) {
        (0, true) => &DEFAULT_ALPHABET,
        (0, false) => &DEFAULT_EXTENSION,
        (n, true) => locking_table(n).unwrap_or_else(|| panic!("{}: no locking table", t.file)),
        (n, false) => single_shift_table(n).unwrap_or_else(|| panic!("{}: no table", t.file)),
    }
}

#[test]
fn every_entry_of_every_table_decodes_as_in_the_json() {
    let Some(dir) = alphabet_dir() else { return };
    let tables = load(&dir);
    assert_eq!(tables.len(), 27, "alphabet.md §4.3 lists 27 tables");
    let mut entries = 0;
    for t in &tables {
        assert_eq!(t.chars.len(), 128, "{}", t.file);
        let table = generated(t);
        for (code, (want, got)) in t.chars.iter().zip(table.iter()).enumerate() {
            assert_eq!(
                *want,
                got.map(u32::from),
                "{} code {code:#04x}: JSON {want:x?}, generated {got:?}",
                t.file
            );
            entries += 1;
        }
    }
    assert_eq!(entries, 27 * 128);
}

#[test]
fn encode_inverts_decode_for_every_mapped_code() {
    let Some(dir) = alphabet_dir() else { return };
    let mut duplicates = 0;
    for t in load(&dir) {
        for (code, c) in t.chars.iter().enumerate() {
            let Some(c) = c.map(|c| char::from_u32(c).expect("scalar")) else {
                continue;
            };
            let code = u8::try_from(code).unwrap();
            let got = if t.locking {
                encode_locking(t.nli, c)
            } else {
                encode_single_shift(t.nli, c)
            };
            // alphabet.md §4.4: a scalar present twice in one table encodes to its lower code.
            let first = t
                .chars
                .iter()
                .position(|&x| x == Some(u32::from(c)))
                .unwrap();
            if first != usize::from(code) {
                duplicates += 1;
                assert_eq!(got, Some(u8::try_from(first).unwrap()), "{} {c:?}", t.file);
                continue;
            }
            assert_eq!(got, Some(code), "{} {c:?} (U+{:04X})", t.file, u32::from(c));
        }
    }
    // Documented duplicates: '*' (0x0B/0x18) and '¡' (0x13/0x15) in the 10 Indic+Urdu
    // single-shift tables.
    assert_eq!(duplicates, 20);
}

#[test]
fn encoders_reject_what_the_table_lacks() {
    let Some(dir) = alphabet_dir() else { return };
    for t in load(&dir) {
        for probe in [
            '€',
            'A',
            'ğ',
            'ç',
            '\u{0985}',
            '\u{0627}',
            '\u{1F600}',
            '\u{1B}',
            '\0',
        ] {
            let present = t.chars.contains(&Some(u32::from(probe)));
            let got = if t.locking {
                encode_locking(t.nli, probe)
            } else {
                encode_single_shift(t.nli, probe)
            };
            assert_eq!(got.is_some(), present, "{} {probe:?}", t.file);
        }
    }
}

#[test]
fn nli_fallbacks() {
    // TS 23.038 A.3.2: Spanish has no locking-shift table; reserved NLIs have no tables.
    assert!(locking_table(0).is_none());
    assert!(locking_table(2).is_none());
    assert!(single_shift_table(0).is_none());
    for nli in 14..=255 {
        assert!(locking_table(nli).is_none() && single_shift_table(nli).is_none());
        assert_eq!(language_name(nli), None);
        assert_eq!(encode_locking(nli, 'Δ'), Some(0x10), "default alphabet");
        assert_eq!(
            encode_single_shift(nli, '€'),
            Some(0x65),
            "default extension"
        );
    }
    assert_eq!(
        encode_locking(2, 'ñ'),
        Some(0x7D),
        "Spanish locks to the default alphabet"
    );
    for nli in 1..=13 {
        assert!(single_shift_table(nli).is_some(), "NLI {nli}");
        assert_eq!(locking_table(nli).is_some(), nli != 2, "NLI {nli}");
    }
    assert_eq!(language_name(0), None);
}

#[test]
fn language_names_match_the_json() {
    let Some(dir) = alphabet_dir() else { return };
    for t in load(&dir).iter().filter(|t| t.nli != 0) {
        assert_eq!(
            language_name(t.nli),
            Some(t.language.as_str()),
            "{}",
            t.file
        );
    }
}

#[test]
fn encoders_never_return_esc_and_codes_are_septets() {
    for nli in 0..=15u8 {
        for cp in (0..0x3000u32).chain(0x2000..0x2100) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if let Some(code) = encode_locking(nli, c) {
                assert!(code < 0x80 && code != 0x1B, "NLI {nli} {c:?} -> {code:#x}");
            }
            if let Some(code) = encode_single_shift(nli, c) {
                assert!(
                    code < 0x80 && code != 0x1B && code != 0x0D,
                    "NLI {nli} {c:?}"
                );
            }
        }
    }
}

#[test]
fn spec_spot_checks() {
    // alphabet.md §2: 0x09 is capital Ç, 0x24 is ¤, 0x02 is $, 0x1B is ESC.
    assert_eq!(DEFAULT_ALPHABET[0x09], Some('Ç'));
    assert_eq!(DEFAULT_ALPHABET[0x24], Some('¤'));
    assert_eq!(DEFAULT_ALPHABET[0x02], Some('$'));
    assert_eq!(DEFAULT_ALPHABET[0x1B], None);
    // §3: page break kept, CR2 and SS2 unmapped.
    assert_eq!(DEFAULT_EXTENSION[0x0A], Some('\u{0C}'));
    assert_eq!(DEFAULT_EXTENSION[0x0D], None);
    assert_eq!(DEFAULT_EXTENSION[0x1B], None);
    assert_eq!(encode_single_shift(0, '\u{0C}'), Some(0x0A));
    assert_eq!(encode_locking(0, '@'), Some(0x00));
    assert_eq!(encode_locking(0, 'Ξ'), Some(0x1A));
    assert_eq!(encode_locking(0, 'à'), Some(0x7F));
    // §8: chosen values of the documented discrepancies.
    assert_eq!(locking_table(6).unwrap()[0x00], Some('\u{0901}'));
    assert_eq!(locking_table(7).unwrap()[0x24], Some('\u{0CA1}'));
    assert_eq!(locking_table(4).unwrap()[0x2C], Some(','));
    assert_eq!(single_shift_table(12).unwrap()[0x65], Some('€'));
    // §4.4 duplicates encode to the lower code.
    for nli in 4..=13 {
        assert_eq!(encode_single_shift(nli, '¡'), Some(0x13));
        assert_eq!(encode_single_shift(nli, '*'), Some(0x0B));
    }
}

#[test]
fn generated_file_is_up_to_date() {
    let Some(dir) = alphabet_dir() else { return };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = manifest.join("tools/gen_alphabet_tables.py");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("alphabet_tables_{}.rs", std::process::id()));
    let status = match Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .arg(&out)
        .status()
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("SKIPPED: cannot run python3 ({e})");
            return;
        }
    };
    assert!(status.success(), "generator failed: {status}");
    let fresh = std::fs::read_to_string(&out).expect("generated output");
    let _ = std::fs::remove_file(&out);
    let committed =
        std::fs::read_to_string(manifest.join("src/alphabet/tables.rs")).expect("tables.rs");
    assert!(
        fresh == committed,
        "src/alphabet/tables.rs is stale: run `python3 crates/smsip-tpdu/tools/gen_alphabet_tables.py`"
    );
}
