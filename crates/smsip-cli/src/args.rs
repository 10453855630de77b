//! Command-line parsing (by hand, to keep the tool's dependencies to `serde_json`).

use crate::encode::{self, Alphabet, Encode, Payload, Tpdu};
use crate::layers::map::{self, Kind, MapOptions};
use crate::layers::{self, Direction, Layer, Options, Report};
use smsip_tpdu::alphabet::select::Languages;
use smsip_tpdu::split::Reference;
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
    /// `encode submit|deliver ...`.
    Encode(Encode),
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
smsip {version}: decode and encode SMS-over-IP protocol messages

Usage:
  smsip decode [OPTIONS] HEX...    decode one message given as hex
  smsip decode [OPTIONS] -         decode one hex message per line of standard input
  smsip encode submit --to NUMBER [OPTIONS] TEXT...
  smsip encode deliver --from ADDRESS [OPTIONS] TEXT...
                                   encode a text as SMS-SUBMIT / SMS-DELIVER TPDUs
  smsip --help | --version

HEX may be split over several arguments; spaces, ':' and a leading 0x are ignored.
From standard input, blank lines and lines starting with '#' are skipped, and a bad
line is reported and decoding goes on with the next one.

Decode options:
  --layer LAYER        the protocol layer of the input:
{layers}  --direction DIR      a bare TPDU's direction (implies --layer tpdu): ms2sc (alias mo)
                       or sc2ms (alias mt); TP-MTI means different types in the two
                       directions. Default: sc2ms if the message decodes that way, else
                       ms2sc (the output says it was guessed)
  --report FORM        ack or error (implies --layer tpdu): the RP message that carried an
                       SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT (only the RP-ERROR form has
                       TP-FCS). Default: unknown (a second octet >= 0x80 is read as TP-FCS)
  --op CODE            a MAP parameter's operation code (--kind arg, res) or error code
                       (--kind err), a number or its TS 29.002 name (implies --layer map)
  --kind KIND          arg (Invoke argument), res (ReturnResult result) or err
                       (ReturnError parameter); needed with --op by the map layer
  --map-version N      the MAP application-context version, 1..3 (default 3): opcode 46
                       is forwardSM (ForwardSM-Arg) below 3
  --json               one JSON object per message, on one line (schema: README.md)
  --pretty             indented JSON (implies --json)
  -h, --help           this text
  -V, --version        the version

Layer detection (--layer auto, no --direction or --report), per message:
  1. tcap  if the first octet is a TCAP message tag (0x61 TC-UNI, 0x62 TC-BEGIN, 0x64
           TC-END, 0x65 TC-CONTINUE, 0x67 TC-ABORT);
  2. cp    if the first octet has protocol discriminator 9 in bits 4-1 (0x09, 0x89, ...)
           and the second is a CP message type (0x01, 0x04 or 0x10);
  3. rp    if the first octet is 0x00..0x07 (an RP-MTI with the spare bits 0);
  4. tpdu  always.
  Each candidate is decoded in full (TCAP with its components, CP-DATA with its RPDU, an
  RPDU with its TPDU); the first that decodes wins, and the output says \"layer guessed\"
  when a later one decodes too. When none decodes, the error that got furthest into the
  message is shown.
  RP and CP messages show the message they carry nested below them; its direction and
  report form follow from RP-MTI. MAP is never detected: a MAP parameter does not say
  which operation it belongs to, so --layer map needs --op and --kind; sm-RP-UI is shown
  as the TPDU it carries (mt-ForwardSM: sc2ms, mo-ForwardSM: ms2sc). A TCAP message shows
  each component's MAP value typed by its opcode (or error code) and the dialogue's
  application context, the way --layer map shows a parameter.

Output: an indented field tree, or JSON. A message that cannot be decoded gives an error
with the field and octet offset, on standard output like any result.

