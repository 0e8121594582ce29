//! Input files: their type from the extension, their text in chunks (CSV, JSON, NDJSON are
//! read 64 KiB at a time, never whole), an Excel sheet as rows of cells (and as CSV text for
//! the batch), options and mappings.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{open_workbook, open_workbook_auto, Data, DataRef, Reader, Xlsx};
use ctxh::batch::{Format, READ_CHUNK};
use ctxh::date::Date;
use ctxh::i18n::Lang as CoreLang;
use ctxh::options::{Mode as CoreMode, Options};
use ctxh::table::ColumnMapping;

use crate::args::{Lang, Mode, RecordOptions};

/// What a file holds, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    Csv,
    Xlsx,
    Json,
    Ndjson,
}

impl FileType {
    pub fn of(path: &Path) -> Result<FileType, String> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "csv" | "tsv" | "txt" => Ok(FileType::Csv),
            "xlsx" | "xlsm" | "xls" | "ods" => Ok(FileType::Xlsx),
            "json" => Ok(FileType::Json),
            "ndjson" | "jsonl" => Ok(FileType::Ndjson),
            _ => Err(format!(
                "{}: unknown file type (.csv, .tsv, .xlsx, .json, .ndjson)",
                path.display()
            )),
        }
    }

    /// The batch format the file's text is read in.
    pub fn batch_format(self) -> Format {
        match self {
            FileType::Csv | FileType::Xlsx => Format::Csv,
            FileType::Json => Format::JsonArray,
            FileType::Ndjson => Format::Ndjson,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FileType::Csv => "csv",
            FileType::Xlsx => "xlsx",
            FileType::Json => "json",
            FileType::Ndjson => "ndjson",
        }
    }
}

pub fn core_lang(lang: Lang) -> CoreLang {
    match lang {
        Lang::Vi => CoreLang::Vi,
        Lang::En => CoreLang::En,
    }
}

/// The record options of the command line.
pub fn options(o: &RecordOptions) -> Result<Options, String> {
    let as_of = match &o.as_of {
        Some(text) => Date::parse_iso(text)
            .ok_or_else(|| format!("--as-of {text}: expected a date YYYY-MM-DD"))?,
        None => Date::today_in_vietnam(),
    };
    let mut opts = Options::new(as_of).lang(core_lang(o.lang));
    if o.mode == Mode::Draft {
        opts = opts.draft();
    }
    debug_assert!(matches!(opts.mode, CoreMode::Draft | CoreMode::Submit));
    Ok(opts)
}

/// The mapping file, if one is given.
pub fn mapping(path: &Option<PathBuf>) -> Result<ColumnMapping, String> {
    let Some(path) = path else {
        return Ok(ColumnMapping::default());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    ColumnMapping::from_json(&value).map_err(|e| format!("{}: {e}", path.display()))
}

/// A cell of a sheet as text: numbers as written (whole numbers without `.0`), dates as
/// `dd/mm/yyyy` (with the time when it has one), booleans as `true`/`false`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, sec, _) = d.to_ymd_hms_milli();
            if (h, min, sec) == (0, 0, 0) {
                format!("{day:02}/{m:02}/{y}")
            } else {
                format!("{day:02}/{m:02}/{y} {h:02}:{min:02}:{sec:02}")
            }
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

/// A cell of a streamed `.xlsx` sheet as text (see [`cell_text`]).
fn cell_ref_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::String(s) => s.clone(),
        DataRef::Int(i) => cell_text(&Data::Int(*i)),
        DataRef::Float(f) => cell_text(&Data::Float(*f)),
        DataRef::Bool(b) => cell_text(&Data::Bool(*b)),
        DataRef::DateTime(d) => cell_text(&Data::DateTime(*d)),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// Streams the rows of an `.xlsx` sheet (the first, or `sheet`) as CSV lines: cells are read
/// one by one, never the whole sheet. Columns and rows keep their places (an empty column A
/// stays an empty first column, as a CSV export writes it).
fn feed_xlsx(
    path: &Path,
    sheet: Option<&str>,
    push: &mut dyn FnMut(&[u8], u64, u64),
) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e| fail(&e))?;
    let name = sheet_name(path, &book.sheet_names(), sheet)?;
    let mut cells = book.worksheet_cells_reader(&name).map_err(|e| fail(&e))?;
    let (mut row, mut line) = (Vec::<String>::new(), String::new());
    let mut current: Option<u32> = None;
    let mut flush = |row: &mut Vec<String>, at: u32| {
        line.clear();
        csv_line(row, &mut line);
        push(line.as_bytes(), u64::from(at) + 1, 0);
        row.clear();
    };
    while let Some(cell) = cells.next_cell().map_err(|e| fail(&e))? {
        let (r, c) = cell.get_position();
        if let Some(at) = current.filter(|&at| at != r) {
            flush(&mut row, at);
        }
        current = Some(r);
        let text = cell_ref_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let c = c as usize;
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        row[c] = text;
    }
    if let Some(at) = current {
        flush(&mut row, at);
    }
    Ok(())
}

