//! Stage 6, keywords: the terms the article is about, with every place they occur.
//!
//! A term's weight is the sum, over its occurrences, of the centrality of the sentence it occurs in:
//! a word repeated in the sentences that carry the article outranks one repeated in asides. Names
//! (mostly capitalized mid-sentence) and title words weigh more; numbers and the generic words of news
//! prose ("said", "year", "people": the language's `generic.txt`) are not keywords; nor, in German,
//! which capitalizes every noun, is a word never capitalized but where it opens a sentence; nor is a pair
//! of Han characters said only once inside a longer run (as often two words' ends as a word). A keyword
//! is widened over the words it is always written with (a name, a word of several Chinese characters),
//! and in a language written in syllables (Vietnamese) over the syllable it is most bound to. Each
//! keyword is shown in its commonest written form and carries the spans of all its occurrences, so the
//! page can highlight them.

use crate::span::{find_str, lowercase, unspaced_class, Span, Unspaced};
use crate::tokenize::{TermId, Tokens};

/// A term that is mostly written capitalized mid-sentence is a name: names are what a reader scans for.
pub const NAME_BONUS: f64 = 1.5;
/// A term of the title is what the author said the article is about.
pub const TITLE_BONUS: f64 = 1.5;
/// A keyword occurs at least this often (unless the article is a handful of sentences and the keyword
/// is no pair of Han characters inside a longer run).
pub const MIN_OCCURRENCES: u32 = 2;
/// How bound two syllables must be to be one word (`word_of_syllable`): the Dice coefficient of the pair.
const WORD_DICE: f64 = 0.3;

/// A keyword and where it occurs.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The commonest written form of the term ("Putin", "summit").
    pub term: String,
    /// Weight relative to the top keyword, in `(0, 1]`.
    pub score: f64,
    /// Every occurrence in the scored sentences, in order.
    pub occurrences: Vec<Span>,
}