Encode options (TEXT: the arguments joined with spaces, or '-' for standard input):
  --to NUMBER          submit: TP-DA. '+' and digits is international, digits alone
                       unknown type of number
  --from ADDRESS       deliver only (SMS-SUBMIT has no originator): TP-OA, a number as for
                       --to, or alphanumeric (up to 11 GSM 7-bit characters)
  --scts TIME          deliver: TP-SCTS, RFC 3339 (2024-03-15T14:30:00+01:00) or 'now'
                       (UTC). Default 2000-01-01T00:00:00+00:00, so output is reproducible
  --alphabet A         auto (default: GSM 7-bit, a national table pair of --languages, or
                       UCS2, whichever is cheapest), gsm7, ucs2, or 8bit (TEXT is hex data)
  --languages L        national languages whose shift tables may be used: tr,es,pt,bn,gu,
                       hi,kn,ml,or,pa,ta,te,ur (default none)
  --ref N              concatenation reference when the text needs several segments
                       (default 0; 0..255, or 0..65535 with --ref16)
  --ref16              16-bit reference (IE 0x08) instead of 8-bit (IE 0x00)
  --mr N               submit: TP-MR of the first segment (default 0), +1 per segment
  --json, --pretty     one JSON object: the encoding chosen and the segments
  Output: one hex TPDU per line, segment 1 first.

Exit status: 0 every message decoded (encode: encoded), 1 at least one did not,
2 bad command line.

Examples:
  smsip decode 040C9144770009406500004230514103004005C8329BFD06
  smsip decode --direction ms2sc --json 312A0C91447700091032 0000A702C834
  smsip decode --layer rp 0001000791447700090000 10312A0C914477000910320000A702C834
  smsip decode --op 32 --kind err 30030A0105
  smsip decode --layer tcap 67 09 49 04 00 00 00 01 4A 01 01
  smsip decode --json - < messages.txt
  smsip encode submit --to +447700900123 --languages tr 'Yarın görüşürüz'
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
        "encode" => parse_encode(it),
        other if other.starts_with('-') => Err(usage(format!("unknown option '{other}'"))),
        other => Err(usage(format!(
            "unknown command '{other}' (the commands are 'decode' and 'encode')"
        ))),
    }
}

fn parse_decode(mut it: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let mut layer: Option<&'static Layer> = None;
    let mut options = Options::default();
    let mut report_given = false;
    let (mut op, mut kind, mut map_version): (Option<String>, Option<Kind>, Option<u8>) =
        (None, None, None);
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
            "--op" => op = Some(value("--op")?),
            "--kind" => {
                let v = value("--kind")?;
                kind = Some(
                    Kind::parse(&v)
                        .ok_or_else(|| usage(format!("bad --kind '{v}' (arg, res or err)")))?,
                );
            }
            "--map-version" => {
                let v = value("--map-version")?;
                map_version = Some(
                    v.parse::<u8>()
                        .ok()
                        .filter(|n| (1..=3).contains(n))
                        .ok_or_else(|| usage(format!("bad --map-version '{v}' (1, 2 or 3)")))?,
                );
            }
            _ => return Err(usage(format!("unknown option '{opt}'"))),
        }
        if inline.is_some() && matches!(opt.as_str(), "--json" | "--pretty" | "--help") {
            return Err(usage(format!("option '{opt}' takes no value")));
        }
    }
    // --op, --kind and --map-version describe a MAP parameter: they select the map layer,
    // which needs --op and --kind (nothing in the octets says which operation they belong to).
    let map_options = op.is_some() || kind.is_some() || map_version.is_some();
    let explicit_map = layer.is_some_and(|l| l.name == "map");
    if map_options || explicit_map {
        if let Some(l) = layer.filter(|l| !matches!(l.name, "map" | "auto")) {
            return Err(usage(format!(
                "--op, --kind and --map-version apply to the map layer only, not to '{}'",
                l.name
            )));
        }
        if options.direction.is_some() || report_given {
            return Err(usage(
                "--direction and --report apply to the tpdu layer only, not to 'map' (the MAP \
                 operation gives the direction of the TPDU in sm-RP-UI)",
            ));
        }
        let (Some(op), Some(kind)) = (op.as_ref(), kind) else {
            let missing = match (op.is_some(), kind.is_some()) {
                (false, false) => "--op CODE and --kind arg|res|err",
                (false, true) => "--op CODE",
                _ => "--kind arg|res|err",
            };
            return Err(usage(format!(
                "the map layer needs {missing}: a MAP parameter does not say which operation \
                 it belongs to, so it is never detected (--op is the operation code, or the \
                 error code with --kind err)"
            )));
        };
        let code = map::parse_code(kind, op).ok_or_else(|| {
            usage(format!(
                "bad --op '{op}' (a number 0..255, or an {} name as TS 29.002 spells it)",
                if kind == Kind::Err {
                    "error"
                } else {
                    "operation"
                }
            ))
        })?;
        let m = MapOptions {
            kind,
            code,
            version: map_version.unwrap_or(3),
        };
        map::check(m).map_err(usage)?;
        options.map = Some(m);
        layer = Some(layers::find("map").ok_or_else(|| usage("no map layer"))?);
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
    let input = stdin_or_hex(positional)?;
    Ok(Command::Decode(Decode {
        layer,
        options,
        json,
        pretty,
        input,
    }))
}

