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
pub const TITLE_WEIGHTS: [f64; 35] = [0.3368, -0.0194, -0.3368, -1.2659, 2.8819, 1.5107, 1.3310, -1.1700, -1.6920, -1.5249, 2.1394, -3.5169, 1.6857, 2.0329, -6.0294, -0.6279, -1.3098, 2.3500, -9.9726, -0.3337, -3.2934, 2.2663, 0.6715, 0.1204, 0.0647, -0.3120, 1.5315, 1.1448, -0.3819, -0.1014, 0.0024, 0.2801, -0.1537, -1.5891, -0.7405];
/// The best candidate is not taken for the headline when the model gives it less than this chance of
/// being the one.
pub const TITLE_MIN_PROBABILITY: f64 = 0.1;
