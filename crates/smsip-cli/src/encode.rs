//! `smsip encode`: a text (or 8-bit data) to the SMS-SUBMIT or SMS-DELIVER TPDUs that carry
//! it, split into concatenated segments when it does not fit in one, with `smsip-tpdu`'s
//! [`SubmitBuilder`] and [`DeliverBuilder`].
//!
//! Output: one hex TPDU per line, or with `--json` one object with the encoding chosen and
//! the segments (schema in the README).

use crate::civil;
use serde_json::{json, Map, Value as Json};
use smsip_tpdu::alphabet::select::{Encoding, Languages};
use smsip_tpdu::alphabet::tables::language_name;
use smsip_tpdu::split::{AlphabetMode, Reference, SplitMessage};
use smsip_tpdu::{Address, DeliverBuilder, NumberingPlan, SubmitBuilder, Timestamp, TypeOfNumber};
use std::io::{self, Read, Write};
use std::process::ExitCode;

/// `--alphabet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alphabet {
    /// The cheapest of GSM 7-bit (default or allowed national tables) and UCS2.
    Auto,
    /// GSM 7-bit only (an error when a character has no code in the allowed tables).
    Gsm7,
    /// UCS2.
    Ucs2,
    /// 8-bit data given as hex.
    EightBit,
}

impl Alphabet {
    /// Parses `auto`, `gsm7`, `ucs2` or `8bit` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Some(Alphabet::Auto),
            "gsm7" | "gsm" | "7bit" => Some(Alphabet::Gsm7),
            "ucs2" | "utf16" => Some(Alphabet::Ucs2),
            "8bit" | "binary" | "data" => Some(Alphabet::EightBit),
            _ => None,
        }
    }

    /// The option value.
    pub const fn name(self) -> &'static str {
        match self {
            Alphabet::Auto => "auto",
            Alphabet::Gsm7 => "gsm7",
            Alphabet::Ucs2 => "ucs2",
            Alphabet::EightBit => "8bit",
        }
    }

    const fn mode(self) -> AlphabetMode {
        match self {
            Alphabet::Auto => AlphabetMode::Auto,
            Alphabet::Gsm7 => AlphabetMode::Gsm7,
            Alphabet::Ucs2 => AlphabetMode::Ucs2,
            Alphabet::EightBit => AlphabetMode::EightBit,
        }
    }
}

/// Which TPDU to build, with its own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tpdu {
    /// SMS-SUBMIT to TP-DA `to`; TP-MR `mr` for the first segment, then one more per segment.
    Submit {
        /// TP-DA.
        to: Address,
        /// TP-MR of the first segment.
        mr: u8,
    },
    /// SMS-DELIVER from TP-OA `from`, stamped `scts`.
    Deliver {
        /// TP-OA.
        from: Address,
        /// TP-SCTS.
        scts: Timestamp,
    },
}

/// What to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// A text (the TEXT arguments joined with spaces).
    Text(String),
    /// 8-bit data (`--alphabet 8bit`, hex arguments).
    Data(Vec<u8>),
    /// `-`: the text (or hex data) is standard input.
    Stdin,
}

/// `smsip encode ...` and its options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encode {
    /// The TPDU type and its address fields.
    pub tpdu: Tpdu,
    /// `--alphabet`.
    pub alphabet: Alphabet,
    /// `--languages`.
    pub languages: Languages,
    /// `--ref` / `--ref16`: used only when the message needs several segments.
    pub reference: Reference,
    /// `--json`.
    pub json: bool,
    /// `--pretty`.
    pub pretty: bool,
    /// The message.
    pub payload: Payload,
}

/// TP-SCTS when `--scts` is not given: 2000-01-01T00:00:00+00:00, so that the output does not
/// depend on the clock (`--scts now` takes it).
pub fn default_scts() -> Timestamp {
    Timestamp::new(0, 1, 1, 0, 0, 0, 0).unwrap_or(Timestamp::ZERO)
}

