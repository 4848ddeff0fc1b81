//! What the caller asks for: how long the summary is, how many keywords, how much redundancy to remove.
//!
//! [`Options`] is plain data with a [`validate`](Options::validate) step that names the offending field;
//! [`OPTIONS`] declares each option once for every caller — Rust, the JavaScript options object and its
//! TypeScript type, the command line — and [`OptionsBuilder`] applies them with the same checks.

use crate::error::Error;
use crate::lang::Language;
use crate::score::Weights;

/// The length of the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Exactly this many sentences (fewer when the article has fewer).
    Sentences(usize),
    /// This fraction of the article's sentences, rounded, at least one: `0.0 < ratio <= 1.0`.
    Ratio(f64),
    /// As many of the best sentences as fit in this many words (at least one sentence).
    Words(usize),
}

/// Sentences in a summary when the caller does not say: the convention of news summarization (Lead-3,
/// CNN/DailyMail), and about what a reader takes in at a glance.
pub const DEFAULT_SENTENCES: usize = 3;
/// Keywords reported when the caller does not say: a row of chips on the page.
pub const DEFAULT_KEYWORDS: usize = 8;
/// More keywords than this is a word list, not a summary; the cap also bounds the work.
pub const MAX_KEYWORDS: usize = 50;
/// Default strength of redundancy removal (the MMR trade-off, Carbonell & Goldstein 1998): 0 ranks by
/// score alone, 1 by novelty alone; it fades as the summary keeps more of the article
/// (`select::REDUNDANCY_FREE_SHARE`). 0.5 fitted on the dev splits with the fade (docs/quality.md).
pub const DEFAULT_DIVERSITY: f64 = 0.5;

/// Options for [`summarize`](crate::summarize).
///
/// # Examples
/// ```
/// use abridge::{Length, Options};
/// let options = Options::sentences(5).with_keywords(3);
/// assert_eq!(options.length, Length::Sentences(5));
/// assert!(Options::ratio(1.5).validate().is_err());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub length: Length,
    /// How many keywords to report, `0..=MAX_KEYWORDS`.
    pub keywords: usize,
    /// Redundancy removal strength, `0.0..=1.0`.
    pub diversity: f64,
    /// The article's title when it is kept apart from the text (for example in a separate field):
    /// sentences that share its words score higher, and no other line of the text is taken for the
    /// headline (the text's own copy of it, if any, is reported as its title). Without it, the title
    /// is found in the text.
    pub title: Option<String>,
    /// The language of the text; `None` detects it.
    pub language: Option<Language>,
    /// How the scoring signals are combined. The defaults were chosen on the evaluation sets' dev
    /// splits (docs/quality.md); this is here for that tuning, not exposed to JavaScript.
    pub weights: Weights,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            length: Length::Sentences(DEFAULT_SENTENCES),
            keywords: DEFAULT_KEYWORDS,
            diversity: DEFAULT_DIVERSITY,
            title: None,
            language: None,
            weights: Weights::default(),
        }
    }
}

impl Options {
    /// A summary of `n` sentences.
    pub fn sentences(n: usize) -> Options {
        Options { length: Length::Sentences(n), ..Options::default() }
    }

    /// A summary of `ratio` of the article's sentences.
    pub fn ratio(ratio: f64) -> Options {
        Options { length: Length::Ratio(ratio), ..Options::default() }
    }

    /// A summary of at most `n` words.
    pub fn words(n: usize) -> Options {
        Options { length: Length::Words(n), ..Options::default() }
    }

    pub fn with_keywords(mut self, keywords: usize) -> Options {
        self.keywords = keywords;
        self
    }

    pub fn with_diversity(mut self, diversity: f64) -> Options {
        self.diversity = diversity;
        self
    }

    pub fn with_title(mut self, title: impl Into<String>) -> Options {
        self.title = Some(title.into());
        self
    }

    pub fn with_language(mut self, language: Language) -> Options {
        self.language = Some(language);
        self
    }

