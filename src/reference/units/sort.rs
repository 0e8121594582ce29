//! [`sort_keys`]: the one sort of the unit tables (indexes, search results, conversions).

/// Sorts integer keys: a heapsort of a dozen lines, where the library's sort would add
/// kilobytes to the browser bundle. O(n log n), no allocation.
pub(crate) fn sort_keys(keys: &mut [u64]) {
    fn sift_down(keys: &mut [u64], mut root: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= keys.len() {
                return;
            }
            if child + 1 < keys.len() && keys[child] < keys[child + 1] {
                child += 1;
            }
            if keys[root] >= keys[child] {
                return;
            }
            keys.swap(root, child);
            root = child;
        }
    }
    for root in (0..keys.len() / 2).rev() {
        sift_down(keys, root);
    }
    for end in (1..keys.len()).rev() {
        keys.swap(0, end);
        if let Some(heap) = keys.get_mut(..end) {
            sift_down(heap, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_keys;

    #[test]
    fn heapsort_sorts() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in [0usize, 1, 2, 3, 7, 64, 1000] {
            let mut keys: Vec<u64> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed % 97
                })
                .collect();
            let mut want = keys.clone();
            want.sort_unstable();
            sort_keys(&mut keys);
            assert_eq!(keys, want);
        }
    }
}
