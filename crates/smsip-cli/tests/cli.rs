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

// ---- The relay layer (rp) and the connection layer (cp) ----------------------------------------

/// The address of the service centre in the rp.md examples, as JSON.
fn sc_address() -> Value {
    json!({
        "ton": 1,
        "ton_name": "international number",
        "npi": 1,
        "npi_name": "ISDN/telephony numbering plan (E.164/E.163)",
        "digits": "447700900000"
    })
}

/// rp.md §2.6: RP-DATA MS→N carrying the SMS-SUBMIT of tpdu.md §13.1, detected as RP.
#[test]
fn rp_data_ms_to_network() {
    let pdu = "00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34";
    let (code, v) = json_of(&[pdu]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "rp",
            "type": "RP-DATA",
            "direction": "ms2n",
            "rp_mti": 0,
            "rp_mr": 1,
            "rp_oa": null,
            "rp_da": sc_address(),
            "rp_user_data": {
                "layer": "tpdu",
                "type": "SMS-SUBMIT",
                "direction": "ms2sc",
                "direction_guessed": false,
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
                "tp_vp": {"format": "relative", "value": 167, "seconds": 86400},
                "tp_udl": 2,
                "tp_ud": "c834",
                "text": "Hi"
            }
        })
    );
    // The same with the layer given: nothing guessed either way.
    assert_eq!(json_of(&["--layer", "rp", pdu]), (0, v));
}

/// rp.md §2.6: RP-DATA N→MS carrying an SMS-STATUS-REPORT. rp.md elides the TPDU after
/// `06 2A`; RP-UD length 0x19 is that of the SMS-STATUS-REPORT of tpdu.md §13.5, used here.
#[test]
fn rp_data_network_to_ms_status_report() {
    let (code, v) = json_of(&[
        "01 01 07 91 44 77 00 09 00 00 00 19",
        "06 2A 0C 91 44 77 00 09 10 32 42 30 51 41 03 00 40 42 30 51 41 03 50 40 00",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "rp",
            "type": "RP-DATA",
            "direction": "n2ms",
            "rp_mti": 1,
            "rp_mr": 1,
            "rp_oa": sc_address(),
            "rp_da": null,
            "rp_user_data": {
                "layer": "tpdu",
                "type": "SMS-STATUS-REPORT",
                "direction": "sc2ms",
                "direction_guessed": false,
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
            }
        })
    );
}

/// rp.md §2.6: RP-ACK N→MS with the SMS-SUBMIT-REPORT for RP-ACK of tpdu.md §13.7: the
/// report form comes from the RP message.
#[test]
fn rp_ack_with_submit_report() {
    let (code, v) = json_of(&["03 01 41 09 01 00 42 30 51 41 03 10 40"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "rp",
            "type": "RP-ACK",
            "direction": "n2ms",
            "rp_mti": 3,
            "rp_mr": 1,
            "rp_user_data": {
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
            }
        })
    );
}

/// rp.md §2.6: RP-ERROR MS→N, cause 22, with the SMS-DELIVER-REPORT for RP-ERROR of
/// tpdu.md §13.6.
#[test]
fn rp_error_with_deliver_report() {
    let (code, v) = json_of(&["04 01 01 16 41 03 00 D3 00"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "rp",
            "type": "RP-ERROR",
            "direction": "ms2n",
            "rp_mti": 4,
            "rp_mr": 1,
            "rp_cause": {
                "value": 22,
                "name": "memory_capacity_exceeded",
                "text": "Memory capacity exceeded",
                "diagnostic": ""
            },
            "rp_user_data": {
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
            }
        })
    );
}

/// rp.md §2.6: RP-SMMA, MR 5.
#[test]
fn rp_smma() {
    let (code, v) = json_of(&["06 05"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "rp", "type": "RP-SMMA", "direction": "ms2n", "rp_mti": 6, "rp_mr": 5})
    );
}

/// Spare RP-MTI bits, an RP-Cause diagnostic, unknown optional IEs and an empty RP-User-Data.
#[test]
fn rp_spare_bits_diagnostic_unknown_ies() {
    // RP-MTI octet 0x0C: RP-ERROR MS→N with spare bit 4 set (so only --layer rp reads it).
    let pdu = "0C 07 02 16 AB 41 03 00 D3 00 7E 01 AA 90";
    let (code, v) = json_of(&["--layer", "rp", pdu]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["spare_bits"], 8);
    assert_eq!(v["rp_mti"], 4);
    assert_eq!(v["rp_mr"], 7);
    assert_eq!(
        v["rp_cause"],
        json!({"value": 22, "name": "memory_capacity_exceeded",
               "text": "Memory capacity exceeded", "diagnostic": "ab"})
    );
    assert_eq!(v["rp_user_data"]["type"], "SMS-DELIVER-REPORT");
    assert_eq!(v["rp_user_data"]["tp_fcs"], 211);
    assert_eq!(
        v["unknown_ies"],
        json!([{"iei": 126, "data": "aa"}, {"iei": 144, "data": ""}])
    );
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "layer",
            "type",
            "direction",
            "rp_mti",
            "spare_bits",
            "rp_mr",
            "rp_cause",
            "rp_user_data",
            "unknown_ies"
        ]
    );
    // Not RP under the detection rule (spare bits set), and not a TPDU either.
    let (code, v) = json_of(&[pdu]);
    assert_eq!((code, v["layer"].clone()), (1, json!("tpdu")), "{v}");

    // An RP-ACK whose RP-User-Data is empty: null, no TPDU.
    let (code, v) = json_of(&["--layer", "rp", "03 01 41 00"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "rp", "type": "RP-ACK", "direction": "n2ms", "rp_mti": 3, "rp_mr": 1,
               "rp_user_data": null})
    );
    // An unknown cause has no name or text.
    let (_, v) = json_of(&["--layer", "rp", "05 09 01 02"]);
    assert_eq!(v["rp_cause"], json!({"value": 2, "diagnostic": ""}));
}

/// The text tree: the TPDU indented under RP-User-Data, the RPDU under CP-User-Data.
#[test]
fn rp_text_tree() {
    let o = smsip(
        &[
            "decode",
            "09 01 1C",
            "00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 C8 34",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "\
CP-DATA
  first octet: 0x09
    TI flag: 0 (sent by the side that allocated the TI)
    TI value: 0
    protocol discriminator: 9 (SMS messages)
  CP message type: 0x01 (CP-DATA)
  CP-User-Data: 28 octets (RPDU at offset 3)
    RP-DATA (ms2n)
      RP-MTI: 0 (RP-DATA, MS to network)
      RP-MR: 1
      RP-OA: none (empty)
      RP-DA: +447700900000 (international, ISDN/E.164)
      RP-User-Data: 16 octets (TPDU at offset 12)
        SMS-SUBMIT (ms2sc)
          first octet: 0x31
            TP-MTI: 1 (SMS-SUBMIT)
            TP-RD: 0 (accept duplicates)
            TP-VPF: 2 (relative format)
            TP-SRR: 1 (status report requested)
            TP-UDHI: 0 (no header)
            TP-RP: 0 (reply path not set)
          TP-MR: 42
          TP-DA: +447700900123 (international, ISDN/E.164)
          TP-PID: 0x00 (no telematic interworking, SME-to-SME protocol)
          TP-DCS: 0x00 (GSM 7-bit default alphabet, no class)
          TP-VP: 1 day (relative format, 0xa7)
          TP-UDL: 2 (septets)
          TP-UD: c834
          text: \"Hi\"
"
    );

    // A TPDU of a type the RP message does not carry is shown, with a note: an
    // SMS-DELIVER-REPORT in RP-DATA MS→N.
    let o = smsip(
        &[
            "decode",
            "--layer",
            "rp",
            "00 01 00 07 91 44 77 00 09 00 00 02 00 00",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains(
            "\n  RP-User-Data: 2 octets (TPDU at offset 12; unexpected here, the specification \
             has SMS-SUBMIT or SMS-COMMAND)\n    SMS-DELIVER-REPORT (ms2sc, RP-ACK form)\n"
        ),
        "{out}"
    );
    // Addresses where the direction has none, and none where it has one, are noted.
    let o = smsip(
        &[
            "decode",
            "01 01 00 07 91 44 77 00 09 00 00 19",
            "062A0C91447700091032423051410300404230514103504000",
        ],
        None,
    );
    let out = stdout(&o);
    assert!(
        out.contains(
            "\n  RP-OA: none (empty; the service centre address is expected here)\n  RP-DA: \
             +447700900000 (international, ISDN/E.164; the specification has this address \
             empty)\n"
        ),
        "{out}"
    );
}

/// rp.md §3: CP-ACK, CP-ERROR cause 17, CP-DATA carrying RP-SMMA, CP-DATA carrying the
/// RP-DATA of rp.md §2.6.
#[test]
fn cp_messages() {
    let (code, v) = json_of(&["89 04"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "cp", "type": "CP-ACK", "first_octet": 137, "ti_flag": true,
               "ti_value": 0, "protocol_discriminator": 9, "cp_message_type": 4})
    );
    let (code, v) = json_of(&["89 10 11"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "cp", "type": "CP-ERROR", "first_octet": 137, "ti_flag": true,
               "ti_value": 0, "protocol_discriminator": 9, "cp_message_type": 16,
               "cp_cause": {"value": 17, "name": "network_failure", "text": "Network failure"}})
    );
    let (code, v) = json_of(&["09 01 02 06 05"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "cp", "type": "CP-DATA", "first_octet": 9, "ti_flag": false,
               "ti_value": 0, "protocol_discriminator": 9, "cp_message_type": 1,
               "cp_user_data": {"layer": "rp", "type": "RP-SMMA", "direction": "ms2n",
                                "rp_mti": 6, "rp_mr": 5}})
    );
    let (code, v) = json_of(&[
        "--layer",
        "cp",
        "09 01 1C 00 01 00 07 91 44 77 00 09 00 00 10 31 2A 0C 91 44 77 00 09 10 32 00 00 A7 02 \
         C8 34",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["cp_user_data"]["type"], "RP-DATA");
    assert_eq!(v["cp_user_data"]["rp_da"]["digits"], "447700900000");
    assert_eq!(v["cp_user_data"]["rp_user_data"]["type"], "SMS-SUBMIT");
    assert_eq!(v["cp_user_data"]["rp_user_data"]["text"], "Hi");
}

// The `rp` vectors of the shared public.json (id, source), decoded without --layer.