/// A number: `+` and digits is international (TON 1), digits alone unknown (TON 0), both
/// ISDN/E.164; `*` and `#` are digits too. `None` when `s` is not a number.
fn number(s: &str) -> Option<Result<Address, String>> {
    let (international, digits) = match s.strip_prefix('+') {
        Some(d) => (true, d),
        None => (false, s),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '*' || c == '#')
    {
        return None;
    }
    let a = if international {
        Address::international(digits)
    } else {
        Address::new(TypeOfNumber::UNKNOWN, NumberingPlan::ISDN, digits)
    };
    Some(a.map_err(|e| format!("bad number '{s}': {e}")))
}

/// `--to` of `encode submit`: a number.
pub fn destination(s: &str) -> Result<Address, String> {
    number(s).unwrap_or_else(|| {
        Err(format!(
            "bad --to '{s}': a number, '+' and digits for an international one"
        ))
    })
}

/// `--from` of `encode deliver`: a number, else an alphanumeric address (at most 11 GSM 7-bit
/// characters).
pub fn originator(s: &str) -> Result<Address, String> {
    number(s).unwrap_or_else(|| {
        Address::alphanumeric(s).map_err(|e| {
            format!("bad --from '{s}': neither a number nor an alphanumeric address ({e})")
        })
    })
}

/// `--scts`: `now` (the clock, UTC), or RFC 3339 (`2024-03-15T14:30:00+01:00`; a space for
/// `T`, no seconds, `Z` or no offset for UTC, an offset without `:`, fractions of a second
/// dropped), year 2000..2099, offset a multiple of 15 minutes up to 19:45.
pub fn parse_scts(s: &str) -> Result<Timestamp, String> {
    let bad = |why: &str| {
        format!("bad --scts '{s}': {why} (RFC 3339 such as 2024-03-15T14:30:00+01:00, or 'now')")
    };
    if s.eq_ignore_ascii_case("now") {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_err(|_| bad("the clock is before 1970"))?
            .as_secs();
        let (y, mo, d, h, mi, sec) = civil::utc_parts(secs);
        return scts(y, mo, d, h, mi, sec, 0).map_err(|w| bad(&w));
    }
    let num = |from: usize, len: usize| -> Option<u32> {
        let t = s.get(from..from + len)?;
        t.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let at = |i: usize, set: &[u8]| s.as_bytes().get(i).is_some_and(|b| set.contains(b));
    let (Some(y), true, Some(mo), true, Some(d), true, Some(h), true, Some(mi)) = (
        num(0, 4),
        at(4, b"-"),
        num(5, 2),
        at(7, b"-"),
        num(8, 2),
        at(10, b"Tt "),
        num(11, 2),
        at(13, b":"),
        num(14, 2),
    ) else {
        return Err(bad("not YYYY-MM-DDTHH:MM[:SS][offset]"));
    };
    let mut rest = s.get(16..).unwrap_or("");
    let mut sec = 0;
    if let Some(r) = rest.strip_prefix(':') {
        sec = r
            .get(..2)
            .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse().ok())
            .ok_or_else(|| bad("seconds are two digits"))?;
        rest = r.get(2..).unwrap_or("");
        if let Some(f) = rest.strip_prefix('.') {
            let digits = f.bytes().take_while(u8::is_ascii_digit).count();
            rest = f.get(digits..).unwrap_or("");
        }
    }
    let minutes: i32 = match rest {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return Err(bad("the offset is Z or +HH:MM / -HH:MM")),
            };
            let o = rest.get(1..).unwrap_or("").replace(':', "");
            let (oh, om) = match (o.len(), o.get(..2), o.get(2..)) {
                (4, Some(a), Some(b)) if o.bytes().all(|b| b.is_ascii_digit()) => (
                    a.parse::<i32>().unwrap_or(99),
                    b.parse::<i32>().unwrap_or(99),
                ),
                _ => return Err(bad("the offset is Z or +HH:MM / -HH:MM")),
            };
            if om >= 60 {
                return Err(bad("offset minutes above 59"));
            }
            sign * (oh * 60 + om)
        }
    };
    if minutes % 15 != 0 || minutes.abs() > 79 * 15 {
        return Err(bad(
            "TP-SCTS holds offsets in quarters of an hour, at most 19:45",
        ));
    }
    scts(
        i64::from(y),
        mo,
        d,
        h,
        mi,
        sec,
        i8::try_from(minutes / 15).unwrap_or(0),
    )
    .map_err(|w| bad(&w))
}

