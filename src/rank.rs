//! Ranking: indices ordered by a weight, heaviest first. `select` ranks sentences by score, `keywords`
//! terms by weight, `clean` paragraphs by their share of stopwords (for its median); they share this one
//! function. It is a plain bottom-up merge sort rather than `slice::sort_by`: the standard library's
//! stable sort (driftsort) is about 11 KB of `.wasm` code per comparator, and these are the only stable
//! sorts in the crate (docs/performance.md, "Every language"). The lists are short (a novel's sentences
//! or terms), where the merge sort's `n log n` comparisons cost about what driftsort's do.

/// Sorts `indices` by `weight[i]`, heaviest first (`f64::total_cmp`), ties by `tie(i)` ascending if
/// given, and indices equal in both keep their order (a stable sort).
pub(crate) fn by_weight_descending(indices: &mut [usize], weight: &[f64], tie: Option<&dyn Fn(usize) -> usize>) {
    // Each index with its weight as the integer `f64::total_cmp` compares (the same bits, negatives
    // flipped), made once: the comparisons are then of two integers, without looking the weight up.
    let key = |i: usize| {
        let bits = weight[i].to_bits() as i64;
        bits ^ (((bits >> 63) as u64) >> 1) as i64
    };
    // Whether `a` goes strictly before `b`.
    let before = |a: &(i64, usize), b: &(i64, usize)| match a.0.cmp(&b.0) {
        std::cmp::Ordering::Equal => tie.is_some_and(|tie| tie(a.1) < tie(b.1)),
        order => order.is_gt(),
    };
    let n = indices.len();
    let mut from: Vec<(i64, usize)> = indices.iter().map(|&i| (key(i), i)).collect();
    let mut into = from.clone();
    let mut width = 1;
    // Runs of `width` sorted in `from` are merged in pairs into `into`; a run's own order is kept on
    // ties (the left run's element is taken unless the right one goes strictly before it).
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, middle);
            for slot in &mut into[start..end] {
                if right < end && (left == middle || before(&from[right], &from[left])) {
                    *slot = from[right];
                    right += 1;
                } else {
                    *slot = from[left];
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    for (index, &(_, i)) in indices.iter_mut().zip(&from) {
        *index = i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn heaviest_first_then_by_tie_then_stable() {
        let weight = [1.0, 3.0, 2.0, 3.0, 1.0, -0.0, 0.0];
        let tie = [5, 9, 0, 1, 5, 0, 0];
        let mut indices: Vec<usize> = (0..weight.len()).collect();
        by_weight_descending(&mut indices, &weight, Some(&|i| tie[i]));
        // 3 before 1: equal weight, smaller tie; 0 before 4: equal in both, their order kept; +0 before -0.
        assert_eq!(indices, [3, 1, 2, 0, 4, 6, 5]);
    }

    proptest! {
        /// The same order as the standard library's stable sort with the same comparator, for any
        /// lengths (not only powers of two), many ties, and indices in any starting order.
        #[test]
        fn same_as_the_standard_stable_sort(
            entries in proptest::collection::vec((0u8..6, 0usize..4), 0..300),
            rotate in 0usize..300,
        ) {
            let weight: Vec<f64> = entries.iter().map(|&(w, _)| f64::from(w) / 2.0 - 1.0).collect();
            let tie: Vec<usize> = entries.iter().map(|&(_, t)| t).collect();
            let mut indices: Vec<usize> = (0..entries.len()).collect();
            if !indices.is_empty() {
                let by = rotate % indices.len();
                indices.rotate_left(by);
            }
            let mut expected = indices.clone();
            expected.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]).then(tie[a].cmp(&tie[b])));
            by_weight_descending(&mut indices, &weight, Some(&|i| tie[i]));
            prop_assert_eq!(&indices, &expected);
            // Without a tie-break, equal weights keep their order.
            let mut untied = indices.clone();
            let by = rotate % untied.len().max(1);
            untied.rotate_left(by);
            let mut expected = untied.clone();
            expected.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]));
            by_weight_descending(&mut untied, &weight, None);
            prop_assert_eq!(untied, expected);
        }
    }
}