/// The `limit` best keywords, best first (ties by first occurrence). Kept out of line: inlined into the
/// summary's assembly, it cost the `.wasm` 8 bytes more (gzip).
#[inline(never)]
pub fn keywords(text: &str, tokens: &Tokens, centrality: &[f64], limit: usize) -> Vec<Keyword> {
    if limit == 0 {
        return Vec::new();
    }
    let vocabulary = &tokens.vocabulary;
    let mut weight = vec![0.0f64; vocabulary.len()];
    for (i, range) in tokens.ranges.iter().enumerate() {
        let c = centrality.get(i).copied().unwrap_or(0.0);
        for &t in &tokens.terms[range.clone()] {
            weight[t as usize] += c;
        }
    }
    for &t in &tokens.title_terms {
        weight[t as usize] *= TITLE_BONUS;
    }
    let min_occurrences = if tokens.ranges.len() < 5 { 1 } else { MIN_OCCURRENCES };
    let candidates: Vec<usize> = (0..vocabulary.len())
        .filter(|&t| vocabulary.count[t] >= min_occurrences && !vocabulary.numeric[t] && weight[t] > 0.0)
        .collect();
    for &t in &candidates {
        if vocabulary.capitalized[t] * 2 > vocabulary.count[t] {
            weight[t] *= NAME_BONUS;
        }
    }
    // Weights equal but for their last bits (the .wasm's logarithms come from Rust's libm, the command
    // line's from the C library) must rank alike everywhere: they are put on a grid of 1e-9 of the
    // largest, so that such near-ties go by first occurrence as exact ties do.
    let largest = candidates.iter().fold(0.0f64, |m, &t| m.max(weight[t]));
    for &t in &candidates {
        weight[t] = (weight[t] / largest * 1e9).round().max(1.0);
    }
    // Generic words are dropped from the top down, only as far as the keywords asked for: lower-casing
    // every term of a novel to look it up was most of this stage.
    // The language's generic words (`generic.txt`): reporting verbs, time words, quantities. Where every
    // noun is capitalized (German), a word never capitalized but where it opens a sentence is a verb, an
    // adjective or a function word the stopword list is too short to hold ("seit", "Seit Montag …",
    // "wurde", "gegen"): no keyword either. Nor is a term of Thai (Lao, Khmer, Myanmar) letters: unlike a
    // pair of Chinese characters, a pair of them is seldom a word ("าง", "ือ"), and widened over its
    // neighbours (below) it is a word as often as a fragment ("รถราง", tram, but "นทาง" of "เส้นทาง", route);
    // telling an alphabet's words apart without spaces takes a dictionary, and no keyword reads better
    // than a fragment. A pair of Han characters said once is no keyword, even in a text of a few sentences,
    // unless it is the whole of its run: inside a longer run it is as often the end of one word and the
    // start of the next ("已经改变" gives "经改") as a word.
    let lexicon = tokens.language.lexicon();
    let not_a_keyword = |t: usize| {
        let display = vocabulary.display[t].slice(text);
        let class = display.chars().next().and_then(unspaced_class);
        (lexicon.nouns_capitalized && vocabulary.capitalized[t] == 0)
            || class == Some(Unspaced::Brahmic)
            || class == Some(Unspaced::Han) && vocabulary.count[t] < MIN_OCCURRENCES && !alone_in_its_run(text, vocabulary.display[t])
            || lexicon.generic.contains(lowercase(display).as_str())
    };
    // Twice the keywords asked for: those that prove part of a wider one (below) leave room for the next.
    let candidates = heaviest(&candidates, &weight, &|t| vocabulary.display[t].start, &|t| !not_a_keyword(t), limit.saturating_mul(2));

    // Where each keyword occurs, as positions in the token stream.
    let mut occurrences: Vec<Vec<usize>> = vec![Vec::new(); candidates.len()];
    // Each term's place among the keywords (a table, not a map: it is read once per word of the text).
    let mut slot = vec![usize::MAX; vocabulary.len()];
    for (s, &t) in candidates.iter().enumerate() {
        slot[t] = s;
    }
    for (at, &t) in tokens.terms.iter().enumerate() {
        if let Some(list) = slot.get(t as usize).and_then(|&s| occurrences.get_mut(s)) {
            list.push(at);
        }
    }
    let top = candidates.first().map_or(1.0, |&t| weight[t]);
    let spans = &tokens.spans;
    let keywords: Vec<Keyword> = candidates
        .iter()
        .zip(occurrences)
        .map(|(&t, mut at)| {
            let keyword_like = |t: TermId| !vocabulary.numeric[t as usize] && !not_a_keyword(t as usize);
            let (mut before, mut after) = widening(text, tokens, &at, &keyword_like);
            if lexicon.syllables && before + after == 0 {
                (before, after) = word_of_syllable(text, tokens, &mut at, &keyword_like);
            }
            let span = |p: usize| Span::new(spans[p - before].start, spans[p + after].end);
            let term = if before + after > 0 { span(at[0]) } else { vocabulary.display[t] };
            // A widened occurrence may take in the next one's first word ("er giaas.vn er", repeated with
            // its "er" shared): that next one is not underlined twice.
            let mut occurrences: Vec<Span> = at.iter().map(|&p| span(p)).collect();
            occurrences.dedup_by(|next, kept| next.start < kept.end);
            Keyword { term: term.slice(text).to_string(), score: weight[t] / top, occurrences }
        })
        .collect();
    // The pairs of one word widen to it alike, and so do the two words of a name: the word, or the
    // name, is one keyword, where the heavier of its parts ranked. A keyword that stands inside a wider
    // one at three in four of its occurrences or more is part of it ("Chan" beside "Kinsun Chan", "宇航"
    // beside "宇航员"), and the wider one stands for both; at fewer it is a word of its own as well
    // ("North" beside "North Korea", also "North Korean" and "the North"; "太空", space, beside "太空中").
    let part_of = |k: &Keyword, wider: &Keyword| {
        let mut inside = 0;
        let mut next = wider.occurrences.iter().peekable();
        for o in &k.occurrences {
            while next.next_if(|w| w.end < o.end).is_some() {}
            inside += usize::from(next.peek().is_some_and(|w| w.start <= o.start && o.end <= w.end));
        }
        4 * inside >= 3 * k.occurrences.len()
    };
    let keep: Vec<bool> = (0..keywords.len())
        .map(|i| {
            let k = &keywords[i];
            !keywords.iter().enumerate().any(|(j, w)| {
                (w.term.len() > k.term.len() || (w.term.len() == k.term.len() && j < i)) && find_str(&w.term, &k.term).is_some() && part_of(k, w)
            })
        })
        .collect();
    keywords.into_iter().zip(keep).filter_map(|(k, kept)| kept.then_some(k)).take(limit).collect()
}