    /// Checks every field; the error names the field the way JavaScript callers spell it.
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => return Err(Error::invalid_option("sentences", "must be at least 1")),
            Length::Words(0) => return Err(Error::invalid_option("words", "must be at least 1")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                // The value is not echoed: formatting an f64 costs the .wasm some 18 KB.
                return Err(Error::invalid_option("ratio", "must be more than 0 and at most 1"))
            }
            _ => {}
        }
        if self.keywords > MAX_KEYWORDS {
            return Err(Error::invalid_option(
                "keywords",
                format!("must be from 0 to {MAX_KEYWORDS}, not {}", self.keywords),
            ));
        }
        if let Some(name) = Weights::NAMES.iter().zip(self.weights.values()).find_map(|(n, v)| (!v.is_finite()).then_some(n)) {
            return Err(Error::invalid_option("weights", format!("`{name}` must be a finite number")));
        }
        if !(0.0..=1.0).contains(&self.diversity) {
            return Err(Error::invalid_option("diversity", "must be from 0 to 1"));
        }
        Ok(())
    }
}

/// What an option takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// A whole number in `min..=max`.
    Whole { min: u32, max: u32 },
    /// A number with `0 < x <= 1`.
    Fraction,
    /// A number with `0 <= x <= 1`.
    Unit,
    /// Any text.
    Text,
    /// A BCP 47 language tag of a supported language, or `und`.
    LanguageTag,
}

impl ValueKind {
    /// What a value of this kind is, for messages: "a whole number".
    pub fn describe(self) -> &'static str {
        match self {
            ValueKind::Whole { .. } => "a whole number",
            ValueKind::Fraction | ValueKind::Unit => "a number",
            ValueKind::Text => "a string",
            ValueKind::LanguageTag => "a language tag such as \"de\"",
        }
    }
}

/// One option as every caller spells it: the field of the JavaScript options object, the command
/// line's `--name` (and `-short`), the placeholder and the one line of help both show. This table is
/// the only list of the options: the command line parses and documents from it, the `.wasm` reads the
/// JS object through it, and the TypeScript `SummarizeOptions` interface is generated from it
/// ([`typescript_interface`], checked against `src/wasm.rs` by a test).
#[derive(Clone, Copy, Debug)]
pub struct OptionSpec {
    pub name: &'static str,
    pub short: Option<char>,
    pub value: ValueKind,
    pub placeholder: CliText,
    pub help: CliText,
}

/// Text that only the command line and the generated TypeScript show (an option's placeholder and
/// help): a `&'static str` where the `cli` feature is on, and nothing in the `.wasm`, whose readers
/// never see it and would download it all the same.
#[cfg(feature = "cli")]
pub type CliText = &'static str;
#[cfg(not(feature = "cli"))]
pub type CliText = ();

/// `text` as [`CliText`]: in a build without the command line the literal is dropped at compile time.
const fn cli_text(text: &'static str) -> CliText {
    #[cfg(feature = "cli")]
    return text;
    #[cfg(not(feature = "cli"))]
    let _ = text;
}

impl OptionSpec {
    /// The option called `name` (as JavaScript spells it), or an error listing the options.
    pub fn named(name: &str) -> Result<&'static OptionSpec, Error> {
        OPTIONS.iter().find(|o| o.name == name).ok_or_else(|| {
            let known: Vec<&str> = OPTIONS.iter().map(|o| o.name).collect();
            Error::invalid_option(name, format!("unknown option; the options are {}", known.join(", ")))
        })
    }
}

/// The options, in the order the help shows them. The three lengths come first: at most one of them.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "sentences",
        short: Some('n'),
        value: ValueKind::Whole { min: 1, max: u32::MAX },
        placeholder: cli_text("N"),
        help: cli_text("Sentences in the summary, at least 1 (default 3). Give at most one of sentences, ratio, words."),
    },
    OptionSpec {
        name: "ratio",
        short: Some('r'),
        value: ValueKind::Fraction,
        placeholder: cli_text("R"),
        help: cli_text("That fraction of the article's sentences, 0 < ratio <= 1."),
    },
    OptionSpec {
        name: "words",
        short: Some('w'),
        value: ValueKind::Whole { min: 1, max: u32::MAX },
        placeholder: cli_text("N"),
        help: cli_text("Word budget: as many of the best sentences as fit, at least one sentence."),
    },
    OptionSpec {
        name: "keywords",
        short: Some('k'),
        value: ValueKind::Whole { min: 0, max: MAX_KEYWORDS as u32 },
        placeholder: cli_text("N"),
        help: cli_text("Keywords to report, 0 to 50 (default 8)."),
    },
    OptionSpec {
        name: "diversity",
        short: Some('d'),
        value: ValueKind::Unit,
        placeholder: cli_text("D"),
        help: cli_text("Redundancy removal, 0 (off) to 1 (default 0.5), faded as the summary takes a larger share of the article."),
    },
    OptionSpec {
        name: "title",
        short: Some('t'),
        value: ValueKind::Text,
        placeholder: cli_text("TEXT"),
        help: cli_text("The article's headline, kept apart from the text."),
    },
    OptionSpec {
        name: "language",
        short: Some('l'),
        value: ValueKind::LanguageTag,
        placeholder: cli_text("TAG"),
        help: cli_text("The text's language as a BCP 47 tag (\"de\", \"pt-BR\", \"und\"); detected when not given."),
    },
];

