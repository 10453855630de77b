//! Runs the built `smsip` binary: the worked examples of TS 23.040 reference §13 (tpdu.md) as
//! JSON, the text tree, standard-input mode, errors and the command line.

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn smsip(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smsip"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run smsip");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("smsip output")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// `smsip decode --json ARGS...`: the exit code and the one JSON object printed.
fn json_of(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["decode", "--json"];
    all.extend_from_slice(args);
    let o = smsip(&all, None);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "one JSON line expected: {out}");
    let v = serde_json::from_str(&out).expect("valid JSON");
    (o.status.code().expect("exit code"), v)
}

/// §13.1 SMS-SUBMIT, relative VP, status report requested.
#[test]
fn s13_1_submit_relative_vp() {
    let (code, v) = json_of(&["31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-SUBMIT",
            "direction": "ms2sc",
            "direction_guessed": true,
            "first_octet": 49,
            "tp_mti": 1,
            "tp_rd": false,
            "tp_vpf": 2,
            "tp_srr": true,
            "tp_udhi": false,
            "tp_rp": false,
            "tp_mr": 42,
            "tp_da": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 0,
                "group": "general",
                "alphabet": "gsm7",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_vp": {
                "format": "relative",
                "value": 167,
                "seconds": 86400
            },
            "tp_udl": 2,
            "tp_ud": "c834",
            "text": "Hi"
        })
    );
}

/// §13.2 SMS-SUBMIT with concatenation UDH and fill bit.
#[test]
fn s13_2_submit_concat_udh_fill_bit() {
    let (code, v) = json_of(&[
        "41 00 0C 91 44 77 00 09 10 32 00 00 12 05 00 03 A5 02 01 90 65 36 FB 0D BA BF E5 6C 32",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-SUBMIT",
            "direction": "ms2sc",
            "direction_guessed": true,
            "first_octet": 65,
            "tp_mti": 1,
            "tp_rd": false,
            "tp_vpf": 0,
            "tp_srr": false,
            "tp_udhi": true,
            "tp_rp": false,
            "tp_mr": 0,
            "tp_da": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 0,
                "group": "general",
                "alphabet": "gsm7",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_udl": 18,
            "tp_ud": "050003a50201906536fb0dbabfe56c32",
            "udhl": 5,
            "udh": [
                {
                    "iei": 0,
                    "iei_name": "Concatenated short messages, 8-bit reference number",
                    "data": "a50201",
                    "concat": {
                        "reference": 165,
                        "total": 2,
                        "seq": 1,
                        "wide": false
                    }
                }
            ],
            "fill_bits": 1,
            "text": "Hello world"
        })
    );
}

/// §13.3 SMS-DELIVER, alphanumeric originator, UCS2, negative time zone.
#[test]
fn s13_3_deliver_alphanumeric_ucs2_negative_tz() {
    let (code, v) = json_of(&[
        "04 07 D0 49 B7 F9 0D 00 08 42 21 13 32 95 85 0A 0A 00 4F 00 6C 00 E1 00 20 20 AC",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-DELIVER",
            "direction": "sc2ms",
            "direction_guessed": true,
            "first_octet": 4,
            "tp_mti": 0,
            "tp_mms": true,
            "tp_lp": false,
            "tp_sri": false,
            "tp_udhi": false,
            "tp_rp": false,
            "tp_oa": {
                "ton": 5,
                "ton_name": "alphanumeric",
                "npi": 0,
                "npi_name": "unknown",
                "text": "Info"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 8,
                "group": "general",
                "alphabet": "ucs2",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_scts": "2024-12-31T23:59:58-05:00",
            "tp_udl": 10,
            "tp_ud": "004f006c00e1002020ac",
            "text": "Olá €"
        })
    );
}

/// §13.4 SMS-DELIVER (the TPDU of the MAP MT-ForwardSM example).
#[test]
fn s13_4_deliver() {
    let (code, v) =
        json_of(&["04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-DELIVER",
            "direction": "sc2ms",
            "direction_guessed": true,
            "first_octet": 4,
            "tp_mti": 0,
            "tp_mms": true,
            "tp_lp": false,
            "tp_sri": false,
            "tp_udhi": false,
            "tp_rp": false,
            "tp_oa": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900456"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 0,
                "group": "general",
                "alphabet": "gsm7",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_scts": "2024-03-15T14:30:00+01:00",
            "tp_udl": 5,
            "tp_ud": "c8329bfd06",
            "text": "Hello"
        })
    );
}

