//! Versions: of the crate, of the ruleset, and of the embedded reference data.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

/// Whether a build with the cargo feature `legacy-units-loadable` has loaded its legacy tables
/// (set by `reference::units::load_legacy_units`).
static LEGACY_LOADED: AtomicBool = AtomicBool::new(false);

/// Records that the legacy tables were loaded, so that [`info`] lists the `legacy` code set.
#[cfg_attr(not(feature = "legacy-units-loadable"), allow(dead_code))]
pub(crate) fn mark_legacy_loaded() {
    LEGACY_LOADED.store(true, Ordering::Relaxed);
}

/// The crate version.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The ruleset version. It changes whenever a rule, a code or a message changes, so that a
/// server re-running the rules knows whether it runs the ones the browser ran.
pub const RULESET_VERSION: &str = "2026.11.0";

/// What a portal shows in its footer and stamps into submitted records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo {
    /// The crate (and npm package) version.
    pub crate_version: &'static str,
    /// The ruleset version (`rulesetVersion` in records).
    pub ruleset_version: &'static str,
    /// The administrative-unit code sets embedded in this build.
    pub code_sets: Vec<&'static str>,
    /// Whether this is the WebAssembly build.
    pub wasm: bool,
}

/// The versions of this build.
///
/// ```
/// let v = ctxh::version::info();
/// assert_eq!(v.crate_version, env!("CARGO_PKG_VERSION"));
/// assert!(v.code_sets.contains(&"2025"));
/// ```
pub fn info() -> VersionInfo {
    let mut code_sets = vec!["2025"];
    if cfg!(feature = "legacy-units")
        && (!cfg!(feature = "legacy-units-loadable") || LEGACY_LOADED.load(Ordering::Relaxed))
    {
        code_sets.push("legacy");
    }
    VersionInfo {
        crate_version: CRATE_VERSION,
        ruleset_version: RULESET_VERSION,
        code_sets,
        wasm: cfg!(target_arch = "wasm32"),
    }
}
