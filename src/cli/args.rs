//! The command line: subcommands and their options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check, count and convert the social work sector's exports (staff, facilities, cases) with
/// the rules of the ctxh crate: the same rules, codes and messages as every portal.
#[derive(Debug, Parser)]
#[command(name = "ctxh", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check whole files: a summary (rows, valid, invalid, top codes and fields) and a report
    /// of every issue, row by row. Exit status 1 when a row has an error.
    Check(CheckArgs),
    /// Count the programme indicators of staff, facility, case and training event files.
    Indicators(IndicatorArgs),
    /// Rewrite legacy-era addresses (before 1 July 2025) to the 2025 units, as the conversion
    /// table says: whole communes are rewritten, split ones kept with their candidates.
    Migrate(MigrateArgs),
    /// The columns a spreadsheet of a record kind may have: headers and wire paths.
    Columns(ColumnsArgs),
}

/// The record kinds a file can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    Staff,
    Facility,
    Case,
    Address,
    #[value(name = "trainingEvent")]
    TrainingEvent,
    Observation,
}

impl Kind {
    pub fn record_kind(self) -> ctxh::model::RecordKind {
        use ctxh::model::RecordKind as K;
        let name = match self {
            Kind::Staff => "staff",
            Kind::Facility => "facility",
            Kind::Case => "case",
            Kind::Address => "address",
            Kind::TrainingEvent => "trainingEvent",
            Kind::Observation => "observation",
        };
        K::parse(name).expect("every kind is in the registry")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    Submit,
    Draft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// What every command that checks records takes.
#[derive(Debug, Args)]
pub struct RecordOptions {
    /// The day the rules are judged on (ages, expiries, deadlines): YYYY-MM-DD; default today
    /// in Vietnam.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The language of messages and names.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
    /// `draft` turns missing required fields into warnings.
    #[arg(long, value_enum, default_value_t = Mode::Submit)]
    pub mode: Mode,
    /// A JSON file mapping headers to fields: { "Tên cán bộ": "person.fullName", "STT": null }.
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The sheet of an Excel workbook to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The files: .csv (or .tsv, .txt), .xlsx, .json (an array), .ndjson (or .jsonl).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The record kind of the rows.
    #[arg(long, value_enum)]
    pub kind: Kind,
    #[command(flatten)]
    pub record: RecordOptions,
    /// How to print the summary: a table, the JSON reports, or counts by code as CSV.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Where to write the report of every issue (CSV: row, column, field, code, severity,
    /// message): a file for one input, a folder for several; default FILE.issues.csv beside
    /// each input.
    #[arg(long, value_name = "PATH")]
    pub report: Option<PathBuf>,
    /// Write no report of every issue.
    #[arg(long, conflicts_with = "report")]
    pub no_report: bool,
    /// Print how each column is read (the mapping in use).
    #[arg(long)]
    pub show_mapping: bool,
    /// Do not look for the same person in two rows or files.
    #[arg(long)]
    pub no_duplicates: bool,
    /// The most issues the JSON reports list (all are in the report file).
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub max_issues: u64,
    /// No progress line.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct IndicatorArgs {
    /// The files, each of one kind, found from its columns or keys; or say it: staff:FILE,
    /// facility:FILE, case:FILE, trainingEvent:FILE.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// A province code (01, 79...; several separated by commas) or `national`.
    #[arg(long, value_name = "SCOPE")]
    pub scope: String,
    /// The code set of the scope and of the records counted.
    #[arg(long, value_name = "2025|legacy", default_value = "2025")]
    pub code_set: String,
    /// The period of the training figures: START..END (YYYY-MM-DD..YYYY-MM-DD).
    #[arg(long, value_name = "START..END")]
    pub period: Option<String>,
    #[command(flatten)]
    pub record: RecordOptions,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// A .csv, .xlsx, .json or .ndjson file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The record kind of the rows (for the columns of a spreadsheet).
    #[arg(long, value_enum, default_value_t = Kind::Staff)]
    pub kind: Kind,
    /// Where to write the rewritten file (default FILE.2025.EXT beside it).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Where to write what changed, row by row (CSV; default FILE.migration.csv beside it).
    #[arg(long, value_name = "PATH")]
    pub report: Option<PathBuf>,
    /// A JSON file mapping headers to fields, as for `check`.
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The sheet of an Excel workbook to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The language of the summary.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct ColumnsArgs {
    /// The record kind.
    #[arg(long, value_enum)]
    pub kind: Kind,
    /// A table, JSON or CSV (an empty template: the Vietnamese headers, or English ones with
    /// --lang en).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The language of the headers of the CSV template.
    #[arg(long, value_enum, default_value_t = Lang::Vi)]
    pub lang: Lang,
}