/// How many tokens a term's occurrences (positions `at` in the token stream) take in before and
/// after them. In a script written without spaces a term is a pair of characters (`tokenize`), and a
/// word of three or more is overlapping pairs ("図書" and "書館" of "図書館", "新电" and "电脑" of
/// "新电脑"): a term that occurs more than once takes in the pair overlapping it on either side, one at
/// a time, while every occurrence has the same pair there (`tokenize` cuts the runs of pairs at a stop
/// character, "の", "的"). In a spaced script a term takes in the word one space from it on either
/// side, the one only, when every occurrence has the same word there and that word could be a keyword
/// (`keyword_like`: no number, no generic word): the two words are one name or one word ("North Korea",
/// "Angela Merkel", Vietnamese "thành phố", "city", written as two syllables), not "10 Kilo" or "seit
/// Beginn".
fn widening(text: &str, tokens: &Tokens, at: &[usize], keyword_like: &dyn Fn(TermId) -> bool) -> (usize, usize) {
    let (spans, terms) = (&tokens.spans, &tokens.terms);
    let mut reach = [0usize; 2];
    if at.len() > 1 {
        for (side, step) in [1usize, usize::MAX].into_iter().enumerate() {
            // The token `n` steps from `p` on this side; below zero it wraps past the end, where no
            // token is.
            let near = |p: usize, n: usize| p.wrapping_add(step.wrapping_mul(n));
            // It is the first occurrence's term there, and overlaps the token before it on the way or,
            // next to the occurrence itself, stands one space from it.
            let joins = |p: usize, n: usize| match (spans.get(near(p, n)), spans.get(near(p, n - 1)), terms.get(near(at[0], n))) {
                (Some(q), Some(r), Some(&first)) => {
                    terms[near(p, n)] == first
                        && (q.start < r.end && r.start < q.end || n == 1 && neighbour(text, tokens, p, side == 0).is_some() && keyword_like(first))
                }
                _ => false,
            };
            while at.iter().all(|&p| joins(p, reach[side] + 1)) {
                reach[side] += 1;
            }
        }
    }
    (reach[1], reach[0])
}

/// In a language that writes its words as syllables apart by spaces (`Lexicon::syllables`: Vietnamese
/// "công an", police, "cơ quan", agency), a syllable that [`widening`] left alone because its occurrences
/// have different neighbours is the two-syllable word it is most bound to: "an" of "công an", beside
/// "an ninh" and "Long An". The word is the syllable and the neighbour, one space before or after
/// it, with which it makes the most bound pair: the pair's Dice coefficient (twice the pair's count over
/// the two syllables' counts) at least [`WORD_DICE`], and the pair said twice. The neighbour must not
/// be bound more to the syllable on its other side ("vụ tai nạn", the accident: "tai" is part of "tai
/// nạn", not of "vụ tai"). `at` keeps the occurrences in the word, and the widening (tokens before,
/// after) takes in the neighbour.
fn word_of_syllable(text: &str, tokens: &Tokens, at: &mut Vec<usize>, keyword_like: &dyn Fn(TermId) -> bool) -> (usize, usize) {
    let Some(&first) = at.first() else { return (0, 0) };
    let bound = |term: TermId| most_bound(text, tokens, term, keyword_like);
    let [before, after] = bound(tokens.terms[first]);
    let after_wins = after.0 > before.0;
    let (dice, other) = if after_wins { after } else { before };
    // The neighbour's own most bound pair on its other side.
    if dice < WORD_DICE || bound(other)[usize::from(after_wins)].0 > dice {
        return (0, 0);
    }
    at.retain(|&p| neighbour(text, tokens, p, after_wins) == Some(other));
    if after_wins { (0, 1) } else { (1, 0) }
}