/// pycrate-890106020141 — P1sec/pycrate test/test_mobile.py ("SMS CP-DATA"): CP-DATA (TI flag
/// 1) carrying RP-ACK MS→N, RP-MR 1, with an SMS-DELIVER-REPORT (TP-MTI 0, TP-PI 0x00).
#[test]
fn vector_pycrate_890106020141() {
    let (code, v) = json_of(&["890106020141020000"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "cp",
            "type": "CP-DATA",
            "first_octet": 137,
            "ti_flag": true,
            "ti_value": 0,
            "protocol_discriminator": 9,
            "cp_message_type": 1,
            "cp_user_data": {
                "layer": "rp",
                "type": "RP-ACK",
                "direction": "ms2n",
                "rp_mti": 2,
                "rp_mr": 1,
                "rp_user_data": {
                    "layer": "tpdu",
                    "type": "SMS-DELIVER-REPORT",
                    "direction": "ms2sc",
                    "direction_guessed": false,
                    "report_form": "ack",
                    "first_octet": 0,
                    "tp_mti": 0,
                    "tp_udhi": false,
                    "tp_pi": 0
                }
            }
        })
    );
}

/// pycrate-090123010107 — P1sec/pycrate test/test_mobile.py ("SMS CP-DATA"): CP-DATA carrying
/// RP-DATA N→MS, RP-MR 1, RP-OA +33689004000, with an SMS-DELIVER "Test".
#[test]
fn vector_pycrate_090123010107() {
    let (code, v) =
        json_of(&["090123010107913386094000f00017040b913306000000f000007101911172758004d4f29c0e"]);
    assert_eq!(code, 0);
    assert_eq!(
        (v["layer"].as_str(), v["type"].as_str()),
        (Some("cp"), Some("CP-DATA"))
    );
    assert_eq!(v["ti_flag"], false);
    let rp = &v["cp_user_data"];
    assert_eq!(rp["type"], "RP-DATA");
    assert_eq!(rp["direction"], "n2ms");
    assert_eq!(rp["rp_mr"], 1);
    assert_eq!(
        rp["rp_oa"],
        json!({"ton": 1, "ton_name": "international number", "npi": 1,
               "npi_name": "ISDN/telephony numbering plan (E.164/E.163)",
               "digits": "33689004000"})
    );
    assert_eq!(rp["rp_da"], Value::Null);
    let t = &rp["rp_user_data"];
    assert_eq!(t["layer"], "tpdu");
    assert_eq!(t["type"], "SMS-DELIVER");
    assert_eq!(t["tp_mms"], true);
    assert_eq!(t["tp_oa"]["digits"], "33600000000");
    assert_eq!(
        (t["tp_pid"].clone(), t["tp_dcs"]["value"].clone()),
        (json!(0), json!(0))
    );
    assert_eq!(t["tp_scts"], "2017-10-19T11:27:57+02:00");
    assert_eq!(t["tp_udl"], 4);
    assert_eq!(t["text"], "Test");
}

/// pycrate-8904 — P1sec/pycrate test/test_mobile.py ("SMS CP-ACK"): CP-ACK, TI flag 1.
#[test]
fn vector_pycrate_8904() {
    let (code, v) = json_of(&["8904"]);
    assert_eq!(code, 0);
    assert_eq!(
        (v["type"].clone(), v["ti_flag"].clone()),
        (json!("CP-ACK"), json!(true))
    );
    assert_eq!(v.get("layer_guessed"), None);
}

/// pycrate-issue33-rp-data-status-report — P1sec/pycrate issue #33: RP-DATA N→MS, RP-MR 6,
/// carrying an SMS-STATUS-REPORT that ends after TP-ST (no TP-PI).
#[test]
fn vector_pycrate_issue33_rp_data_status_report() {
    let (code, v) =
        json_of(&["010607913386094030f1001906300b913387540805f8811102610040408111026100504000"]);
    assert_eq!(code, 0);
    assert_eq!(v["layer"], "rp");
    assert_eq!(v["type"], "RP-DATA");
    assert_eq!(v["rp_mti"], 1);
    assert_eq!(v["rp_mr"], 6);
    assert_eq!(v["rp_oa"]["digits"], "33689004031");
    let t = &v["rp_user_data"];
    assert_eq!(t["type"], "SMS-STATUS-REPORT");
    assert_eq!(t["tp_mr"], 48);
    assert_eq!(t["tp_ra"]["digits"], "33784580508");
    assert_eq!(t["tp_scts"], "2018-11-20T16:00:04+01:00");
    assert_eq!(t["tp_dt"], "2018-11-20T16:00:05+01:00");
    assert_eq!(t["tp_st"], 0);
    assert_eq!(t.get("tp_pi"), None);
}

/// osmo-msc-cp-data-mt-deliver — osmocom/osmo-msc tests/msc_vlr/msc_vlr_test_gsm_ciph.c:
/// CP-DATA (length 88) + RP-DATA N→MS (RP-MR 0, RP-OA +447785016005, RP-DA empty, RP-UD
/// length 76) + SMS-DELIVER from 46071 (TOA 0x80).
#[test]
fn vector_osmo_msc_cp_data_mt_deliver() {
    let (code, v) = json_of(&[
        "09015801000791447758100650004c0005806470f1000007101000000000445079da1e1ee7416937485e9ea7\
         c965373d1d6683c270383b3d0ed3d36ff71c949e83c22072799e9687c5ec32a81d96afcbf4b4fb0c7ac3e9e9\
         b7db05",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["type"], "CP-DATA");
    let rp = &v["cp_user_data"];
    assert_eq!(
        (rp["type"].clone(), rp["rp_mr"].clone()),
        (json!("RP-DATA"), json!(0))
    );
    assert_eq!(rp["rp_oa"]["digits"], "447785016005");
    assert_eq!(rp["rp_da"], Value::Null);
    let t = &rp["rp_user_data"];
    assert_eq!(t["type"], "SMS-DELIVER");
    assert_eq!(
        t["tp_oa"],
        json!({"ton": 0, "ton_name": "unknown", "npi": 0, "npi_name": "unknown",
               "digits": "46071"})
    );
    assert_eq!(t["tp_udl"], 68);
    assert_eq!(
        t["text"],
        "Privacy in residential applications is a desirable marketing option."
    );
}

/// Auto-detection: RP and CP by their first octets, TPDUs that only look like them, ambiguous
/// input, and the TPDU options selecting the tpdu layer.
#[test]
fn layer_detection() {
    // A TPDU whose first octet is a valid RP-MTI (4: RP-ERROR) is still a TPDU: RP fails.
    let (code, v) = json_of(&["040C9144770009406500004230514103004005C8329BFD06"]);
    assert_eq!((code, v["layer"].clone()), (0, json!("tpdu")));
    assert_eq!(v.get("layer_guessed"), None);
    // SMS-DELIVER-REPORT 00 00 (RP-ACK form) also starts like RP-DATA.
    let (code, v) = json_of(&["0000"]);
    assert_eq!((code, v["type"].clone()), (0, json!("SMS-DELIVER-REPORT")));
    // An SMS-SUBMIT starting 09 01 looks like CP-DATA (PD 9, type 1) but is not one.
    let (code, v) = json_of(&["09 01 0C 91 44 77 00 09 10 32 00 00 02 3C 00 00 00 00 00 02 CF 25"]);
    assert_eq!((code, v["layer"].clone()), (0, json!("tpdu")));
    assert_eq!(
        (v["type"].clone(), v["tp_mr"].clone()),
        (json!("SMS-SUBMIT"), json!(1))
    );
    assert_eq!(v.get("layer_guessed"), None);

    // Both an RP-ERROR (MR 0, cause 1) and an SMS-DELIVER-REPORT (RP-ERROR form, TP-PID 1):
    // the rule picks rp and says so; --layer tpdu gives the other reading.
    let (code, v) = json_of(&["04000101"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "rp", "layer_guessed": true, "type": "RP-ERROR", "direction": "ms2n",
               "rp_mti": 4, "rp_mr": 0,
               "rp_cause": {"value": 1, "name": "unassigned_number",
                            "text": "Unassigned (unallocated) number", "diagnostic": ""}})
    );
    let o = smsip(&["decode", "04000101"], None);
    assert!(
        stdout(&o).starts_with("RP-ERROR (ms2n, layer guessed, also decodes as tpdu)\n"),
        "{}",
        stdout(&o)
    );
    let (code, v) = json_of(&["--layer", "tpdu", "04000101"]);
    assert_eq!((code, v["type"].clone()), (0, json!("SMS-DELIVER-REPORT")));
    assert_eq!(v.get("layer_guessed"), None);
    // --direction (or --report) means a bare TPDU.
    let (code, v) = json_of(&["--direction", "ms2sc", "04000101"]);
    assert_eq!((code, v["layer"].clone()), (0, json!("tpdu")));
    let (code, v) = json_of(&["--layer", "auto", "--report", "error", "04000101"]);
    assert_eq!((code, v["tp_fcs"].clone()), (0, json!(0)));

    // Nothing decodes: the error that got furthest, marked as guessed.
    let (code, v) = json_of(&["8910"]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({"layer": "cp", "layer_guessed": true,
               "error": "CP-Cause: missing mandatory information element at offset 2",
               "offset": 2, "field": "CP-Cause", "type": "CP-ERROR"})
    );
    // Equal offsets (both readings run out of input): the one missing fewer octets wins.
    // RP reads 04 0C 91 as RP-ERROR with a 145-octet RP-Cause; the TPDU lacks 3 octets.
    let (code, v) = json_of(&["040C9144770009406500004230514103004005C832"]);
    assert_eq!(code, 1);
    assert_eq!(
        (v["layer"].clone(), v["field"].clone()),
        (json!("tpdu"), json!("TP-UD"))
    );
    assert_eq!(v["layer_guessed"], true);
    // Only the tpdu layer tried: not guessed.
    let (_, v) = json_of(&["FF"]);
    assert_eq!(v.get("layer_guessed"), None);

    // The TPDU options do not go with rp or cp.
    for args in [
        &["decode", "--layer", "rp", "--direction", "ms2sc", "0605"][..],
        &["decode", "--report", "ack", "--layer", "cp", "8904"],
    ] {
        let o = smsip(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
    }
}

/// RP errors: the field and offset of the fault, in the RPDU and in the messages around and
/// inside it.
#[test]
fn rp_errors_with_offsets() {
    // RP-DATA whose RP-Destination Address is cut (smsip-rp's own example).
    let (code, v) = json_of(&["--layer", "rp", "00 01 00 07 91 44"]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({"layer": "rp",
               "error": "RP-Destination Address: truncated at offset 6, 5 more octet(s) needed",
               "offset": 6, "field": "RP-Destination Address", "type": "RP-DATA",
               "direction": "ms2n"})
    );
    // The reserved RP-MTI 7 names no type.
    let (code, v) = json_of(&["--layer", "rp", "07 01"]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({"layer": "rp", "error": "RP-MTI: unexpected message type 0x07 at offset 0",
               "offset": 0, "field": "RP-MTI"})
    );
    // Trailing octets after RP-SMMA.
    let (_, v) = json_of(&["--layer", "rp", "06 05 00"]);
    assert_eq!(
        (v["field"].clone(), v["offset"].clone()),
        (json!("RP-SMMA"), json!(2))
    );

    // A TPDU that fails inside RP-DATA: the error is the TPDU's, at its offset in the input.
    // RP-DATA N→MS around tpdu.md §13.4 without its last three octets (TPDU at offset 12).
    let rpdu = "01 01 07 91 44 77 00 09 00 00 00 15 040C9144770009406500004230514103004005C832";
    let (code, v) = json_of(&["--layer", "rp", rpdu]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "error": "TPDU in RP-User-Data at offset 12: TP-UD: truncated at offset 21, \
                      3 more octet(s) needed",
            "offset": 33,
            "field": "TP-UD",
            "type": "SMS-DELIVER",
            "direction": "sc2ms",
            "direction_guessed": false,
            "enclosing": [{"layer": "rp", "type": "RP-DATA", "direction": "n2ms", "offset": 12}]
        })
    );
    // The same RPDU in CP-DATA: every offset moves by 3.
    let (code, v) = json_of(&["--layer", "cp", "09 01 21", rpdu]);
    assert_eq!(code, 1);
    assert_eq!(v["offset"], 36);
    assert_eq!(
        v["error"],
        "RPDU in CP-User-Data at offset 3: TPDU in RP-User-Data at offset 12: TP-UD: \
         truncated at offset 21, 3 more octet(s) needed"
    );
    assert_eq!(
        v["enclosing"],
        json!([{"layer": "cp", "type": "CP-DATA", "offset": 3},
               {"layer": "rp", "type": "RP-DATA", "direction": "n2ms", "offset": 15}])
    );
    // An RPDU that fails inside CP-DATA.
    let (code, v) = json_of(&["09 01 0B 00 01 00 07 91 44 77 00 09 00 00"]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({
            "layer": "rp",
            "layer_guessed": true,
            "error": "RPDU in CP-User-Data at offset 3: RP-User-Data: missing mandatory \
                      information element at offset 11",
            "offset": 14,
            "field": "RP-User-Data",
            "type": "RP-DATA",
            "direction": "ms2n",
            "enclosing": [{"layer": "cp", "type": "CP-DATA", "offset": 3}]
        })
    );
    // In text: the error, its members and the enclosing messages.
    let o = smsip(&["decode", "--layer", "rp", rpdu], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "\
error: TPDU in RP-User-Data at offset 12: TP-UD: truncated at offset 21, 3 more octet(s) needed
  layer: tpdu
  offset: 33
  field: TP-UD
  type: SMS-DELIVER
  direction: sc2ms
  enclosed in
    rp: RP-DATA (n2ms), user data at offset 12
"
    );
}