/// A checked time stamp (TS 23.040 §9.2.3.11 keeps two year digits, read as 20YY).
fn scts(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32, q: i8) -> Result<Timestamp, String> {
    if !(2000..=2099).contains(&y) {
        return Err("the year must be 2000..2099 (TP-SCTS has two digits, read as 20YY)".into());
    }
    if !(1..=12).contains(&mo) || d == 0 || d > civil::days_in_month(y, mo) {
        return Err("no such date".into());
    }
    if h > 23 || mi > 59 || s > 59 {
        return Err("no such time".into());
    }
    let two = |v: u32| u8::try_from(v).unwrap_or(99);
    Timestamp::new(
        two((y - 2000) as u32),
        two(mo),
        two(d),
        two(h),
        two(mi),
        two(s),
        q,
    )
    .map_err(|e| e.to_string())
}

/// Runs `smsip encode`: prints the TPDUs; exit status 1 when the message cannot be encoded.
pub fn run(e: &Encode) -> ExitCode {
    let stdin_payload;
    let payload = match &e.payload {
        Payload::Stdin => match read_stdin(e.alphabet) {
            Ok(p) => {
                stdin_payload = p;
                &stdin_payload
            }
            Err(msg) => return fail(&msg),
        },
        p => p,
    };
    let msg = match build(e, payload) {
        Ok(m) => m,
        Err(err) => return fail(&format!("cannot encode the message: {err}")),
    };
    let out = if e.json {
        let j = to_json(e, &msg);
        let s = if e.pretty {
            serde_json::to_string_pretty(&j)
        } else {
            serde_json::to_string(&j)
        };
        match s {
            Ok(s) => s + "\n",
            Err(err) => return fail(&err.to_string()),
        }
    } else {
        msg.iter()
            .map(|seg| smsip_core::hex::encode(seg.as_bytes()) + "\n")
            .collect()
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => fail(&err.to_string()),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("smsip: {msg}");
    ExitCode::from(1)
}

/// The text (one final line end dropped) or hex data of standard input.
fn read_stdin(alphabet: Alphabet) -> Result<Payload, String> {
    let mut buf = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| format!("reading standard input: {e}"))?;
    let text =
        String::from_utf8(buf).map_err(|_| "standard input is not UTF-8 text".to_string())?;
    if alphabet == Alphabet::EightBit {
        return smsip_core::hex::decode(&text)
            .map(Payload::Data)
            .map_err(|e| format!("--alphabet 8bit takes hex data on standard input: {e}"));
    }
    let t = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    Ok(Payload::Text(t.to_string()))
}

fn build(e: &Encode, payload: &Payload) -> Result<SplitMessage, smsip_tpdu::EncodeError> {
    // The builders borrow the payload; both share the same setters.
    macro_rules! content {
        ($b:expr) => {{
            let b = $b
                .alphabet(e.alphabet.mode())
                .languages(e.languages)
                .reference(e.reference);
            match payload {
                Payload::Data(d) => b.bytes(d),
                Payload::Text(t) => b.text(t),
                Payload::Stdin => b,
            }
        }};
    }
    match e.tpdu {
        Tpdu::Submit { to, mr } => content!(SubmitBuilder::new(to).mr_start(mr)).build(),
        Tpdu::Deliver { from, scts } => content!(DeliverBuilder::new(from, scts)).build(),
    }
}