/// Of the neighbours one space before and after the occurrences of `term` that could be keywords, on
/// each side the one with which it makes the most bound pair, said twice at the least: (the pair's Dice
/// coefficient, 0 if there is none, its term). On a tie, the first to reach it. The term's occurrences
/// are found by reading the token stream (twice for a keyword, at most twice the keywords asked for):
/// code that kept them for the purpose cost the bundle more than the reading costs in time.
fn most_bound(text: &str, tokens: &Tokens, term: TermId, keyword_like: &dyn Fn(TermId) -> bool) -> [(f64, TermId); 2] {
    let count = &tokens.vocabulary.count;
    let mut pairs = vec![[0u32; 2]; count.len()];
    let mut best = [(0.0, 0); 2];
    for p in (0..tokens.terms.len()).filter(|&p| tokens.terms[p] == term) {
        for (side, best) in best.iter_mut().enumerate() {
            let Some(other) = neighbour(text, tokens, p, side == 1) else { continue };
            let pair = &mut pairs[other as usize][side];
            *pair += 1;
            let dice = 2.0 * f64::from(*pair) / f64::from(count[term as usize] + count[other as usize]);
            if *pair >= 2 && dice > best.0 && keyword_like(other) {
                *best = (dice, other);
            }
        }
    }
    best
}

/// The term of the token one space before or `after` the token at `p` (`widening` and `word_of_syllable`
/// read a neighbour so).
fn neighbour(text: &str, tokens: &Tokens, p: usize, after: bool) -> Option<TermId> {
    let q = if after { p + 1 } else { p.checked_sub(1)? };
    let (first, second) = if after { (tokens.spans.get(p)?, tokens.spans.get(q)?) } else { (tokens.spans.get(q)?, tokens.spans.get(p)?) };
    let term = *tokens.terms.get(q)?;
    (second.start == first.end + 1 && text.as_bytes().get(first.end) == Some(&b' ')).then_some(term)
}

/// Whether no Han character stands right before or after `span`: a pair of them that is the whole of its
/// run between kana, punctuation or spaces is a word (Japanese "東京で", "、地震が"), where a pair inside a
/// longer run may be the end of one word and the start of the next.
fn alone_in_its_run(text: &str, span: Span) -> bool {
    let han = |c: Option<char>| c.is_some_and(|c| unspaced_class(c) == Some(Unspaced::Han));
    !han(text.get(..span.start).and_then(|t| t.chars().next_back())) && !han(text.get(span.end..).and_then(|t| t.chars().next()))
}

