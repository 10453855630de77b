//! Command-line parsing (by hand, to keep the tool's dependencies to `serde_json`).

use crate::layers::{self, Direction, Layer, Options, Report};
use std::ffi::OsString;
use std::fmt;

/// What the command line asks for.
pub enum Command {
    /// `--help`, `-h`, `help`.
    Help,
    /// `--version`, `-V`.
    Version,
    /// `decode ...`.
    Decode(Decode),
}

/// Where the messages come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// One message given as arguments (joined: spaces inside the hex are fine).
    Hex(String),
    /// `-`: one message per line of standard input.
    Stdin,
}

/// `smsip decode` and its options.
pub struct Decode {
    /// `--layer`.
    pub layer: &'static Layer,
    /// `--direction`, `--report`.
    pub options: Options,
    /// `--json` (or `--pretty`).
    pub json: bool,
    /// `--pretty`: indented JSON.
    pub pretty: bool,
    /// The message(s).
    pub input: Input,
}

/// A command line that cannot be run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage(msg: impl Into<String>) -> UsageError {
    UsageError(msg.into())
}

/// The `--help` text.
pub fn help() -> String {
    let mut layers = String::new();
    for (i, l) in layers::LAYERS.iter().enumerate() {
        let default = if i == 0 { " (default)" } else { "" };
        layers.push_str(&format!("      {:<8}{}{default}\n", l.name, l.about));
    }
    format!(
        "\
smsip {version}: decode SMS-over-IP protocol messages

Usage:
  smsip decode [OPTIONS] HEX...    decode one message given as hex
  smsip decode [OPTIONS] -         decode one hex message per line of standard input
  smsip --help | --version

HEX may be split over several arguments; spaces, ':' and a leading 0x are ignored.
From standard input, blank lines and lines starting with '#' are skipped, and a bad
line is reported and decoding goes on with the next one.

Options:
  --layer LAYER        the protocol layer of the input:
{layers}  --direction DIR      a bare TPDU's direction (implies --layer tpdu): ms2sc (alias mo)
                       or sc2ms (alias mt); TP-MTI means different types in the two
                       directions. Default: sc2ms if the message decodes that way, else
                       ms2sc (the output says it was guessed)
  --report FORM        ack or error (implies --layer tpdu): the RP message that carried an
                       SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT (only the RP-ERROR form has
                       TP-FCS). Default: unknown (a second octet >= 0x80 is read as TP-FCS)
  --json               one JSON object per message, on one line (schema: README.md)
  --pretty             indented JSON (implies --json)
  -h, --help           this text
  -V, --version        the version

Layer detection (--layer auto, no --direction or --report), per message:
  1. cp    if the first octet has protocol discriminator 9 in bits 4-1 (0x09, 0x89, ...)
           and the second is a CP message type (0x01, 0x04 or 0x10);
  2. rp    if the first octet is 0x00..0x07 (an RP-MTI with the spare bits 0);
  3. tpdu  always.
  Each candidate is decoded in full (CP-DATA with its RPDU, an RPDU with its TPDU); the
  first that decodes wins, and the output says \"layer guessed\" when a later one decodes
  too. When none decodes, the error that got furthest into the message is shown.
  RP and CP messages show the message they carry nested below them; its direction and
  report form follow from RP-MTI.

Output: an indented field tree, or JSON. A message that cannot be decoded gives an error
with the field and octet offset, on standard output like any result.

Exit status: 0 every message decoded, 1 at least one did not, 2 bad command line.

Examples:
  smsip decode 040C9144770009406500004230514103004005C8329BFD06
  smsip decode --direction ms2sc --json 312A0C91447700091032 0000A702C834
  smsip decode --layer rp 0001000791447700090000 10312A0C914477000910320000A702C834
  smsip decode --json - < messages.txt
",
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| {
            a.into_string()
                .map_err(|a| usage(format!("argument is not UTF-8: {}", a.to_string_lossy())))
        })
        .collect::<Result<_, _>>()?;
    let mut it = args.into_iter();
    let Some(cmd) = it.next() else {
        return Err(usage("no command given"));
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" | "version" => Ok(Command::Version),
        "decode" => parse_decode(it),
        other if other.starts_with('-') => Err(usage(format!("unknown option '{other}'"))),
        other => Err(usage(format!(
            "unknown command '{other}' (the command is 'decode')"
        ))),
    }
}

