//! The fuzz targets' checks (fuzz/src/lib.rs) on stable Rust: a short, deterministic property run that
//! `make test` can afford, with a fixed seed and case count, so it checks the same inputs on every
//! machine and every run. The fuzzers (`make fuzz`, nightly) search far more widely; whatever they
//! find is kept in tests/fuzz-regressions/ and replayed by tests/fuzz_regressions.rs.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use serde_json::{json, Value};

/// The same inputs on every run: a fixed seed, a fixed number of cases, nothing written to disk.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, rng_seed: RngSeed::Fixed(0xAB1D_6E5E), failure_persistence: None, ..ProptestConfig::default() }
}

/// Text in the shape of articles and of what breaks segmenters: words, terminators, abbreviations,
/// blank lines and hard wraps, zero-width and no-break spaces, NUL, combining marks, emoji, CJK,
/// right-to-left text, line and paragraph separators.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        2 => "[A-Z][a-z]{2,8}",
        2 => "[.!?]",
        1 => "[,;:\"'()\\-]",
        1 => "[0-9]{1,4}",
        3 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\n\n".to_string()),
        1 => prop::sample::select(vec![
            "Mr.", "U.S.", "e.g.", "2.5%", "...", "\u{201c}Why?\u{201d} asked", "(Jane Doe via AP)", "Home News World",
            "Read more:", "\r\n", "\u{00A0}", "\u{200B}", "\u{FEFF}", "\u{0}", "\u{FFFD}", "e\u{0301}", "😀", "東京。",
            "مرحبا.", "\u{2028}", "\u{2029}", "\u{85}", "\t",
        ])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..160).prop_map(|pieces| pieces.concat())
}

/// What a fuzzer starts from and what it mutates towards: article-like text, any string, any bytes.
fn text_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => article_text().prop_map(String::into_bytes),
        1 => any::<String>().prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..800),
    ]
}

/// An options header (fuzz/src/lib.rs, `options_from`) followed by a text.
fn summarize_input() -> impl Strategy<Value = Vec<u8>> {
    (prop::array::uniform10(any::<u8>()), text_bytes()).prop_map(|(header, text)| [&header[..], &text].concat())
}

/// Lines of `--jsonl` input: well-formed rows of every shape, rows with wrong fields, and junk.
fn jsonl_input() -> impl Strategy<Value = Vec<u8>> {
    let id = prop_oneof![Just(Value::Null), any::<i64>().prop_map(Value::from), "[a-z0-9-]{0,12}".prop_map(Value::from)];
    let row = (
        id,
        prop::option::of(article_text()),
        prop::option::of(prop::collection::vec(article_text(), 0..8)),
        prop::option::of("[A-Za-z ]{0,30}"),
        prop::option::of(prop::sample::select(vec!["en", "de", "fr-CA", "zh", "und", "xx", ""])),
        prop::option::of(0usize..6),
        any::<bool>(),
    )
        .prop_map(|(id, text, sentences, title, language, count, unknown_field)| {
            let mut row = json!({ "id": id });
            for (key, value) in [
                ("text", text.map(Value::from)),
                ("sentences", sentences.map(Value::from)),
                ("title", title.map(Value::from)),
                ("language", language.map(Value::from)),
                ("count", count.map(Value::from)),
                ("summary", unknown_field.then(|| Value::from("an unknown field"))),
            ] {
                if let Some(value) = value {
                    row[key] = value;
                }
            }
            row.to_string()
        });
    let line = prop_oneof![4 => row, 1 => "[\\[\\]{}\":, a-z0-9]{0,40}", 1 => Just(String::new())];
    prop::collection::vec(line, 1..5).prop_map(|lines| lines.join("\n").into_bytes())
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn summarize_target(data in summarize_input()) {
        harness::summarize(&data);
    }

    #[test]
    fn structure_target(language in any::<u8>(), text in text_bytes()) {
        harness::structure(&[&[language][..], &text].concat());
    }

    #[test]
    fn utf16_target(stride in any::<u8>(), text in text_bytes()) {
        harness::utf16(&[&[stride][..], &text].concat());
    }

    #[test]
    fn jsonl_target(data in jsonl_input()) {
        harness::jsonl(&data);
    }
}
