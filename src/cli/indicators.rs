//! `ctxh indicators`: the records of every file (each of one kind, said or found from its
//! columns or keys) in one indicator request to the library (`ctxh::indicators::compute`),
//! then the report as a table, JSON or CSV.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ctxh::intake::Json;
use ctxh::model::RecordKind;
use ctxh::table::{column_uses, ColumnMapping, CsvCells, TablePiece, TableReader};
use serde_json::Value;

use crate::args::{Format, IndicatorArgs};
use crate::files::{self, FileType};
use crate::text::pad;

/// The kinds an indicator request counts, with their list in the request.
const LISTS: &[(&str, &str)] = &[
    ("staff", "staff"),
    ("facility", "facilities"),
    ("case", "cases"),
    ("trainingEvent", "trainingEvents"),
];

/// The header row of a table file.
fn headers(path: &Path, ty: FileType, sheet: Option<&str>) -> Result<Vec<String>, String> {
    if ty == FileType::Xlsx {
        return Ok(files::sheet_rows(path, sheet)?
            .into_iter()
            .next()
            .unwrap_or_default());
    }
    let mut first: Option<Vec<String>> = None;
    let mut cells = CsvCells::new();
    let mut take = |row: &ctxh::table::CsvRow<'_>| {
        if first.is_none() && !row.is_blank() {
            first = Some(
                (0..row.len())
                    .map(|i| String::from_utf8_lossy(row.cell(i)).trim().to_owned())
                    .collect(),
            );
        }
    };
    let text = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let end = text
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| i + 1);
    cells.push(&text[..end.min(1 << 20)], &mut take);
    cells.finish(&mut take);
    Ok(first.unwrap_or_default())
}

/// The kind whose columns (or fields) the file's header (or first record) matches most.
fn detect(
    path: &Path,
    ty: FileType,
    mapping: &ColumnMapping,
    sheet: Option<&str>,
    records: &[String],
) -> Result<RecordKind, String> {
    let score = |kind: RecordKind| -> Result<usize, String> {
        Ok(match ty {
            FileType::Csv | FileType::Xlsx => {
                let h = headers(path, ty, sheet)?;
                column_uses(kind, &h, mapping)
                    .iter()
                    .filter(|u| u.path.is_some())
                    .count()
            }
            _ => match records.first().map(|r| serde_json::from_str::<Value>(r)) {
                Some(Ok(Value::Object(map))) => map
                    .keys()
                    .filter(|k| kind.info().field(k).is_some())
                    .count(),
                _ => 0,
            },
        })
    };
    let mut best: Vec<(usize, RecordKind)> = Vec::new();
    for (name, _) in LISTS {
        let kind = RecordKind::parse(name).expect("a registry kind");
        best.push((score(kind)?, kind));
    }
    best.sort_by_key(|b| std::cmp::Reverse(b.0));
    match best.as_slice() {
        [(a, k), (b, _), ..] if a > b => Ok(*k),
        _ => Err(format!(
            "{}: its kind is not clear from its columns; write it as staff:FILE, facility:FILE, case:FILE or trainingEvent:FILE",
            path.display()
        )),
    }
}

/// The records of a file as JSON texts (tables through the library's table reader; its
/// faults, such as unknown columns, go to standard error).
fn records(
    path: &Path,
    ty: FileType,
    kind: Option<RecordKind>,
    mapping: &ColumnMapping,
    sheet: Option<&str>,
) -> Result<(RecordKind, Vec<String>), String> {
    match ty {
        FileType::Json | FileType::Ndjson => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let out: Vec<String> = if ty == FileType::Json {
                match serde_json::from_str::<Value>(&text) {
                    Ok(Value::Array(items)) => items.iter().map(Value::to_string).collect(),
                    _ => return Err(format!("{}: not a JSON array", path.display())),
                }
            } else {
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let kind = match kind {
                Some(k) => k,
                None => detect(path, ty, mapping, sheet, &out)?,
            };
            Ok((kind, out))
        }
        FileType::Csv | FileType::Xlsx => {
            let kind = match kind {
                Some(k) => k,
                None => detect(path, ty, mapping, sheet, &[])?,
            };
            let mut reader = TableReader::new(kind, mapping.clone());
            let mut out = Vec::new();
            let name = files::display_name(path);
            let mut sink = |piece: TablePiece<'_>| match piece {
                TablePiece::Row(row) => out.push(String::from_utf8_lossy(row.json).into_owned()),
                TablePiece::Fault(issue, column) => {
                    eprintln!("ctxh: {name}: {} ({column})", issue.code);
                }
            };
            files::feed(path, ty, sheet, &mut |chunk, _, _| {
                reader.push(chunk, &mut sink)
            })?;
            reader.finish(&mut sink);
            Ok((kind, out))
        }
    }
}

