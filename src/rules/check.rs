//! [`Check`]: what a rule family writes its findings into, and the helpers every family shares
//! (required fields, dates not after `asOf`). Field limits are checked by the pipeline
//! ([`crate::validate`]) from the records' descriptions, not by the families.

use crate::date::Date;
use crate::issue::{Issue, Path, Severity};
use crate::options::{Mode, Options};
use crate::text::is_blank;

/// The context rules run in: the options and the issues found so far.
#[derive(Debug)]
pub struct Check<'o> {
    /// Language, mode and the date that counts as today.
    pub opts: &'o Options,
    issues: Vec<Issue>,
}

/// A path given as it is, or as a closure that builds it only when an issue is raised.
pub trait LazyPath {
    /// The path.
    fn into_path(self) -> Path;
}

impl LazyPath for Path {
    fn into_path(self) -> Path {
        self
    }
}

impl<F: FnOnce() -> Path> LazyPath for F {
    fn into_path(self) -> Path {
        self()
    }
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

    /// Adds `code` at `path` unless `present`: an error in submit mode, a warning in draft mode
    /// (`required`, and conditional requirements with their own code). Returns `present`.
    ///
    /// Inlined, so that a caller's lazy path is not even assembled when the field is present.
    #[inline]
    pub fn require_as(&mut self, present: bool, code: &'static str, path: impl LazyPath) -> bool {
        if !present {
            self.missing(code, path.into_path());
        }
        present
    }

    /// The issue of [`Check::require_as`] for a missing field.
    #[cold]
    fn missing(&mut self, code: &'static str, path: Path) {
        let severity = match self.opts.mode {
            Mode::Submit => Severity::Error,
            Mode::Draft => Severity::Warning,
        };
        let mut issue = Issue::error(path, code);
        issue.severity = severity;
        self.issues.push(issue);
    }

    /// Adds `required` at `path` unless `present` (an error on submit, a warning in draft
    /// mode). Returns `present`.
    #[inline]
    pub fn require(&mut self, present: bool, path: impl LazyPath) -> bool {
        self.require_as(present, "required", path)
    }

    /// [`Check::require`] for text: absent, empty or only spaces counts as missing.
    #[inline]
    pub fn require_text(&mut self, value: &Option<String>, path: impl LazyPath) -> bool {
        self.require(value.as_deref().is_some_and(|s| !is_blank(s)), path)
    }

    /// Adds `date_in_future` at `path` when `date` is after `asOf`.
    pub fn not_in_future(&mut self, date: Option<Date>, path: impl LazyPath) {
        let as_of = self.opts.as_of;
        if date.is_some_and(|d| d > as_of) {
            self.error(path.into_path(), "date_in_future")
                .param("asOf", as_of.to_string());
        }
    }

    /// The issues found.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
    }
}

/// [`Check::require`] with the path given as it is: the facility and case rules go through
/// this one non-generic function (not a closure per call site), which keeps the WebAssembly
/// build small.
pub(crate) fn need(cx: &mut Check<'_>, present: bool, path: Path) -> bool {
    cx.require(present, path)
}

/// [`need`] for text: absent, empty or only spaces is missing.
pub(crate) fn need_text(cx: &mut Check<'_>, value: &Option<String>, path: Path) -> bool {
    cx.require_text(value, path)
}

/// [`Check::not_in_future`] in the argument order of the rule families.
pub(crate) fn not_in_future(date: Option<Date>, cx: &mut Check<'_>, path: impl LazyPath) {
    cx.not_in_future(date, path);
}
