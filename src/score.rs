//! Stage 4, score: how much each sentence carries the article.
//!
//! Signals combined linearly with named weights ([`WEIGHTS`]):
//! - **Centrality**: LexRank (Erkan & Radev 2004) — PageRank over the complete graph whose edges are the
//!   tf-idf cosine similarities between sentences. A sentence that says what many others say is central.
//!   The graph is never built: its matrix is the product of the sentence vectors with themselves, so
//!   each PageRank round is two passes over the vectors ([`Graph`]) and the cost grows linearly with the
//!   text, with nothing dropped to keep it so.
//! - **Centroid**: the cosine with the whole article's tf-idf centroid (MEAD, Radev et al. 2004).
//! - **Position**: news puts the gist first (the reason Lead-3 is hard to beat); a prior that decays with
//!   the sentence's place relative to the length of the summary asked for (optionally a bonus for
//!   opening a paragraph).
//! - **Title overlap**: the share of the title's terms a sentence contains, weighted more the fewer
//!   sentences are asked for: a summary of one sentence stands beside the headline, as a news
//!   standfirst or lead paragraph does, and shares its words.
//!
//! - **Length**: the log of the sentence's content words, relative to the longest.
//!
//! Sentence length also scales the result: fragments of two words are rarely what a reader would pick.

use crate::tokenize::{TermId, Tokens};

/// PageRank damping (Brin & Page 1998; LexRank uses the same 0.85).
pub const DAMPING: f64 = 0.85;
/// PageRank is solved until the residual is this fraction of the system's right-hand side. On the 1 MB
/// novel every centrality is then within 1.2 % of the best one's of the exact solution (3e-3 gives
/// 0.12 % for 0.6 ms more there); the summaries and the evaluation scores are the same, and the power
/// iteration this replaced stopped 7 % away after more products.
pub const CONVERGENCE: f64 = 1e-2;
/// A bound on the products, which conjugate gradients on this system never needs.
pub const MAX_ITERATIONS: usize = 100;
/// Sentences with fewer content words than this are scaled down in proportion.
pub const FULL_LENGTH_CONTENT_WORDS: usize = 6;

/// The weight of each feature in a sentence's score. Fitted on the dev splits of CNN/DailyMail and BBC
/// pooled by `scripts/eval/fit.py` (coordinate ascent; docs/quality.md, "Method and what was tried").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// LexRank centrality, scaled so that the most central sentence has 1.
    pub centrality: f64,
    /// Cosine with the article's tf-idf centroid (MEAD, Radev et al. 2004): what the article as a whole
    /// is about, which pairwise centrality misses in short articles.
    pub centroid: f64,
    /// The position prior `1 / sqrt(1 + i / k)` for the `k` sentences asked for: the lead matters for
    /// a summary of three sentences, much less for one that keeps half the article.
    pub position: f64,
    pub title: f64,
    /// Title overlap's extra weight for a summary of one sentence that keeps little of the article:
    /// divided by the square of the sentences asked for (a quarter of it for two, a ninth for three),
    /// and by the square of how far the summary's share of the article is from [`COVERAGE_SHARE`] (none
    /// left at that share). The shorter the summary, the more it is the headline's companion; a condensed
    /// article is not.
    pub headline: f64,
    /// `ln(1 + content words)`, relative to the article's longest sentence: longer sentences carry more.
    pub length: f64,
    /// Degree centrality (the sum of a sentence's similarities), scaled to the best and weighted by the
    /// share of the article the summary keeps, up to [`COVERAGE_SHARE`]: the more of an article a reader
    /// asks for, the more the summary is about covering what the article keeps coming back to.
    pub coverage: f64,
    /// A bonus for the sentences of the text's introduction, the paragraphs before its first section
    /// heading (Wikipedia's lead section, a report's summary: the author's own summary), given only when
    /// the introduction has two sentences or more and fills at most half the summary: a summary with
    /// room for it and as much again from the rest starts with it.
    pub introduction: f64,
}

/// From this share of its sentences on, a summary is a condensed article rather than a lead, and the
/// `coverage` weight applies in full (fitted on dev together with the weights).
pub const COVERAGE_SHARE: f64 = 0.42;

