//! The weights of the article and headline models of `article.rs`, written by
//! `scripts/eval/fit_article.py` (do not edit by hand: run the script, which also records the figures
//! in docs/quality.md).

use super::article::{BLOCK_FEATURES, TITLE_FEATURES};

/// Weights of the paragraph features, in the order of `article::BLOCK_FEATURES`.
pub const BLOCK_WEIGHTS: [f32; BLOCK_FEATURES.len()] = [0.2310, -0.1903, -0.8865, 0.1826, 0.4975, 1.1801, -0.1805, -0.0738, -0.1744, -0.2666, -0.2483, 0.4654, -0.7470, -0.1459, -0.2724, 0.6056, 2.0494, 0.1830, 0.2934, -0.4512, -0.9491, 8.7075, -0.3691];
pub const BLOCK_BIAS: f64 = -1.7921;
/// A paragraph counts for the article when its probability is above this, against it below.
pub const ARTICLE_THRESHOLD: f64 = 0.7;
/// A prose paragraph next to the article run joins it when its probability is at least this.
pub const ARTICLE_EXTEND_THRESHOLD: f64 = 0.4;
/// The least total evidence a run of paragraphs needs to be taken for an article.
pub const ARTICLE_MIN_EVIDENCE: f64 = 0.0;
/// Weights of the headline candidates' features, in the order of `article::TITLE_FEATURES`: the scores
/// of a conditional logit, compared among a page's candidates (so no bias).
pub const TITLE_WEIGHTS: [f32; TITLE_FEATURES.len()] = [0.3897, -0.3897, -1.3553, 2.6386, 1.7478, 0.8076, -0.9854, -1.4763, -1.6208, 2.4680, -3.3398, 1.6067, 2.2124, -4.9615, -0.4483, -1.2786, 2.2681, -7.9748, -0.3934, -3.4367, 1.9637, 0.4672, 0.2787, 1.3772, 1.1431, -0.2057, -0.0372, 0.1115, -0.3172, -1.6540, -0.8754, -3.7524];
/// The best candidate is not taken for the headline when the model gives it less than this chance of
/// being the one.
pub const TITLE_MIN_PROBABILITY: f64 = 0.1;
