//! Which language a text is in: its script first, then, among the languages written in that script,
//! the one whose character trigrams and stopwords the text uses most.
//!
//! Detection reads a sample of the text, never all of it: a short text whole, a long one as a few
//! windows spread over it, so it costs the same small amount on a 1 MB text as on 16 KB. Within the
//! sample, the lines that look like prose (long, or with a sentence's final punctuation) are read when
//! there are any, so that a menu, a byline or a caption in another language does not outvote the
//! article around it.
//!
//! The script decides most languages alone: Greek, Korean (Hangul), Thai; Han characters are Japanese
//! when kana are among them and Chinese otherwise; Arabic script is Arabic unless the letters Persian and
//! Urdu add to it are there, Devanagari is Hindi unless the Marathi letter ळ is frequent, Cyrillic is
//! Russian or Ukrainian unless it has letters neither uses (Belarusian ў, Kazakh ә, Serbian ј ...). Any
//! other script is `und`.
//!
//! The Latin and Cyrillic languages are told apart by their character trigram profiles
//! (`profiles.txt`, made by `scripts/lang/profiles.py`): each trigram of the text that is among a
//! language's most frequent ones scores by its rank there (a Cavnar–Trenkle ranked profile, scored as a
//! Zipfian log-probability), and each of the language's stopwords adds a word-level vote. Profiles of
//! some unsupported neighbours (Malay, Slovak, Catalan, Bulgarian ...) are there so that their text is
//! `und` rather than their nearest supported language, and a text whose best language covers too little
//! of it with its profile is `und` too. `docs/languages.md` has the measurements behind the constants.

use super::{sections, Language};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A text up to this many bytes is read whole; a longer one through [`WINDOWS`] windows of
/// [`WINDOW_BYTES`].
const SAMPLE_BYTES: usize = 16 * 1024;
const WINDOWS: usize = 8;
const WINDOW_BYTES: usize = SAMPLE_BYTES / WINDOWS;
/// A line of at least this many characters that holds a sentence's final punctuation, or of at least
/// [`PROSE_LONG_CHARS`], is prose; menus, bylines and captions rarely are.
const PROSE_MIN_CHARS: usize = 30;
const PROSE_LONG_CHARS: usize = 100;
/// What one of a language's stopwords adds to its score, against 1.0 for its least frequent profiled
/// trigram and about 3.8 for its most frequent.
const STOPWORD_WEIGHT: f32 = 2.0;
/// Added to a trigram's rank before its logarithm is taken: flattens the top of the Zipf curve.
const RANK_OFFSET: f32 = 10.0;
/// Trigram weights are `ln(WEIGHT_SCALE + RANK_OFFSET) + 1 - ln(rank + RANK_OFFSET)` in every profile, so
/// a shorter profile (the unsupported neighbours') scores its top trigrams as a full one does.
const WEIGHT_SCALE: f32 = 100.0;
/// What a letter outside ASCII adds to the score of a Latin-script language that writes it ("ß", "ø",
/// "ă"), and takes from one that does not.
const LETTER_WEIGHT: f32 = 3.0;
/// The share of its expected coverage that the best language's profile must cover of the text's
/// trigrams: lower for short texts, whose few trigrams vary more.
const MIN_COVERAGE_SHORT: f32 = 0.3;
const MIN_COVERAGE: f32 = 0.4;
/// Texts with fewer trigrams than this are short.
const SHORT_TRIGRAMS: usize = 100;
/// A text in plain ASCII letters of fewer words than this is `und` unless one of them is a stopword of
/// the best language: two such words' trigrams fit several languages' profiles by chance ("hello
/// world" came out Italian, "climate change" Danish, "Guten Morgen" Dutch). Letters outside ASCII
/// ("ł", "ä") and the Cyrillic alphabets tell a language from two words well enough.
const MIN_WORDS: usize = 3;
/// Japanese when at least one CJK character in this many is kana.
const KANA_SHARE: usize = 20;
/// Arabic script is not Arabic (Persian, Urdu ...) when at least one letter in this many is one that
/// those languages add to the Arabic alphabet.
const FOREIGN_ARABIC_SHARE: usize = 25;
/// Devanagari is not Hindi (Marathi, Nepali) when at least one letter in this many is ळ, which Marathi
/// writes and Hindi does not, or when fewer than one word in this many of a text of at least
/// [`HINDI_MIN_WORDS`] is a Hindi stopword (के, में, है ... are in every Hindi sentence).
const MARATHI_LLA_SHARE: usize = 100;
const HINDI_STOPWORD_SHARE: usize = 8;
const HINDI_MIN_WORDS: usize = 4;
/// Cyrillic is neither Russian nor Ukrainian when at least one letter in this many is outside both
/// alphabets.
const FOREIGN_CYRILLIC_SHARE: usize = 100;

