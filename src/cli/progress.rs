//! A progress line on standard error while a long file is read, only when standard error is
//! a terminal (never in a pipe or a log), at most four times a second.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    name: String,
    on: bool,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    pub fn new(name: &str, quiet: bool) -> Progress {
        Progress {
            name: name.to_owned(),
            on: !quiet && std::io::stderr().is_terminal(),
            last: None,
            shown: false,
        }
    }

    /// Shows `rows` rows and `done` of `total` (bytes, or rows of a sheet).
    pub fn show(&mut self, rows: u64, done: u64, total: u64) {
        if !self.on {
            return;
        }
        let now = Instant::now();
        if self
            .last
            .is_some_and(|t| now - t < Duration::from_millis(250))
        {
            return;
        }
        self.last = Some(now);
        let share = (done * 100).checked_div(total).unwrap_or(0);
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{}: {rows} rows, {share} %   ", self.name);
        let _ = err.flush();
        self.shown = true;
    }

    /// Clears the line.
    pub fn done(&mut self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{}\r", " ".repeat(self.name.len() + 32));
            let _ = err.flush();
        }
    }
}
