//! Stage 5, select: the sentences of the summary.
//!
//! The length asked for becomes a sentence count or a word budget; the best sentences are then taken
//! greedily with Maximal Marginal Relevance (Carbonell & Goldstein 1998): each pick trades its score
//! against its similarity to what is already chosen, so the summary does not say the same thing twice.
//! Its strength fades as the summary keeps a larger share of the article: at 3 sentences of 30 it stops
//! repeats, at nearly half the article it would only swap central sentences for peripheral ones.
//! A sentence that nearly repeats a chosen one is never taken. Ties go to the earlier sentence, and the
//! summary is returned in document order, so the same input always gives the same summary.

use crate::options::Length;
use crate::score::SentenceVectors;

/// A sentence this similar (tf-idf cosine) to a chosen one repeats it and is never chosen too.
pub const DUPLICATE_SIMILARITY: f64 = 0.9;
/// MMR considers the best `POOL_FACTOR × k` sentences (at least `POOL_MIN`): far-down sentences never
/// win anyway, and the pool keeps the cost at `O(k × pool)` on a novel.
pub const POOL_FACTOR: usize = 8;
pub const POOL_MIN: usize = 200;
/// Above this many similarity computations (a summary of thousands of sentences), MMR is replaced by
/// score order with exact repeats removed: at that length redundancy is not what a reader notices.
pub const MMR_MAX_COMPARISONS: usize = 2_000_000;

/// The share of the article's sentences at which redundancy removal has faded out entirely: the
/// diversity asked for is scaled by `1 - share / REDUNDANCY_FREE_SHARE` (floored at 0). Fitted on dev
/// (scripts/eval/fit.py): CNN/DM's 3 of ~30 sentences keep 78 % of it, BBC's 42 % keeps 7 %; a fixed
/// diversity cost BBC dev 0.8 R1 at 0.3, a fixed 0 cost CNN/DM dev 1.1.
pub const REDUNDANCY_FREE_SHARE: f64 = 0.45;

/// About how many sentences a summary of `length` will have, out of sentences with `word_counts` words:
/// the count asked for, or for a word budget the budget over the mean sentence length.
///
/// # Examples
/// ```
/// use abridge::{select::summary_sentences, Length};
/// assert_eq!(summary_sentences(Length::Sentences(3), &[10; 20]), 3);
/// assert_eq!(summary_sentences(Length::Words(45), &[10; 20]), 5);
/// assert_eq!(summary_sentences(Length::Ratio(0.5), &[10; 20]), 10);
/// ```
pub fn summary_sentences(length: Length, word_counts: &[usize]) -> usize {
    let n = word_counts.len();
    match length {
        Length::Words(w) => (w / mean(word_counts).max(1)).saturating_add(1).min(n),
        _ => sentence_count(length, n),
    }
}

/// How many sentences a length asks for, out of `n`, before any word budget.
///
/// # Examples
/// ```
/// use abridge::{select::sentence_count, Length};
/// assert_eq!(sentence_count(Length::Sentences(3), 10), 3);
/// assert_eq!(sentence_count(Length::Sentences(30), 10), 10);
/// assert_eq!(sentence_count(Length::Ratio(0.42), 10), 4);
/// assert_eq!(sentence_count(Length::Ratio(0.01), 10), 1);
/// ```
pub fn sentence_count(length: Length, n: usize) -> usize {
    let k = match length {
        Length::Sentences(k) => k,
        Length::Ratio(r) => (r * n as f64).round() as usize,
        Length::Words(_) => n,
    };
    k.clamp(1, n.max(1)).min(n)
}

/// For each of the first `n` sentences, the first sentence with the same vector: exact repeats have
/// identical vectors (a sentence without terms repeats none). Ranked with the crate's one stable sort
/// by a fingerprint of their vector (its weights times their term ids, summed), identical vectors are
/// neighbours, and a neighbour is a copy when its vector is equal. A hash set of the vectors would add
/// a hash table's code of its own to the `.wasm`: 0.6 KB gzip more (docs/performance.md).
fn first_copies(vectors: &SentenceVectors, n: usize) -> Vec<usize> {
    let fingerprints: Vec<f64> = (0..n)
        .map(|i| vectors.get(i).iter().map(|&(t, w)| f64::from(w) * f64::from(t + 1)).sum())
        .collect();
    let mut by_fingerprint: Vec<usize> = (0..n).collect();
    crate::rank::by_weight_descending(&mut by_fingerprint, &fingerprints, None);
    let mut first: Vec<usize> = (0..n).collect();
    // Within a run of equal fingerprints the indices ascend (the sort is stable): the run's first
    // sentence is the first copy of the others that have its vector.
    let mut run = 0;
    for at in 1..n {
        let (head, i) = (by_fingerprint[run], by_fingerprint[at]);
        if fingerprints[i] != fingerprints[head] {
            run = at;
        } else if !vectors.get(i).is_empty() && vectors.get(i) == vectors.get(head) {
            first[i] = head;
        }
    }
    first
}