/// The language `text` is written in, or [`Language::UNDETERMINED`].
///
/// # Examples
/// ```
/// use abridge::{detect_language, Language};
/// assert_eq!(detect_language("The summit was held in the city, and the leaders met there."), Language::ENGLISH);
/// assert_eq!(detect_language("Die Regierung hat am Montag einen neuen Plan vorgestellt.").tag(), "de");
/// assert_eq!(detect_language("東京で会議が開かれた。").tag(), "ja");
/// assert_eq!(detect_language("12 345 678"), Language::UNDETERMINED);
/// ```
pub fn detect(text: &str) -> Language {
    let sample = Sample::of(text);
    let scripts = ScriptCounts::of(&sample);
    let tag = match scripts.dominant() {
        None | Some(Script::Other) => return Language::UNDETERMINED,
        Some(Script::Greek) => "el",
        Some(Script::Hangul) => "ko",
        Some(Script::Thai) => "th",
        Some(Script::Han) if scripts.kana > 0 && scripts.kana * KANA_SHARE >= scripts.han + scripts.kana => "ja",
        Some(Script::Han) => "zh",
        Some(Script::Arabic) if scripts.foreign_arabic * FOREIGN_ARABIC_SHARE >= scripts.arabic => "und",
        Some(Script::Arabic) => "ar",
        Some(Script::Devanagari) if scripts.marathi_lla * MARATHI_LLA_SHARE >= scripts.devanagari || !uses_hindi_stopwords(&sample) => "und",
        Some(Script::Devanagari) => "hi",
        Some(Script::Cyrillic) if scripts.foreign_cyrillic * FOREIGN_CYRILLIC_SHARE >= scripts.cyrillic => "und",
        // Either alphabet's own letters rule the other language out; with both, the profiles decide.
        Some(Script::Cyrillic) if scripts.ukrainian_only > 0 && scripts.russian_only == 0 => return by_profile(&sample, Script::Cyrillic, "ru"),
        Some(Script::Cyrillic) if scripts.russian_only > 0 && scripts.ukrainian_only == 0 => return by_profile(&sample, Script::Cyrillic, "uk"),
        Some(script @ (Script::Latin | Script::Cyrillic)) => return by_profile(&sample, script, ""),
    };
    Language::from_tag(tag).unwrap_or(Language::UNDETERMINED)
}

/// The lines of the text that detection reads.
struct Sample<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Sample<'a> {
    fn of(text: &'a str) -> Sample<'a> {
        let mut lines: Vec<&str> = Vec::new();
        if text.len() <= SAMPLE_BYTES {
            lines.extend(text.lines());
        } else {
            let stride = text.len() / WINDOWS;
            for w in 0..WINDOWS {
                let start = ceil_char_boundary(text, w * stride);
                let end = ceil_char_boundary(text, (start + WINDOW_BYTES).min(text.len()));
                let mut window: Vec<&str> = text[start..end].lines().collect();
                // The first and last lines are cut through; keep them only if nothing else is left.
                if window.len() > 2 {
                    window.pop();
                    window.remove(0);
                }
                lines.extend(window);
            }
        }
        let prose: Vec<&str> = lines.iter().copied().filter(|l| is_prose(l)).collect();
        Sample { lines: if prose.is_empty() { lines } else { prose } }
    }
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn is_prose(line: &str) -> bool {
    // A line in capitals is a heading or a menu, however long: a language picker's run of country
    // names ("UNITED KINGDOMESPAÑAFRANCE…日本한국…") had outvoted a German page's sentences.
    let (chars, upper, lower) =
        line.chars().fold((0, 0, 0), |(n, u, l), c| (n + 1, u + usize::from(c.is_uppercase()), l + usize::from(c.is_lowercase())));
    upper <= lower
        && (chars >= PROSE_LONG_CHARS
            || (chars >= PROSE_MIN_CHARS && line.contains(['.', '!', '?', '。', '！', '？', '।', '؟', '۔'])))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Devanagari,
    Han,
    Hangul,
    Thai,
    Other,
}

/// Letters of each script in the sample, and the few letters that mark a language within one.
#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    cyrillic: usize,
    greek: usize,
    arabic: usize,
    devanagari: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    thai: usize,
    other: usize,
    foreign_arabic: usize,
    marathi_lla: usize,
    foreign_cyrillic: usize,
    /// Letters of the Russian alphabet only (ы э ё), and of the Ukrainian only (і ї є ґ).
    russian_only: usize,
    ukrainian_only: usize,
}

