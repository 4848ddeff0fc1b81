//! Golden tests on real pasted pages: the summary is checked against what a person would accept (whole
//! article sentences, no caption, no site furniture, no repeats) and against the stored output in
//! `tests/golden/`, so that any change in what is picked shows up in review.
//! Run with `UPDATE_GOLDEN=1` to rewrite the stored output after an intended change.

use abridge::{summarize, Options};

const PASTED_NEWS: &str = include_str!("fixtures/pasted-news-article.txt");

/// Lines of the article that are site furniture or captions, by a phrase each contains.
const NOT_ARTICLE: &[&str] = &["via AP", "AP Photo", "Belfast Telegraph", "Home News World", "A worker adjusts the flag"];

fn summary_lines(text: &str, n: usize) -> Vec<String> {
    let summary = summarize(text, &Options::sentences(n)).expect("the sample summarizes");
    summary.sentences.iter().map(|s| s.span.slice(text).to_string()).collect()
}

fn check_golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} missing: run with UPDATE_GOLDEN=1"));
    assert_eq!(actual, expected, "summary changed; if intended, run UPDATE_GOLDEN=1 cargo test --test golden");
}

#[test]
fn pasted_news_article_three_clean_sentences() {
    let lines = summary_lines(PASTED_NEWS, 3);
    assert_eq!(lines.len(), 3);
    // Each is a whole sentence of the article: it starts a line of the article (paragraph start) or
    // follows a sentence end, and it ends with sentence-final punctuation.
    for line in &lines {
        let at = PASTED_NEWS.find(line.as_str()).expect("verbatim in the article");
        let before = PASTED_NEWS[..at].trim_end_matches(' ');
        assert!(before.is_empty() || before.ends_with(['\n', '.', '?', '!', '”', '"']), "not a sentence start: {line}");
        assert!(line.trim_end_matches(['”', '"', '’', ')']).ends_with(['.', '?', '!']), "not a sentence end: {line}");
        assert!(!line.ends_with(" Mr.") && !line.ends_with(" Mr"), "cut at Mr: {line}");
        for phrase in NOT_ARTICLE {
            assert!(!line.contains(phrase), "boilerplate in summary: {line}");
        }
    }
    check_golden("pasted-news-article.3.txt", &(lines.join("\n") + "\n"));
}

#[test]
fn pasted_news_article_one_to_seven_sentences_without_boilerplate_or_repeats() {
    for n in 1..=7 {
        let lines = summary_lines(PASTED_NEWS, n);
        assert_eq!(lines.len(), n);
        let mut unique = lines.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), n, "repeated sentence at {n}");
        for line in &lines {
            assert!(!NOT_ARTICLE.iter().any(|p| line.contains(p)), "boilerplate at {n}: {line}");
            assert!(!line.starts_with("Kim Jong Un left North Korea on Wednesday before leaving"), "caption at {n}");
        }
    }
    check_golden("pasted-news-article.5.txt", &(summary_lines(PASTED_NEWS, 5).join("\n") + "\n"));
}

#[test]
fn pasted_news_article_structure() {
    let summary = summarize(PASTED_NEWS, &Options::default()).unwrap();
    let title = summary.title.map(|t| t.slice(PASTED_NEWS));
    assert_eq!(title, Some("North Korea’s Kim arrives in Russia before summit with Putin"));
    let kinds: Vec<&str> = summary.left_out.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["site-name", "navigation", "standfirst", "caption", "caption", "caption", "caption", "caption", "footer"]);
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.term.as_str()).collect();
    for expected in ["Kim", "Russia", "Putin", "summit"] {
        assert!(keywords.contains(&expected), "{expected} not among {keywords:?}");
    }
    assert_eq!(summary.stats.sentences_out, 3);
    assert!(summary.stats.words_out < summary.stats.words_in);
}