fn parse_decode(mut it: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let mut layer: Option<&'static Layer> = None;
    let mut options = Options::default();
    let mut report_given = false;
    let (mut json, mut pretty) = (false, false);
    let mut positional: Vec<String> = Vec::new();
    let mut only_positional = false;
    while let Some(arg) = it.next() {
        if only_positional || arg == "-" || !arg.starts_with('-') {
            positional.push(arg);
            continue;
        }
        let (opt, inline) = match arg.split_once('=') {
            Some((o, v)) if o.starts_with("--") => (o.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => it
                    .next()
                    .ok_or_else(|| usage(format!("option '{name}' needs a value"))),
            }
        };
        match opt.as_str() {
            "--" => only_positional = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => json = true,
            "--pretty" => {
                json = true;
                pretty = true;
            }
            "--layer" => {
                let v = value("--layer")?;
                layer = Some(layers::find(&v).ok_or_else(|| {
                    let known: Vec<_> = layers::LAYERS.iter().map(|l| l.name).collect();
                    usage(format!("unknown layer '{v}' (known: {})", known.join(", ")))
                })?);
            }
            "--direction" => {
                let v = value("--direction")?;
                options.direction = Some(Direction::parse(&v).ok_or_else(|| {
                    usage(format!(
                        "bad direction '{v}' (ms2sc or sc2ms, aliases mo and mt)"
                    ))
                })?);
            }
            "--report" => {
                let v = value("--report")?;
                options.report = Report::parse(&v)
                    .ok_or_else(|| usage(format!("bad report form '{v}' (ack or error)")))?;
                report_given = true;
            }
            _ => return Err(usage(format!("unknown option '{opt}'"))),
        }
        if inline.is_some() && matches!(opt.as_str(), "--json" | "--pretty" | "--help") {
            return Err(usage(format!("option '{opt}' takes no value")));
        }
    }
    // --direction and --report describe a bare TPDU: they select the tpdu layer, and make no
    // sense with rp or cp (RP-MTI gives the direction and form of the TPDU inside).
    let tpdu_options = options.direction.is_some() || report_given;
    let layer = match layer {
        Some(l) if tpdu_options && l.name != "tpdu" && l.name != "auto" => {
            return Err(usage(format!(
                "--direction and --report apply to the tpdu layer only, not to '{}' (the RP \
                 message type gives the direction and form of the TPDU inside)",
                l.name
            )))
        }
        Some(l) if !(tpdu_options && l.name == "auto") => l,
        _ if tpdu_options => layers::find("tpdu").ok_or_else(|| usage("no tpdu layer"))?,
        _ => layers::LAYERS
            .first()
            .ok_or_else(|| usage("no layer is built in"))?,
    };
    let input = if positional.iter().any(|p| p == "-") {
        if positional.len() > 1 {
            return Err(usage("'-' (read standard input) cannot be mixed with HEX"));
        }
        Input::Stdin
    } else if positional.is_empty() {
        return Err(usage("missing HEX (or '-' to read standard input)"));
    } else {
        Input::Hex(positional.join(""))
    };
    Ok(Command::Decode(Decode {
        layer,
        options,
        json,
        pretty,
        input,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn decode(args: &[&str]) -> Decode {
        match run(args) {
            Ok(Command::Decode(d)) => d,
            _ => panic!("not a decode command: {args:?}"),
        }
    }

    #[test]
    fn options_and_hex() {
        let d = decode(&[
            "decode",
            "--direction=mo",
            "--report",
            "error",
            "--json",
            "00",
            "D3 00",
        ]);
        assert_eq!(d.layer.name, "tpdu");
        assert_eq!(d.options.direction, Some(Direction::MsToSc));
        assert_eq!(d.options.report, Report::Error);
        assert!(d.json && !d.pretty);
        assert_eq!(d.input, Input::Hex("00D3 00".into()));
        let d = decode(&["decode", "--pretty", "--layer", "TPDU", "-"]);
        assert!(d.json && d.pretty);
        assert_eq!(d.input, Input::Stdin);
    }

    #[test]
    fn layer_selection() {
        assert_eq!(decode(&["decode", "00"]).layer.name, "auto");
        assert_eq!(decode(&["decode", "--layer=rp", "00"]).layer.name, "rp");
        assert_eq!(decode(&["decode", "--layer", "CP", "00"]).layer.name, "cp");
        // The TPDU options select the tpdu layer, also over an explicit auto.
        assert_eq!(
            decode(&["decode", "--direction", "mt", "00"]).layer.name,
            "tpdu"
        );
        assert_eq!(decode(&["decode", "--report=ack", "00"]).layer.name, "tpdu");
        let d = decode(&["decode", "--layer", "auto", "--report", "unknown", "00"]);
        assert_eq!(d.layer.name, "tpdu");
        for layer in ["rp", "cp"] {
            assert!(run(&["decode", "--layer", layer, "--direction", "mo", "00"]).is_err());
            assert!(run(&["decode", "--report", "error", "--layer", layer, "00"]).is_err());
        }
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &[][..],
            &["frobnicate"],
            &["decode"],
            &["decode", "--layer", "rpx", "00"],
            &["decode", "--direction", "up", "00"],
            &["decode", "--report", "maybe", "00"],
            &["decode", "--direction"],
            &["decode", "--verbose", "00"],
            &["decode", "-", "00"],
            &["decode", "--json=yes", "00"],
        ] {
            assert!(run(bad).is_err(), "{bad:?}");
        }
        assert!(matches!(run(&["--help"]), Ok(Command::Help)));
        assert!(matches!(run(&["decode", "-h"]), Ok(Command::Help)));
        assert!(matches!(run(&["-V"]), Ok(Command::Version)));
    }
}