impl ScriptCounts {
    fn of(sample: &Sample) -> ScriptCounts {
        let mut n = ScriptCounts::default();
        for c in sample.lines.iter().flat_map(|l| l.chars()) {
            match c {
                'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => n.latin += usize::from(c.is_alphabetic()),
                '\u{400}'..='\u{52F}' => {
                    n.cyrillic += 1;
                    n.foreign_cyrillic += usize::from(!is_russian_or_ukrainian(c));
                    n.russian_only += usize::from(matches!(c, 'ы' | 'Ы' | 'э' | 'Э' | 'ё' | 'Ё'));
                    n.ukrainian_only += usize::from(matches!(c, 'і' | 'І' | 'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ'));
                }
                '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}' => n.greek += usize::from(c.is_alphabetic()),
                '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' if c.is_alphabetic() => {
                    n.arabic += 1;
                    n.foreign_arabic += usize::from(is_persian_or_urdu_letter(c));
                }
                '\u{900}'..='\u{97F}' => {
                    n.devanagari += usize::from(c.is_alphabetic());
                    n.marathi_lla += usize::from(c == 'ळ');
                }
                '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => n.kana += usize::from(c != 'ー' && c != '・'),
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' => n.han += 1,
                '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => n.hangul += 1,
                '\u{E00}'..='\u{E7F}' => n.thai += 1,
                c if c.is_alphabetic() => n.other += 1,
                _ => {}
            }
        }
        n
    }

    /// The script with the most letters (Han and kana count together), if there are letters at all.
    fn dominant(&self) -> Option<Script> {
        let counts = [
            (Script::Latin, self.latin),
            (Script::Cyrillic, self.cyrillic),
            (Script::Greek, self.greek),
            (Script::Arabic, self.arabic),
            (Script::Devanagari, self.devanagari),
            (Script::Han, self.han + self.kana),
            (Script::Hangul, self.hangul),
            (Script::Thai, self.thai),
            (Script::Other, self.other),
        ];
        let (script, count) = counts.into_iter().fold((Script::Other, 0), |best, c| if c.1 > best.1 { c } else { best });
        (count > 0).then_some(script)
    }
}

fn uses_hindi_stopwords(sample: &Sample) -> bool {
    let Ok(hindi) = Language::from_tag("hi") else { return false };
    let words: Vec<&str> = sample.lines.iter().flat_map(|l| l.split(|c: char| c.is_whitespace() || matches!(c, '।' | ',' | '.' | '?' | '!' | '"' | '\'' | '(' | ')'))).filter(|w| !w.is_empty()).collect();
    let hits = words.iter().filter(|w| hindi.is_stopword(w)).count();
    words.len() < HINDI_MIN_WORDS || hits * HINDI_STOPWORD_SHARE >= words.len()
}

/// The Russian and Ukrainian alphabets together (and the apostrophe-like letters Ukrainian writes).
fn is_russian_or_ukrainian(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' | 'є' | 'Є' | 'і' | 'І' | 'ї' | 'Ї' | 'ґ' | 'Ґ')
}

/// Letters Persian and Urdu add to the Arabic alphabet, and the forms of yeh and kaf they write instead
/// of Arabic's.
fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ہ' | 'ے' | 'ھ')
}

/// One profile of `profiles.txt`.
struct Profile {
    /// `None` for a language Abridge does not support.
    language: Option<Language>,
    script: Script,
    /// The share of a text's trigrams its profile is expected to cover.
    expected_coverage: f32,
    /// Its own letters outside ASCII (Latin-script profiles only).
    letters: Vec<char>,
}

