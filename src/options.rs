//! Validation options: language, draft or submit mode, and the date that counts as today.

use serde_json::Value;

use crate::date::Date;
use crate::i18n::Lang;

/// Whether missing required fields block the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Saving a partial form: missing required fields are warnings.
    Draft,
    /// Submitting: missing required fields are errors.
    #[default]
    Submit,
}

/// How to validate: wire form `{ "lang": "vi"|"en", "mode": "draft"|"submit", "asOf": "YYYY-MM-DD" }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The language of messages (Vietnamese by default).
    pub lang: Lang,
    /// Draft or submit.
    pub mode: Mode,
    /// The date that counts as today for ages, expiries and deadlines.
    pub as_of: Date,
}

/// Options that cannot be used (the only input that makes a validation refuse to run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError {
    /// What is wrong, in English, naming the option (never a record value).
    pub message: String,
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for OptionsError {}

fn bad(message: impl Into<String>) -> OptionsError {
    OptionsError {
        message: message.into(),
    }
}

impl Options {
    /// Vietnamese messages, submit mode, with `as_of` as today.
    pub fn new(as_of: Date) -> Options {
        Options {
            lang: Lang::Vi,
            mode: Mode::Submit,
            as_of,
        }
    }

    /// The same options with another language.
    pub fn lang(mut self, lang: Lang) -> Options {
        self.lang = lang;
        self
    }

    /// The same options in draft mode.
    pub fn draft(mut self) -> Options {
        self.mode = Mode::Draft;
        self
    }

    /// Reads wire options; `null` means all defaults. `today` is used when `asOf` is absent.
    ///
    /// ```
    /// use ctxh::{date::Date, options::{Mode, Options}};
    /// let today = Date::parse_iso("2026-01-02").unwrap();
    /// let o = Options::from_json(&serde_json::json!({"lang": "en", "mode": "draft"}), today).unwrap();
    /// assert_eq!((o.mode, o.as_of), (Mode::Draft, today));
    /// assert!(Options::from_json(&serde_json::json!({"language": "en"}), today).is_err());
    /// ```
    pub fn from_json(value: &Value, today: Date) -> Result<Options, OptionsError> {
        let mut opts = Options::new(today);
        let map = match value {
            Value::Null => return Ok(opts),
            Value::Object(map) => map,
            _ => return Err(bad("options must be an object")),
        };
        for (key, v) in map {
            if v.is_null() {
                continue;
            }
            match key.as_str() {
                "lang" => {
                    opts.lang = v
                        .as_str()
                        .and_then(Lang::parse)
                        .ok_or_else(|| bad("options.lang must be \"vi\" or \"en\""))?;
                }
                "mode" => {
                    opts.mode = match v.as_str() {
                        Some("draft") => Mode::Draft,
                        Some("submit") => Mode::Submit,
                        _ => return Err(bad("options.mode must be \"draft\" or \"submit\"")),
                    };
                }
                "asOf" => {
                    opts.as_of = v
                        .as_str()
                        .and_then(Date::parse_iso)
                        .ok_or_else(|| bad("options.asOf must be a date YYYY-MM-DD"))?;
                }
                _ => return Err(bad("unknown option (allowed: lang, mode, asOf)")),
            }
        }
        Ok(opts)
    }

    /// Reads wire options from JSON text (empty text means all defaults).
    pub fn from_json_text(text: &str, today: Date) -> Result<Options, OptionsError> {
        if text.trim().is_empty() {
            return Ok(Options::new(today));
        }
        let v: Value = serde_json::from_str(text).map_err(|_| bad("options are not valid JSON"))?;
        Options::from_json(&v, today)
    }
}