/// The indices of the chosen sentences, in document order.
pub fn select(scores: &[f64], vectors: &SentenceVectors, word_counts: &[usize], length: Length, diversity: f64) -> Vec<usize> {
    let n = scores.len().min(vectors.len());
    if n == 0 {
        return Vec::new();
    }
    let k = sentence_count(length, n);
    let mut budget = match length {
        Length::Words(w) => w,
        _ => usize::MAX,
    };
    // Candidates, best first; ties by index (the order they start in: the ranking is stable).
    let mut order: Vec<usize> = (0..n).collect();
    crate::rank::by_weight_descending(&mut order, scores, None);

    let estimated_picks = match length {
        Length::Words(_) => summary_sentences(length, word_counts).min(n),
        _ => k,
    };
    let share = estimated_picks as f64 / n as f64;
    let diversity = diversity * (1.0 - share / REDUNDANCY_FREE_SHARE).max(0.0);
    let pool_size = n.min(POOL_MIN.max(POOL_FACTOR.saturating_mul(estimated_picks)));
    let pool = &order[..pool_size];
    let words = |i: usize| word_counts.get(i).copied().unwrap_or(0);

    let mut chosen: Vec<usize> = Vec::with_capacity(k.min(pool_size));
    if pool_size.saturating_mul(estimated_picks) <= MMR_MAX_COMPARISONS {
        let mut max_similarity = vec![0.0f64; pool_size];
        let mut taken = vec![false; pool_size];
        while chosen.len() < k {
            let mut best: Option<(usize, f64)> = None;
            for (p, &i) in pool.iter().enumerate() {
                if taken[p] || max_similarity[p] >= DUPLICATE_SIMILARITY || words(i) > budget {
                    continue;
                }
                let value = (1.0 - diversity) * scores[i] - diversity * max_similarity[p];
                // Strictly greater: among equal values the earlier candidate (better score, then lower index) wins.
                if best.map_or(true, |(_, v)| value > v) {
                    best = Some((p, value));
                }
            }
            let Some((p, _)) = best else { break };
            taken[p] = true;
            let pick = pool[p];
            chosen.push(pick);
            budget = budget.saturating_sub(words(pick));
            for (q, &i) in pool.iter().enumerate() {
                if !taken[q] {
                    max_similarity[q] = max_similarity[q].max(vectors.cosine(i, pick));
                }
            }
        }
    } else {
        let first_copy = first_copies(vectors, n);
        let mut copy_taken = vec![false; n];
        for &i in &order {
            if chosen.len() == k {
                break;
            }
            if words(i) > budget || std::mem::replace(&mut copy_taken[first_copy[i]], true) {
                continue;
            }
            chosen.push(i);
            budget = budget.saturating_sub(words(i));
        }
    }
    if chosen.is_empty() {
        // Even the best sentence is longer than the word budget: one sentence beats an empty summary.
        chosen.push(order[0]);
    }
    chosen.sort_unstable();
    chosen
}