/// Standard input mixing RP, CP and TPDU lines, good and bad, without --layer.
#[test]
fn stdin_mixes_layers() {
    let input = "\
# rp.md 2.6: RP-ERROR MS->N
04 01 01 16 41 03 00 D3 00
040C9144770009406500004230514103004005C8329BFD06
8904
00 01 00 07 91 44
0605
";
    let o = smsip(&["decode", "--json", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let r: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(r.len(), 5, "{out}");
    let brief: Vec<(u64, &str, &str)> = r
        .iter()
        .map(|v| {
            (
                v["line"].as_u64().unwrap(),
                v["layer"].as_str().unwrap(),
                v.get("type").and_then(Value::as_str).unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            (2, "rp", "RP-ERROR"),
            (3, "tpdu", "SMS-DELIVER"),
            (4, "cp", "CP-ACK"),
            (5, "rp", "RP-DATA"),
            (6, "rp", "RP-SMMA"),
        ]
    );
    assert_eq!(r[0]["rp_user_data"]["tp_fcs"], 211);
    assert_eq!(r[1]["text"], "Hello");
    assert_eq!(
        (r[3]["field"].clone(), r[3]["offset"].clone()),
        (json!("RP-Destination Address"), json!(6))
    );
    assert!(r[3]["error"].is_string());
    let keys: Vec<&String> = r[0].as_object().unwrap().keys().take(3).collect();
    assert_eq!(keys, ["line", "layer", "type"]);

    // Text: one tree per line, a blank line between.
    let o = smsip(&["decode", "-"], Some("0605\r\n00D300\n"));
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("RP-SMMA (ms2n)\n  line: 1\n  RP-MTI: 6 (RP-SMMA, MS to network)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\n\nSMS-DELIVER-REPORT (ms2sc, direction guessed, RP-ERROR form)\n  line: 2\n"
        ),
        "{out}"
    );
}

/// `--help` lists every layer and states the detection rule.
#[test]
fn help_describes_layers() {
    let out = stdout(&smsip(&["--help"], None));
    for needle in [
        "auto    tcap, cp, rp or tpdu, by the rule below (default)",
        "      tcap    TCAP message, ITU-T Q.773",
        "0x62 TC-BEGIN",
        "      rp      RPDU, 3GPP TS 24.011",
        "      cp      CP message, 3GPP TS 24.011",
        "Layer detection",
        "protocol discriminator 9",
        "0x00..0x07",
        "(implies --layer tpdu)",
    ] {
        assert!(out.contains(needle), "{needle} missing from --help:\n{out}");
    }
}

// ---- The map layer (TS 29.002 short-message parameters) ---------------------------------------

/// map-sms.md §13.1: RoutingInfoForSM-Arg.
const SRI_SM_ARG: &str = "30 26 80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00 \
                          87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00";
/// map-sms.md §13.2: MT-ForwardSM-Arg with an SMS-DELIVER "Hello" and a private extension.
const MT_FSM_ARG: &str = "30 45 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00 \
                          04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06 \
                          30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF \
                          02 01 3C";
/// map-sms.md §13.3: RoutingInfoForSM-Res.
const SRI_SM_RES: &str = "30 30 04 08 00 01 01 21 43 65 87 F9 \
                          A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00 \
                          A5 06 02 01 1E 02 01 3C";

/// An AddressString as the map layer shows it: international, ISDN/E.164.
fn map_address(digits: &str) -> Value {
    json!({
        "nature": 1,
        "nature_name": "international number",
        "plan": 1,
        "plan_name": "ISDN/Telephony Numbering Plan (Rec ITU-T E.164)",
        "digits": digits
    })
}

#[test]
fn map_s13_1_sri_sm_arg() {
    let (code, v) = json_of(&["--op", "45", "--kind", "arg", SRI_SM_ARG]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "map",
            "type": "RoutingInfoForSM-Arg",
            "kind": "arg",
            "operation": {"code": 45, "name": "sendRoutingInfoForSM"},
            "msisdn": map_address("447700900123"),
            "sm_rp_pri": true,
            "service_centre_address": map_address("447700900000"),
            "gprs_support_indicator": true,
            "sm_rp_mti": 0,
            "sm_rp_smea": {
                "data": "0c91447700094065",
                "address": {
                    "ton": 1,
                    "ton_name": "international number",
                    "npi": 1,
                    "npi_name": "ISDN/telephone numbering plan (E.164/E.163)",
                    "digits": "447700900456"
                }
            },
            "ip_sm_gw_guidance_indicator": true
        })
    );
    // Members in wire order after the header.
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys[..6],
        ["layer", "type", "kind", "operation", "msisdn", "sm_rp_pri"]
    );
    // The operation may be named, and --layer map said explicitly.
    let (_, named) = json_of(&[
        "--layer",
        "map",
        "--op",
        "SendRoutingInfoForSM",
        "--kind",
        "argument",
        SRI_SM_ARG,
    ]);
    assert_eq!(named, v);
}

#[test]
fn map_s13_2_mt_forward_sm_arg() {
    let (code, v) = json_of(&["--op", "44", "--kind", "arg", MT_FSM_ARG]);
    assert_eq!(code, 0);
    assert_eq!(v["type"], "MT-ForwardSM-Arg");
    assert_eq!(v["operation"], json!({"code": 44, "name": "mt-ForwardSM"}));
    assert_eq!(
        v["sm_rp_da"],
        json!({"choice": "imsi", "value": "001010123456789"})
    );
    assert_eq!(
        v["sm_rp_oa"],
        json!({"choice": "service_centre_address_oa", "value": map_address("447700900000")})
    );
    // sm-RP-UI: the SMS-DELIVER of tpdu.md §13.4, decoded SC to MS as the operation says.
    let t = &v["sm_rp_ui"];
    assert_eq!(t["layer"], "tpdu");
    assert_eq!(t["type"], "SMS-DELIVER");
    assert_eq!(t["direction"], "sc2ms");
    assert_eq!(t["direction_guessed"], false);
    assert_eq!(t["tp_oa"]["digits"], "447700900456");
    assert_eq!(t["tp_scts"], "2024-03-15T14:30:00+01:00");
    assert_eq!(t["text"], "Hello");
    assert_eq!(v.get("more_messages_to_send"), None);
    assert_eq!(
        v["extension_container"],
        json!({"private_extensions": [{"ext_id": "1.3.6.1.4.1.32473.1.1", "ext_type": "0101ff"}]})
    );
    assert_eq!(v["sm_delivery_timer"], 60);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys[4..],
        [
            "sm_rp_da",
            "sm_rp_oa",
            "sm_rp_ui",
            "extension_container",
            "sm_delivery_timer"
        ]
    );

    // The text tree names the ASN.1 members and nests the TPDU.
    let o = smsip(&["decode", "--op", "44", "--kind", "arg", MT_FSM_ARG], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for line in [
        "MT-ForwardSM-Arg (argument of mt-ForwardSM, opcode 44)\n",
        "\n  sm-RP-DA: imsi 001010123456789\n",
        "\n  sm-RP-OA: serviceCentreAddressOA +447700900000 (international number, ISDN/E.164)\n",
        "\n  sm-RP-UI: 24 octets (TPDU at offset 23)\n    SMS-DELIVER (sc2ms)\n",
        "\n      text: \"Hello\"\n",
        "\n  extensionContainer\n    privateExtensionList (1 extension)\n      \
         PrivateExtension: 1.3.6.1.4.1.32473.1.1 (extType 0101ff)\n",
        "\n  smDeliveryTimer: 60 (seconds)\n",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
}

#[test]
fn map_s13_3_sri_sm_res() {
    let (code, v) = json_of(&["--op", "45", "--kind", "res", SRI_SM_RES]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "map",
            "type": "RoutingInfoForSM-Res",
            "kind": "res",
            "operation": {"code": 45, "name": "sendRoutingInfoForSM"},
            "imsi": "001010123456789",
            "location_info_with_lmsi": {
                "network_node_number": map_address("44770090050"),
                "lmsi": "01020304",
                "gprs_node_indicator": true,
                "additional_number": {
                    "choice": "msc_number",
                    "value": map_address("447700900600")
                }
            },
            "ip_sm_gw_guidance": {
                "minimum_delivery_time_value": 30,
                "recommended_delivery_time_value": 60
            }
        })
    );
}

