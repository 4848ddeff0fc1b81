//! Every input on which a fuzz target (`fuzz/`) ever failed, run again through the same checks
//! (fuzz/src/lib.rs) on stable Rust, plus the failure written out as a plain test that says what it was.
//!
//! A new crash input from `fuzz/artifacts/TARGET/` goes into `tests/fuzz-regressions/TARGET/` under a
//! name that says what it is; the test below picks it up.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use std::path::Path;

#[test]
fn every_saved_crash_input_passes_its_targets_checks() {
    type Check = fn(&[u8]);
    let targets: [(&str, Check); 4] = [
        ("summarize", harness::summarize),
        ("structure", harness::structure),
        ("utf16", harness::utf16),
        ("jsonl", harness::jsonl),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut ran = 0;
    for (target, check) in targets {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else { continue };
        let mut paths: Vec<_> = entries.map(|e| e.expect("a directory entry").path()).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).expect("a crash input");
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{target}: {} fails again", path.display());
            ran += 1;
        }
    }
    assert!(ran > 0, "no saved inputs found under {}", root.display());
}

/// `summarize_sentences` documents its spans as offsets into the sentences joined with "\n"; a leading
/// empty sentence used to get no "\n" after it, so every later span pointed one byte early
/// (tests/fuzz-regressions/summarize/presplit-leading-empty-sentence).
#[test]
fn presplit_spans_count_leading_empty_sentences() {
    let sentences = ["", "The storm hit the coast.", "", "Schools closed."];
    let joined = sentences.join("\n");
    let summary = abridge::summarize_sentences(&sentences, &abridge::Options::sentences(2)).unwrap();
    assert!(!summary.sentences.is_empty());
    for s in &summary.sentences {
        assert_eq!(s.span.slice(&joined), sentences[s.index]);
    }
}