/// The weights in use: fitted on dev (both sets pooled) by coordinate ascent (`scripts/eval/fit.py`),
/// rounded to a 0.05 grid step; dev R1 CNN/DM 40.98 and BBC 81.91, from 40.90 and 80.87 without `coverage`.
/// - centrality 0.6 and centroid 1.2: the two centralities together beat either alone (BBC dev +1.1 R1
///   for the centroid at equal CNN/DM);
/// - position 1.0: the scale of the rest (the prior is 1 for the first sentence);
/// - title 0.15: +0.3 R1 on BBC dev (CNN/DM has no titles); 0.5 overweighted it;
/// - headline 5: fitted on the one-sentence French and Vietnamese dev sets (`scripts/eval/multi.py`;
///   R1 +1.3 and +4.3, docs/quality.md); it leaves the English sets alone, whose summaries are three
///   sentences without a title (CNN/DM) or 42 % of the article (BBC), and the German one (350 words);
/// - length 0.05: once `coverage` is in, most of the pull towards long sentences comes from it;
/// - coverage 0.5: BBC dev +1.0 R1 with CNN/DM dev unchanged (+0.1), since a 3-sentence summary of a
///   30-sentence article gives it a quarter of its weight;
/// - introduction 3: fitted on the German dev set (350-word summaries of Wikipedia articles, whose lead
///   section it takes; R1 +0.13, docs/quality.md), the only one of the sets where it applies to more than
///   a handful of texts. A bonus for every paragraph's first sentence cost BBC dev 0.6 R1 and did nothing on
///   CNN/DM: a section's opening is not a summary the way the introduction is.
pub const WEIGHTS: Weights = Weights {
    centrality: 0.6,
    centroid: 1.2,
    position: 1.0,
    title: 0.15,
    headline: 5.0,
    length: 0.05,
    coverage: 0.5,
    introduction: 3.0,
};

impl Default for Weights {
    fn default() -> Weights {
        WEIGHTS
    }
}

impl Weights {
    /// The field names, as `set` and the CLI's `--weights name=value,…` take them.
    pub const NAMES: &'static [&'static str] = &["centrality", "centroid", "position", "title", "headline", "length", "coverage", "introduction"];

    /// The values in the order of [`Weights::NAMES`].
    pub fn values(&self) -> [f64; 8] {
        [self.centrality, self.centroid, self.position, self.title, self.headline, self.length, self.coverage, self.introduction]
    }

    /// Sets one weight by name (for tuning from the command line without recompiling).
    ///
    /// # Examples
    /// ```
    /// let mut weights = abridge::score::Weights::default();
    /// weights.set("title", 0.8).unwrap();
    /// assert_eq!(weights.title, 0.8);
    /// assert!(weights.set("colour", 1.0).is_err());
    /// ```
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        let field = match name {
            "centrality" => &mut self.centrality,
            "centroid" => &mut self.centroid,
            "position" => &mut self.position,
            "title" => &mut self.title,
            "headline" => &mut self.headline,
            "length" => &mut self.length,
            "coverage" => &mut self.coverage,
            "introduction" => &mut self.introduction,
            _ => return Err(format!("unknown weight `{name}`; the weights are {}", Weights::NAMES.join(", "))),
        };
        *field = value;
        Ok(())
    }
}

/// Where a sentence stands in the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// Index among the scored sentences.
    pub index: usize,
    /// Index of its paragraph among the scored paragraphs.
    pub paragraph: usize,
    /// Whether it opens its paragraph.
    pub paragraph_start: bool,
    /// Whether it is in the text's introduction, the paragraphs before the first section heading.
    pub introduction: bool,
    /// Whether it ends its paragraph on a colon, announcing what follows (a list, a quotation): see
    /// [`LEAD_IN_SCALE`].
    pub lead_in: bool,
}

/// Unit-length tf-idf vectors of every sentence, stored flat: sentence `i` is `entries[ranges[i]]`,
/// sorted by term.
#[derive(Clone, Debug, Default)]
pub struct SentenceVectors {
    entries: Vec<(TermId, f32)>,
    ranges: Vec<std::ops::Range<usize>>,
}

