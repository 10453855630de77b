//! Running tshark on a batch of packets and flattening its `-T json -x` output into a list of
//! fields, each with its value and, from the `_raw` companions `-x` adds, its octet position,
//! length and bit mask, plus the expert items (malformed packets, short data, ...).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Map, Value};

use crate::pcap;

/// Expert severity "error" (`PI_ERROR`), as `_ws.expert.severity` carries it.
pub const SEVERITY_ERROR: u64 = 0x0080_0000;
/// Expert severity "warning" (`PI_WARN`).
pub const SEVERITY_WARN: u64 = 0x0060_0000;

/// One field tshark shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsField {
    /// The field's filter name (`gsm_sms.tp-mr`).
    pub name: String,
    /// The value as `-T json` prints it (numbers in decimal or `0x..`, bytes as `aa:bb`).
    pub value: String,
    /// Octet offset in the packet, when tshark gives one.
    pub pos: Option<usize>,
    /// Octets covered.
    pub len: Option<usize>,
    /// The field's bit mask (0 for whole octets).
    pub mask: u64,
}

/// An expert item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expert {
    /// The expert field that raised it (`_ws.malformed.expert`, `gsm_sms.short_data`, ...).
    pub name: String,
    /// Its message.
    pub message: String,
    /// `_ws.expert.severity`.
    pub severity: u64,
}

impl Expert {
    /// Error or warning: a failure unless a known tshark defect explains it.
    pub fn is_error_or_warning(&self) -> bool {
        self.severity >= SEVERITY_WARN
    }
}

/// What tshark made of one packet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packet {
    /// `frame.protocols` (`user_dlt:gsm_a.rp:gsm_sms`).
    pub protocols: String,
    /// Every field, in tree order.
    pub fields: Vec<TsField>,
    /// Every expert item.
    pub experts: Vec<Expert>,
    /// True when a `_ws.malformed` item is present.
    pub malformed: bool,
}

/// A located tshark executable.
#[derive(Debug, Clone)]
pub struct Tshark {
    path: PathBuf,
    version: String,
}

impl Tshark {
    /// `$SMSIP_TSHARK` if set, else the first `tshark` on `$PATH` that answers `--version`.
    pub fn find() -> Option<Self> {
        let candidates: Vec<PathBuf> = match std::env::var_os("SMSIP_TSHARK") {
            Some(p) => vec![PathBuf::from(p)],
            None => std::env::var_os("PATH")
                .map(|p| {
                    std::env::split_paths(&p)
                        .map(|d| d.join("tshark"))
                        .collect()
                })
                .unwrap_or_default(),
        };
        candidates
            .into_iter()
            .filter(|p| p.is_file())
            .find_map(|path| {
                let out = Command::new(&path).arg("--version").output().ok()?;
                let text = String::from_utf8_lossy(&out.stdout);
                let version = text.lines().next()?.trim().to_string();
                out.status.success().then_some(Tshark { path, version })
            })
    }

