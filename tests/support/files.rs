//! Walking a folder of the repository in a stable order (used by several integration tests).

use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir` whose name ends in `.{extension}`, in sorted path order (folders
/// walked depth first, entries sorted by name), as the shared test vectors are read.
pub fn files_with_extension(dir: &Path, extension: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, extension, out);
            } else if p.extension().is_some_and(|e| e == extension) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, extension, &mut out);
    out
}
