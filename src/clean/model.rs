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
/// Weights of the headline candidates' features, in the order of `article::TITLE_FEATURES`.
pub const TITLE_WEIGHTS: [f64; 20] = [1.0875, -1.1550, -1.0875, -1.5898, 1.9437, 1.7591, -0.0972, -0.0097, -0.1220, -0.4122, 0.1676, -1.8284, 1.9051, 0.7263, 0.4580, -0.5712, 0.0073, 2.0959, -5.4922, -0.0775];
pub const TITLE_BIAS: f64 = -6.7447;
/// A candidate scored below this is not taken for the headline.
pub const TITLE_MIN_PROBABILITY: f64 = 0.05;