/// An option's value as it arrives: JavaScript gives numbers and strings; the command line gives
/// strings, which it turns into numbers for the numeric options first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OptionValue<'a> {
    Number(f64),
    Text(&'a str),
}

/// Options assembled one named value at a time, with the checks every caller gets: the value's type
/// and range, and at most one length.
///
/// # Examples
/// ```
/// use abridge::{Length, OptionValue, OptionsBuilder};
/// let mut builder = OptionsBuilder::default();
/// builder.set("ratio", OptionValue::Number(0.25)).unwrap();
/// builder.set("language", OptionValue::Text("en-GB")).unwrap();
/// let options = builder.build().unwrap();
/// assert_eq!(options.length, Length::Ratio(0.25));
/// assert_eq!(options.language.map(|l| l.tag()), Some("en"));
/// assert!(builder.set("sentences", OptionValue::Number(3.0)).unwrap_err().to_string().contains("only one"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct OptionsBuilder {
    options: Options,
    /// Which length option was given, if one was.
    length_from: Option<&'static str>,
}

impl OptionsBuilder {
    /// Sets the option called `name` (as JavaScript spells it).
    pub fn set(&mut self, name: &str, value: OptionValue) -> Result<(), Error> {
        let spec = OptionSpec::named(name)?;
        let field = spec.name;
        let options = &mut self.options;
        match (spec.value, value) {
            (ValueKind::Whole { min, max }, OptionValue::Number(v)) => {
                let n = whole(field, v, min, max)?;
                match field {
                    "sentences" => self.set_length(field, Length::Sentences(n))?,
                    "words" => self.set_length(field, Length::Words(n))?,
                    _ => options.keywords = n,
                }
            }
            (ValueKind::Fraction, OptionValue::Number(v)) => self.set_length(field, Length::Ratio(v))?,
            (ValueKind::Unit, OptionValue::Number(v)) => options.diversity = v,
            (ValueKind::Text, OptionValue::Text(t)) => options.title = Some(t.to_string()),
            (ValueKind::LanguageTag, OptionValue::Text(t)) => options.language = Some(Language::from_tag(t)?),
            (kind, OptionValue::Number(_)) => {
                return Err(Error::invalid_option(field, format!("must be {}, not a number", kind.describe())))
            }
            (kind, OptionValue::Text(_)) => {
                return Err(Error::invalid_option(field, format!("must be {}, not a string", kind.describe())))
            }
        }
        Ok(())
    }

    fn set_length(&mut self, field: &'static str, length: Length) -> Result<(), Error> {
        if let Some(earlier) = self.length_from.filter(|&f| f != field) {
            return Err(Error::invalid_option(field, format!("give only one of `sentences`, `ratio` and `words` (`{earlier}` was given too)")));
        }
        self.length_from = Some(field);
        self.options.length = length;
        Ok(())
    }

    /// The options, checked as a whole.
    pub fn build(&self) -> Result<Options, Error> {
        self.options.validate()?;
        Ok(self.options.clone())
    }
}

/// A whole number in `min..=max`, or an error naming `field`. The value is not echoed: formatting an
/// f64 costs the `.wasm` some 18 KB.
fn whole(field: &str, v: f64, min: u32, max: u32) -> Result<usize, Error> {
    if v.fract() != 0.0 || v.is_nan() {
        return Err(Error::invalid_option(field, "must be a whole number"));
    }
    if v < f64::from(min) || v > f64::from(max) {
        let range = if max == u32::MAX { format!("must be at least {min}") } else { format!("must be from {min} to {max}") };
        return Err(Error::invalid_option(field, range));
    }
    Ok(v as usize)
}

