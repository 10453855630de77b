//! `smsip`: decode SMS-over-IP protocol messages from hex to a readable field tree or JSON.
//!
//! ```text
//! smsip decode [--layer auto|tpdu|rp|cp|map|tcap] [--json] HEX
//! smsip decode [--direction ms2sc|sc2ms] [--report ack|error] [--json] HEX   (a bare TPDU)
//! smsip decode [OPTIONS] -        (one hex message per line of standard input)
//! smsip decode --layer map --op CODE --kind arg|res|err [--json] HEX   (a MAP parameter)
//! smsip encode submit --to NUMBER [OPTIONS] TEXT...     (SMS-SUBMIT TPDUs, one per line)
//! smsip encode deliver --from ADDRESS [OPTIONS] TEXT... (SMS-DELIVER TPDUs)
//! ```
//!
//! Each layer ([`layers`]) decodes into the neutral [`tree::Node`] tree, which the text and
//! JSON renderers ([`render`]) print. The JSON schema is documented in the crate README.
#![forbid(unsafe_code)]

mod args;
mod civil;
mod encode;
mod layers;
mod render;
mod tree;

use args::{Command, Decode, Input};
use layers::Failure;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use tree::{Node, Value};

fn main() -> ExitCode {
    match args::parse(std::env::args_os().skip(1)) {
        Err(e) => {
            eprintln!("smsip: {e}\nTry 'smsip --help'.");
            ExitCode::from(2)
        }
        Ok(Command::Help) => print_or_exit(&args::help()),
        Ok(Command::Version) => print_or_exit(&format!("smsip {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Encode(e)) => encode::run(&e),
        Ok(Command::Decode(d)) => match run(&d) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            // The reader went away (`smsip ... | head`): stop quietly.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("smsip: {e}");
                ExitCode::from(1)
            }
        },
    }
}

fn print_or_exit(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

/// Decodes every message of the input; `Ok(true)` when all of them decoded.
fn run(d: &Decode) -> io::Result<bool> {
    let mut out = io::stdout().lock();
    match &d.input {
        Input::Hex(hex) => {
            let (node, ok) = decode_one(d, hex, None);
            emit(d, &node, true, &mut out)?;
            Ok(ok)
        }
        Input::Stdin => {
            let mut all_ok = true;
            let mut first = true;
            for (i, line) in io::stdin().lock().split(b'\n').enumerate() {
                let line = line?;
                let text = String::from_utf8_lossy(&line);
                let t = text.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                let (node, ok) = decode_one(d, &text, Some(i + 1));
                all_ok &= ok;
                emit(d, &node, first, &mut out)?;
                first = false;
            }
            Ok(all_ok)
        }
    }
}

/// Decodes one message of hex text; `line` is its line number in standard input.
fn decode_one(d: &Decode, text: &str, line: Option<usize>) -> (Node, bool) {
    let result = match smsip_core::hex::decode(text) {
        Ok(bytes) => (d.layer.decode)(&bytes, &d.options),
        Err(e) => Err(hex_failure(text, e)),
    };
    let (mut node, ok) = match result {
        Ok(n) => (n, true),
        Err(f) => (f.into_node(), false),
    };
    if let Some(l) = line {
        node.children
            .insert(0, Node::new("line", Value::UInt(l as u64)));
    }
    (node, ok)
}

/// Unreadable hex, located in the text as the user typed it.
fn hex_failure(text: &str, e: smsip_core::hex::HexError) -> Failure {
    use smsip_core::hex::HexError;
    let (message, offset) = match e {
        // hex::decode counts in the text as given, leading blanks and `0x` included.
        HexError::BadChar { index: at } => {
            let c = text.get(at..).and_then(|s| s.chars().next()).unwrap_or('?');
            (format!("not a hex digit: {c:?} at character {at}"), at)
        }
        HexError::OddLength => (
            "odd number of hex digits".to_string(),
            text.trim_end().len(),
        ),
        other => (other.to_string(), 0),
    };
    Failure::new("hex", message, offset, "input")
}

/// Prints one result: a JSON line, indented JSON, or the text tree (a blank line between
/// messages).
fn emit(d: &Decode, node: &Node, first: bool, out: &mut impl Write) -> io::Result<()> {
    if d.json {
        let j = render::json::to_json(node);
        let s = if d.pretty {
            serde_json::to_string_pretty(&j)
        } else {
            serde_json::to_string(&j)
        }
        .map_err(io::Error::other)?;
        writeln!(out, "{s}")?;
    } else {
        if !first {
            writeln!(out)?;
        }
        out.write_all(render::text::to_text(node).as_bytes())?;
    }
    out.flush()
}
