//! The weights of the article and headline models of `article.rs`, written by
//! `scripts/eval/fit_article.py` (do not edit by hand: run the script, which also records the figures
//! in docs/quality.md).

/// Weights of the paragraph features, in the order of `article::BLOCK_FEATURES`.
pub const BLOCK_WEIGHTS: [f64; 23] = [0.2148, -0.1898, -0.9311, 0.1410, 0.4614, 1.1865, -0.1901, -0.0033, 0.0137, -0.0740, -0.2456, 0.0000, -0.7393, -0.1092, -0.1212, 0.6171, 2.0829, 0.1477, 0.2526, -0.3657, -1.0449, 8.4648, -0.5980];
pub const BLOCK_BIAS: f64 = -1.6220;
/// A paragraph counts for the article when its probability is above this, against it below.
pub const ARTICLE_THRESHOLD: f64 = 0.7;
/// A prose paragraph next to the article run joins it when its probability is at least this.
pub const ARTICLE_EXTEND_THRESHOLD: f64 = 0.4;
/// The least total evidence a run of paragraphs needs to be taken for an article.
pub const ARTICLE_MIN_EVIDENCE: f64 = 0.0;
/// Weights of the headline candidates' features, in the order of `article::TITLE_FEATURES`.
pub const TITLE_WEIGHTS: [f64; 20] = [0.9665, -1.2445, -0.9665, -1.5489, 1.8625, 1.7583, -0.0796, 0.1905, -0.0841, -0.3206, -0.1825, -1.8905, 1.8554, 0.4565, 0.5350, -0.5762, 0.1232, 2.1345, -5.6053, -0.0632];
pub const TITLE_BIAS: f64 = -6.1901;
/// A candidate scored below this is not taken for the headline.
pub const TITLE_MIN_PROBABILITY: f64 = 0.05;