pub fn run(a: &IndicatorArgs) -> Result<ExitCode, String> {
    let opts = files::options(&a.record)?;
    let mapping = files::mapping(&a.record.mapping)?;
    let mut lists: Vec<(&str, Vec<String>)> = LISTS.iter().map(|(_, l)| (*l, Vec::new())).collect();
    for spec in &a.files {
        let (kind, path) = match spec.split_once(':') {
            Some((k, p)) if LISTS.iter().any(|(name, _)| *name == k) => {
                (RecordKind::parse(k), PathBuf::from(p))
            }
            _ => (None, PathBuf::from(spec)),
        };
        let ty = FileType::of(&path)?;
        let (kind, rows) = records(&path, ty, kind, &mapping, a.record.sheet.as_deref())?;
        let list = LISTS
            .iter()
            .position(|(name, _)| *name == kind.name())
            .expect("a kind of the indicators");
        lists[list].1.extend(rows);
    }
    let mut request = String::from("{\"scope\":{\"codeSet\":");
    request.push_str(&Value::from(a.code_set.as_str()).to_string());
    if a.scope != "national" {
        let provinces: Vec<Value> = a.scope.split(',').map(|p| Value::from(p.trim())).collect();
        request.push_str(",\"provinceCodes\":");
        request.push_str(&Value::Array(provinces).to_string());
    }
    request.push('}');
    if let Some(period) = &a.period {
        let (start, end) = period
            .split_once("..")
            .ok_or("--period: expected START..END (YYYY-MM-DD..YYYY-MM-DD)")?;
        request.push_str(&format!(
            ",\"period\":{{\"start\":{},\"end\":{}}}",
            Value::from(start),
            Value::from(end)
        ));
    }
    for (list, rows) in &lists {
        request.push_str(&format!(",\"{list}\":[{}]", rows.join(",")));
    }
    request.push('}');
    let json = Json::parse(&request).map_err(|e| format!("a record is not JSON: {e}"))?;
    let report = ctxh::indicators::compute(&json, &opts);
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => {
            let _ = writeln!(out, "{}", report.to_json());
        }
        Format::Csv => {
            let _ = writeln!(out, "code,name,unit,numerator,denominator,text");
            for f in &report.indicators {
                let _ = writeln!(
                    out,
                    "{},\"{}\",{},{},{},\"{}\"",
                    f.code,
                    f.name.replace('"', "\"\""),
                    f.unit,
                    f.numerator,
                    f.denominator.map(|d| d.to_string()).unwrap_or_default(),
                    f.text.replace('"', "\"\"")
                );
            }
        }
        Format::Table => {
            for issue in &report.request.issues {
                let _ = writeln!(
                    out,
                    "! {} {}: {}",
                    issue.path_text, issue.code, issue.message
                );
            }
            for f in &report.indicators {
                let fraction = match f.denominator {
                    Some(d) => format!("{} / {d}", f.numerator),
                    None => f.numerator.to_string(),
                };
                let _ = writeln!(
                    out,
                    "{} {} {} {}",
                    pad(&f.code, 36),
                    pad(&f.text, 10),
                    pad(&fraction, 14),
                    f.name
                );
            }
            let uncounted: Value = serde_json::to_value(&report.uncounted).unwrap_or_default();
            if let Some(Value::Object(by)) = uncounted.get("byReason") {
                if !by.is_empty() {
                    let parts: Vec<String> = by.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    let _ = writeln!(out, "uncounted: {}", parts.join(", "));
                }
            }
        }
    }
    Ok(if report.request.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
