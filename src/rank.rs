//! Ranking: indices ordered by a weight, heaviest first. `select` ranks sentences by score, `keywords`
//! terms by weight, `clean` paragraphs by their share of stopwords (for its median); they share this one
//! function, so that the `.wasm` links one instance of the stable sort rather than one per comparator
//! (each instance is several KB of code: docs/performance.md, "Every language").

/// Sorts `indices` by `weight[i]`, heaviest first (`f64::total_cmp`), ties by `tie(i)` ascending, and
/// indices equal in both keep their order. `tie` is a `dyn` closure on purpose: a generic one would
/// make each caller's sort an instance of its own again.
pub(crate) fn by_weight_descending(indices: &mut [usize], weight: &[f64], tie: &dyn Fn(usize) -> usize) {
    indices.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]).then_with(|| tie(a).cmp(&tie(b))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaviest_first_then_by_tie_then_stable() {
        let weight = [1.0, 3.0, 2.0, 3.0, 1.0, -0.0, 0.0];
        let tie = [5, 9, 0, 1, 5, 0, 0];
        let mut indices: Vec<usize> = (0..weight.len()).collect();
        by_weight_descending(&mut indices, &weight, &|i| tie[i]);
        // 3 before 1: equal weight, smaller tie; 0 before 4: equal in both, their order kept; +0 before -0.
        assert_eq!(indices, [3, 1, 2, 0, 4, 6, 5]);
    }
}