/// The profiles, ready for scoring: built once.
struct Model {
    profiles: Vec<Profile>,
    /// A trigram → the profiles that have it and its weight in each.
    trigrams: FxHashMap<u64, Vec<(u8, f32)>>,
    /// A stopword → the profiles whose language has it, as a bit set.
    stopwords: FxHashMap<&'static str, u64>,
}

impl Model {
    fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(data_file!("profiles.txt")))
    }

    fn parse(file: &'static str) -> Model {
        let mut model = Model { profiles: Vec::new(), trigrams: FxHashMap::default(), stopwords: FxHashMap::default() };
        for (tag, mut entries) in sections(file) {
            let index = model.profiles.len();
            if index >= 64 {
                break; // the stopword bit sets hold 64
            }
            // In thousandths: an integer, so that the `.wasm` carries no float parser.
            let expected_coverage = entries.next().and_then(|e| e.parse::<u16>().ok()).map_or(1.0, |m| f32::from(m) / 1000.0);
            let mut entries = entries.peekable();
            let letters: Vec<char> = match entries.peek() {
                Some(line) if line.starts_with('=') => line.chars().skip(1).collect(),
                _ => Vec::new(),
            };
            let trigrams: Vec<&str> = entries.filter(|e| !e.starts_with('=')).flat_map(str::split_whitespace).collect();
            let mut script = Script::Latin;
            for (rank, trigram) in trigrams.iter().enumerate() {
                if trigram.chars().any(|c| matches!(c, '\u{400}'..='\u{52F}')) {
                    script = Script::Cyrillic;
                }
                let weight = (WEIGHT_SCALE + RANK_OFFSET).ln() + 1.0 - (rank as f32 + RANK_OFFSET).ln();
                let key = pack(trigram.chars().map(|c| if c == '_' { ' ' } else { c }));
                model.trigrams.entry(key).or_default().push((index as u8, weight));
            }
            let language = Language::from_tag(tag).ok();
            if let Some(language) = language {
                for &word in &language.lexicon().stopwords {
                    *model.stopwords.entry(word).or_default() |= 1 << index;
                }
            }
            model.profiles.push(Profile { language, script, expected_coverage, letters });
        }
        model
    }
}

/// The bits of three characters packed by [`push_char`].
const TRIGRAM_MASK: u64 = (1 << 63) - 1;

/// Three characters as one key (21 bits each: every Unicode scalar fits).
fn pack(chars: impl Iterator<Item = char>) -> u64 {
    chars.take(3).fold(0, push_char)
}

/// The key of the last three characters once `c` follows the ones `key` holds: the profile's keys and
/// a word's trigrams, packed as its characters go by, are made by this one step.
fn push_char(key: u64, c: char) -> u64 {
    (key << 21 | u64::from(c)) & TRIGRAM_MASK
}