/// The TypeScript interface of the options object, generated from [`OPTIONS`].
#[cfg(feature = "cli")]
pub fn typescript_interface() -> String {
    let mut out = String::from("/** Options for `summarize`; every field is optional. */\nexport interface SummarizeOptions {\n");
    for spec in OPTIONS {
        let ts = match spec.value {
            ValueKind::Text | ValueKind::LanguageTag => "string",
            _ => "number",
        };
        out.push_str(&format!("  /** {} */\n  {}?: {ts};\n", spec.help, spec.name));
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_options_name_their_field() {
        let cases: &[(&str, Options, &str)] = &[
            ("zero sentences", Options::sentences(0), "`sentences`"),
            ("zero words", Options::words(0), "`words`"),
            ("ratio above one", Options::ratio(1.01), "`ratio`"),
            ("ratio zero", Options::ratio(0.0), "`ratio`"),
            ("ratio NaN", Options::ratio(f64::NAN), "`ratio`"),
            ("too many keywords", Options::default().with_keywords(51), "`keywords`"),
            ("negative diversity", Options::default().with_diversity(-0.1), "`diversity`"),
            ("NaN diversity", Options::default().with_diversity(f64::NAN), "`diversity`"),
        ];
        for (name, options, field) in cases {
            let message = options.validate().expect_err(name).to_string();
            assert!(message.contains(field), "{name}: {message}");
        }
    }

    #[test]
    fn the_typescript_types_in_the_wasm_binding_are_generated_from_the_table() {
        let binding = include_str!("wasm.rs");
        let expected = typescript_interface();
        assert!(
            binding.contains(&expected),
            "src/wasm.rs's SummarizeOptions is out of date with OPTIONS; it should read:\n{expected}"
        );
        assert!(OPTIONS.iter().find(|o| o.name == "keywords").is_some_and(|o| o.help.contains(&MAX_KEYWORDS.to_string())));
    }

    #[test]
    fn the_builder_checks_types_ranges_and_one_length() {
        use OptionValue::{Number, Text};
        /// A case's name, the options given, and the start of the error they must give.
        type Case<'a> = (&'a str, &'a [(&'a str, OptionValue<'a>)], &'a str);
        let cases: &[Case] = &[
            ("unknown", &[("sentence", Number(3.0))], "Invalid option `sentence`: unknown option; the options are sentences, ratio"),
            ("string for a count", &[("sentences", Text("3"))], "Invalid option `sentences`: must be a whole number, not a string"),
            ("fraction for a count", &[("words", Number(2.5))], "Invalid option `words`: must be a whole number"),
            ("NaN count", &[("words", Number(f64::NAN))], "Invalid option `words`: must be a whole number"),
            ("too many keywords", &[("keywords", Number(51.0))], "Invalid option `keywords`: must be from 0 to 50"),
            ("number for a title", &[("title", Number(1.0))], "Invalid option `title`: must be a string, not a number"),
            ("unknown language", &[("language", Text("tlh"))], "Invalid option `language`: `tlh` is not a supported language"),
            ("two lengths", &[("words", Number(50.0)), ("ratio", Number(0.5))], "Invalid option `ratio`: give only one of"),
            ("ratio range", &[("ratio", Number(0.0))], "Invalid option `ratio`: must be more than 0"),
        ];
        for (name, pairs, expected) in cases {
            let mut builder = OptionsBuilder::default();
            let result = pairs.iter().try_for_each(|(k, v)| builder.set(k, *v)).and_then(|()| builder.build().map(drop));
            let message = result.expect_err(name).to_string();
            assert!(message.starts_with(expected), "{name}: {message}");
        }
        let mut builder = OptionsBuilder::default();
        builder.set("sentences", Number(2.0)).unwrap();
        builder.set("sentences", Number(4.0)).unwrap(); // the same length twice: the last wins
        assert_eq!(builder.build().unwrap().length, Length::Sentences(4));
    }

    #[test]
    fn valid_edges_pass() {
        for options in [Options::ratio(1.0), Options::sentences(1), Options::words(1), Options::default().with_keywords(0)] {
            assert_eq!(options.validate(), Ok(()), "{options:?}");
        }
    }
}
