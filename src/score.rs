//! Stage 4, score: how much each sentence carries the article.
//!
//! Signals combined linearly with named weights ([`WEIGHTS`]):
//! - **Centrality**: LexRank (Erkan & Radev 2004) — PageRank over a graph whose edges are the tf-idf
//!   cosine similarities between sentences. A sentence that says what many others say is central. The
//!   graph is built sparsely from an inverted index: only sentences that share a term are compared, and
//!   terms in more than [`DF_CAP`] sentences are left out of the comparison (they would make the work
//!   quadratic on a novel and tell little apart), so the cost grows linearly with the text.
//! - **Centroid**: the cosine with the whole article's tf-idf centroid (MEAD, Radev et al. 2004).
//! - **Position**: news puts the gist first (the reason Lead-3 is hard to beat); a prior that decays with
//!   the sentence's place relative to the length of the summary asked for (optionally a bonus for
//!   opening a paragraph).
//! - **Title overlap**: the share of the title's terms a sentence contains.
//!
//! - **Length**: the log of the sentence's content words, relative to the longest.
//!
//! Sentence length also scales the result: fragments of two words are rarely what a reader would pick.

use crate::tokenize::{TermId, Tokens};

/// Terms in more sentences than this are not used to find graph neighbours (they still count in every
/// vector's norm). Bounds the graph's cost at about `n × DF_CAP` comparisons; an article never reaches
/// it, a novel's commonest words do.
pub const DF_CAP: usize = 200;
/// Similarities below this are not edges: near-zero overlaps add cost and noise (LexRank's threshold,
/// low because the continuous variant weights the edges anyway).
pub const EDGE_MIN_SIMILARITY: f32 = 0.01;
/// Each sentence keeps its most similar neighbours only, which bounds memory on long texts.
pub const MAX_NEIGHBOURS: usize = 64;
/// PageRank damping (Brin & Page 1998; LexRank uses the same 0.85).
pub const DAMPING: f64 = 0.85;
/// PageRank stops when the scores move less than this fraction of their total (L1), or after
/// `MAX_ITERATIONS`. At 1e-4 the centralities are within about 0.5 % of the converged ones (of the
/// best sentence's), well below what reorders a summary; 1e-6 took twice the rounds for nothing visible.
pub const CONVERGENCE: f64 = 1e-4;
/// A bound on the rounds for graphs that converge slowly (text graphs take 10 to 60).
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
    pub paragraph_start: f64,
    pub title: f64,
    /// `ln(1 + content words)`, relative to the article's longest sentence: longer sentences carry more.
    pub length: f64,
    /// Degree centrality (the sum of a sentence's similarities), scaled to the best and weighted by the
    /// share of the article the summary keeps, up to [`COVERAGE_SHARE`]: the more of an article a reader
    /// asks for, the more the summary is about covering what the article keeps coming back to.
    pub coverage: f64,
}

/// From this share of its sentences on, a summary is a condensed article rather than a lead, and the
/// `coverage` weight applies in full (fitted on dev together with the weights).
pub const COVERAGE_SHARE: f64 = 0.42;

/// The weights in use: fitted on dev (both sets pooled) by coordinate ascent (`scripts/eval/fit.py`),
/// rounded to a 0.05 grid step; dev R1 CNN/DM 40.98 and BBC 81.91, from 40.90 and 80.87 without `coverage`.
/// - centrality 0.6 and centroid 1.2: the two centralities together beat either alone (BBC dev +1.1 R1
///   for the centroid at equal CNN/DM);
/// - position 1.0: the scale of the rest (the prior is 1 for the first sentence);
/// - paragraph_start 0: a bonus for paragraph openers cost BBC dev 0.6 R1 and did nothing on CNN/DM;
/// - title 0.15: +0.3 R1 on BBC dev (CNN/DM has no titles); 0.5 overweighted it;
/// - length 0.05: once `coverage` is in, most of the pull towards long sentences comes from it;
/// - coverage 0.5: BBC dev +1.0 R1 with CNN/DM dev unchanged (+0.1), since a 3-sentence summary of a
///   30-sentence article gives it a quarter of its weight.
pub const WEIGHTS: Weights = Weights {
    centrality: 0.6,
    centroid: 1.2,
    position: 1.0,
    paragraph_start: 0.0,
    title: 0.15,
    length: 0.05,
    coverage: 0.5,
};

impl Default for Weights {
    fn default() -> Weights {
        WEIGHTS
    }
}

