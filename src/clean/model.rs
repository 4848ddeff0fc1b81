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
pub const TITLE_WEIGHTS: [f64; 33] = [0.8594, -0.2551, -0.8594, -0.4643, 2.5736, 1.3455, 0.2532, -0.5324, -0.7442, -0.9754, 1.1418, -1.6948, 1.5079, 1.8582, -4.4686, -0.4340, -0.3922, 2.3608, -5.1853, -0.8734, -1.5864, 1.7965, 0.7102, 0.1973, 0.0384, -0.6068, 1.5014, 0.9877, -0.1869, 0.1117, -0.4265, 0.7295, 1.0381];
/// The best candidate is not taken for the headline when the model gives it less than this chance of
/// being the one.
pub const TITLE_MIN_PROBABILITY: f64 = 0.1;