impl SentenceVectors {
    /// Builds the vectors with smoothed idf over the sentences (each sentence a document) and
    /// sublinear tf: `(1 + ln tf) × (1 + ln((1 + n) / (1 + df)))`.
    pub fn new(tokens: &Tokens) -> SentenceVectors {
        let n = tokens.ranges.len();
        // Each term's idf once (a novel has ~85,000 entries but ~5,000 terms), and `1 + ln tf` only
        // for the rare repeated term: `ln` is most of this stage's cost otherwise.
        let idf: Vec<f32> = document_frequencies(tokens)
            .iter()
            .map(|&df| (1.0 + ((1.0 + n as f64) / (1.0 + f64::from(df))).ln()) as f32)
            .collect();
        let mut entries: Vec<(TermId, f32)> = Vec::with_capacity(tokens.terms.len());
        let mut ranges = Vec::with_capacity(n);
        let mut terms: Vec<TermId> = Vec::new();
        for i in 0..n {
            terms.clear();
            terms.extend_from_slice(tokens.sentence_terms(i));
            terms.sort_unstable();
            let start = entries.len();
            for run in terms.chunk_by(|a, b| a == b) {
                let tf = if run.len() == 1 { 1.0 } else { 1.0 + (run.len() as f32).ln() };
                entries.push((run[0], tf * idf.get(run[0] as usize).copied().unwrap_or(0.0)));
            }
            let norm = entries[start..].iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                entries[start..].iter_mut().for_each(|(_, w)| *w /= norm);
            }
            ranges.push(start..entries.len());
        }
        SentenceVectors { entries, ranges }
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The (term, weight) entries of sentence `i`, sorted by term.
    #[inline] // called per word or character: the `.wasm` inlines little else (wasm-pack.toml)
    pub fn get(&self, i: usize) -> &[(TermId, f32)] {
        &self.entries[self.ranges[i].clone()]
    }

    /// Cosine similarity of sentences `i` and `j` (a merge of two sorted lists).
    pub fn cosine(&self, i: usize, j: usize) -> f64 {
        let (a, b) = (self.get(i), self.get(j));
        let (mut x, mut y, mut dot) = (0, 0, 0.0f32);
        while x < a.len() && y < b.len() {
            match a[x].0.cmp(&b[y].0) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[x].1 * b[y].1;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot as f64
    }
}

/// In how many sentences each term occurs.
fn document_frequencies(tokens: &Tokens) -> Vec<u32> {
    let mut df = vec![0u32; tokens.vocabulary.len()];
    let mut last_seen = vec![u32::MAX; tokens.vocabulary.len()];
    for (i, range) in tokens.ranges.iter().enumerate() {
        for &t in &tokens.terms[range.clone()] {
            if last_seen[t as usize] != i as u32 {
                last_seen[t as usize] = i as u32;
                df[t as usize] += 1;
            }
        }
    }
    df
}

/// The sentence graph of LexRank, held in factored form.
///
/// Its edge weights are the cosines between sentences, `S = V Vᵀ` with `V` the matrix whose rows are
/// the unit tf-idf vectors (self-loops left out: `S − I`). `S` itself is never built: it would be
/// n × n (76 million cells for the 8,750 sentences of a 1 MB novel), and even its sparse form from an
/// inverted index costs millions of pair comparisons. PageRank needs only products `(S − I) x`, and
/// `V (Vᵀ x)` gives one in two passes over the vectors' entries, so each PageRank round — and the
/// weighted degrees, `(S − I) 1` — costs time linear in the text, with no cap on common terms and no
/// cut to the strongest neighbours: the centralities are those of the complete cosine graph.
#[derive(Clone, Debug)]
pub struct Graph<'a> {
    vectors: &'a SentenceVectors,
    /// One more than the largest term id in the vectors: the length of a term-space vector.
    vocabulary: usize,
    /// Each sentence's squared norm, `V`'s diagonal contribution, removed from every product (1 for a
    /// sentence with content words, up to rounding; 0 for one without).
    self_similarity: Vec<f64>,
    /// Each sentence's weighted degree: the sum of its cosines with every other sentence.
    degrees: Vec<f64>,
}

/// A weighted degree below this is rounding left over from `v·c − |v|²`, not a similarity: such a
/// sentence shares no term with any other and is treated as having no edges.
const DEGREE_EPSILON: f64 = 1e-9;