/// MO-ForwardSM-Arg (v3) and the same octets as a v2 ForwardSM-Arg: sm-RP-UI is an SMS-SUBMIT
/// travelling MS to SC (tpdu.md §13.1).
#[test]
fn map_mo_forward_sm_and_v2_forward_sm() {
    let hex = "3024 8407914477000900 00 8207914477000910 32 0410 312A0C914477000910320000A702C834";
    let (code, v) = json_of(&["--op", "46", "--kind", "arg", hex]);
    assert_eq!(code, 0);
    assert_eq!(v["type"], "MO-ForwardSM-Arg");
    assert_eq!(v["operation"], json!({"code": 46, "name": "mo-ForwardSM"}));
    assert_eq!(v["sm_rp_da"]["choice"], "service_centre_address_da");
    assert_eq!(v["sm_rp_da"]["value"]["digits"], "447700900000");
    assert_eq!(
        v["sm_rp_oa"],
        json!({"choice": "msisdn", "value": map_address("447700900123")})
    );
    let t = &v["sm_rp_ui"];
    assert_eq!(
        (&t["type"], &t["direction"], &t["text"]),
        (&json!("SMS-SUBMIT"), &json!("ms2sc"), &json!("Hi"))
    );
    let (code, v2) = json_of(&[
        "--op",
        "forwardSM",
        "--kind",
        "arg",
        "--map-version",
        "2",
        hex,
    ]);
    assert_eq!(code, 0);
    assert_eq!(v2["type"], "ForwardSM-Arg");
    assert_eq!(v2["operation"], json!({"code": 46, "name": "forwardSM"}));
    assert_eq!(v2["sm_rp_ui"], v["sm_rp_ui"]);
}

/// Results without a parameter, and a ReportSM-DeliveryStatusArg (map-sms.md §13.4).
#[test]
fn map_empty_result_and_report_sm_delivery_status() {
    let (code, v) = json_of(&["--op", "44", "--kind", "res", ""]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"layer": "map", "type": null, "kind": "res",
               "operation": {"code": 44, "name": "mt-ForwardSM"}})
    );
    let (code, v) = json_of(&[
        "--op",
        "47",
        "--kind",
        "arg",
        "301A 04079144770009 1032 04079144770009 0000 0A0101 80010C 8600",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["type"], "ReportSM-DeliveryStatusArg");
    assert_eq!(
        v["sm_delivery_outcome"],
        json!({"value": 1, "name": "absentSubscriber"})
    );
    assert_eq!(
        v["absent_subscriber_diagnostic_sm"],
        json!({"value": 12, "text": "no response via the IP-SM-GW"})
    );
    assert_eq!(v["ip_sm_gw_indicator"], true);
}

/// jss7-err-sm-delivery-failure — RestComm/jss7 map/map-impl/src/test/java/org/restcomm/
/// protocols/ss7/map/errors/MAPErrorMessageTest.java getDataSmDeliveryFailure:
/// sm-DeliveryFailure (32), cause invalidSME-Address (5), no diagnosticInfo. With --kind err,
/// --op is the error code.
#[test]
fn map_err_jss7_sm_delivery_failure() {
    let (code, v) = json_of(&["--op", "32", "--kind", "err", "30030a0105"]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "map",
            "type": "SM-DeliveryFailureCause",
            "kind": "err",
            "error_code": {"code": 32, "name": "sm-DeliveryFailure"},
            "sm_enumerated_delivery_failure_cause": {"value": 5, "name": "invalidSME-Address"}
        })
    );
    let (_, named) = json_of(&[
        "--op",
        "sm-DeliveryFailure",
        "--kind",
        "error",
        "30030a0105",
    ]);
    assert_eq!(named, v);
    // The v1 form: a bare ENUMERATED.
    let (code, v1) = json_of(&["--op", "32", "--kind", "err", "0a0105"]);
    assert_eq!(code, 0);
    assert_eq!(v1["type"], "SM-EnumeratedDeliveryFailureCause");
    assert_eq!(
        v1["sm_enumerated_delivery_failure_cause"],
        v["sm_enumerated_delivery_failure_cause"]
    );
    // With diagnosticInfo: the SMS-DELIVER-REPORT of the RP-ERROR (tpdu.md §13.6), MS to SC.
    let (code, d) = json_of(&["--op", "32", "--kind", "err", "3008 0A0100 040300D300"]);
    assert_eq!(code, 0);
    let r = &d["diagnostic_info"];
    assert_eq!(
        (&r["type"], &r["direction"], &r["report_form"], &r["tp_fcs"]),
        (
            &json!("SMS-DELIVER-REPORT"),
            &json!("ms2sc"),
            &json!("error"),
            &json!(0xD3)
        )
    );
    // jss7-err-absent-subscriber-sm (same test file, getDataAbsentSubscriberSM).
    let (code, a) = json_of(&["--op", "6", "--kind", "err", "3003020101"]);
    assert_eq!(code, 0);
    assert_eq!(a["type"], "AbsentSubscriberSM-Param");
    assert_eq!(
        a["absent_subscriber_diagnostic_sm"],
        json!({"value": 1, "text": "IMSI detached"})
    );
    // sm-DeliveryFailure's parameter is mandatory.
    let (code, e) = json_of(&["--op", "32", "--kind", "err", ""]);
    assert_eq!(code, 1);
    assert_eq!(e["layer"], "map");
    assert_eq!(e["field"], "SM-DeliveryFailureCause");
}

#[test]
fn map_errors_with_offsets() {
    // RoutingInfoForSM-Arg whose msisdn [0] is missing: sm-RP-PRI [1] at offset 2.
    let (code, v) = json_of(&["--op", "45", "--kind", "arg", "30 03 81 01 FF"]);
    assert_eq!(code, 1);
    assert_eq!(v["layer"], "map");
    assert_eq!(v["offset"], 2);
    assert_eq!(v["field"], "msisdn");
    assert_eq!(v["type"], "RoutingInfoForSM-Arg");
    assert_eq!(
        v["operation"],
        json!({"code": 45, "name": "sendRoutingInfoForSM"})
    );
    assert!(
        v["error"].as_str().unwrap().contains("unexpected tag"),
        "{v}"
    );

    // The §13.2 argument cut short inside the TPDU of sm-RP-UI (24 → 22 octets): the TPDU's
    // error, at its offset in the whole input, enclosed in the MAP parameter.
    let cut = "30 43 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00 \
               04 16 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B \
               30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF 02 01 3C";
    let (code, v) = json_of(&["--op", "44", "--kind", "arg", cut]);
    assert_eq!(code, 1);
    assert_eq!(
        v,
        json!({
            "layer": "tpdu",
            "error": "TPDU in sm-RP-UI at offset 23: TP-UD: truncated at offset 22, 2 more octet(s) needed",
            "offset": 45,
            "field": "TP-UD",
            "type": "SMS-DELIVER",
            "direction": "sc2ms",
            "direction_guessed": false,
            "enclosing": [{"layer": "map", "type": "MT-ForwardSM-Arg", "offset": 23}]
        })
    );

    // Truncated at the end: offset = input length.
    let (code, v) = json_of(&["--op", "45", "--kind", "res", &SRI_SM_RES[..60]]);
    assert_eq!(code, 1);
    assert_eq!(v["offset"], 20);
    assert!(v["error"].as_str().unwrap().contains("truncated"), "{v}");

    // Standard input: every line with the same --op/--kind.
    let o = smsip(
        &["decode", "--json", "--op", "45", "--kind", "arg", "-"],
        Some(&format!("{SRI_SM_ARG}\n30 03 81 01 FF\n")),
    );
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (&lines[0]["line"], &lines[0]["type"]),
        (&json!(1), &json!("RoutingInfoForSM-Arg"))
    );
    assert_eq!(
        (&lines[1]["line"], &lines[1]["offset"]),
        (&json!(2), &json!(2))
    );
}

/// The map layer is never detected: without --op and --kind it is a usage error.
#[test]
fn map_usage_errors() {
    for (args, needle) in [
        (
            &["decode", "--layer", "map", "3003020101"][..],
            "needs --op CODE and --kind",
        ),
        (
            &["decode", "--layer", "map", "--op", "45", "00"],
            "needs --kind",
        ),
        (&["decode", "--kind", "arg", "00"], "needs --op"),
        (
            &["decode", "--op", "99", "--kind", "arg", "00"],
            "operation code 99",
        ),
        (
            &["decode", "--op", "63", "--kind", "res", "00"],
            "has no result",
        ),
        (
            &["decode", "--op", "7", "--kind", "err", "00"],
            "no MAP error",
        ),
        (
            &["decode", "--op", "nonsense", "--kind", "arg", "00"],
            "bad --op",
        ),
        (
            &["decode", "--op", "45", "--kind", "invoke", "00"],
            "bad --kind",
        ),
        (
            &[
                "decode",
                "--op",
                "46",
                "--kind",
                "arg",
                "--map-version",
                "4",
                "00",
            ],
            "--map-version",
        ),
        (
            &[
                "decode", "--layer", "rp", "--op", "45", "--kind", "arg", "00",
            ],
            "map layer only",
        ),
        (
            &[
                "decode",
                "--op",
                "45",
                "--kind",
                "arg",
                "--direction",
                "mt",
                "00",
            ],
            "tpdu layer only",
        ),
    ] {
        let o = smsip(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.starts_with("smsip: ") && err.contains(needle) && err.contains("--help"),
            "{args:?}: {err}"
        );
    }
    // Auto-detection never picks map.
    let (_, v) = json_of(&["3003020101"]);
    assert_ne!(v["layer"], "map");
    let help = stdout(&smsip(&["--help"], None));
    for needle in [
        "--op CODE",
        "--kind KIND",
        "map     MAP parameter",
        "never detected",
    ] {
        assert!(help.contains(needle), "{needle} missing from --help");
    }
}