/// §13.5 SMS-STATUS-REPORT.
#[test]
fn s13_5_status_report() {
    let (code, v) =
        json_of(&["06 2A 0C 91 44 77 00 09 10 32 42 30 51 41 03 00 40 42 30 51 41 03 50 40 00"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-STATUS-REPORT",
            "direction": "sc2ms",
            "direction_guessed": true,
            "first_octet": 6,
            "tp_mti": 2,
            "tp_mms": true,
            "tp_lp": false,
            "tp_srq": false,
            "tp_udhi": false,
            "tp_mr": 42,
            "tp_ra": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_scts": "2024-03-15T14:30:00+01:00",
            "tp_dt": "2024-03-15T14:30:05+01:00",
            "tp_st": 0,
            "tp_st_name": "Short message received by the SME",
            "tp_st_category": "completed"
        })
    );
}

/// §13.6 SMS-DELIVER-REPORT for RP-ERROR (the TPDU inside the RPDU), direction and form given.
#[test]
fn s13_6_deliver_report_rp_error() {
    let (code, v) = json_of(&["--direction", "ms2sc", "--report", "error", "00 D3 00"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-DELIVER-REPORT",
            "direction": "ms2sc",
            "direction_guessed": false,
            "report_form": "error",
            "first_octet": 0,
            "tp_mti": 0,
            "tp_udhi": false,
            "tp_fcs": 211,
            "tp_fcs_name": "Memory Capacity Exceeded",
            "tp_pi": 0
        })
    );
}

/// §13.7 SMS-SUBMIT-REPORT for RP-ACK (the TPDU inside the RPDU), direction and form given.
#[test]
fn s13_7_submit_report_rp_ack() {
    let (code, v) = json_of(&[
        "--direction",
        "sc2ms",
        "--report",
        "ack",
        "01 00 42 30 51 41 03 10 40",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-SUBMIT-REPORT",
            "direction": "sc2ms",
            "direction_guessed": false,
            "report_form": "ack",
            "first_octet": 1,
            "tp_mti": 1,
            "tp_udhi": false,
            "tp_pi": 0,
            "tp_scts": "2024-03-15T14:30:01+01:00"
        })
    );
}

/// §13.8 SMS-COMMAND (delete).
#[test]
fn s13_8_command_delete() {
    let (code, v) = json_of(&["02 2B 00 02 2A 0C 91 44 77 00 09 10 32 00"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-COMMAND",
            "direction": "ms2sc",
            "direction_guessed": true,
            "first_octet": 2,
            "tp_mti": 2,
            "tp_srr": false,
            "tp_udhi": false,
            "tp_mr": 43,
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_ct": 2,
            "tp_ct_name": "Delete previously submitted Short Message",
            "tp_mn": 42,
            "tp_da": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_cdl": 0,
            "tp_cd": ""
        })
    );
}

/// §13.9 SMS-SUBMIT, enhanced VP (60 s).
#[test]
fn s13_9_submit_enhanced_vp() {
    let (code, v) = json_of(&["09 05 0C 91 44 77 00 09 10 32 00 00 02 3C 00 00 00 00 00 02 CF 25"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-SUBMIT",
            "direction": "ms2sc",
            "direction_guessed": true,
            "first_octet": 9,
            "tp_mti": 1,
            "tp_rd": false,
            "tp_vpf": 1,
            "tp_srr": false,
            "tp_udhi": false,
            "tp_rp": false,
            "tp_mr": 5,
            "tp_da": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 0,
                "group": "general",
                "alphabet": "gsm7",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_vp": {
                "format": "enhanced",
                "raw": "023c0000000000",
                "single_shot": false,
                "extended": false,
                "enhanced_format": "seconds",
                "value": 60,
                "seconds": 60
            },
            "tp_udl": 2,
            "tp_ud": "cf25",
            "text": "OK"
        })
    );
}

/// §13.10 SMS-SUBMIT, absolute VP and national language single shift (Turkish).
#[test]
fn s13_10_submit_absolute_vp_turkish_shift() {
    let (code, v) = json_of(&[
        "59 06 0C 91 44 77 00 09 10 32 00 00 42 30 61 41 03 00 40 09 03 24 01 01 A0 96 E7 74",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "type": "SMS-SUBMIT",
            "direction": "ms2sc",
            "direction_guessed": true,
            "first_octet": 89,
            "tp_mti": 1,
            "tp_rd": false,
            "tp_vpf": 3,
            "tp_srr": false,
            "tp_udhi": true,
            "tp_rp": false,
            "tp_mr": 6,
            "tp_da": {
                "ton": 1,
                "ton_name": "international number",
                "npi": 1,
                "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                "digits": "447700900123"
            },
            "tp_pid": 0,
            "tp_pid_name": "no telematic interworking, SME-to-SME protocol",
            "tp_dcs": {
                "value": 0,
                "group": "general",
                "alphabet": "gsm7",
                "class": null,
                "compressed": false,
                "reserved": false,
                "auto_delete": false
            },
            "tp_vp": {
                "format": "absolute",
                "time": "2024-03-16T14:30:00+01:00"
            },
            "tp_udl": 9,
            "tp_ud": "03240101a096e774",
            "udhl": 3,
            "udh": [
                {
                    "iei": 36,
                    "iei_name": "National Language Single Shift",
                    "data": "01",
                    "national_single_shift": 1
                }
            ],
            "fill_bits": 3,
            "text": "Test"
        })
    );
}