impl<'a> Graph<'a> {
    /// The graph of the sentences' vectors, with each sentence's weighted degree.
    pub fn new(vectors: &'a SentenceVectors) -> Graph<'a> {
        let n = vectors.len();
        let vocabulary = vectors.entries.iter().map(|&(t, _)| t as usize + 1).max().unwrap_or(0);
        let self_similarity: Vec<f64> =
            (0..n).map(|i| vectors.get(i).iter().map(|&(_, w)| f64::from(w) * f64::from(w)).sum()).collect();
        let mut graph = Graph { vectors, vocabulary, self_similarity, degrees: Vec::new() };
        let mut degrees = vec![0.0; n];
        graph.multiply(&vec![1.0; n], &mut degrees, &mut Vec::new());
        degrees.iter_mut().for_each(|d| *d = if *d < DEGREE_EPSILON { 0.0 } else { *d });
        graph.degrees = degrees;
        graph
    }

    /// `out = (S − I) x`: `V (Vᵀ x)` in two passes over the entries, less each sentence's cosine with
    /// itself. `term_space` is scratch, reused across calls.
    fn multiply(&self, x: &[f64], out: &mut [f64], term_space: &mut Vec<f64>) {
        term_space.clear();
        term_space.resize(self.vocabulary, 0.0);
        for (i, &xi) in x.iter().enumerate() {
            for &(t, w) in self.vectors.get(i) {
                if let Some(c) = term_space.get_mut(t as usize) {
                    *c += f64::from(w) * xi;
                }
            }
        }
        for (i, o) in out.iter_mut().enumerate() {
            let dot: f64 =
                self.vectors.get(i).iter().map(|&(t, w)| f64::from(w) * term_space.get(t as usize).copied().unwrap_or(0.0)).sum();
            *o = dot - self.self_similarity[i] * x[i];
        }
    }

    /// Each sentence's weighted degree: the sum of its cosines with every other sentence (degree
    /// centrality, Erkan & Radev 2004; also where PageRank starts from).
    pub fn weighted_degrees(&self) -> Vec<f64> {
        self.degrees.clone()
    }

    /// Weighted PageRank; a sentence with no edges spreads its score evenly (the standard treatment of
    /// dangling nodes). Scores sum to 1.
    pub fn pagerank(&self) -> Vec<f64> {
        self.pagerank_to(CONVERGENCE)
    }

    /// [`Graph::pagerank`], solved until the residual is `tolerance` of the right-hand side (or for
    /// [`MAX_ITERATIONS`] products).
    ///
    /// PageRank is solved as the linear system it is rather than by the power iteration. With uniform
    /// teleportation and dangling sentences spread uniformly, the ranks are proportional to the `x` with
    /// `(I − d (S − I) D⁻¹) x = 1` (`D` the weighted degrees; a sentence without edges simply gets 1),
    /// and `x = D^½ y` makes that symmetric: `(I − d A) y = D^−½ 1` with `A = D^−½ (S − I) D^−½`, whose
    /// eigenvalues lie in `[−1, 1]`. So `I − d A` is positive definite with a condition number of at most
    /// `(1 + d) / (1 − d)` ≈ 12, and conjugate gradients gain a digit every four products, against one
    /// every fourteen rounds for the power iteration (which, stopped after 10 rounds on the novel, was
    /// 7 % of the best centrality away from the exact one).
    pub fn pagerank_to(&self, tolerance: f64) -> Vec<f64> {
        let n = self.degrees.len();
        if n == 0 {
            return Vec::new();
        }
        let inverse_root: Vec<f64> = self.degrees.iter().map(|&d| if d > 0.0 { 1.0 / d.sqrt() } else { 0.0 }).collect();
        let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
        // Conjugate gradients, from the best multiple of `D^½ 1` (ranks in proportion to the degrees,
        // the undamped walk's answer). Its product needs no multiplication: `(S − I) 1` is the
        // degrees, so `(I − d A) D^½ 1 = (1 − d) D^½ 1`.
        let root: Vec<f64> = self.degrees.iter().map(|d| d.sqrt()).collect();
        let with_edges = inverse_root.iter().filter(|&&r| r > 0.0).count() as f64;
        let total_degree: f64 = self.degrees.iter().sum();
        let start = if total_degree > 0.0 { with_edges / ((1.0 - DAMPING) * total_degree) } else { 0.0 };
        let mut y: Vec<f64> = root.iter().map(|r| start * r).collect();
        let mut residual: Vec<f64> =
            inverse_root.iter().zip(&root).map(|(b, r)| b - start * (1.0 - DAMPING) * r).collect();
        let mut direction = residual.clone();
        let (mut scaled, mut product, mut term_space) = (vec![0.0; n], vec![0.0; n], Vec::new());
        let mut residual_norm = dot(&residual, &residual);
        let target = tolerance * tolerance * dot(&inverse_root, &inverse_root);
        for _ in 0..MAX_ITERATIONS {
            if residual_norm <= target {
                break;
            }
            // product = (I − d A) direction
            for ((s, &p), &r) in scaled.iter_mut().zip(&direction).zip(&inverse_root) {
                *s = p * r;
            }
            self.multiply(&scaled, &mut product, &mut term_space);
            for ((q, &p), &r) in product.iter_mut().zip(&direction).zip(&inverse_root) {
                *q = p - DAMPING * r * *q;
            }
            let curvature = dot(&direction, &product);
            if curvature <= 0.0 {
                break; // only rounding can make a positive definite system look otherwise
            }
            let step = residual_norm / curvature;
            for ((yi, ri), (&p, &q)) in y.iter_mut().zip(residual.iter_mut()).zip(direction.iter().zip(&product)) {
                *yi += step * p;
                *ri -= step * q;
            }
            let next_norm = dot(&residual, &residual);
            let keep = next_norm / residual_norm;
            for (p, &r) in direction.iter_mut().zip(&residual) {
                *p = r + keep * *p;
            }
            residual_norm = next_norm;
        }
        // Back from y to x (1 for a sentence without edges), then to ranks that sum to 1.
        let mut rank: Vec<f64> =
            y.iter().zip(&self.degrees).map(|(&yi, &d)| if d > 0.0 { (yi * d.sqrt()).max(0.0) } else { 1.0 }).collect();
        let total: f64 = rank.iter().sum();
        if total > 0.0 {
            rank.iter_mut().for_each(|r| *r /= total);
        }
        rank
    }
}

/// The share of its score a lead-in keeps: a sentence that ends its paragraph on a colon ("Popular
/// types of red wine include:", "Die Funktionen sind:") announces a list or a quotation the summary
/// does not carry, so a reader would not pick it. Halved rather than dropped: a lead-in that carries
/// the news ("The ministry ordered the following:") can still be the best sentence by far.
pub const LEAD_IN_SCALE: f64 = 0.5;

/// The scores of the sentences, with the parts they are made of.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// The final score of each sentence, in `[0, 1]` (divided by the best).
    pub total: Vec<f64>,
    /// LexRank centrality, scaled so that the most central sentence has 1.
    pub centrality: Vec<f64>,
}

