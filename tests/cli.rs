//! The `abridge` command: plain, JSON and JSON-lines modes, and its errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pasted-news-article.txt");

fn abridge(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("abridge runs");
    // The command may exit before reading its input (a usage error): a broken pipe here is expected.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn plain_output_is_one_sentence_per_line() {
    for (flag, value, lines) in [("--sentences", "4", 4), ("-n", "2", 2)] {
        let out = abridge(&[SAMPLE, flag, value], "");
        assert!(out.status.success());
        assert_eq!(stdout(&out).lines().count(), lines);
    }
}

#[test]
fn ratio_and_words_and_stdin() {
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let out = abridge(&["--ratio", "0.5"], &text);
    assert!(out.status.success());
    let n = stdout(&out).lines().count();
    assert!((10..=13).contains(&n), "{n} sentences for half of ~23");
    let out = abridge(&["-", "--words", "60"], &text);
    let words: usize = stdout(&out).split_whitespace().count();
    assert!(out.status.success() && words <= 60 && words > 0, "{words} words");
}

#[test]
fn json_output_has_offsets_that_match_the_text() {
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let out = abridge(&[SAMPLE, "--json"], "");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
    // The site's name, the menu, the standfirst, five captions (one pasted twice) and the footer.
    assert_eq!(json["stats"]["blocksLeftOut"], 9);
    let kinds: Vec<&str> = json["leftOut"].as_array().unwrap().iter().map(|b| b["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["site-name", "navigation", "standfirst", "caption", "caption", "caption", "caption", "caption", "footer"]);
    assert!(json["keywords"].as_array().unwrap().len() <= 8);
}

#[test]
fn jsonl_batch_mode() {
    let input = concat!(
        r#"{"id": 1, "text": "Rain fell. The storm hit the coast. Schools closed on the coast."}"#, "\n",
        r#"{"id": "b", "sentences": ["first one here.", "second one here.", "third one."], "count": 2}"#, "\n",
        r#"{"id": 3, "text": "   "}"#, "\n",
        r#"{"id": 4, "txt": "typo"}"#, "\n",
    );
    let out = abridge(&["--jsonl", "-n", "1"], input);
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[0]["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(rows[1]["id"], "b");
    assert_eq!(rows[1]["indices"].as_array().unwrap().len(), 2);
    assert_eq!(rows[1]["sentences"][0], rows[1]["sentences"][0].as_str().map(|s| s.to_string()).unwrap());
    assert!(rows[2]["error"].as_str().unwrap().contains("no text"));
    assert!(rows[3]["error"].as_str().unwrap().contains("txt"));
}

#[test]
fn errors_exit_non_zero_with_a_message() {
    let out = abridge(&["--ratio", "2"], "Some text.");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Invalid option `ratio`"));
    let out = abridge(&["--sentences", "2", "--words", "5"], "Some text.");
    assert_eq!(out.status.code(), Some(2));
    let out = abridge(&[], "   ");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no text to summarize"));
    let out = abridge(&["/no/such/file"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let out = abridge(&[], "Caf\u{e9} is open. It serves tea.");
    assert!(out.status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge")).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"Bad \xff\xfe bytes here. More text follows.").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
}

#[test]
fn split_prints_every_sentence_one_per_line() {
    let text = "Home | News\n\nDr. Kim met Mrs. Lee on  Monday. They talked.\n\nShare this article";
    let out = abridge(&["--split", "--language", "en"], text);
    assert!(out.status.success());
    // Nothing left out as boilerplate; runs of white space inside a sentence printed as one space.
    assert_eq!(stdout(&out), "Home | News\nDr. Kim met Mrs. Lee on Monday.\nThey talked.\nShare this article\n");
    let json: serde_json::Value = serde_json::from_slice(&abridge(&["--split", "--json", "-"], text).stdout).unwrap();
    assert_eq!(json["language"], "en");
    for s in json["sentences"].as_array().unwrap() {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
    assert_eq!(json["sentences"].as_array().unwrap().len(), 4);
}

#[test]
fn split_jsonl_rows_with_and_without_a_language() {
    let input = concat!(
        r#"{"id": 1, "text": "Am 15. Dezember kam er an. Er blieb.", "language": "de"}"#, "\n",
        r#"{"id": 2, "text": "Am 15. Dezember kam der Bürgermeister mit dem Zug an. Er wurde von den Leuten empfangen."}"#, "\n",
        r#"{"id": 3, "text": "Ես տուն գնացի: Նա մնաց:", "language": "und"}"#, "\n",
        r#"{"id": 4, "text": "Some text.", "language": "tlh"}"#, "\n",
        r#"{"id": 5, "sentences": ["Given."]}"#, "\n",
    );
    let out = abridge(&["--split", "--jsonl", "-"], input);
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0]["language"], "de");
    assert_eq!(rows[0]["sentences"], serde_json::json!(["Am 15. Dezember kam er an.", "Er blieb."]));
    assert_eq!(rows[1]["language"], "de", "detected");
    assert_eq!(rows[1]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(rows[2]["sentences"], serde_json::json!(["Ես տուն գնացի:", "Նա մնաց:"]));
    assert!(rows[3]["error"].as_str().unwrap().contains("not a supported language"));
    assert!(rows[4]["error"].as_str().unwrap().contains("--split needs"));
}

#[test]
fn split_is_one_output_at_a_time() {
    let out = abridge(&["--split", "--jsonl", "--dump-features", "-"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--split"));
}