/// Members come in a fixed order: the header, then the fields in wire order.
#[test]
fn json_members_in_wire_order() {
    let o = smsip(
        &[
            "decode",
            "--json",
            "040C9144770009406500004230514103004005C8329BFD06",
        ],
        None,
    );
    let out = stdout(&o);
    let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, Value>>(&out)
        .expect("object")
        .keys()
        .cloned()
        .collect();
    let pos = |k: &str| out.find(&format!("\"{k}\":")).expect(k);
    assert_eq!(
        keys[..4],
        ["layer", "type", "direction", "direction_guessed"]
    );
    let wire = [
        "first_octet",
        "tp_mti",
        "tp_oa",
        "tp_pid",
        "tp_dcs",
        "tp_scts",
        "tp_udl",
        "tp_ud",
        "text",
    ];
    assert!(wire.windows(2).all(|w| pos(w[0]) < pos(w[1])), "{out}");
    assert!(out.ends_with("}\n"));
}

/// The default output: the indented tree of §13.4, exactly.
#[test]
fn text_tree() {
    let o = smsip(
        &[
            "decode",
            "--direction",
            "sc2ms",
            "04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "\
SMS-DELIVER (sc2ms)
  first octet: 0x04
    TP-MTI: 0 (SMS-DELIVER)
    TP-MMS: 1 (no more messages are waiting)
    TP-LP: 0 (not forwarded, not spawned)
    TP-SRI: 0 (no status report will be returned to the SME)
    TP-UDHI: 0 (no header)
    TP-RP: 0 (reply path not set)
  TP-OA: +447700900456 (international, ISDN/E.164)
  TP-PID: 0x00 (no telematic interworking, SME-to-SME protocol)
  TP-DCS: 0x00 (GSM 7-bit default alphabet, no class)
  TP-SCTS: 2024-03-15T14:30:00+01:00
  TP-UDL: 5 (septets)
  TP-UD: c8329bfd06
  text: \"Hello\"
"
    );
}

/// The text tree of a header: IEs with their typed reading, and the fill bits.
#[test]
fn text_tree_of_a_header() {
    let o = smsip(
        &[
            "decode",
            "41000C9144770009103200001205000 3A5020190 6536FB0DBABFE56C32",
        ],
        None,
    );
    let out = stdout(&o);
    assert!(
        out.starts_with("SMS-SUBMIT (ms2sc, direction guessed)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\n  UDH (UDHL 5, 1 IE)\n    IE 0x00: a50201 (Concatenated short messages, 8-bit \
         reference number)\n      concat: part 1 of 2, reference 165\n  fill bits: 1\n  \
         text: \"Hello world\"\n"
        ),
        "{out}"
    );
}

/// A truncated TPDU: the error names the field and the offset, and the exit code is 1.
#[test]
fn truncated_tpdu() {
    // §13.4 without its last three octets.
    let pdu = "040C9144770009406500004230514103004005C832";
    let o = smsip(&["decode", pdu], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.starts_with("error: TP-UD: truncated at offset 21, 3 more octet(s) needed\n"),
        "{out}"
    );
    assert!(
        out.contains("\n  offset: 21\n") && out.contains("\n  field: TP-UD\n"),
        "{out}"
    );

    let (code, v) = json_of(&["--direction", "sc2ms", pdu]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "error": "TP-UD: truncated at offset 21, 3 more octet(s) needed",
            "offset": 21,
            "field": "TP-UD",
            "type": "SMS-DELIVER",
            "direction": "sc2ms",
            "direction_guessed": false,
        })
    );
}

/// Other decode errors: reserved TP-MTI, empty input, trailing octets, bad hex.
#[test]
fn decode_errors() {
    let (code, v) = json_of(&["--direction", "ms2sc", "03"]);
    assert_eq!(code, 1);
    assert_eq!(v["field"], "TP-MTI");
    assert_eq!(v["offset"], 0);
    assert!(v["error"].as_str().unwrap().contains("reserved"));

    let (code, v) = json_of(&["--direction", "sc2ms", "0x"]);
    assert_eq!(code, 1);
    assert_eq!(v["error"], "empty input: no TPDU first octet");

    let (code, v) = json_of(&["--direction", "ms2sc", "022B00022A0C9144770009103200FFFF"]);
    assert_eq!(code, 1);
    assert_eq!(
        (v["offset"].clone(), v["field"].clone()),
        (json!(14), json!("TPDU length"))
    );

    let (code, v) = json_of(&["  04 0G"]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({"layer": "hex", "error": "not a hex digit: 'G' at character 6", "offset": 6,
               "field": "input"})
    );
    let (_, v) = json_of(&["040"]);
    assert_eq!(v["error"], "odd number of hex digits");
}