/// Scores every sentence, for a summary of about `summary_sentences` sentences (the position prior
/// flattens as more are asked for).
pub fn score(
    tokens: &Tokens,
    vectors: &SentenceVectors,
    positions: &[Position],
    weights: &Weights,
    summary_sentences: usize,
) -> Scores {
    let n = vectors.len();
    let graph = Graph::new(vectors);
    let centrality = scale_to_max(graph.pagerank());
    let degree = scale_to_max(graph.weighted_degrees());
    // The share of the article the summary keeps, as a fraction of COVERAGE_SHARE (at most 1).
    let coverage_scale = if n == 0 { 0.0 } else { (summary_sentences.min(n) as f64 / n as f64 / COVERAGE_SHARE).min(1.0) };
    let centroid = centroid_similarity(vectors);
    let title = title_terms(tokens);
    let k = summary_sentences.max(1) as f64;
    let title_weight = weights.title + weights.headline * (1.0 - coverage_scale).powi(2) / (k * k);
    let introduction = positions.iter().filter(|p| p.introduction).count();
    let introduction_weight = if introduction >= 2 && 2 * introduction <= summary_sentences { weights.introduction } else { 0.0 };
    let log_length = |i: usize| (1.0 + vectors.get(i).len() as f64).ln();
    let longest = (0..n).map(log_length).fold(0.0, f64::max);
    let mut total = Vec::with_capacity(n);
    for i in 0..n {
        let position = positions.get(i).copied().unwrap_or_default();
        let terms = tokens.sentence_terms(i);
        let title_overlap = if title.is_empty() {
            0.0
        } else {
            title.iter().filter(|t| terms.contains(t)).count() as f64 / title.len() as f64
        };
        let content_words = vectors.get(i).len();
        let length_scale = (content_words.min(FULL_LENGTH_CONTENT_WORDS) as f64 / FULL_LENGTH_CONTENT_WORDS as f64).sqrt();
        let length = if longest > 0.0 { log_length(i) / longest } else { 0.0 };
        let value = weights.centrality * centrality.get(i).copied().unwrap_or(0.0)
            + weights.centroid * centroid.get(i).copied().unwrap_or(0.0)
            + weights.position / (1.0 + position.index as f64 / k).sqrt()
            + title_weight * title_overlap
            + weights.length * length
            + weights.coverage * coverage_scale * degree.get(i).copied().unwrap_or(0.0)
            + introduction_weight * f64::from(u8::from(position.introduction));
        let lead_in_scale = if position.lead_in { LEAD_IN_SCALE } else { 1.0 };
        total.push(value * length_scale * lead_in_scale);
    }
    Scores { total: scale_to_max(total), centrality }
}

