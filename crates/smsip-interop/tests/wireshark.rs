//! Wireshark agreement: every message of the corpus (encoded by smsip's encoders and builders)
//! is dissected by tshark and compared field by field with smsip's own decode of the same
//! bytes. No malformed-packet or expert error/warning item, no differing value, no field one
//! side has and the other lacks, except where `compare::KNOWN_TSHARK_DEFECTS` says tshark 4.0 is
//! wrong (each such entry must still explain at least one disagreement).
//!
//! Without tshark the test passes with "skipped: tshark not installed", unless
//! `SMSIP_REQUIRE_TSHARK=1`. `SMSIP_INTEROP_KEEP=DIR` keeps the pcaps and text2pcap files.
//! Run with `-- --nocapture` to see the summary.

use smsip_interop::compare::{self, Report, KNOWN_TSHARK_DEFECTS};
use smsip_interop::corpus::{self, Carrier};
use smsip_interop::layers;
use smsip_interop::tshark::Tshark;

#[test]
fn wireshark_agrees_with_smsip() {
    let required = std::env::var("SMSIP_REQUIRE_TSHARK").is_ok_and(|v| v == "1");
    let Some(tshark) = Tshark::find() else {
        assert!(
            !required,
            "SMSIP_REQUIRE_TSHARK=1 but no working tshark on $PATH (or $SMSIP_TSHARK)"
        );
        println!("skipped: tshark not installed");
        return;
    };
    println!("using {}", tshark.version());

    let corpus = corpus::build();
    assert!(
        corpus.errors.is_empty(),
        "smsip could not build the corpus:\n{}",
        corpus.errors.join("\n")
    );
    let known = layers::known_fields();
    let mut report = Report::default();
    for &carrier in Carrier::ALL {
        let msgs: Vec<_> = corpus
            .messages
            .iter()
            .filter(|m| m.carrier == carrier)
            .collect();
        let packets: Vec<Vec<u8>> = msgs.iter().map(|m| m.bytes.clone()).collect();
        let dissected = tshark
            .dissect(carrier.dissector(), &packets)
            .unwrap_or_else(|e| panic!("tshark on {}: {e}", carrier.dissector()));
        for (m, p) in msgs.iter().zip(&dissected) {
            compare::check(m, p, &known, &mut report);
        }
    }

    println!("{}", report.summary());
    println!("known tshark 4.0 defects skipped (compare::KNOWN_TSHARK_DEFECTS):");
    for d in KNOWN_TSHARK_DEFECTS {
        let u = report.defects.get(d.id).copied().unwrap_or_default();
        println!(
            "  {:<24} {:>3} messages, {:>4} fields skipped, {:>4} disagreements explained",
            d.id, u.messages, u.skipped, u.hidden
        );
    }
    let unmapped: usize = report.unmapped.values().sum();
    println!(
        "tshark fields not mapped to an smsip value (not compared): {unmapped} in {} names",
        report.unmapped.len()
    );
    for (name, n) in &report.unmapped {
        println!("  {name:<48} {n:>5}");
    }
    for e in &report.errors {
        println!("ERROR {e}");
    }
    for m in &report.mismatches {
        println!("MISMATCH {m}");
    }
    // The MAP dialogue PDUs (and the TCAP dialogue fields around them) are all compared.
    #[cfg(feature = "map-tcap")]
    {
        let dialogue: Vec<_> = layers::map_dialogue::FIELDS
            .iter()
            .chain(layers::tcap::FIELDS)
            .filter(|f| {
                !matches!(
                    **f,
                    // Not in the corpus: no extension container, no provider diagnostic.
                    "gsm_map.dialogue.extensionContainer_element"
                        | "tcap.dialogue_service_provider"
                )
            })
            .map(|f| (*f, report.compared.get(f).copied().unwrap_or(0)))
            .collect();
        println!("MAP dialogue and TCAP fields compared:");
        for (f, n) in &dialogue {
            println!("  {f:<48} {n:>5}");
        }
        let never: Vec<_> = dialogue.iter().filter(|(_, n)| *n == 0).collect();
        assert!(never.is_empty(), "mapped fields never compared: {never:?}");
    }
    let stale = report.stale_defects();
    assert!(
        report.errors.is_empty() && report.mismatches.is_empty(),
        "{} ({} smsip decode errors); see MISMATCH lines",
        report.summary(),
        report.errors.len()
    );
    assert!(
        stale.is_empty(),
        "known-defect entries that explained nothing (remove them, or the corpus lost the \
         messages that show them): {stale:?}"
    );
    assert!(
        report.messages >= 300 && report.fields_compared >= 5000,
        "{}",
        report.summary()
    );
}