/// `-` (standard input) or the hex arguments joined.
fn stdin_or_hex(positional: Vec<String>) -> Result<Input, UsageError> {
    Ok(if positional.iter().any(|p| p == "-") {
        if positional.len() > 1 {
            return Err(usage("'-' (read standard input) cannot be mixed with HEX"));
        }
        Input::Stdin
    } else if positional.is_empty() {
        return Err(usage("missing HEX (or '-' to read standard input)"));
    } else {
        Input::Hex(positional.join(""))
    })
}

/// `smsip encode submit|deliver [OPTIONS] TEXT...`.
fn parse_encode(mut it: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let tpdu = match it.next().as_deref() {
        Some("-h" | "--help") => return Ok(Command::Help),
        Some("submit") => "submit",
        Some("deliver") => "deliver",
        Some(other) => {
            return Err(usage(format!(
                "unknown TPDU type '{other}' to encode (submit or deliver)"
            )))
        }
        None => return Err(usage("encode what? 'encode submit' or 'encode deliver'")),
    };
    let (mut to, mut from, mut scts, mut mr) = (None, None, None, None);
    let mut alphabet = Alphabet::Auto;
    let mut languages = Languages::NONE;
    let (mut reference, mut ref16): (u32, bool) = (0, false);
    let (mut json, mut pretty) = (false, false);
    let mut positional: Vec<String> = Vec::new();
    let mut only_positional = false;
    while let Some(arg) = it.next() {
        if only_positional || arg == "-" || !arg.starts_with('-') || arg.len() == 1 {
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
            "--ref16" => ref16 = true,
            "--to" => to = Some(value("--to")?),
            "--from" => from = Some(value("--from")?),
            "--scts" => scts = Some(value("--scts")?),
            "--mr" => {
                let v = value("--mr")?;
                mr = Some(
                    v.parse::<u8>()
                        .map_err(|_| usage(format!("bad --mr '{v}' (0..255)")))?,
                );
            }
            "--alphabet" => {
                let v = value("--alphabet")?;
                alphabet = Alphabet::parse(&v).ok_or_else(|| {
                    usage(format!("bad --alphabet '{v}' (auto, gsm7, ucs2 or 8bit)"))
                })?;
            }
            "--languages" => {
                let v = value("--languages")?;
                languages = v.parse().map_err(|_| {
                    usage(format!(
                        "bad --languages '{v}' (comma-separated: tr, es, pt, bn, gu, hi, kn, \
                         ml, or, pa, ta, te, ur)"
                    ))
                })?;
            }
            "--ref" => {
                let v = value("--ref")?;
                reference = v
                    .parse::<u32>()
                    .map_err(|_| usage(format!("bad --ref '{v}' (a number)")))?;
            }
            _ => return Err(usage(format!("unknown option '{opt}'"))),
        }
        if inline.is_some() && matches!(opt.as_str(), "--json" | "--pretty" | "--help" | "--ref16")
        {
            return Err(usage(format!("option '{opt}' takes no value")));
        }
    }
    let reference = match (ref16, u16::try_from(reference), u8::try_from(reference)) {
        (true, Ok(r), _) => Reference::Ref16(r),
        (false, _, Ok(r)) => Reference::Ref8(r),
        (true, Err(_), _) => return Err(usage("--ref with --ref16 is 0..65535")),
        (false, _, Err(_)) => return Err(usage("--ref is 0..255 (0..65535 with --ref16)")),
    };
    let tpdu = if tpdu == "submit" {
        if from.is_some() {
            return Err(usage(
                "--from applies to 'encode deliver' only: SMS-SUBMIT has no originator address \
                 (the network adds the sender's number)",
            ));
        }
        if scts.is_some() {
            return Err(usage(
                "--scts applies to 'encode deliver' only (the SC stamps a submitted message)",
            ));
        }
        let to = to.ok_or_else(|| usage("encode submit needs --to NUMBER"))?;
        Tpdu::Submit {
            to: encode::destination(&to).map_err(usage)?,
            mr: mr.unwrap_or(0),
        }
    } else {
        if to.is_some() {
            return Err(usage(
                "--to applies to 'encode submit' only: SMS-DELIVER carries the originator \
                 (--from)",
            ));
        }
        if mr.is_some() {
            return Err(usage("--mr applies to 'encode submit' only"));
        }
        let from = from.ok_or_else(|| usage("encode deliver needs --from ADDRESS"))?;
        Tpdu::Deliver {
            from: encode::originator(&from).map_err(usage)?,
            scts: match scts {
                Some(s) => encode::parse_scts(&s).map_err(usage)?,
                None => encode::default_scts(),
            },
        }
    };
    let payload = if positional.iter().any(|p| p == "-") {
        if positional.len() > 1 {
            return Err(usage("'-' (read standard input) cannot be mixed with TEXT"));
        }
        Payload::Stdin
    } else if positional.is_empty() {
        return Err(usage(if alphabet == Alphabet::EightBit {
            "missing HEX data (or '-' to read standard input)"
        } else {
            "missing TEXT (or '-' to read standard input)"
        }));
    } else if alphabet == Alphabet::EightBit {
        Payload::Data(
            smsip_core::hex::decode(&positional.join(""))
                .map_err(|e| usage(format!("--alphabet 8bit takes hex data: {e}")))?,
        )
    } else {
        Payload::Text(positional.join(" "))
    };
    Ok(Command::Encode(Encode {
        tpdu,
        alphabet,
        languages,
        reference,
        json,
        pretty,
        payload,
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
    fn map_options() {
        let d = decode(&["decode", "--op", "mt-ForwardSM", "--kind", "arg", "30"]);
        assert_eq!(d.layer.name, "map");
        assert_eq!(
            d.options.map,
            Some(MapOptions {
                kind: Kind::Arg,
                code: 44,
                version: 3
            })
        );
        let d = decode(&["decode", "--layer=map", "--kind=err", "--op=32", "30"]);
        assert_eq!(
            d.options.map.map(|m| (m.kind, m.code)),
            Some((Kind::Err, 32))
        );
        let d = decode(&[
            "decode",
            "--op",
            "forwardSM",
            "--kind",
            "res",
            "--map-version",
            "2",
            "",
        ]);
        assert_eq!(d.options.map.map(|m| (m.code, m.version)), Some((46, 2)));
        assert!(run(&["decode", "--layer", "map", "30"]).is_err());
        assert!(run(&["decode", "--op", "45", "30"]).is_err());
        assert!(run(&["decode", "--layer", "tpdu", "--op", "45", "--kind", "arg", "30"]).is_err());
    }

    #[test]
    fn encode_options() {
        let Ok(Command::Encode(e)) = run(&[
            "encode",
            "submit",
            "--to",
            "+4477",
            "--ref16",
            "--ref=300",
            "--mr",
            "9",
            "--json",
            "Hello",
            "world",
        ]) else {
            panic!("not an encode command");
        };
        assert_eq!(e.payload, Payload::Text("Hello world".into()));
        assert_eq!(e.reference, Reference::Ref16(300));
        assert!(matches!(e.tpdu, Tpdu::Submit { mr: 9, .. }));
        assert!(e.json && !e.pretty);
        let Ok(Command::Encode(e)) = run(&[
            "encode",
            "deliver",
            "--from",
            "Info",
            "--alphabet",
            "8bit",
            "--pretty",
            "00 ff",
            "AB",
        ]) else {
            panic!("not an encode command");
        };
        assert_eq!(e.payload, Payload::Data(vec![0x00, 0xFF, 0xAB]));
        assert!(e.pretty);
        assert!(run(&["encode", "submit", "--to", "1", "--ref16=1", "x"]).is_err());
        assert!(matches!(run(&["encode", "--help"]), Ok(Command::Help)));
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
