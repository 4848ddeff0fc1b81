//! Properties that hold for every input: spans in bounds, on char boundaries and in order; the summary
//! is a subset of the sentences in document order; the same input gives the same output; nothing
//! panics (a panic in the `.wasm` is an opaque trap for the reader).

use abridge::{clean, segment, summarize, summarize_sentences, Language, Length, Options, Span};
use proptest::prelude::*;

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end && span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end)
}

/// Text that looks like pasted articles: words, abbreviations, punctuation, quotes, captions, blank
/// lines, no-break and zero-width spaces, emoji and CJK.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-z]{1,10}",
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("2.5%".to_string()),
        Just("(Jane Doe via AP)".to_string()),
        Just("Home News World".to_string()),
        Just("\u{201c}Why?\u{201d} asked".to_string()),
        Just("...".to_string()),
        Just("😀".to_string()),
        Just("東京".to_string()),
        "[.!?,;:]",
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{200B}".to_string()),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.join(" "))
}

fn options() -> impl Strategy<Value = Options> {
    prop_oneof![
        (1usize..12).prop_map(Options::sentences),
        (0.01f64..=1.0).prop_map(Options::ratio),
        (1usize..200).prop_map(Options::words),
    ]
    .prop_flat_map(|o| (Just(o), 0usize..=50, 0.0f64..=1.0))
    .prop_map(|(o, k, d)| o.with_keywords(k).with_diversity(d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn summaries_are_well_formed(text in article_like(), options in options()) {
        let Ok(summary) = summarize(&text, &options) else { return Ok(()) };
        prop_assert!(!summary.sentences.is_empty());
        if let Length::Sentences(n) = options.length {
            prop_assert!(summary.sentences.len() <= n);
        }
        for pair in summary.sentences.windows(2) {
            prop_assert!(pair[0].index < pair[1].index && pair[0].span.end <= pair[1].span.start);
        }
        for s in &summary.sentences {
            prop_assert!(on_boundaries(&text, s.span));
            prop_assert!(!s.span.is_empty());
            prop_assert!(s.score.is_finite() && (0.0..=1.0).contains(&s.score));
        }
        for k in &summary.keywords {
            prop_assert!(k.occurrences.iter().all(|&o| on_boundaries(&text, o)));
        }
        for b in &summary.left_out {
            prop_assert!(on_boundaries(&text, b.span));
        }
        prop_assert!(summary.keywords.len() <= options.keywords);
        prop_assert_eq!(summary.stats.sentences_out, summary.sentences.len());
        // Deterministic.
        prop_assert_eq!(summarize(&text, &options).ok(), Some(summary));
    }

    #[test]
    fn never_panics_on_arbitrary_strings(text in any::<String>(), n in 1usize..10) {
        let _ = summarize(&text, &Options::sentences(n));
    }

    #[test]
    fn never_panics_on_arbitrary_bytes_read_lossily(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = summarize(&text, &Options::default());
    }

    #[test]
    fn sentences_tile_each_paragraph_in_order(text in article_like()) {
        let structure = clean::structure(&text, Language::ENGLISH);
        let paragraphs: Vec<Span> = structure.blocks.iter().map(|b| b.span).collect();
        for pair in paragraphs.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start);
        }
        for &p in &paragraphs {
            prop_assert!(on_boundaries(&text, p));
            let sentences = segment::paragraph_sentences(&text, p, Language::ENGLISH);
            let mut at = p.start;
            for s in sentences {
                prop_assert!(on_boundaries(&text, s) && s.start >= at && s.end <= p.end);
                // Only white space between consecutive sentences.
                prop_assert!(text[at..s.start].chars().all(|c| c.is_whitespace() || abridge_is_zero_width(c)));
                at = s.end;
            }
        }
    }

    #[test]
    fn presplit_summaries_index_the_given_list(sentences in prop::collection::vec("[a-z ]{0,40}[.]?", 0..30), n in 1usize..6) {
        if let Ok(summary) = summarize_sentences(&sentences, &Options::sentences(n)) {
            prop_assert!(summary.sentences.iter().all(|s| s.index < sentences.len()));
            prop_assert!(summary.sentences.len() <= n.min(sentences.len()));
        }
    }
}

fn abridge_is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}
