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