    /// The first line of `tshark --version`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Dissects `packets` with `dissector` (a name from tshark's dissector table, e.g.
    /// `gsm_a_rp`, `gsm_a_dtap`) as the user DLT's payload, with a fresh configuration
    /// directory and SMS reassembly off (every packet stands alone).
    ///
    /// The pcap and its `text2pcap` text are written to a temporary directory, removed
    /// afterwards unless `$SMSIP_INTEROP_KEEP` names a directory to keep them in.
    pub fn dissect(&self, dissector: &str, packets: &[Vec<u8>]) -> Result<Vec<Packet>, String> {
        let keep = std::env::var_os("SMSIP_INTEROP_KEEP").map(PathBuf::from);
        let dir = match &keep {
            Some(d) => d.join(dissector),
            None => std::env::temp_dir().join(format!(
                "smsip-interop-{}-{}-{}",
                std::process::id(),
                dissector,
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0)
            )),
        };
        let result = self.dissect_in(&dir, dissector, packets);
        if keep.is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        result
    }

    fn dissect_in(
        &self,
        dir: &Path,
        dissector: &str,
        packets: &[Vec<u8>],
    ) -> Result<Vec<Packet>, String> {
        let config = dir.join("config");
        std::fs::create_dir_all(&config).map_err(|e| format!("{}: {e}", config.display()))?;
        let file = dir.join("packets.pcap");
        std::fs::write(&file, pcap::pcap(packets, pcap::DLT_USER0))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        std::fs::write(dir.join("packets.txt"), pcap::text2pcap(packets))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        let uat = format!(r#"uat:user_dlts:"User 0 (DLT=147)","{dissector}","0","","0","""#);
        let out = Command::new(&self.path)
            .env("WIRESHARK_CONFIG_DIR", &config)
            .args(["-n", "-r"])
            .arg(&file)
            .args(["-o", &uat, "-o", "gsm_sms.reassemble:FALSE"])
            .args(["-T", "json", "-x", "--no-duplicate-keys"])
            .output()
            .map_err(|e| format!("running {}: {e}", self.path.display()))?;
        if !out.status.success() {
            return Err(format!(
                "tshark failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let json: Value =
            serde_json::from_slice(&out.stdout).map_err(|e| format!("tshark JSON: {e}"))?;
        let arr = json.as_array().ok_or("tshark JSON: not an array")?;
        let parsed: Vec<Packet> = arr.iter().map(parse_packet).collect();
        if parsed.len() != packets.len() {
            return Err(format!(
                "tshark returned {} packets for {}",
                parsed.len(),
                packets.len()
            ));
        }
        Ok(parsed)
    }
}

/// One element of tshark's JSON array.
pub fn parse_packet(v: &Value) -> Packet {
    let mut p = Packet::default();
    let Some(layers) = v.pointer("/_source/layers").and_then(Value::as_object) else {
        return p;
    };
    if let Some(protos) = layers
        .get("frame")
        .and_then(|f| f.get("frame.protocols"))
        .and_then(Value::as_str)
    {
        p.protocols = protos.to_string();
    }
    for (k, v) in layers {
        if k == "frame" || k.ends_with("_raw") {
            continue;
        }
        // A protocol layer (an object, or an array of them when a protocol appears twice) is
        // not a field itself: only what is in it.
        let protocol = |m: &Map<String, Value>, p: &mut Packet| {
            for (f, c) in m.iter().filter(|(f, _)| !f.ends_with("_raw")) {
                walk(f, c, m, p);
            }
        };
        match v {
            Value::Object(m) if !k.starts_with("_ws.") => protocol(m, &mut p),
            Value::Array(a) if a.iter().all(Value::is_object) && !k.starts_with("_ws.") => a
                .iter()
                .filter_map(Value::as_object)
                .for_each(|m| protocol(m, &mut p)),
            _ => walk(k, v, layers, &mut p),
        }
    }
    p
}

/// The `_raw` companion: `[hex, pos, len, mask, type]`.
fn raw_at(raw: Option<&Value>, index: Option<usize>) -> (Option<usize>, Option<usize>, u64) {
    let r = match (raw, index) {
        (Some(Value::Array(a)), Some(i)) if a.first().is_some_and(Value::is_array) => a.get(i),
        (Some(r), _) => Some(r),
        _ => None,
    };
    let Some(Value::Array(r)) = r else {
        return (None, None, 0);
    };
    let num = |i: usize| r.get(i).and_then(Value::as_u64);
    (
        num(1).and_then(|v| usize::try_from(v).ok()),
        num(2).and_then(|v| usize::try_from(v).ok()),
        num(3).unwrap_or(0),
    )
}

fn walk(key: &str, v: &Value, parent: &Map<String, Value>, p: &mut Packet) {
    if key == "_ws.expert" {
        match v {
            Value::Array(a) => a.iter().for_each(|e| expert(e, p)),
            e => expert(e, p),
        }
        return;
    }
    if key == "_ws.malformed" {
        p.malformed = true;
    }
    let raw = parent.get(&format!("{key}_raw"));
    match v {
        Value::Object(m) => subtree(key, m, raw_at(raw, None), p),
        Value::Array(a) => {
            for (i, e) in a.iter().enumerate() {
                match e {
                    Value::Object(m) => subtree(key, m, raw_at(raw, Some(i)), p),
                    _ => push(key, e, raw_at(raw, Some(i)), p),
                }
            }
        }
        _ => push(key, v, raw_at(raw, None), p),
    }
}

/// An item with a subtree. When it has a position (`_raw`) it is a field itself (an `FT_NONE`
/// SEQUENCE such as `gsm_map.dialogue.map_open_element`), shown without a value; the labels
/// of text items and the `_tree` keys have none and are not fields.
fn subtree(
    key: &str,
    m: &Map<String, Value>,
    at: (Option<usize>, Option<usize>, u64),
    p: &mut Packet,
) {
    if at.0.is_some() && !key.ends_with("_tree") {
        push(key, &Value::String(String::new()), at, p);
    }
    for (k, c) in m {
        if !k.ends_with("_raw") {
            walk(k, c, m, p);
        }
    }
}

fn push(
    key: &str,
    v: &Value,
    (pos, len, mask): (Option<usize>, Option<usize>, u64),
    p: &mut Packet,
) {
    let value = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    p.fields.push(TsField {
        name: key.to_string(),
        value,
        pos,
        len,
        mask,
    });
}

fn expert(e: &Value, p: &mut Packet) {
    let Some(m) = e.as_object() else { return };
    let get = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or("");
    let name = m
        .keys()
        .find(|k| !k.starts_with("_ws.expert") && !k.ends_with("_raw"))
        .cloned()
        .unwrap_or_default();
    p.experts.push(Expert {
        name,
        message: get("_ws.expert.message").to_string(),
        severity: get("_ws.expert.severity").parse().unwrap_or(0),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_duplicates_with_positions_and_experts() {
        let json: Value = serde_json::from_str(
            r#"{"_source":{"layers":{
              "frame":{"frame.protocols":"user_dlt:gsm_sms"},
              "gsm_sms":{
                "gsm_sms.tp-mr_raw":["2a",1,1,0,4],"gsm_sms.tp-mr":"42",
                "T":{"gsm_sms.scts.year_raw":[["42",2,1,0,4],["42",9,1,0,4]],
                     "gsm_sms.scts.year":["24","24"]},
                "gsm_sms.udh_raw":["0",4,1,7,4],"gsm_sms.udh":"0x00",
                "gsm_sms.x_element_raw":["0a01",5,2,0,0],
                "gsm_sms.x_element":{"gsm_sms.y_raw":["01",6,1,0,4],"gsm_sms.y":"1"},
                "gsm_sms.y_tree":{"gsm_sms.z":""}
              },
              "_ws.malformed":{"_ws.expert":{"_ws.malformed.expert":"",
                 "_ws.expert.message":"Malformed Packet (Exception occurred)",
                 "_ws.expert.severity":"8388608","_ws.expert.group":"117440512"}}
            }}}"#,
        )
        .unwrap();
        let p = parse_packet(&json);
        assert_eq!(p.protocols, "user_dlt:gsm_sms");
        let f: Vec<_> = p
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.value.as_str(), f.pos, f.mask))
            .collect();
        assert!(f.contains(&("gsm_sms.tp-mr", "42", Some(1), 0)));
        assert!(f.contains(&("gsm_sms.scts.year", "24", Some(2), 0)));
        assert!(f.contains(&("gsm_sms.scts.year", "24", Some(9), 0)));
        assert!(f.contains(&("gsm_sms.udh", "0x00", Some(4), 7)));
        assert!(f.contains(&("gsm_sms.x_element", "", Some(5), 0)));
        assert!(f.contains(&("gsm_sms.y", "1", Some(6), 0)));
        assert!(f.contains(&("gsm_sms.z", "", None, 0)));
        assert!(!f
            .iter()
            .any(|x| x.0 == "gsm_sms" || x.0 == "gsm_sms.y_tree"));
        assert!(p.malformed);
        assert_eq!(p.experts.len(), 1);
        assert_eq!(p.experts[0].name, "_ws.malformed.expert");
        assert!(p.experts[0].is_error_or_warning());
    }
}