// ---- smsip encode --------------------------------------------------------------------------------

/// `smsip encode ARGS...`: the exit code and the lines printed.
fn encode_lines(args: &[&str]) -> (i32, Vec<String>) {
    let mut all = vec!["encode"];
    all.extend_from_slice(args);
    let o = smsip(&all, None);
    let lines = stdout(&o).lines().map(str::to_string).collect();
    (o.status.code().expect("exit code"), lines)
}

/// `smsip encode TYPE --json ARGS...`: the one object printed.
fn encode_json(args: &[&str]) -> Value {
    // The TPDU type comes first: `encode submit --json ...`.
    let mut all = args.to_vec();
    all.insert(1, "--json");
    let (code, lines) = encode_lines(&all);
    assert_eq!(code, 0, "{args:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    serde_json::from_str(&lines[0]).expect("valid JSON")
}

/// Decodes each hex TPDU with `smsip decode --json` in `direction`; returns the concatenated
/// texts after checking the concatenation IEs number the segments 1..n with one reference.
fn decode_segments(lines: &[String], direction: &str) -> (String, Vec<Value>) {
    let n = lines.len();
    let mut text = String::new();
    let mut decoded = Vec::new();
    let mut reference = None;
    for (i, hex) in lines.iter().enumerate() {
        let (code, v) = json_of(&["--direction", direction, hex]);
        assert_eq!(code, 0, "{hex}: {v}");
        text.push_str(v["text"].as_str().expect("text"));
        if n > 1 {
            let concat = v["udh"]
                .as_array()
                .unwrap()
                .iter()
                .find_map(|ie| ie.get("concat"))
                .expect("concatenation IE")
                .clone();
            assert_eq!(concat["total"], n, "{v}");
            assert_eq!(concat["seq"], i + 1, "{v}");
            let r = concat["reference"].clone();
            assert_eq!(reference.get_or_insert(r.clone()), &r);
        } else {
            assert_eq!(v["tp_udhi"], false);
        }
        decoded.push(v);
    }
    (text, decoded)
}

#[test]
fn encode_round_trip_turkish() {
    let text = "Yarın görüşürüz, şimdi çıkıyorum. İyi akşamlar! ".repeat(5);
    let (code, lines) = encode_lines(&[
        "submit",
        "--to",
        "+905321234567",
        "--languages",
        "tr",
        "--ref",
        "77",
        &text,
    ]);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let (back, decoded) = decode_segments(&lines, "ms2sc");
    assert_eq!(back, text);
    for (i, v) in decoded.iter().enumerate() {
        assert_eq!(v["type"], "SMS-SUBMIT");
        assert_eq!(v["tp_mr"], i);
        assert_eq!(v["tp_da"]["digits"], "905321234567");
        assert_eq!(v["tp_dcs"]["alphabet"], "gsm7");
        let udh = v["udh"].as_array().unwrap();
        assert_eq!(udh[0]["concat"]["reference"], 77);
        assert!(
            udh.iter().any(|ie| ie["national_locking_shift"] == 1),
            "Turkish locking shift IE: {v}"
        );
    }
    let j = encode_json(&[
        "submit",
        "--to",
        "+905321234567",
        "--languages",
        "tr",
        &text,
    ]);
    assert_eq!(
        j["encoding"],
        json!({"alphabet": "gsm7", "locking_shift": 1, "locking_shift_language": "Turkish",
               "single_shift": 0})
    );
    // Without Turkish tables the same text needs UCS2: 'ı' (index 3) forces it.
    let j = encode_json(&["submit", "--to", "+905321234567", &text]);
    assert_eq!(
        j["encoding"],
        json!({"alphabet": "ucs2", "forced_by": {"char": "ı", "index": 3}})
    );
}

#[test]
fn encode_round_trip_ucs2_emoji() {
    let text = "Grüße aus Köln 😀 ".repeat(5); // 90 UTF-16 units
    let args = [
        "deliver",
        "--from",
        "Info",
        "--scts",
        "2024-12-31T23:59:58-05:00",
        "--ref16",
        "--ref",
        "4660",
        text.as_str(),
    ];
    let (code, lines) = encode_lines(&args);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let (back, decoded) = decode_segments(&lines, "sc2ms");
    assert_eq!(back, text);
    for (i, v) in decoded.iter().enumerate() {
        assert_eq!(v["type"], "SMS-DELIVER");
        assert_eq!(v["tp_oa"]["text"], "Info");
        assert_eq!(v["tp_scts"], "2024-12-31T23:59:58-05:00");
        assert_eq!(v["tp_dcs"]["alphabet"], "ucs2");
        assert_eq!(v["udh"][0]["concat"]["wide"], true);
        assert_eq!(v["udh"][0]["concat"]["reference"], 0x1234);
        // TP-MMS: more messages (the rest of this one) wait until the last segment.
        assert_eq!(v["tp_mms"], i == 1);
    }
    let j = encode_json(&args);
    assert_eq!(j["type"], "SMS-DELIVER");
    assert_eq!(
        j["encoding"],
        json!({"alphabet": "ucs2", "forced_by": {"char": "😀", "index": 15}})
    );
    assert_eq!(j["units"], 90);
    assert_eq!(j["reference"], json!({"value": 4660, "wide": true}));
    let segs = j["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 2);
    for (i, s) in segs.iter().enumerate() {
        assert_eq!(s["segment"], i + 1);
        assert_eq!(s["hex"], lines[i]);
        assert_eq!(s["text"], decoded[i]["text"]);
    }
    // Asked for UCS2: no forcing character.
    let j = encode_json(&["submit", "--to", "123", "--alphabet", "ucs2", "abc"]);
    assert_eq!(j["encoding"], json!({"alphabet": "ucs2"}));
}

#[test]
fn encode_round_trip_gsm7_400_chars() {
    let text: String = "The quick brown fox jumps over the lazy dog 0123456789 {€} "
        .chars()
        .cycle()
        .take(400)
        .collect();
    let (code, lines) = encode_lines(&["submit", "--to", "+447700900123", "--mr", "254", &text]);
    assert_eq!(code, 0);
    // 400 characters, 3 in every 59 escaped ({, €, }): more than 2 × 153 septets.
    assert_eq!(lines.len(), 3, "{lines:?}");
    let (back, decoded) = decode_segments(&lines, "ms2sc");
    assert_eq!(back, text);
    let mrs: Vec<&Value> = decoded.iter().map(|v| &v["tp_mr"]).collect();
    assert_eq!(mrs, [&json!(254), &json!(255), &json!(0)]);
    assert!(decoded.iter().all(|v| v["tp_dcs"]["alphabet"] == "gsm7"));
}

/// 160 GSM 7-bit characters fit one TPDU; 161 need two (153 + 8).
#[test]
fn encode_segment_counts() {
    for (n, segments) in [(160, 1), (161, 2), (306, 2), (307, 3)] {
        let text = "x".repeat(n);
        let (code, lines) = encode_lines(&["submit", "--to", "+447700900123", &text]);
        assert_eq!((code, lines.len()), (0, segments), "{n} characters");
        let (back, _) = decode_segments(&lines, "ms2sc");
        assert_eq!(back, text);
    }
    // UCS2: 70 characters, then 67 per segment.
    for (n, segments) in [(70, 1), (71, 2)] {
        let text = "ж".repeat(n);
        let j = encode_json(&["submit", "--to", "1", &text]);
        assert_eq!(j["segments"].as_array().unwrap().len(), segments, "{n}");
    }
    // 8-bit data: 140 octets, then 134 per segment.
    let data = "ab".repeat(141);
    let j = encode_json(&["submit", "--to", "1", "--alphabet", "8bit", &data]);
    assert_eq!(j["encoding"], json!({"alphabet": "8bit"}));
    let segs = j["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 2);
    let back: String = segs.iter().map(|s| s["data"].as_str().unwrap()).collect();
    assert_eq!(back, data);
}

#[test]
fn encode_outputs() {
    // The SMS-SUBMIT of smsip-tpdu's SubmitBuilder example, and tpdu.md §13.4's SMS-DELIVER.
    let (code, lines) = encode_lines(&["submit", "--to", "+447700900123", "Hi"]);
    assert_eq!(
        (code, lines),
        (0, vec!["01000c91447700091032000002c834".to_string()])
    );
    let (code, lines) = encode_lines(&[
        "deliver",
        "--from",
        "+447700900456",
        "--scts",
        "2024-03-15T14:30:00+01:00",
        "Hello",
    ]);
    assert_eq!(
        (code, lines),
        (
            0,
            vec!["040c9144770009406500004230514103004005c8329bfd06".to_string()]
        )
    );
    // Unknown type of number without '+'; the default TP-SCTS.
    let (_, lines) = encode_lines(&["deliver", "--from", "12345", "x"]);
    let (_, v) = json_of(&["--direction", "sc2ms", &lines[0]]);
    assert_eq!(
        (&v["tp_oa"]["ton"], &v["tp_oa"]["digits"]),
        (&json!(0), &json!("12345"))
    );
    assert_eq!(v["tp_scts"], "2000-01-01T00:00:00+00:00");
    // TEXT words are joined with spaces; '-' reads standard input (one final newline dropped).
    let (_, a) = encode_lines(&["submit", "--to", "1", "Hello", "world"]);
    let o = smsip(
        &["encode", "submit", "--to", "1", "-"],
        Some("Hello world\n"),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().collect::<Vec<_>>(), a);
    // A text GSM 7-bit cannot carry when asked for gsm7: exit 1, message on stderr.
    let o = smsip(
        &["encode", "submit", "--to", "1", "--alphabet", "gsm7", "ı"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("smsip: cannot encode"));
}

#[test]
fn encode_usage_errors() {
    for (args, needle) in [
        (&["encode"][..], "submit"),
        (&["encode", "status"], "submit or deliver"),
        (&["encode", "submit", "Hi"], "--to"),
        (
            &["encode", "submit", "--to", "+44", "--from", "+45", "Hi"],
            "SMS-SUBMIT has no originator",
        ),
        (&["encode", "submit", "--to", "Info", "Hi"], "bad --to"),
        (
            &["encode", "submit", "--to", "+44", "--scts", "now", "Hi"],
            "--scts",
        ),
        (&["encode", "deliver", "Hi"], "--from"),
        (
            &["encode", "deliver", "--from", "x", "--to", "+44", "Hi"],
            "--to",
        ),
        (
            &[
                "encode",
                "deliver",
                "--from",
                "A sender name too long",
                "Hi",
            ],
            "bad --from",
        ),
        (
            &[
                "encode",
                "deliver",
                "--from",
                "x",
                "--scts",
                "2024-13-01T00:00:00Z",
                "Hi",
            ],
            "--scts",
        ),
        (
            &[
                "encode",
                "deliver",
                "--from",
                "x",
                "--scts",
                "1999-12-31T00:00:00Z",
                "Hi",
            ],
            "2000..2099",
        ),
        (
            &["encode", "submit", "--to", "1", "--ref", "256", "Hi"],
            "--ref",
        ),
        (
            &[
                "encode", "submit", "--to", "1", "--ref16", "--ref", "65536", "Hi",
            ],
            "--ref",
        ),
        (
            &[
                "encode",
                "submit",
                "--to",
                "1",
                "--languages",
                "tr,xx",
                "Hi",
            ],
            "--languages",
        ),
        (
            &["encode", "submit", "--to", "1", "--alphabet", "utf8", "Hi"],
            "--alphabet",
        ),
        (
            &["encode", "submit", "--to", "1", "--alphabet", "8bit", "Hi"],
            "hex",
        ),
        (&["encode", "submit", "--to", "1"], "missing TEXT"),
        (
            &["encode", "submit", "--to", "1", "--bogus", "Hi"],
            "unknown option",
        ),
    ] {
        let o = smsip(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.starts_with("smsip: ") && err.contains(needle) && err.contains("--help"),
            "{args:?}: {err}"
        );
    }
    let help = stdout(&smsip(&["encode", "--help"], None));
    for needle in [
        "smsip encode submit --to NUMBER",
        "--from ADDRESS",
        "deliver only",
        "--ref16",
    ] {
        assert!(help.contains(needle), "{needle} missing from --help");
    }
}

// ---- The tcap layer (Q.773 messages of MAP dialogues) -----------------------------------------

/// tcap.md §7: TC-BEGIN with sendRoutingInfoForSM in shortMsgGatewayContext-v3.
const TCAP_S7_BEGIN: &str = "62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 \
                             A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 \
                             6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44 77 00 09 10 32 \
                             81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 \
                             89 08 0C 91 44 77 00 09 40 65 8B 00";

#[test]
fn tcap_s7_begin_sri_sm() {
    let (code, v) = json_of(&["--layer", "tcap", TCAP_S7_BEGIN]);
    assert_eq!(code, 0);
    assert_eq!(v["layer"], "tcap");
    assert_eq!(v["type"], "TC-BEGIN");
    assert_eq!(v["otid"], "00000001");
    assert!(v.get("dtid").is_none());
    assert_eq!(
        v["dialogue"],
        json!({
            "pdu": "AARQ",
            "protocol_version": "version1",
            "application_context_name": "0.4.0.0.1.0.20.3",
            "application_context": {"name": "shortMsgGatewayContext", "version": 3}
        })
    );
    let comps = v["components"].as_array().expect("components");
    assert_eq!(comps.len(), 1);
    let c = &comps[0];
    assert_eq!(c["component"], "invoke");
    assert_eq!(c["invoke_id"], 1);
    assert!(c.get("linked_id").is_none());
    assert_eq!(
        c["opcode"],
        json!({"code": 45, "name": "sendRoutingInfoForSM"})
    );
    // The typed argument, exactly as the map layer shows the parameter alone.
    let (_, alone) = json_of(&["--op", "45", "--kind", "arg", SRI_SM_ARG]);
    assert_eq!(c["map"], alone);
    assert_eq!(c["map"]["type"], "RoutingInfoForSM-Arg");
    assert_eq!(c["map"]["msisdn"], map_address("447700900123"));
    assert_eq!(
        c["map"]["service_centre_address"],
        map_address("447700900000")
    );
    assert_eq!(c["map"]["sm_rp_pri"], true);
    assert!(c.get("parameter").is_none() && c.get("map_error").is_none());
    // Detected without --layer, and nothing else reads it.
    let (code, auto) = json_of(&[TCAP_S7_BEGIN]);
    assert_eq!(code, 0);
    assert_eq!(auto, v);
}

#[test]
fn tcap_text_tree() {
    let o = smsip(&["decode", TCAP_S7_BEGIN], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for needle in [
        "TC-BEGIN (shortMsgGatewayContext-v3)\n  otid: 00000001\n",
        "    application-context-name: 0.4.0.0.1.0.20.3 (shortMsgGatewayContext-v3)\n",
        "    invoke (invoke ID 1)\n      invokeID: 1\n      opCode: 45 (sendRoutingInfoForSM)\n",
        "      RoutingInfoForSM-Arg (argument of sendRoutingInfoForSM, opcode 45)\n",
        "        msisdn: +447700900123 (international number, ISDN/E.164)\n",
    ] {
        assert!(out.contains(needle), "{needle:?} missing from:\n{out}");
    }
}

/// public.json `pycrate-pcapr-sri-sm-begin-v2`.
#[test]
fn vector_pycrate_pcapr_sri_sm_begin_v2() {
    let (code, v) = json_of(&[
        "62474804000000016b1e281c060700118605010101a011600f80020780a1090607040000010014026c1fa11d\
         0201ff02012d30158007911497427533f38101008207911497797908f0",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        (&v["layer"], &v["type"]),
        (&json!("tcap"), &json!("TC-BEGIN"))
    );
    assert_eq!(v["otid"], "00000001");
    assert_eq!(v["dialogue"]["pdu"], "AARQ");
    assert_eq!(
        v["dialogue"]["application_context_name"],
        "0.4.0.0.1.0.20.2"
    );
    assert_eq!(
        v["dialogue"]["application_context"],
        json!({"name": "shortMsgGatewayContext", "version": 2})
    );
    let c = &v["components"][0];
    assert_eq!(c["component"], "invoke");
    assert_eq!(c["invoke_id"], -1);
    assert_eq!(c["opcode"]["code"], 45);
    let m = &c["map"];
    assert_eq!(m["type"], "RoutingInfoForSM-Arg");
    assert_eq!(m["msisdn"]["nature"], 1);
    assert_eq!(m["msisdn"]["plan"], 1);
    assert_eq!(m["msisdn"]["digits"], "41792457333");
    assert_eq!(m["sm_rp_pri"], false);
    assert_eq!(m["service_centre_address"]["digits"], "41799797800");
}

/// public.json `pycrate-pcapr-sri-sm-end-indefinite`: an indefinite-length component portion.
#[test]
fn vector_pycrate_pcapr_sri_sm_end_indefinite() {
    let (code, v) = json_of(&[
        "--layer",
        "tcap",
        "64574904000000016b2a2828060700118605010101a01d611b80020780a109060704000001001402a2030201\
         00a305a1030201006c80a21f0201ff301a02012d3015040822082121109058f6a0098107911497947400f00000",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["type"], "TC-END");
    assert_eq!(v["dtid"], "00000001");
    assert!(v.get("otid").is_none());
    let d = &v["dialogue"];
    assert_eq!(d["pdu"], "AARE");
    assert_eq!(d["application_context_name"], "0.4.0.0.1.0.20.2");
    assert_eq!(d["result"], json!({"value": 0, "name": "accepted"}));
    assert_eq!(
        d["diagnostic"],
        json!({"source": "dialogue-service-user", "value": 0, "name": "null"})
    );
    let c = &v["components"][0];
    assert_eq!(c["component"], "return_result_last");
    assert_eq!(c["invoke_id"], -1);
    assert_eq!(c["opcode"]["code"], 45);
    assert_eq!(c["map"]["type"], "RoutingInfoForSM-Res");
    assert_eq!(c["map"]["imsi"], "228012120109856");
    let nn = &c["map"]["location_info_with_lmsi"]["network_node_number"];
    assert_eq!((&nn["nature"], &nn["plan"]), (&json!(1), &json!(1)));
    assert_eq!(nn["digits"], "41794947000");
}

/// public.json `jss7-tcap-begin-dialogue-only`: an empty Begin with a non-MAP context.
#[test]
fn vector_jss7_tcap_begin_dialogue_only() {
    let (code, v) = json_of(&[
        "6226480408a500016b1e281c060700118605010101a011600f80020780a109060704000101010300",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "layer": "tcap",
            "type": "TC-BEGIN",
            "otid": "08a50001",
            "dialogue": {
                "pdu": "AARQ",
                "protocol_version": "version1",
                "application_context_name": "0.4.0.1.1.1.3.0"
            }
        })
    );
}

/// tcap.md §8: End with a ReturnError, Continue and End with Rejects, a P-Abort.
#[test]
fn tcap_s8_errors_rejects_abort() {
    let (_, v) = json_of(&[
        "64 41 49 04 00 00 00 01 6B 2A 28 28 06 07 00 11 86 05 01 01 01 A0 1D 61 1B 80 02 07 80 \
         A1 09 06 07 04 00 00 01 00 14 03 A2 03 02 01 00 A3 05 A1 03 02 01 00 6C 0D A3 0B 02 01 01 \
         02 01 06 30 03 02 01 01",
    ]);
    let c = &v["components"][0];
    assert_eq!(c["component"], "return_error");
    assert_eq!(
        c["error_code"],
        json!({"code": 6, "name": "absentSubscriberSM"})
    );
    assert_eq!(c["map"]["type"], "AbsentSubscriberSM-Param");
    assert_eq!(c["map"]["absent_subscriber_diagnostic_sm"]["value"], 1);

    let (_, v) = json_of(&["65 14 48 02 0A 0B 49 04 00 00 00 01 6C 08 A4 06 02 01 01 81 01 02"]);
    assert_eq!(v["type"], "TC-CONTINUE");
    assert_eq!(
        (&v["otid"], &v["dtid"]),
        (&json!("0a0b"), &json!("00000001"))
    );
    assert_eq!(
        v["components"][0],
        json!({"component": "reject", "invoke_id": 1, "problem": {
            "type": "invoke", "code": 2, "name": "mistypedParameter (mistypedArgument)"}})
    );
    let (_, v) = json_of(&["64 0F 49 04 00 00 00 01 6C 07 A4 05 05 00 80 01 02"]);
    assert_eq!(v["components"][0]["invoke_id"], Value::Null);
    assert_eq!(v["components"][0]["problem"]["type"], "general");

    let (_, v) = json_of(&["67 09 49 04 00 00 00 01 4A 01 01"]);
    assert_eq!(v["type"], "TC-ABORT");
    assert_eq!(
        v["p_abort_cause"],
        json!({"value": 1, "name": "unrecognizedTransactionID"})
    );
}

/// tcap.md §8 TC-BEGIN with mt-ForwardSM: the TPDU in sm-RP-UI comes with the MAP value; a
/// parameter MAP cannot type gives `parameter` and `map_error`.
#[test]
fn tcap_mt_forward_sm_and_map_errors() {
    let begin =
        "62 77 48 04 00 00 00 02 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 \
                 80 A1 09 06 07 04 00 00 01 00 19 03 6C 4F A1 4D 02 01 01 02 01 2C";
    let (code, v) = json_of(&[&format!("{begin} {MT_FSM_ARG}")]);
    assert_eq!(code, 0);
    let m = &v["components"][0]["map"];
    assert_eq!(m["type"], "MT-ForwardSM-Arg");
    assert_eq!(m["sm_rp_ui"]["type"], "SMS-DELIVER");
    assert_eq!(m["sm_rp_ui"]["text"], "Hello");
    let (_, alone) = json_of(&["--op", "44", "--kind", "arg", MT_FSM_ARG]);
    assert_eq!(*m, alone);

    // mt-ForwardSM with an empty SEQUENCE: sm-RP-DA missing (smsip-map's reject_for example).
    let (code, v) =
        json_of(&["65 16 48 02 0A 0B 49 04 00 00 00 01 6C 0A A1 08 02 01 05 02 01 2C 30 00"]);
    assert_eq!(code, 0);
    let c = &v["components"][0];
    assert_eq!(c["opcode"]["code"], 44);
    assert!(c.get("map").is_none());
    assert_eq!(c["parameter"], "3000");
    let e = &c["map_error"];
    assert_eq!(
        (&e["layer"], &e["field"]),
        (&json!("map"), &json!("sm-RP-DA"))
    );
    assert_eq!(e["offset"], 24);
    assert_eq!(
        e["enclosing"][0],
        json!({"layer": "tcap", "type": "invoke", "offset": 22})
    );
}

/// A TC-BEGIN cut short: the error, its offset and field, with and without --layer.
#[test]
fn tcap_truncated() {
    let cut = &TCAP_S7_BEGIN[..TCAP_S7_BEGIN.find("81 01 FF").expect("in the message")];
    let (code, v) = json_of(&["--layer", "tcap", cut]);
    assert_eq!(code, 1);
    let n = octets(cut);
    assert_eq!(v["layer"], "tcap");
    assert_eq!(v["offset"], n);
    assert_eq!(v["type"], "TC-BEGIN");
    assert_eq!(v["portion"], "transaction");
    assert!(v["error"].as_str().unwrap().contains("truncated"), "{v}");
    // Detection: TCAP got furthest.
    let (code, v) = json_of(&[cut]);
    assert_eq!(code, 1);
    assert_eq!(
        (&v["layer"], &v["layer_guessed"]),
        (&json!("tcap"), &json!(true))
    );
    assert_eq!(v["offset"], n);
    // A component that does not decode (its invokeID cut short inside a well-framed
    // component portion) fails the whole message, at the component.
    let (code, v) = json_of(&[
        "--layer",
        "tcap",
        "64 0C 49 04 00 00 00 01 6C 04 A1 02 02 05",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        (&v["layer"], &v["type"]),
        (&json!("tcap"), &json!("TC-END"))
    );
    assert_eq!(
        (&v["portion"], &v["field"]),
        (&json!("component"), &json!("invoke"))
    );
    assert_eq!(v["offset"], 14);
}

/// Octets in a hex string with spaces.
fn octets(hex: &str) -> usize {
    hex.chars().filter(char::is_ascii_hexdigit).count() / 2
}

#[test]
fn tcap_detection_and_usage() {
    // An RP message stays an RP message; a TCAP tag that does not decode falls back.
    let (_, v) = json_of(&["04000101"]);
    assert_eq!(v["layer"], "rp");
    let (_, v) = json_of(&["--layer", "tcap", "04000101"]);
    assert_eq!(v["layer"], "tcap");
    assert!(v.get("error").is_some());
    // The map options are for the map layer only.
    let o = smsip(
        &[
            "decode",
            "--layer",
            "tcap",
            "--op",
            "45",
            "--kind",
            "arg",
            TCAP_S7_BEGIN,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

// ---- MAP dialogue PDUs in the dialogue portion's user information -----------------------------

/// smsip-map's tests/dialogue_pdu.rs `BEGIN_OPEN`: TC-BEGIN, shortMsgMT-RelayContext-v3, AARQ
/// with MAP-OPEN (destinationReference IMSI 001010123456789 as an AddressString `96 ...`,
/// originationReference +447700900000) and mt-ForwardSM with an LMSI in sm-RP-DA.
const BEGIN_MAP_OPEN: &str = "6281 80 4804 00000001 \
     6B43 2841 0607 00118605010101 A036 \
       6034 80020780 A109 0607 04000001001903 \
         BE23 2821 0607 04000001010101 A016 \
           A014 8009 9600010121436587F9 8107 91447700090000 \
     6C33 A131 020101 02012C \
       3029 8104 01020304 8407 91447700090000 \
         0418 040C9144770009406500004230514103004005C8329BFD06";

/// smsip-map's `ABORT_REFUSE`: TC-ABORT, AARE reject-permanent carrying MAP-REFUSE
/// (invalidDestinationReference, alternativeApplicationContext shortMsgMT-RelayContext-v2).
const ABORT_MAP_REFUSE: &str = "674F 4904 00000001 6B47 2845 0607 00118605010101 A03A \
     6138 80020780 A109 0607 04000001001903 A203 020101 A305 A103 020101 \
       BE1B 2819 0607 04000001010101 A00E A30C 0A0101 0607 04000001001902";

/// A BER element of `tag` around `content` (hex, spaces allowed; shorter than 128 octets).
fn tlv(tag: &str, content: &str) -> String {
    let n = octets(content);
    assert!(n < 128, "{content}");
    format!("{tag} {n:02X} {content}")
}

/// The EXTERNAL (direct-reference map-DialogueAS, single-ASN1-type) around a MAP dialogue PDU.
fn map_external(pdu: &str) -> String {
    tlv(
        "28",
        &format!("06 07 04 00 00 01 01 01 01 {}", tlv("A0", pdu)),
    )
}

/// A TC-ABORT (dtid 00000001) whose ABRT (abort-source `source`) carries `user_information`.
fn abort_with(source: u8, user_information: &str) -> String {
    let abrt = tlv(
        "64",
        &format!("80 01 {source:02X} {}", tlv("BE", user_information)),
    );
    let external = tlv(
        "28",
        &format!("06 07 00 11 86 05 01 01 01 {}", tlv("A0", &abrt)),
    );
    tlv("67", &format!("49 04 00 00 00 01 {}", tlv("6B", &external)))
}

/// A TC-BEGIN (otid 00000001) whose AARQ (shortMsgMT-RelayContext-v3) carries
/// `user_information`, without components.
fn begin_with(user_information: &str) -> String {
    let aarq = tlv(
        "60",
        &format!(
            "80 02 07 80 A1 09 06 07 04 00 00 01 00 19 03 {}",
            tlv("BE", user_information)
        ),
    );
    let external = tlv(
        "28",
        &format!("06 07 00 11 86 05 01 01 01 {}", tlv("A0", &aarq)),
    );
    tlv("62", &format!("48 04 00 00 00 01 {}", tlv("6B", &external)))
}

/// `--layer tcap` and detection give the same JSON, with exit status 0.
fn tcap_json(hex: &str) -> Value {
    let (code, v) = json_of(&["--layer", "tcap", hex]);
    assert_eq!(code, 0, "{v}");
    let (code, auto) = json_of(&[hex]);
    assert_eq!(code, 0);
    assert_eq!(auto, v);
    v
}

fn text_of(hex: &str) -> String {
    let o = smsip(&["decode", hex], None);
    assert_eq!(o.status.code(), Some(0));
    stdout(&o)
}

fn assert_lines(out: &str, needles: &[&str]) {
    for needle in needles {
        assert!(out.contains(needle), "{needle:?} missing from:\n{out}");
    }
}

#[test]
fn tcap_map_open_in_aarq() {
    let v = tcap_json(BEGIN_MAP_OPEN);
    let d = &v["dialogue"];
    assert_eq!(d["pdu"], "AARQ");
    // The raw elements stay, the typed PDU comes after them.
    assert_eq!(
        d["user_information"],
        json!(["2821060704000001010101a016a01480099600010121436587f9810791447700090000"])
    );
    let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    assert_eq!(keys.last().map(|k| k.as_str()), Some("map_dialogue"));
    assert_eq!(
        d["map_dialogue"],
        json!({
            "pdu": "map-open",
            "destination_reference": {
                "nature": 1,
                "nature_name": "international number",
                "plan": 6,
                "plan_name": "land mobile numbering plan (ITU-T Rec E.212)",
                "digits": "001010123456789",
                "imsi": "001010123456789"
            },
            "origination_reference": map_address("447700900000")
        })
    );
    // The component is unchanged.
    let m = &v["components"][0]["map"];
    assert_eq!(m["type"], "MT-ForwardSM-Arg");
    assert_eq!(
        m["sm_rp_da"],
        json!({"choice": "lmsi", "value": "01020304"})
    );
    assert_eq!(m["sm_rp_ui"]["text"], "Hello");

    let out = text_of(BEGIN_MAP_OPEN);
    assert_lines(
        &out,
        &[
            "    user-information\n      element: 2821060704000001010101a016a01480099600010121436587f9810791447700090000 (tag EXTERNAL)\n",
            "    MAP-DialoguePDU (map-open, MAP-OpenInfo)\n",
            "      destinationReference: +001010123456789 (international number, land mobile/E.212, IMSI 001010123456789)\n",
            "      originationReference: +447700900000 (international number, ISDN/E.164)\n",
            "  componentPortion (1 component)\n",
        ],
    );
}

#[test]
fn tcap_map_open_extension_container_and_unknown_member() {
    // smsip-map's OPEN_EXT: no originationReference, a private extension, an unknown [32].
    let pdu = "A024 8009 96000101214365 87F9 \
               3013 A011 300F 060A 2B0601040181FD590101 0101FF 9F2001AA";
    let v = tcap_json(&begin_with(&map_external(pdu)));
    let m = &v["dialogue"]["map_dialogue"];
    assert_eq!(m["pdu"], "map-open");
    assert_eq!(m["destination_reference"]["imsi"], "001010123456789");
    assert!(m.get("origination_reference").is_none());
    assert_eq!(
        m["extension_container"],
        json!({"private_extensions": [{"ext_id": "1.3.6.1.4.1.32473.1.1", "ext_type": "0101ff"}]})
    );
    assert_eq!(m["unknown_members"], json!(["9f2001aa"]));
    // An E.164 destination reference has no `imsi`.
    let v = tcap_json(&begin_with(&map_external("A009 8007 91447700090000")));
    let m = &v["dialogue"]["map_dialogue"];
    assert_eq!(m["destination_reference"], map_address("447700900000"));
}

#[test]
fn tcap_map_refuse_in_aare() {
    let v = tcap_json(ABORT_MAP_REFUSE);
    assert_eq!(v["type"], "TC-ABORT");
    let d = &v["dialogue"];
    assert_eq!(d["pdu"], "AARE");
    assert_eq!(d["result"], json!({"value": 1, "name": "reject-permanent"}));
    assert_eq!(
        d["user_information"],
        json!(["2819060704000001010101a00ea30c0a0101060704000001001902"])
    );
    assert_eq!(
        d["map_dialogue"],
        json!({
            "pdu": "map-refuse",
            "reason": {"value": 1, "name": "invalidDestinationReference"},
            "alternative_application_context": {
                "oid": "0.4.0.0.1.0.25.2",
                "name": "shortMsgMT-RelayContext",
                "version": 2
            }
        })
    );
    assert_lines(
        &text_of(ABORT_MAP_REFUSE),
        &[
            "    MAP-DialoguePDU (map-refuse, MAP-RefuseInfo)\n      reason: 1 (invalidDestinationReference)\n",
            "      alternativeApplicationContext: 0.4.0.0.1.0.25.2 (shortMsgMT-RelayContext-v2)\n",
        ],
    );
    // A reason this decoder does not name, no alternative context.
    let v = tcap_json(&abort_with(0, &map_external("A303 0A0107")));
    assert_eq!(
        v["dialogue"]["map_dialogue"],
        json!({"pdu": "map-refuse", "reason": {"value": 7}})
    );
}

#[test]
fn tcap_map_user_and_provider_abort_in_abrt() {
    let user = abort_with(0, &map_external("A403 820101"));
    // The vector of smsip-map's ABORT_USER.
    assert_eq!(
        octets(&user),
        octets(
            "672E 4904 00000001 6B26 2824 0607 00118605010101 A019 \
             6417 800100 BE12 2810 0607 04000001010101 A005 A403 820101"
        )
    );
    let v = tcap_json(&user);
    let d = &v["dialogue"];
    assert_eq!(d["pdu"], "ABRT");
    assert_eq!(
        d["abort_source"],
        json!({"value": 0, "name": "dialogue-service-user"})
    );
    assert_eq!(
        d["map_dialogue"],
        json!({
            "pdu": "map-userAbort",
            "map_user_abort_choice": {
                "choice": "resource_unavailable",
                "value": {"value": 1, "name": "longTermResourceLimitation"}
            }
        })
    );
    assert_lines(
        &text_of(&user),
        &[
            "TC-ABORT (no application context)\n",
            "    MAP-DialoguePDU (map-userAbort, MAP-UserAbortInfo)\n      map-UserAbortChoice: resourceUnavailable 1 (longTermResourceLimitation)\n",
        ],
    );
    for (pdu, choice) in [
        (
            "A402 8000",
            json!({"choice": "user_specific_reason", "value": null}),
        ),
        (
            "A402 8100",
            json!({"choice": "user_resource_limitation", "value": null}),
        ),
        (
            "A405 830105 3000",
            json!({"choice": "application_procedure_cancellation",
                   "value": {"value": 5, "name": "tandemDialogueRelease"}}),
        ),
    ] {
        let v = tcap_json(&abort_with(0, &map_external(pdu)));
        let m = &v["dialogue"]["map_dialogue"];
        assert_eq!(m["pdu"], "map-userAbort");
        assert_eq!(m["map_user_abort_choice"], choice, "{pdu}");
    }
    let v = tcap_json(&abort_with(0, &map_external("A405 830105 3000")));
    assert_eq!(
        v["dialogue"]["map_dialogue"]["extension_container"],
        json!({"private_extensions": []})
    );

    // MAP-P-ABORT (smsip-map's ABORT_PROVIDER).
    let provider = abort_with(1, &map_external("A503 0A0101"));
    let v = tcap_json(&provider);
    assert_eq!(
        v["dialogue"]["map_dialogue"],
        json!({
            "pdu": "map-providerAbort",
            "map_provider_abort_reason": {"value": 1, "name": "invalidPDU"}
        })
    );
    assert_lines(
        &text_of(&provider),
        &["    MAP-DialoguePDU (map-providerAbort, MAP-ProviderAbortInfo)\n      map-ProviderAbortReason: 1 (invalidPDU)\n"],
    );
}

#[test]
fn tcap_map_accept_and_close() {
    // smsip-map's END_ACCEPT and END_CLOSE.
    let v = tcap_json(
        "6443 4904 00000001 6B3B 2839 0607 00118605010101 A02E \
         612C 80020780 A109 0607 04000001001903 A203 020100 A305 A103 020100 \
           BE0F 280D 0607 04000001010101 A002 A100",
    );
    assert_eq!(v["dialogue"]["map_dialogue"], json!({"pdu": "map-accept"}));
    let v = tcap_json(
        "6458 4904 00000001 6B50 284E 0607 00118605010101 A043 \
         6141 80020780 A109 0607 04000001001903 A203 020100 A305 A103 020100 \
           BE24 2822 0607 04000001010101 A017 \
             A215 3013 A011 300F 060A 2B0601040181FD590101 0101FF",
    );
    assert_eq!(
        v["dialogue"]["map_dialogue"],
        json!({"pdu": "map-close", "extension_container": {
            "private_extensions": [{"ext_id": "1.3.6.1.4.1.32473.1.1", "ext_type": "0101ff"}]}})
    );
}

/// A map-DialogueAS EXTERNAL that does not decode: the message still decodes (exit status 0)
/// and `map_dialogue` is the error, with its offset in the input.
#[test]
fn tcap_broken_map_dialogue_is_an_error_inside() {
    // (PDU, offset of the fault, field). The PDU starts at offset 43 of the TC-ABORT.
    let cases = [
        // [4] is no alternative of MAP-UserAbortChoice.
        ("A403 840101", 45, "map-UserAbortChoice"),
        // resourceUnavailable's length says 2, one octet follows: truncated at the end of the
        // input (48 octets).
        ("A403 820201", 48, "map-userAbort"),
        // MAP-RefuseInfo without its mandatory reason: missing at the end of its contents.
        ("A300", 45, "reason"),
        // [6] is no alternative of MAP-DialoguePDU.
        ("A600", 43, "MAP-DialoguePDU"),
    ];
    for (pdu, offset, field) in cases {
        let hex = abort_with(0, &map_external(pdu));
        let v = tcap_json(&hex);
        let d = &v["dialogue"];
        assert_eq!(d["pdu"], "ABRT", "{pdu}");
        assert_eq!(d["user_information"].as_array().map(Vec::len), Some(1));
        let e = &d["map_dialogue"];
        assert_eq!(e["layer"], "map", "{pdu}: {e}");
        assert_eq!(e["offset"], offset, "{pdu}: {e}");
        assert_eq!(e["type"], "MAP-DialoguePDU");
        assert!(e["error"].as_str().is_some_and(|m| !m.is_empty()), "{e}");
        assert_eq!(e["field"], field, "{pdu}: {e}");
        assert!(e.get("pdu").is_none());
        let out = text_of(&hex);
        assert_lines(
            &out,
            &[
                "    MAP-DialoguePDU error: ",
                &format!("      layer: map\n      offset: {offset}\n"),
            ],
        );
    }
    // A TC-BEGIN whose MAP-OPEN tag A0 is made A6 (no alternative): its component is still
    // decoded.
    let broken = BEGIN_MAP_OPEN.replace("A014 8009", "A614 8009");
    let open_at = octets(&BEGIN_MAP_OPEN[..BEGIN_MAP_OPEN.find("A014 8009").expect("MAP-OPEN")]);
    let v = tcap_json(&broken);
    let e = &v["dialogue"]["map_dialogue"];
    assert_eq!(
        (&e["layer"], &e["field"], &e["offset"]),
        (&json!("map"), &json!("MAP-DialoguePDU"), &json!(open_at)),
        "{e}"
    );
    assert_eq!(v["components"][0]["map"]["sm_rp_ui"]["text"], "Hello");
    // The encoding is octet-aligned [1] instead of single-ASN1-type [0].
    let octet_aligned = "28 0D 06 07 04 00 00 01 01 01 01 81 02 A1 00";
    let v = tcap_json(&abort_with(0, octet_aligned));
    let e = &v["dialogue"]["map_dialogue"];
    assert_eq!(
        (&e["field"], &e["offset"]),
        (&json!("encoding"), &json!(41))
    );
}

/// User information without a map-DialogueAS EXTERNAL: no `map_dialogue`.
#[test]
fn tcap_user_information_without_map_dialogue() {
    // An EXTERNAL of another abstract syntax (direct-reference 1.3.6.1.4.1.32473.1).
    let other = tlv(
        "28",
        &format!("06 08 2B 06 01 04 01 81 FD 59 {}", tlv("A0", "05 00")),
    );
    let v = tcap_json(&abort_with(0, &other));
    let d = &v["dialogue"];
    assert_eq!(d["user_information"].as_array().map(Vec::len), Some(1));
    assert!(d.get("map_dialogue").is_none(), "{d}");
    // Next to it, the MAP one is found.
    let both = format!("{other} {}", map_external("A402 8000"));
    let v = tcap_json(&abort_with(0, &both));
    let d = &v["dialogue"];
    assert_eq!(d["user_information"].as_array().map(Vec::len), Some(2));
    assert_eq!(d["map_dialogue"]["pdu"], "map-userAbort");
}