fn mean(values: &[usize]) -> usize {
    if values.is_empty() {
        0
    } else {
        values.iter().sum::<usize>() / values.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize_sentences;

    fn setup(sentences: &[&str]) -> (SentenceVectors, Vec<usize>) {
        let tokens = tokenize_sentences(sentences);
        (SentenceVectors::new(&tokens), tokens.word_counts)
    }

    #[test]
    fn picks_the_best_in_document_order() {
        let (v, w) = setup(&["Alpha beta.", "Gamma delta.", "Epsilon zeta.", "Eta theta."]);
        let chosen = select(&[0.1, 0.9, 0.5, 0.8], &v, &w, Length::Sentences(2), 0.0);
        assert_eq!(chosen, [1, 3]);
    }

    #[test]
    fn ties_go_to_the_earlier_sentence() {
        let (v, w) = setup(&["Alpha beta.", "Gamma delta.", "Epsilon zeta."]);
        assert_eq!(select(&[0.5, 0.5, 0.5], &v, &w, Length::Sentences(1), 0.3), [0]);
    }

    #[test]
    fn a_repeated_sentence_is_never_chosen_twice() {
        let (v, w) = setup(&["Kim met Putin in Vladivostok.", "Kim met Putin in Vladivostok.", "Trade is small."]);
        let chosen = select(&[1.0, 0.99, 0.1], &v, &w, Length::Sentences(2), 0.0);
        assert_eq!(chosen, [0, 2]);
    }

    /// A summary of thousands of sentences goes by score without MMR (MMR_MAX_COMPARISONS): exact
    /// repeats are still left out, whichever copy scores best, and sentences without terms all stay.
    #[test]
    fn a_repeated_sentence_is_never_chosen_twice_in_a_summary_of_thousands() {
        let distinct: Vec<String> = (0..1500).map(|i| format!("Alpha{i} beta{i} gamma.")).collect();
        let mut texts: Vec<&str> = distinct.iter().map(String::as_str).collect();
        texts.extend(distinct.iter().map(String::as_str));
        texts.extend(["The.", "The."]);
        let (v, w) = setup(&texts);
        let n = texts.len();
        assert!(n * n > MMR_MAX_COMPARISONS);
        // The earlier copies score best, then the later ones do.
        let first_best: Vec<f64> = (0..n).map(|i| (n - i) as f64).collect();
        let chosen = select(&first_best, &v, &w, Length::Ratio(1.0), 0.3);
        assert_eq!(chosen, (0..1500).chain([n - 2, n - 1]).collect::<Vec<_>>());
        let later_best: Vec<f64> = (0..n).map(|i| if i < 1500 { 0.0 } else { i as f64 }).collect();
        let chosen = select(&later_best, &v, &w, Length::Ratio(1.0), 0.3);
        assert_eq!(chosen, (1500..n).collect::<Vec<_>>());
    }

    #[test]
    fn diversity_prefers_a_new_topic_over_a_near_repeat() {
        // Two picks of ten sentences: a short summary, where redundancy removal is at most of its strength.
        let (v, w) = setup(&[
            "Kim met Putin in Vladivostok on Thursday.",
            "Kim met Putin in Vladivostok for talks.",
            "Trade between the countries is small.",
            "Apples grow.", "Rivers flow.", "Engines roar.", "Birds sing.", "Snow falls.", "Bells ring.", "Dogs bark.",
        ]);
        let scores = [1.0, 0.95, 0.6, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
        assert_eq!(select(&scores, &v, &w, Length::Sentences(2), 0.0), [0, 1]);
        assert_eq!(select(&scores, &v, &w, Length::Sentences(2), 0.9), [0, 2]);
    }

    #[test]
    fn diversity_fades_when_the_summary_keeps_a_large_share() {
        // Two picks of three sentences (67 %, over REDUNDANCY_FREE_SHARE): score order, even at full strength.
        let (v, w) = setup(&[
            "Kim met Putin in Vladivostok on Thursday.",
            "Kim met Putin in Vladivostok for talks.",
            "Trade between the countries is small.",
        ]);
        assert_eq!(select(&[1.0, 0.95, 0.6], &v, &w, Length::Sentences(2), 1.0), [0, 1]);
    }

    #[test]
    fn word_budget_skips_what_does_not_fit_and_never_returns_nothing() {
        let (v, w) = setup(&["One two three four five six.", "Seven eight.", "Nine ten eleven."]);
        assert_eq!(select(&[1.0, 0.5, 0.4], &v, &w, Length::Words(5), 0.0), [1, 2]);
        assert_eq!(select(&[1.0, 0.5, 0.4], &v, &w, Length::Words(1), 0.0), [0]);
    }

    #[test]
    fn more_sentences_than_exist_gives_all() {
        let (v, w) = setup(&["Alpha beta.", "Gamma delta."]);
        assert_eq!(select(&[0.2, 0.1], &v, &w, Length::Sentences(10), 0.3), [0, 1]);
    }
}
