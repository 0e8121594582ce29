//! [`Check`]: what a rule family writes its findings into.

use crate::issue::{Issue, Path, Severity};
use crate::options::{Mode, Options};

/// The context rules run in: the options and the issues found so far.
#[derive(Debug)]
pub struct Check<'o> {
    /// Language, mode and the date that counts as today.
    pub opts: &'o Options,
    issues: Vec<Issue>,
}

impl<'o> Check<'o> {
    /// An empty check under `opts`.
    pub fn new(opts: &'o Options) -> Self {
        Check {
            opts,
            issues: Vec::new(),
        }
    }

    /// Adds an issue.
    pub fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// Adds an error and returns it for parameters.
    pub fn error(&mut self, path: Path, code: &'static str) -> &mut Issue {
        self.issues.push(Issue::error(path, code));
        self.issues.last_mut().expect("just pushed")
    }

    /// Adds a warning and returns it for parameters.
    pub fn warning(&mut self, path: Path, code: &'static str) -> &mut Issue {
        self.issues.push(Issue::warning(path, code));
        self.issues.last_mut().expect("just pushed")
    }

    /// Adds `required` at `path` unless `present`: an error in submit mode, a warning in draft
    /// mode. Returns `present`.
    pub fn require(&mut self, present: bool, path: impl FnOnce() -> Path) -> bool {
        if !present {
            let severity = match self.opts.mode {
                Mode::Submit => Severity::Error,
                Mode::Draft => Severity::Warning,
            };
            let mut issue = Issue::error(path(), "required");
            issue.severity = severity;
            self.issues.push(issue);
        }
        present
    }

    /// [`Check::require`] for text: absent, empty or only spaces counts as missing.
    pub fn require_text(&mut self, value: &Option<String>, path: impl FnOnce() -> Path) -> bool {
        self.require(value.as_deref().is_some_and(|s| !s.trim().is_empty()), path)
    }

    /// Adds the flattened `validator` errors of a record found at `base`.
    pub fn validator(&mut self, result: Result<(), validator::ValidationErrors>, base: &Path) {
        if let Err(errors) = result {
            crate::intake::flatten_validator_errors(&errors, base, &mut self.issues);
        }
    }

    /// The issues found.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
    }
}

/// Severity helper for rules whose severity is fixed.
pub fn severity_of(code: &str) -> Severity {
    crate::rules::catalog::find(code).map_or(Severity::Error, |r| r.severity)
}