impl Weights {
    /// The field names, as `set` and the CLI's `--weights name=value,…` take them.
    pub const NAMES: &'static [&'static str] = &["centrality", "centroid", "position", "paragraph_start", "title", "length", "coverage"];

    /// The values in the order of [`Weights::NAMES`].
    pub fn values(&self) -> [f64; 7] {
        [self.centrality, self.centroid, self.position, self.paragraph_start, self.title, self.length, self.coverage]
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
            "paragraph_start" => &mut self.paragraph_start,
            "title" => &mut self.title,
            "length" => &mut self.length,
            "coverage" => &mut self.coverage,
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
    /// Whether it opens its paragraph.
    pub paragraph_start: bool,
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
        let df = document_frequencies(tokens);
        let mut entries: Vec<(TermId, f32)> = Vec::with_capacity(tokens.terms.len());
        let mut ranges = Vec::with_capacity(n);
        let mut terms: Vec<TermId> = Vec::new();
        for i in 0..n {
            terms.clear();
            terms.extend_from_slice(tokens.sentence_terms(i));
            terms.sort_unstable();
            let start = entries.len();
            for run in terms.chunk_by(|a, b| a == b) {
                let tf = run.len() as f64;
                let idf = 1.0 + ((1.0 + n as f64) / (1.0 + df[run[0] as usize] as f64)).ln();
                entries.push((run[0], ((1.0 + tf.ln()) * idf) as f32));
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

/// A sparse, weighted sentence graph: each sentence's strongest neighbours.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    /// `edges[offsets[i]..offsets[i + 1]]` are sentence `i`'s (neighbour, similarity) pairs, in no
    /// particular (but a deterministic) order.
    offsets: Vec<usize>,
    edges: Vec<(u32, f32)>,
}

/// Similarities from [`EDGE_MIN_SIMILARITY`] up are binned by their leading float bits (16 bins an
/// octave) to find cheaply which few candidates can be among a sentence's strongest.
const SIMILARITY_BUCKETS: usize = 128;

/// The bin of a similarity of at least [`EDGE_MIN_SIMILARITY`]: monotone in `s`, so a stronger edge is
/// never in a lower bin.
fn similarity_bucket(s: f32) -> usize {
    let bits = s.to_bits() >> 19;
    let floor = EDGE_MIN_SIMILARITY.to_bits() >> 19;
    (bits.saturating_sub(floor) as usize).min(SIMILARITY_BUCKETS - 1)
}

impl Graph {
    /// Compares every pair of sentences that share a term in at most [`DF_CAP`] sentences, through an
    /// inverted index (term → sentences), and keeps edges of at least [`EDGE_MIN_SIMILARITY`].
    pub fn new(vectors: &SentenceVectors) -> Graph {
        let n = vectors.len();
        // Inverted index in compressed-row form: postings[starts[t]..starts[t + 1]] = (sentence, weight).
        let vocabulary = vectors.entries.iter().map(|&(t, _)| t as usize + 1).max().unwrap_or(0);
        let mut starts = vec![0usize; vocabulary + 1];
        for &(t, _) in &vectors.entries {
            starts[t as usize + 1] += 1;
        }
        for t in 0..vocabulary {
            starts[t + 1] += starts[t];
        }
        let mut fill = starts.clone();
        let mut postings = vec![(0u32, 0f32); vectors.entries.len()];
        for i in 0..n {
            for &(t, w) in vectors.get(i) {
                postings[fill[t as usize]] = (i as u32, w);
                fill[t as usize] += 1;
            }
        }

        let mut offsets = Vec::with_capacity(n + 1);
        let mut edges: Vec<(u32, f32)> = Vec::new();
        let mut similarity = vec![0f32; n];
        // Every sentence is written here and the length only grows on a first touch, which spares the
        // inner loop a hard-to-predict branch.
        let mut touched = vec![0u32; n];
        // Candidates as one integer each, so that choosing the strongest is a plain integer selection:
        // the similarity's bits above (a positive f32 orders like its bits), the inverted index below,
        // so that the larger key is the stronger edge and, between equals, the lower index.
        let mut candidates: Vec<u64> = Vec::new();
        let mut histogram = [0u32; SIMILARITY_BUCKETS];
        offsets.push(0);
        for i in 0..n {
            let mut count = 0;
            for &(t, w) in vectors.get(i) {
                let list = &postings[starts[t as usize]..starts[t as usize + 1]];
                if list.len() > DF_CAP {
                    continue;
                }
                for &(j, wj) in list {
                    let (Some(s), Some(slot)) = (similarity.get_mut(j as usize), touched.get_mut(count)) else { continue };
                    *slot = j;
                    count += usize::from(*s == 0.0);
                    *s += w * wj;
                }
            }
            candidates.clear();
            for &j in touched.get(..count).unwrap_or(&[]) {
                let Some(slot) = similarity.get_mut(j as usize) else { continue };
                let s = std::mem::take(slot);
                if j as usize != i && s >= EDGE_MIN_SIMILARITY {
                    histogram[similarity_bucket(s)] += 1;
                    candidates.push(u64::from(s.to_bits()) << 32 | u64::from(!j));
                }
            }
            if candidates.len() > MAX_NEIGHBOURS {
                // Only the buckets that hold the strongest MAX_NEIGHBOURS can hold a kept edge: drop the
                // rest before the exact selection, which then sorts out a few dozen instead of hundreds.
                let mut floor = SIMILARITY_BUCKETS;
                let mut above = 0;
                while floor > 0 && (above as usize) < MAX_NEIGHBOURS {
                    floor -= 1;
                    above += histogram[floor];
                }
                // A branch-free compaction: whether a candidate stays is a coin toss for the predictor.
                let mut kept = 0;
                for read in 0..candidates.len() {
                    let key = candidates[read];
                    candidates[kept] = key;
                    kept += usize::from(similarity_bucket(f32::from_bits((key >> 32) as u32)) >= floor);
                }
                candidates.truncate(kept);
                if candidates.len() > MAX_NEIGHBOURS {
                    candidates.select_nth_unstable_by(MAX_NEIGHBOURS, |a, b| b.cmp(a));
                    candidates.truncate(MAX_NEIGHBOURS);
                }
            }
            histogram.fill(0);
            edges.extend(candidates.iter().map(|&key| (!(key as u32), f32::from_bits((key >> 32) as u32))));
            offsets.push(edges.len());
        }
        Graph { offsets, edges }
    }

    /// Each sentence's weighted degree: the sum of its similarities to its neighbours (degree
    /// centrality, Erkan & Radev 2004; also where PageRank starts from).
    pub fn weighted_degrees(&self) -> Vec<f64> {
        let n = self.offsets.len().saturating_sub(1);
        (0..n).map(|i| self.neighbours(i).iter().map(|&(_, w)| f64::from(w)).sum()).collect()
    }

    pub fn neighbours(&self, i: usize) -> &[(u32, f32)] {
        &self.edges[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Weighted PageRank; a sentence with no edges spreads its score evenly (the standard treatment of
    /// dangling nodes). Scores sum to 1.
    ///
    /// The iteration starts from the sentences' weighted degrees rather than from uniform scores: on a
    /// symmetric graph that is the random walk's stationary distribution, so the start is already close
    /// and [`CONVERGENCE`] is reached in about a third fewer rounds.
    pub fn pagerank(&self) -> Vec<f64> {
        let n = self.offsets.len().saturating_sub(1);
        if n == 0 {
            return Vec::new();
        }
        let uniform = 1.0 / n as f64;
        let out_weight: Vec<f64> =
            (0..n).map(|i| self.neighbours(i).iter().map(|&(_, w)| f64::from(w)).sum()).collect();
        let dangling: Vec<usize> = (0..n).filter(|&i| out_weight[i] == 0.0).collect();
        let total_weight: f64 = out_weight.iter().sum();
        let mut rank: Vec<f64> = if total_weight > 0.0 {
            out_weight.iter().map(|w| (1.0 - DAMPING) * uniform + DAMPING * w / total_weight).collect()
        } else {
            vec![uniform; n]
        };
        let mut next = vec![0.0; n];
        for _ in 0..MAX_ITERATIONS {
            let dangling_rank: f64 = dangling.iter().map(|&i| rank[i]).sum();
            let base = (1.0 - DAMPING) * uniform + DAMPING * dangling_rank * uniform;
            next.iter_mut().for_each(|r| *r = base);
            for (i, (&r, &w)) in rank.iter().zip(&out_weight).enumerate() {
                if w > 0.0 {
                    let share = DAMPING * r / w;
                    for &(j, s) in self.neighbours(i) {
                        next[j as usize] += share * f64::from(s);
                    }
                }
            }
            let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
            let scale: f64 = next.iter().sum();
            std::mem::swap(&mut rank, &mut next);
            if change <= CONVERGENCE * scale {
                break;
            }
        }
        rank
    }
}

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
            + weights.paragraph_start * f64::from(u8::from(position.paragraph_start))
            + weights.title * title_overlap
            + weights.length * length
            + weights.coverage * coverage_scale * degree.get(i).copied().unwrap_or(0.0);
        total.push(value * length_scale);
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
        assert!((0..3).all(|i| graph.neighbours(i).is_empty()));
        assert!(graph.pagerank().iter().all(|r| (r - 1.0 / 3.0).abs() < 1e-9));
    }

    #[test]
    fn terms_over_the_cap_do_not_link_sentences() {
        let sentences: Vec<String> = (0..DF_CAP + 1).map(|i| format!("Common word{i}x.")).collect();
        let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
        let (_, v) = vectors_of(&refs);
        assert!(Graph::new(&v).neighbours(0).is_empty());
    }

    #[test]
    fn position_raises_scores_of_equal_sentences() {
        let (tokens, v) = vectors_of(&["Rain fell today.", "Rain fell today.", "Rain fell today."]);
        let positions: Vec<Position> = (0..3).map(|index| Position { index, paragraph_start: false }).collect();
        let total = score(&tokens, &v, &positions, &WEIGHTS, 1).total;
        assert!(total[0] > total[1] && total[1] > total[2], "{total:?}");
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