/// `--report` picks the form of a report TPDU: §13.6 is the RP-ERROR form.
#[test]
fn report_form() {
    let (code, v) = json_of(&["--direction", "ms2sc", "--report", "ack", "00D300"]);
    assert_eq!(code, 1, "{v}");
    let (code, v) = json_of(&["--direction", "ms2sc", "00D300"]);
    assert_eq!((code, v["report_form"].clone()), (0, json!("error")));
    let (code, v) = json_of(&["--direction", "ms2sc", "--report", "ack", "0000"]);
    assert_eq!((code, v["report_form"].clone()), (0, json!("ack")));
    assert_eq!(v.get("tp_fcs"), None);
}

/// An explicit direction is used as given: the SMS-SUBMIT of §13.1 is not an SC-to-MS TPDU.
#[test]
fn explicit_direction() {
    let pdu = "312A0C914477000910320000A702C834";
    let (code, v) = json_of(&["--direction", "sc2ms", pdu]);
    assert_eq!(code, 1);
    assert_eq!(v["type"], "SMS-SUBMIT-REPORT");
    let (code, v) = json_of(&["--direction=mo", pdu]);
    assert_eq!((code, v["type"].clone()), (0, json!("SMS-SUBMIT")));
    assert_eq!(v["direction_guessed"], false);
}

/// Standard input: a good line, a bad line, a good line give three results, and exit code 1.
#[test]
fn stdin_lines() {
    let input = "\
040C9144770009406500004230514103004005C8329BFD06
040C91447700094065
# a comment, then a blank line

312A0C914477000910320000A702C834
";
    let o = smsip(&["decode", "--json", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let results: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(results.len(), 3, "{out}");
    assert_eq!(results[0]["line"], 1);
    assert_eq!(results[0]["type"], "SMS-DELIVER");
    assert_eq!(results[0]["text"], "Hello");
    assert_eq!(results[1]["line"], 2);
    assert_eq!(results[1]["layer"], "tpdu");
    assert_eq!(results[1]["field"], "TP-PID");
    assert_eq!(results[1]["offset"], 9);
    assert!(results[1]["error"].as_str().unwrap().contains("offset 9"));
    assert_eq!(results[2]["line"], 5);
    assert_eq!(results[2]["type"], "SMS-SUBMIT");
    assert_eq!(results[2]["text"], "Hi");

    // Every line decoded: exit code 0; text results are separated by a blank line.
    let o = smsip(
        &["decode", "-"],
        Some("040C9144770009406500004230514103004005C8329BFD06\r\n00D300\n"),
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("SMS-DELIVER (sc2ms, direction guessed)\n  line: 1\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\n\nSMS-DELIVER-REPORT (ms2sc, direction guessed, RP-ERROR form)\n  line: 2\n"
        ),
        "{out}"
    );
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["help"], &["decode", "--help"]] {
        let o = smsip(args, None);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = stdout(&o);
        for needle in [
            "Usage:",
            "smsip decode [OPTIONS] HEX",
            "smsip decode [OPTIONS] -",
            "--layer",
            "tpdu",
            "--direction",
            "--report",
            "--json",
            "Exit status",
        ] {
            assert!(out.contains(needle), "{needle} missing from --help");
        }
    }
    let o = smsip(&["--version"], None);
    assert_eq!(stdout(&o), format!("smsip {}\n", env!("CARGO_PKG_VERSION")));
}

/// A bad command line: a message on standard error, nothing on standard output, exit code 2.
#[test]
fn usage_errors() {
    for args in [
        &[][..],
        &["decode"],
        &["decode", "--layer", "nope", "00"],
        &["decode", "--direction", "up", "00"],
        &["decode", "--report", "maybe", "00"],
        &["decode", "--bogus", "00"],
        &["encode", "00"],
    ] {
        let o = smsip(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.starts_with("smsip: ") && err.contains("--help"),
            "{err}"
        );
    }
}

/// Every `$ smsip ...` example in README.md prints what the README shows.
#[test]
fn readme_examples_are_current() {
    let readme = include_str!("../README.md");
    let mut checked = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = &block[..block.find("```").expect("closed block")];
        let Some((cmd, expected)) = block.split_once('\n') else {
            continue;
        };
        let Some(args) = cmd.strip_prefix("$ smsip ") else {
            continue;
        };
        let args: Vec<&str> = args.split_whitespace().collect();
        let o = smsip(&args, None);
        assert_eq!(stdout(&o), expected, "README example: {cmd}");
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} README examples found");
}