/// The cosine of each sentence's tf-idf vector with the article's centroid (the sum of the unit
/// vectors), in `[0, 1]`. Linear in the text's length.
fn centroid_similarity(vectors: &SentenceVectors) -> Vec<f64> {
    let n = vectors.len();
    let vocabulary = (0..n).flat_map(|i| vectors.get(i).iter().map(|&(t, _)| t as usize + 1)).max().unwrap_or(0);
    let mut centroid = vec![0f64; vocabulary];
    for i in 0..n {
        for &(t, w) in vectors.get(i) {
            if let Some(c) = centroid.get_mut(t as usize) {
                *c += f64::from(w);
            }
        }
    }
    let norm = centroid.iter().map(|c| c * c).sum::<f64>().sqrt();
    (0..n)
        .map(|i| {
            if norm > 0.0 {
                vectors.get(i).iter().map(|&(t, w)| f64::from(w) * centroid.get(t as usize).copied().unwrap_or(0.0)).sum::<f64>() / norm
            } else {
                0.0
            }
        })
        .collect()
}

/// The title's distinct terms.
fn title_terms(tokens: &Tokens) -> Vec<TermId> {
    let mut terms = tokens.title_terms.clone();
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// Divides by the largest value, so the largest becomes 1 (all zeros stay zero).
fn scale_to_max(mut values: Vec<f64>) -> Vec<f64> {
    let max = values.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        values.iter_mut().for_each(|v| *v /= max);
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize_sentences;

    fn vectors_of(sentences: &[&str]) -> (Tokens, SentenceVectors) {
        let tokens = tokenize_sentences(sentences);
        let vectors = SentenceVectors::new(&tokens);
        (tokens, vectors)
    }

    #[test]
    fn cosine_of_a_sentence_with_itself_is_one_and_with_a_stranger_zero() {
        let (_, v) = vectors_of(&["Cats chase mice.", "Cats chase mice.", "Stocks fell sharply."]);
        assert!((v.cosine(0, 1) - 1.0).abs() < 1e-6);
        assert_eq!(v.cosine(0, 2), 0.0);
    }

    #[test]
    fn the_sentence_that_shares_most_is_most_central() {
        let (_, v) = vectors_of(&[
            "Kim met Putin in Vladivostok for a summit on nuclear talks.",
            "The summit in Vladivostok was about nuclear talks.",
            "Kim travelled by train.",
            "Putin hosted the nuclear summit.",
            "Flowers were given.",
        ]);
        let rank = Graph::new(&v).pagerank();
        let best = (0..rank.len()).max_by(|&a, &b| rank[a].total_cmp(&rank[b])).unwrap();
        assert_eq!(best, 0, "{rank:?}");
        assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn graph_of_unrelated_sentences_has_no_edges_and_uniform_rank() {
        let (_, v) = vectors_of(&["Apples grow.", "Rivers flow.", "Engines roar."]);
        let graph = Graph::new(&v);
        assert_eq!(graph.weighted_degrees(), vec![0.0; 3]);
        assert!(graph.pagerank().iter().all(|r| (r - 1.0 / 3.0).abs() < 1e-9));
    }

    /// PageRank the textbook way: the n × n cosine matrix written out, iterated to a tight tolerance.
    fn dense_pagerank(v: &SentenceVectors) -> (Vec<f64>, Vec<f64>) {
        let n = v.len();
        let s: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| if i == j { 0.0 } else { v.cosine(i, j) }).collect()).collect();
        let degrees: Vec<f64> = s.iter().map(|row| row.iter().sum()).collect();
        let mut rank = vec![1.0 / n as f64; n];
        for _ in 0..1000 {
            let dangling: f64 = (0..n).filter(|&i| degrees[i] == 0.0).map(|i| rank[i]).sum();
            rank = (0..n)
                .map(|j| {
                    let spread: f64 = (0..n).filter(|&i| degrees[i] > 0.0).map(|i| rank[i] * s[i][j] / degrees[i]).sum();
                    (1.0 - DAMPING) / n as f64 + DAMPING * (dangling / n as f64 + spread)
                })
                .collect();
        }
        (degrees, rank)
    }

    #[test]
    fn the_factored_graph_gives_the_dense_graphs_degrees_and_pagerank() {
        let (_, v) = vectors_of(&[
            "The council approved the new budget for schools on Monday.",
            "Schools will receive more money for teachers and buildings.",
            "The budget vote was close, with five members against.",
            "Teachers welcomed the money but said buildings need more.",
            "A storm closed two schools last winter.",
            "Nobody mentioned parking.",
            "Zebras gallop.",
        ]);
        let graph = Graph::new(&v);
        let (degrees, rank) = dense_pagerank(&v);
        for (a, b) in graph.weighted_degrees().iter().zip(&degrees) {
            assert!((a - b).abs() < 1e-6, "{:?} vs {degrees:?}", graph.weighted_degrees());
        }
        assert_eq!(graph.weighted_degrees()[6], 0.0, "a sentence sharing no term has no edges");
        let factored = graph.pagerank();
        assert!((factored.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        // Within the early stop's tolerance (CONVERGENCE of the total).
        for (a, b) in factored.iter().zip(&rank) {
            assert!((a - b).abs() < 1e-3 * b, "{factored:?} vs {rank:?}");
        }
    }

    #[test]
    fn a_lead_in_keeps_half_the_score_of_the_same_sentence_that_is_none() {
        let (tokens, v) = vectors_of(&["Rain fell today.", "Rain fell today."]);
        let positions = [Position::default(), Position { lead_in: true, ..Position::default() }];
        let total = score(&tokens, &v, &positions, &WEIGHTS, 1).total;
        assert!((total[1] - LEAD_IN_SCALE * total[0]).abs() < 1e-9, "{total:?}");
    }

    #[test]
    fn position_raises_scores_of_equal_sentences() {
        let (tokens, v) = vectors_of(&["Rain fell today.", "Rain fell today.", "Rain fell today."]);
        let positions: Vec<Position> = (0..3).map(|index| Position { index, ..Position::default() }).collect();
        let total = score(&tokens, &v, &positions, &WEIGHTS, 1).total;
        assert!(total[0] > total[1] && total[1] > total[2], "{total:?}");
    }

    #[test]
    fn the_title_counts_for_more_in_a_summary_of_one_sentence_than_in_a_condensed_article() {
        let (mut tokens, v) = vectors_of(&[
            "Rain fell across the region today.",
            "Rain fell hard on the coast today.",
            "Snow closed the mountain pass.",
            "Rain is expected again tomorrow.",
            "Farmers welcomed the rain.",
        ]);
        let flat = vec![Position::default(); 5];
        tokens.title_terms = tokens.sentence_terms(2)[..1].to_vec(); // "snow"
        let ratio = |k: usize| {
            let total = score(&tokens, &v, &flat, &WEIGHTS, k).total;
            total[2] / total[0]
        };
        assert!(ratio(1) > ratio(2) && ratio(2) > ratio(3), "{} {} {}", ratio(1), ratio(2), ratio(3));
        let without_headline = Weights { headline: 0.0, ..WEIGHTS };
        let condensed = score(&tokens, &v, &flat, &without_headline, 3).total;
        assert_eq!(ratio(3), condensed[2] / condensed[0], "at the coverage share the headline weight is gone");
    }

    #[test]
    fn title_overlap_raises_the_sentence_that_shares_the_title() {
        let (mut tokens, v) = vectors_of(&["Rain fell today.", "Rain fell hard.", "Snow fell today."]);
        let flat = vec![Position::default(); 3];
        let without = score(&tokens, &v, &flat, &WEIGHTS, 1).total;
        tokens.title_terms = tokens.sentence_terms(2)[..1].to_vec(); // "snow"
        let with = score(&tokens, &v, &flat, &WEIGHTS, 1).total;
        assert!(with[2] / with[0] > without[2] / without[0], "{without:?} {with:?}");
    }
}
