//! The weights of the article and headline models of `article.rs`, written by
//! `scripts/eval/fit_article.py` (do not edit by hand: run the script, which also records the figures
//! in docs/quality.md).

/// Weights of the paragraph features, in the order of `article::BLOCK_FEATURES`.
pub const BLOCK_WEIGHTS: [f64; 23] = [0.2310, -0.1903, -0.8865, 0.1826, 0.4975, 1.1801, -0.1805, -0.0738, -0.1744, -0.2666, -0.2483, 0.4654, -0.7470, -0.1459, -0.2724, 0.6056, 2.0494, 0.1830, 0.2934, -0.4512, -0.9491, 8.7075, -0.3691];
pub const BLOCK_BIAS: f64 = -1.7921;
/// A paragraph counts for the article when its probability is above this, against it below.
pub const ARTICLE_THRESHOLD: f64 = 0.7;
/// A prose paragraph next to the article run joins it when its probability is at least this.
pub const ARTICLE_EXTEND_THRESHOLD: f64 = 0.4;
/// The least total evidence a run of paragraphs needs to be taken for an article.
pub const ARTICLE_MIN_EVIDENCE: f64 = 0.0;
/// Weights of the headline candidates' features, in the order of `article::TITLE_FEATURES`: the scores
/// of a conditional logit, compared among a page's candidates (so no bias).
pub const TITLE_WEIGHTS: [f64; 26] = [0.8340, -0.4478, -0.8340, -0.5248, 2.7081, 2.4411, -0.3764, -0.2779, 0.5410, -1.1721, 1.5910, -1.6367, 1.5883, 1.7824, -4.3154, -0.7649, 0.4037, 2.5680, -4.0751, -0.4997, -1.7914, 1.7300, 0.6673, 0.0863, 0.1396, -0.7629];
/// The best candidate is not taken for the headline when the model gives it less than this chance of
/// being the one.
pub const TITLE_MIN_PROBABILITY: f64 = 0.1;