/// `{"type", "alphabet", "encoding", "units", "udh_octets", "tp_udl_total", "reference"?,
/// "segments": [{"segment", "hex", "text" | "data"}]}`.
fn to_json(e: &Encode, msg: &SplitMessage) -> Json {
    let c = msg.choice();
    let mut enc = Map::new();
    match c.encoding {
        Encoding::Gsm7 { locking, single } => {
            enc.insert("alphabet".into(), json!("gsm7"));
            enc.insert("locking_shift".into(), json!(locking));
            if let Some(l) = (locking != 0).then(|| language_name(locking)).flatten() {
                enc.insert("locking_shift_language".into(), json!(l));
            }
            enc.insert("single_shift".into(), json!(single));
            if let Some(l) = (single != 0).then(|| language_name(single)).flatten() {
                enc.insert("single_shift_language".into(), json!(l));
            }
        }
        Encoding::Ucs2 { forced_by } => {
            enc.insert("alphabet".into(), json!("ucs2"));
            if e.alphabet == Alphabet::Auto {
                let f =
                    forced_by.map(|(index, ch)| json!({"char": ch.to_string(), "index": index}));
                enc.insert("forced_by".into(), f.unwrap_or(Json::Null));
            }
        }
        _ => {
            enc.insert("alphabet".into(), json!("8bit"));
        }
    }
    let eight_bit = matches!(c.encoding, Encoding::EightBit);
    let segments: Vec<Json> = msg
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            let mut o = Map::new();
            o.insert("segment".into(), json!(i + 1));
            o.insert("hex".into(), json!(smsip_core::hex::encode(seg.as_bytes())));
            if eight_bit {
                let data = seg.user_data().sm(seg.dcs()).bytes;
                o.insert("data".into(), json!(smsip_core::hex::encode(data)));
            } else {
                o.insert("text".into(), json!(seg.text().collect::<String>()));
            }
            Json::Object(o)
        })
        .collect();
    let mut top = Map::new();
    let ty = match e.tpdu {
        Tpdu::Submit { .. } => "SMS-SUBMIT",
        Tpdu::Deliver { .. } => "SMS-DELIVER",
    };
    top.insert("type".into(), json!(ty));
    top.insert("alphabet".into(), json!(e.alphabet.name()));
    top.insert("encoding".into(), Json::Object(enc));
    top.insert("units".into(), json!(c.units));
    top.insert("udh_octets".into(), json!(c.udh_octets));
    top.insert("tp_udl_total".into(), json!(c.total));
    if let Some(r) = msg.reference() {
        top.insert(
            "reference".into(),
            json!({"value": r.value(), "wide": r.is_16bit()}),
        );
    }
    top.insert("segments".into(), Json::Array(segments));
    Json::Object(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scts_forms() {
        let t = parse_scts("2024-03-15T14:30:00+01:00").unwrap();
        assert_eq!(t.rfc3339().to_string(), "2024-03-15T14:30:00+01:00");
        let t = parse_scts("2024-12-31 23:59:58.250-0500").unwrap();
        assert_eq!(t.rfc3339().to_string(), "2024-12-31T23:59:58-05:00");
        let t = parse_scts("2024-02-29T10:00Z").unwrap();
        assert_eq!(t.rfc3339().to_string(), "2024-02-29T10:00:00+00:00");
        assert_eq!(
            default_scts().rfc3339().to_string(),
            "2000-01-01T00:00:00+00:00"
        );
        for bad in [
            "2023-02-29T10:00:00Z",
            "1999-12-31T23:59:59Z",
            "2024-03-15T14:30:00+01:10",
            "2024-03-15T24:00:00Z",
            "2024-03-15",
            "2024-03-15T14:30:00+20:00",
            "2024-03-15T14:30:00 CET",
        ] {
            assert!(parse_scts(bad).is_err(), "{bad}");
        }
        assert!(parse_scts("now").is_ok());
    }

    #[test]
    fn addresses() {
        let a = destination("+447700900123").unwrap();
        assert_eq!(
            (a.toa(), a.to_string()),
            (0x91, "+447700900123".to_string())
        );
        let a = destination("12345").unwrap();
        assert_eq!(a.toa(), 0x81);
        assert!(destination("Info").is_err());
        assert!(destination("+").is_err());
        let a = originator("Info").unwrap();
        assert!(a.is_alphanumeric());
        assert!(originator("A very long sender").is_err());
        assert_eq!(originator("+4915").unwrap().toa(), 0x91);
    }
}