/// The language among the profiled ones of `script` (but `ruled_out`) that fits the sample best, or `und`.
fn by_profile(sample: &Sample, script: Script, ruled_out: &str) -> Language {
    let model = Model::get();
    let candidates: Vec<bool> =
        model.profiles.iter().map(|p| p.script == script && p.language.map_or(true, |l| l.tag() != ruled_out)).collect();
    let mut scores = vec![0.0f32; model.profiles.len()];
    let mut hits = vec![0usize; model.profiles.len()];
    let (mut total, mut words) = (0usize, 0usize);
    let mut stopword_sets = 0;
    let mut distinctive = script != Script::Latin;
    let mut word = String::new();
    let mut add_word = |word: &str, scores: &mut [f32], hits: &mut [usize], total: &mut usize| {
        words += 1;
        if let Some(&set) = model.stopwords.get(word) {
            stopword_sets |= set;
            for (p, score) in scores.iter_mut().enumerate() {
                if set & (1 << p) != 0 {
                    *score += STOPWORD_WEIGHT;
                }
            }
        }
        // The word's trigrams with a space at either end, packed as they go by (no copy of the word).
        let (mut key, mut seen) = (u64::from(' '), 1);
        for c in word.chars().chain(std::iter::once(' ')) {
            key = push_char(key, c);
            seen += 1;
            if seen < 3 {
                continue;
            }
            *total += 1;
            for &(p, weight) in model.trigrams.get(&key).map_or(&[][..], Vec::as_slice) {
                scores[usize::from(p)] += weight;
                hits[usize::from(p)] += 1;
            }
        }
    };
    for line in &sample.lines {
        for c in line.chars().chain(std::iter::once(' ')) {
            if c.is_alphabetic() {
                let before = word.len();
                word.extend(c.to_lowercase());
                if !c.is_ascii() && script == Script::Latin {
                    distinctive = true;
                    for lower in word[before..].chars() {
                        for (p, profile) in model.profiles.iter().enumerate() {
                            scores[p] += if profile.letters.contains(&lower) { LETTER_WEIGHT } else { -LETTER_WEIGHT };
                        }
                    }
                }
            } else if !word.is_empty() {
                add_word(&word, &mut scores, &mut hits, &mut total);
                word.clear();
            }
        }
    }
    let best = (0..model.profiles.len())
        .filter(|&p| candidates[p])
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)));
    let Some(best) = best else { return Language::UNDETERMINED };
    let profile = &model.profiles[best];
    let min_coverage = if total < SHORT_TRIGRAMS { MIN_COVERAGE_SHORT } else { MIN_COVERAGE };
    let coverage = hits[best] as f32 / total.max(1) as f32 / profile.expected_coverage;
    let enough_words = words >= MIN_WORDS || distinctive || stopword_sets & (1 << best) != 0;
    match profile.language {
        Some(language) if total > 0 && coverage >= min_coverage && enough_words => language,
        _ => Language::UNDETERMINED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_parses_with_its_share_and_script() {
        let model = Model::get();
        assert!(model.profiles.len() >= 20);
        for profile in &model.profiles {
            assert!(profile.expected_coverage > 0.1 && profile.expected_coverage < 1.0);
        }
        let cyrillic: Vec<&str> =
            model.profiles.iter().filter(|p| p.script == Script::Cyrillic).filter_map(|p| p.language.map(Language::tag)).collect();
        assert_eq!(cyrillic, ["ru", "uk"]);
    }

    #[test]
    fn two_plain_words_without_a_stopword_are_undetermined() {
        for text in ["hello world", "climate change", "Guten Morgen", "binary junk"] {
            assert_eq!(detect(text), Language::UNDETERMINED, "{text}");
        }
        // A stopword, letters outside ASCII or another alphabet still decide.
        for (text, tag) in [("the cat", "en"), ("der Hund", "de"), ("Dzień dobry", "pl"), ("Привет мир", "ru"), ("Good morning everyone", "en")] {
            assert_eq!(detect(text).tag(), tag, "{text}");
        }
    }

    #[test]
    fn a_line_in_capitals_is_no_prose_however_long() {
        // A page whose language picker (the countries' names in capitals, in their scripts) is the only
        // long line: it was read as prose beside the two sentences and the page came out `und`.
        let picker = "UNITED KINGDOMESPAÑAFRANCEITALIAPORTUGALBRASILMÉXICOINDIAHONG KONGSINGAPORE日本한국NEDERLANDTÜRKIYEPOLSKAРОССИЯARGENTINAVENEZUELACOLOMBIASOUTH AFRICAMALAYSIAالإمارات العربية المتحدةمصرPERÚCHILE";
        let page = format!("Dein Browser ist leider veraltet.\n\nLade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter. Klicke dafür einfach auf das Symbol!\n\nRäume\nExperten\nMagazin\n{picker}\nDEUTSCHLAND");
        assert!(!is_prose(picker));
        assert_eq!(detect(&page).tag(), "de");
        // Prose stays prose in any case system: Title Case, German nouns, a script without case.
        assert!(is_prose("Die Bundesregierung Hat Am Mittwoch Beschlossen, Die Förderung Auszuweiten."));
        assert!(is_prose("宇航员在太空中喝酒会怎么样？不幸的是，机构普遍禁止宇航员在太空中喝酒。"));
    }

    #[test]
    fn long_texts_are_sampled_on_char_boundaries() {
        let text = "Ж".repeat(SAMPLE_BYTES * 3 + 1) + " und ein Satz.";
        let sample = Sample::of(&text);
        assert!(sample.lines.iter().map(|l| l.len()).sum::<usize>() <= SAMPLE_BYTES + WINDOWS * 4);
    }
}
