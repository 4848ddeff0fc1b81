//! The JavaScript boundary, in headless Chromium: options errors that name their field, UTF-16
//! offsets that JavaScript can `slice` with (emoji and CJK), and the result's shape.
//! Run by `make test` as `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
#![cfg(target_arch = "wasm32")]

use abridge::wasm::{detect_language, languages, summarize, version};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

fn number(value: &JsValue, key: &str) -> f64 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

/// The message of the JS Error a call threw.
fn error_message(text: &str, options_json: &str) -> String {
    let err = summarize(text, options(options_json)).expect_err("an error");
    let value: JsValue = err.into();
    assert!(value.is_instance_of::<js_sys::Error>(), "a JS Error");
    value.unchecked_into::<js_sys::Error>().message().into()
}

/// JavaScript's `text.slice(start, end)`.
fn js_slice(text: &str, start: f64, end: f64) -> String {
    JsString::from(text).slice(start as u32, end as u32).into()
}

const ARTICLE: &str = "😀 Tokyo 東京 hosts the summit. Leaders 🇯🇵 met in 東京 for the summit on trade. \
                       The weather was mild. Summit talks on trade continued in Tokyo.";

#[wasm_bindgen_test]
fn offsets_are_utf16_and_slice_to_the_sentence_text() {
    let result = summarize(ARTICLE, options(r#"{"sentences": 2, "keywords": 5}"#)).unwrap();
    let sentences: Array = get(&result, "sentences").unchecked_into();
    assert_eq!(sentences.length(), 2);
    for s in sentences.iter() {
        let text = get(&s, "text").as_string().unwrap();
        assert_eq!(js_slice(ARTICLE, number(&s, "start"), number(&s, "end")), text);
    }
    // The first sentence starts at 0 and its end counts the emoji as two UTF-16 units.
    let keywords: Array = get(&result, "keywords").unchecked_into();
    assert!(keywords.length() > 0);
    for k in keywords.iter() {
        let term = get(&k, "term").as_string().unwrap();
        let occurrences: Array = get(&k, "occurrences").unchecked_into();
        assert!(occurrences.length() > 0);
        for o in occurrences.iter() {
            let found = js_slice(ARTICLE, number(&o, "start"), number(&o, "end"));
            assert_eq!(found.to_lowercase(), term.to_lowercase(), "keyword occurrence");
        }
    }
}

#[wasm_bindgen_test]
fn result_has_the_documented_shape() {
    let result = summarize("Home News World\n\nA title here\n\nFirst sentence. Second one.", JsValue::UNDEFINED).unwrap();
    let keys: Vec<String> = Object::keys(result.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect();
    assert_eq!(keys, ["sentences", "keywords", "title", "leftOut", "articleFound", "language", "stats", "elapsedMs"]);
    assert_eq!(get(&result, "language").as_string().as_deref(), Some("en"));
    assert_eq!(get(&get(&result, "title"), "text").as_string().as_deref(), Some("A title here"));
    let left_out: Array = get(&result, "leftOut").unchecked_into();
    assert_eq!(get(&left_out.get(0), "kind").as_string().as_deref(), Some("navigation"));
    let stats = get(&result, "stats");
    assert_eq!(number(&stats, "sentencesIn"), 2.0);
    assert_eq!(number(&stats, "blocksLeftOut"), 1.0);
    assert!(number(&result, "elapsedMs") >= 0.0);
    // No title: null, not undefined.
    let untitled = summarize("Just one sentence.", JsValue::NULL).unwrap();
    assert!(get(&untitled, "title").is_null());
}

#[wasm_bindgen_test]
fn option_errors_name_the_field() {
    let cases = [
        ("unknown field", r#"{"sentence": 3}"#, "Invalid option `sentence`: unknown option"),
        ("zero sentences", r#"{"sentences": 0}"#, "Invalid option `sentences`: must be at least 1"),
        ("string", r#"{"sentences": "3"}"#, "Invalid option `sentences`: must be a whole number, not a string"),
        ("fraction", r#"{"words": 2.5}"#, "Invalid option `words`: must be a whole number"),
        ("negative", r#"{"keywords": -1}"#, "Invalid option `keywords`: must be from 0 to 50"),
        ("ratio out of range", r#"{"ratio": 1.5}"#, "Invalid option `ratio`: must be more than 0 and at most 1"),
        ("two lengths", r#"{"sentences": 2, "ratio": 0.5}"#, "Invalid option `ratio`: give only one of"),
        ("diversity type", r#"{"diversity": "high"}"#, "Invalid option `diversity`: must be a number"),
        ("boolean", r#"{"title": true}"#, "Invalid option `title`: must be a number or a string, not a boolean"),
        ("unknown language", r#"{"language": "xx"}"#, "Invalid option `language`: `xx` is not a supported language; the supported ones are en"),
        ("language type", r#"{"language": 7}"#, "Invalid option `language`: must be a language tag such as \"de\", not a number"),
        ("not an object", "5", "Invalid option `options`: must be an object"),
        ("an array", "[1]", "Invalid option `options`: must be an object"),
    ];
    for (name, json, expected) in cases {
        let message = error_message(ARTICLE, json);
        assert!(message.starts_with(expected), "{name}: {message}");
    }
}

#[wasm_bindgen_test]
fn empty_and_junk_text_are_errors_not_traps() {
    assert!(error_message("", "{}").contains("no text to summarize"));
    assert!(error_message(" \n\u{00A0} ", "{}").contains("no text to summarize"));
    assert!(error_message("?!…—", "{}").contains("no words"));
    // After errors the module still works: no trap poisoned the instance.
    assert!(summarize(ARTICLE, JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn languages_are_listed_and_chosen_by_tag() {
    let list: Array = languages().unwrap().unchecked_into();
    let tags: Vec<String> = list.iter().map(|l| get(&l, "tag").as_string().unwrap()).collect();
    assert!(tags.contains(&"en".to_string()) && !tags.contains(&"und".to_string()), "{tags:?}");
    for l in list.iter() {
        assert!(!get(&l, "name").as_string().unwrap().is_empty() && !get(&l, "nativeName").as_string().unwrap().is_empty());
    }
    // A region subtag is fine; "und" asks for the language-neutral rules and is reported back.
    let british = summarize(ARTICLE, options(r#"{"language": "en-GB"}"#)).unwrap();
    assert_eq!(get(&british, "language").as_string().as_deref(), Some("en"));
    let neutral = summarize(ARTICLE, options(r#"{"language": "und"}"#)).unwrap();
    assert_eq!(get(&neutral, "language").as_string().as_deref(), Some("und"));
    assert_eq!(detect_language("The leaders met in the city and they talked about the trade."), "en");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