/// The sheet to read: `sheet` when given, otherwise the workbook's first.
fn sheet_name(path: &Path, names: &[String], sheet: Option<&str>) -> Result<String, String> {
    match sheet {
        Some(s) => Ok(s.to_owned()),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| format!("{}: the workbook has no sheet", path.display())),
    }
}

/// A workbook's sheet (the first, or `sheet`).
fn sheet_range(path: &Path, sheet: Option<&str>) -> Result<calamine::Range<Data>, String> {
    let mut book = open_workbook_auto(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = sheet_name(path, &book.sheet_names(), sheet)?;
    book.worksheet_range(&name)
        .map_err(|e| format!("{}: sheet {name}: {e}", path.display()))
}

/// The rows of a workbook's sheet (the first, or `sheet`), as text cells.
pub fn sheet_rows(path: &Path, sheet: Option<&str>) -> Result<Vec<Vec<String>>, String> {
    Ok(sheet_range(path, sheet)?
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect())
}

fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| matches!(e.to_string_lossy().to_lowercase().as_str(), "xlsx" | "xlsm"))
}

/// One row of cells as a CSV line.
pub fn csv_line(cells: &[String], out: &mut String) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if c.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(c);
        }
    }
    out.push_str("\r\n");
}

/// Feeds a file's text to `push` in chunks (an Excel sheet as CSV text, row by row), with
/// the total size for progress (bytes of the file; for a sheet, its rows).
pub fn feed(
    path: &Path,
    ty: FileType,
    sheet: Option<&str>,
    push: &mut dyn FnMut(&[u8], u64, u64),
) -> Result<(), String> {
    match ty {
        FileType::Xlsx if is_xlsx(path) => feed_xlsx(path, sheet, push),
        FileType::Xlsx => {
            // Other workbooks (.xls, .ods): the sheet is read whole; its rows go to the batch
            // one at a time, as CSV lines.
            let range = sheet_range(path, sheet)?;
            let total = range.height() as u64;
            let (mut text, mut cells) = (String::new(), Vec::new());
            for (i, row) in range.rows().enumerate() {
                cells.clear();
                cells.extend(row.iter().map(cell_text));
                text.clear();
                csv_line(&cells, &mut text);
                push(text.as_bytes(), i as u64 + 1, total);
            }
            Ok(())
        }
        _ => {
            let mut file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let total = file.metadata().map(|m| m.len()).unwrap_or(0);
            let mut buffer = vec![0u8; READ_CHUNK];
            let mut done = 0u64;
            loop {
                let n = match file.read(&mut buffer) {
                    Ok(0) => return Ok(()),
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(format!("{}: {e}", path.display())),
                };
                done += n as u64;
                push(&buffer[..n], done, total);
            }
        }
    }
}

/// A path beside `input`: its stem with `suffix` (`staff.csv` → `staff.issues.csv`).
pub fn beside(input: &Path, suffix: &str) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    input.with_file_name(format!("{stem}{suffix}"))
}

/// The name of a file as reports show it.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
