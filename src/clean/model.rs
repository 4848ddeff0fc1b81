//! The weights of the article and headline models of `article.rs`, written by
//! `scripts/eval/fit_article.py` (do not edit by hand: run the script, which also records the figures
//! in docs/quality.md).

use super::article::{BLOCK_FEATURES, TITLE_FEATURES};

/// Weights of the paragraph features, in the order of `article::BLOCK_FEATURES`.
pub const BLOCK_WEIGHTS: [f64; BLOCK_FEATURES.len()] = [0.2310, -0.1903, -0.8865, 0.1826, 0.4975, 1.1801, -0.1805, -0.0738, -0.1744, -0.2666, -0.2483, 0.4654, -0.7470, -0.1459, -0.2724, 0.6056, 2.0494, 0.1830, 0.2934, -0.4512, -0.9491, 8.7075, -0.3691];
pub const BLOCK_BIAS: f64 = -1.7921;
/// A paragraph counts for the article when its probability is above this, against it below.
pub const ARTICLE_THRESHOLD: f64 = 0.7;
/// A prose paragraph next to the article run joins it when its probability is at least this.
pub const ARTICLE_EXTEND_THRESHOLD: f64 = 0.4;
/// The least total evidence a run of paragraphs needs to be taken for an article.
pub const ARTICLE_MIN_EVIDENCE: f64 = 0.0;
/// Weights of the headline candidates' features, in the order of `article::TITLE_FEATURES`: the scores
/// of a conditional logit, compared among a page's candidates (so no bias).
pub const TITLE_WEIGHTS: [f64; TITLE_FEATURES.len()] = [0.4575, -0.4575, -1.0920, 2.5747, 1.8814, 1.7208, -0.6730, -1.4544, -1.6242, 2.4590, -3.4082, 1.5985, 2.1925, -4.9838, -0.4507, -1.3762, 2.2539, -7.9072, -0.4037, -3.4403, 1.9784, 0.4992, 0.2592, 1.4004, 1.0452, -0.7901, -0.0288, 0.0912, -0.3107, -1.6505, -0.8845, -3.7691];
/// The best candidate is not taken for the headline when the model gives it less than this chance of
/// being the one.
pub const TITLE_MIN_PROBABILITY: f64 = 0.1;
