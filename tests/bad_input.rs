//! What people paste that is not an article: each case gets a clear error or a sensible result.

use abridge::{summarize, ErrorKind, Options};

#[test]
fn named_bad_inputs() {
    enum Expect {
        Error(&'static str),
        Sentences(usize),
        SomeSentences,
    }
    use Expect::*;
    let junk: String = (0u32..3000).filter_map(|i| char::from_u32((i * 7919) % 0x3000)).collect();
    let cases: Vec<(&str, String, Expect)> = vec![
        ("empty", String::new(), Error("There is no text to summarize")),
        ("whitespace", " \n\t\u{00A0}\u{200B}\r\n ".into(), Error("There is no text to summarize")),
        ("one word", "Hello".into(), Sentences(1)),
        ("only punctuation", "?!... --- ***".into(), Error("no words")),
        ("control characters", "\u{0}\u{1}\u{7f}\u{FFFD}".into(), Error("no words")),
        ("no punctuation at all", "the quick brown fox jumps over the lazy dog and keeps running far away".into(), Sentences(1)),
        ("one line, no punctuation, many words", "word ".repeat(500), Sentences(1)),
        // Junk has "words" (letters of many scripts) and sentence breaks; any summary of it is fine.
        ("binary junk", junk, SomeSentences),
        ("only a caption", "Mr Kim waves (Jane Doe via AP)".into(), Sentences(1)),
        ("only navigation", "Home News World\n\nSign in | Register | Subscribe".into(), Sentences(2)),
        // Long runs without a space, each mark a place where a rule looks around it: the rule must look
        // near, not back to the paragraph's start (these took minutes when a rule did).
        ("a million dots", ".".repeat(1_000_000), Error("no words")),
        ("glued sentences without a space", "ab.Ab".repeat(200_000), SomeSentences),
        ("footnote marks without a space", ".[1]".repeat(250_000), SomeSentences),
    ];
    for (name, text, expect) in cases {
        let result = summarize(&text, &Options::sentences(3));
        match (expect, result) {
            (Error(message), Err(e)) => assert!(e.to_string().contains(message), "{name}: {e}"),
            (Sentences(n), Ok(s)) => assert_eq!(s.sentences.len(), n, "{name}"),
            (SomeSentences, Ok(s)) => assert!((1..=3).contains(&s.sentences.len()), "{name}"),
            (Error(message), Ok(s)) => panic!("{name}: expected error {message:?}, got {} sentences", s.sentences.len()),
            (_, Err(e)) => panic!("{name}: expected sentences, got error {e}"),
        }
    }
}

#[test]
fn invalid_options_are_errors_naming_the_field() {
    let err = summarize("Some text here.", &Options::ratio(0.0)).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidOption { field, .. } if field == "ratio"));
    assert!(err.to_string().starts_with("Invalid option `ratio`"));
}

/// A 50 MB paste (a whole archive dumped in) gives a summary, not a crash or a hang.
#[test]
fn fifty_megabytes() {
    let paragraph = include_str!("fixtures/pasted-news-article.txt");
    let mut text = String::with_capacity(52 << 20);
    let mut i = 0;
    while text.len() < 50 << 20 {
        // Vary the paragraphs so that they are not all duplicates of one another.
        text.push_str(&paragraph.replace("Wednesday", &format!("day {i}")));
        text.push_str("\n\n");
        i += 1;
    }
    let summary = summarize(&text, &Options::sentences(5)).expect("50 MB summarizes");
    assert_eq!(summary.sentences.len(), 5);
    // Paragraphs that repeat verbatim are left out as duplicates; the varied ones are all scored.
    assert!(summary.stats.sentences_in > 30_000, "{}", summary.stats.sentences_in);
    assert!(summary.stats.blocks_left_out > 100_000);
}