/// The first `limit` of `candidates` that `keep` accepts, in the order of their ranking by `weight`
/// (heaviest first, ties by `tie`, then by their order in `candidates`).
///
/// A long text has tens of thousands of candidates (1 MB of Chinese: its character pairs) and wants a
/// handful, so not all of them are sorted: only those in the heaviest binary orders of magnitude that
/// hold a few times `limit` of them. Every candidate at least as heavy as the lightest of those is among
/// them, so they are the head of the whole ranking; only if `keep` leaves too few of them is the whole
/// list sorted.
fn heaviest(candidates: &[usize], weight: &[f64], tie: &dyn Fn(usize) -> usize, keep: &dyn Fn(usize) -> bool, limit: usize) -> Vec<usize> {
    // The binary exponent above 1, as far as 63: never lower for a heavier weight, which is all the
    // head needs (weights under 1 share the lowest, any over 2^63 the highest).
    let magnitude = |t: usize| (((weight[t].to_bits() >> 52) & 0x7ff) as usize).saturating_sub(1023).min(63);
    let mut per_magnitude = [0usize; 64];
    for &t in candidates {
        per_magnitude[magnitude(t)] += 1;
    }
    let (mut lightest, mut kept) = (64, 0);
    while lightest > 0 && kept < 4 * limit + 16 {
        lightest -= 1;
        kept += per_magnitude[lightest];
    }
    loop {
        let mut head: Vec<usize> = candidates.iter().copied().filter(|&t| magnitude(t) >= lightest).collect();
        crate::rank::by_weight_descending(&mut head, weight, Some(tie));
        let best: Vec<usize> = head.into_iter().filter(|&t| keep(t)).take(limit).collect();
        if best.len() == limit || lightest == 0 {
            return best;
        }
        lightest = 0; // too few kept: the whole list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;
    use crate::Language;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// The head found through the orders of magnitude is the head of the whole ranking, with weights
        /// from several magnitudes or crowded into one, and `keep` refusing many or all.
        #[test]
        fn the_heaviest_are_the_head_of_the_whole_ranking(
            weights in proptest::collection::vec(prop_oneof![1.0f64..4.0, 1.0f64..1e9, Just(1.0), Just(1e9)], 0..200),
            draws in proptest::collection::vec(0usize..1000, 200),
            keep_one_in in 1usize..40,
            limit in 0usize..12,
            ties in proptest::collection::vec(0usize..5, 200),
        ) {
            let weights: Vec<f64> = weights.iter().map(|w| w.round()).collect();
            let candidates: Vec<usize> = (0..weights.len()).collect();
            let (tie, keep) = (|t: usize| ties[t], |t: usize| draws[t] % keep_one_in == 0);
            let mut all = candidates.clone();
            crate::rank::by_weight_descending(&mut all, &weights, Some(&tie));
            let expected: Vec<usize> = all.into_iter().filter(|&t| keep(t)).take(limit).collect();
            prop_assert_eq!(heaviest(&candidates, &weights, &tie, &keep, limit), expected);
        }
    }

    #[test]
    fn central_names_outrank_generic_words_and_numbers() {
        let text = "Putin met Kim in 2019. Putin said the summit went well. Kim said the summit was useful. \
                    People said 2019 was a year. The weather was mild.";
        let spans: Vec<Span> = [(0, 22), (23, 55), (56, 88), (89, 119), (120, text.len())]
            .iter()
            .map(|&(a, b)| Span::new(a, b))
            .collect();
        let tokens = tokenize(text, &spans, Language::ENGLISH);
        let centrality = vec![1.0, 0.9, 0.9, 0.2, 0.1];
        let found = keywords(text, &tokens, &centrality, 3);
        let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms[..2], ["Putin", "Kim"], "{terms:?}");
        assert!(terms.contains(&"summit"));
        assert!(!terms.contains(&"said") && !terms.contains(&"2019"));
        assert_eq!(found[0].occurrences.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["Putin", "Putin"]);
        assert_eq!(found[0].score, 1.0);
    }

    /// The eight best keywords of `text` in the language `tag`, its sentences as `segment` finds them
    /// and all equally central.
    fn eight_keywords(text: &str, tag: &str) -> Vec<Keyword> {
        let language = Language::from_tag(tag).unwrap();
        let spans = crate::segment::sentences(text, &[Span::new(0, text.len())], language).collect::<Vec<_>>();
        keywords(text, &tokenize(text, &spans, language), &vec![1.0; spans.len()], 8)
    }

    /// Chinese and Japanese terms are pairs of characters: a word of three or more that recurs is
    /// one keyword, with its whole occurrences, not its pairs ("図書" and "書館"), and a stop character
    /// ("の", "的") ends it.
    #[test]
    fn a_word_of_three_characters_or_more_is_one_keyword_in_chinese_and_japanese() {
        let cases = [
            ("ja", "東京の新しい図書館が開館した。図書館には子ども向けの部屋がある。市は図書館の建設に十億円を使った。", "図書館", &["図書", "書館", "図書館の"][..]),
            ("zh", "公司发布了新电脑。新电脑能够下围棋。专家认为新电脑的水平很高。宇航学会也表示欢迎。", "新电脑", &["新电", "电脑"][..]),
        ];
        for (tag, text, word, pieces) in cases {
            let found = eight_keywords(text, tag);
            let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
            assert!(terms.contains(&word) && !pieces.iter().any(|p| terms.contains(p)), "{tag}: {terms:?}");
            let keyword = &found[terms.iter().position(|t| *t == word).unwrap()];
            assert!(keyword.occurrences.len() == 3 && keyword.occurrences.iter().all(|o| o.slice(text) == word), "{tag}: {keyword:?}");
        }
    }

    /// A pair of Han characters said once inside a longer run is no keyword, even in a text of a few
    /// sentences, where a word of an alphabet said once is: the pair is as often two words' ends
    /// ("已经改变" gives "经改") as a word. A pair that is its whole run, between kana or punctuation, is a
    /// word (Japanese "東京で"; "気象庁" gives neither "気象" nor "象庁").
    #[test]
    fn a_pair_of_han_characters_said_once_is_no_keyword() {
        let text = "中国的经济增长很快。中国的出口也在增加。专家认为前景乐观。";
        let found = eight_keywords(text, "zh");
        let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["中国"]);
        assert_eq!(found[0].occurrences.len(), 2);
        let japanese = "昨日の午後、東京で大きな地震が発生した。現在まで被害の報告はない。気象庁が原因を調査している。";
        let terms: Vec<String> = eight_keywords(japanese, "ja").into_iter().map(|k| k.term).collect();
        assert!(["東京", "地震", "被害"].iter().all(|w| terms.iter().any(|t| t == w)), "{terms:?}");
        assert!(!terms.iter().any(|t| t == "気象" || t == "象庁"), "{terms:?}");
        let english = eight_keywords("Exports rose sharply. Analysts expect growth.", "en");
        assert!(english.iter().any(|k| k.term == "Exports"), "{english:?}");
    }

    /// In Vietnamese a syllable keyword is the word it is most bound to: "Công" and "an" are "Công an"
    /// (police) though "công ty" and "an ninh" occur too; "vụ" (a case) is not "vụ tai" where "tai" is
    /// bound more to "nạn" ("tai nạn", an accident). English keeps its words apart when they are not
    /// always together ("Korea" beside "North Korea" and "South Korea").
    #[test]
    fn a_syllable_is_the_word_it_is_most_bound_to_in_vietnamese() {
        let police = "Công an tỉnh đã bắt giữ nghi phạm. Công an huyện phối hợp với công ty bảo vệ. Theo công an, vụ việc xảy ra lúc sáng. \
                      Lực lượng an ninh có mặt tại hiện trường. Người dân thấy hai người bị thương. Công an kêu gọi người dân cung cấp thông tin.";
        let found = eight_keywords(police, "vi");
        let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
        assert!(terms.contains(&"Công an") && !terms.contains(&"Công") && !terms.contains(&"an"), "{terms:?}");
        assert_eq!(found[terms.iter().position(|t| *t == "Công an").unwrap()].occurrences.len(), 4);
        let accident = "Vụ tai nạn xảy ra lúc sáng. Cảnh sát đến hiện trường vụ tai nạn. Nguyên nhân gây tai nạn đang được làm rõ. \
                        Vụ việc khiến giao thông ùn tắc. Hai xe bị hư hỏng nặng. Người dân giúp đỡ nạn nhân.";
        let terms: Vec<String> = eight_keywords(accident, "vi").into_iter().map(|k| k.term).collect();
        assert!(terms.contains(&"tai nạn".to_string()) && terms.contains(&"Vụ".to_string()) && !terms.iter().any(|t| t.contains("Vụ tai")), "{terms:?}");
        let english = "North Korea fired a missile. South Korea condemned it. North Korea said the test worked. Korea watchers were alarmed. \
                       The missile fell into the sea. North Korea plans more tests.";
        let terms: Vec<String> = eight_keywords(english, "en").into_iter().map(|k| k.term).collect();
        assert!(terms.contains(&"Korea".to_string()) && terms.contains(&"North Korea".to_string()), "{terms:?}");
    }

    /// Two words one space apart wherever either occurs are one keyword: a name, or a Vietnamese word
    /// written as two syllables. A word that stands beside others too stays a keyword alone.
    #[test]
    fn two_words_always_written_together_are_one_keyword() {
        let cases = [
            ("en", "North Korea tested a missile. The launch angered Seoul. North Korea said the missile works. Seoul said the launch failed.", "North Korea", &["North", "Korea"][..]),
            ("vi", "Thành phố mở tuyến xe điện mới. Người dân thành phố chờ tuyến mới từ lâu. Tuyến nối trung tâm với phía bắc.", "thành phố", &["thành", "phố"][..]),
        ];
        for (tag, text, word, parts) in cases {
            let found = eight_keywords(text, tag);
            let terms: Vec<&str> = found.iter().map(|k| k.term.as_str()).collect();
            let at = terms.iter().position(|t| t.to_lowercase() == word.to_lowercase()).unwrap_or_else(|| panic!("{tag}: {terms:?}"));
            assert!(!parts.iter().any(|p| terms.contains(p)), "{tag}: {terms:?}");
            assert_eq!(found[at].occurrences.len(), 2, "{tag}: {:?}", found[at]);
            assert!(found[at].occurrences.iter().all(|o| o.slice(text).to_lowercase() == word.to_lowercase()), "{tag}: {:?}", found[at]);
        }
        // "launch" and "Seoul" stand beside different words ("The launch angered", "Seoul said the
        // launch"): one word each.
        let terms: Vec<String> = eight_keywords(cases[0].1, "en").into_iter().map(|k| k.term).collect();
        assert!(terms.contains(&"launch".to_string()) && terms.contains(&"Seoul".to_string()), "{terms:?}");
    }

    #[test]
    fn a_widened_keyword_s_occurrences_never_overlap() {
        // "Hari" widens to "Mata Hari Mata" on both sides, and each occurrence's last "Mata" is the next
        // one's first: the next one is not underlined over it.
        let text = "Mata Hari Mata Hari Mata Hari Mata. The spy was famous.";
        let keyword = eight_keywords(text, "en").into_iter().find(|k| k.term == "Mata Hari Mata").unwrap();
        let spans: Vec<&str> = keyword.occurrences.iter().map(|o| o.slice(text)).collect();
        assert_eq!(spans, ["Mata Hari Mata", "Mata Hari Mata"]);
        assert!(keyword.occurrences.windows(2).all(|w| w[0].end <= w[1].start), "{:?}", keyword.occurrences);
    }

    /// A keyword found inside a wider one at three in four of its occurrences or more is part of it:
    /// "Chan" beside "Kinsun Chan". One that mostly stands apart stays beside it.
    #[test]
    fn a_word_mostly_inside_a_wider_keyword_is_part_of_it() {
        let keywords_of = |text: &str| -> Vec<String> { eight_keywords(text, "en").into_iter().map(|k| k.term).collect() };
        let found = keywords_of("Kinsun Chan opened the gallery. The gallery shows paintings. Kinsun Chan painted them in Vienna. \
            Chan sold the paintings. Vienna loved the gallery of Kinsun Chan.");
        assert!(found.contains(&"Kinsun Chan".to_string()) && found.contains(&"gallery".to_string()), "{found:?}");
        assert!(!found.iter().any(|k| k == "Chan" || k == "Kinsun"), "{found:?}");
        let found = keywords_of("Kinsun Chan opened the gallery. Chan paints. Chan sold the paintings. Kinsun Chan painted them. \
            Chan lives in Vienna. Chan loved the gallery.");
        assert!(found.contains(&"Kinsun Chan".to_string()) && found.contains(&"Chan".to_string()), "{found:?}");
    }

    /// Thai letters make no keyword: a Thai text's keywords are its words in other scripts.
    #[test]
    fn a_pair_of_thai_letters_is_no_keyword() {
        let text = "รถรางสายใหม่เชื่อมสถานีกลางกับย่านทางตอนเหนือ Siemens สร้างรถรางสายใหม่ บริษัท Siemens คาดว่ารถรางจะมีผู้โดยสารมาก";
        let terms: Vec<String> = eight_keywords(text, "th").into_iter().map(|k| k.term).collect();
        assert_eq!(terms, ["Siemens"]);
    }

    #[test]
    fn zero_limit_gives_none() {
        let text = "Alpha beta gamma.";
        let tokens = tokenize(text, &[Span::new(0, text.len())], Language::ENGLISH);
        assert!(keywords(text, &tokens, &[1.0], 0).is_empty());
    }
}
