//! `ctxh migrate`: legacy-era addresses rewritten to the 2025 units by the library
//! (`ctxh::table::migrate_cells`, `migrate_record`), the rest of every row as it was. A split
//! commune is never guessed: the row keeps its legacy address, and two columns added after each
//! address's columns give the default 2025 commune and every candidate. A report says what
//! happened to each legacy address, row by row.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ctxh::table::{
    address_columns, migrate_cells, migrate_record, AddressColumns, CsvCells, Migration,
};
use serde_json::Value;

use crate::args::{Lang, MigrateArgs};
use crate::files::{self, csv_line, FileType};

/// The header line of the migration report.
const REPORT_HEADER: &str = "row,column,field,legacy,status,rewritten,new,candidates";

struct Out {
    report: BufWriter<File>,
    report_path: PathBuf,
    counts: [u64; 3],
}

impl Out {
    fn row(&mut self, row: u64, column: &str, changes: &[Migration]) -> Result<(), String> {
        for m in changes {
            let cells = [
                row.to_string(),
                column.to_owned(),
                m.path.clone(),
                m.legacy.clone(),
                m.status.to_owned(),
                m.rewritten.to_string(),
                m.default.clone().unwrap_or_default(),
                m.candidates.join("; "),
            ];
            let mut line = String::new();
            csv_line(&cells, &mut line);
            self.report
                .write_all(line.as_bytes())
                .map_err(|e| format!("{}: {e}", self.report_path.display()))?;
            let i = match m.status {
                "whole" => 0,
                "split" => 1,
                _ => 2,
            };
            self.counts[i] += 1;
        }
        Ok(())
    }
}

fn create(path: &Path) -> Result<BufWriter<File>, String> {
    File::create(path)
        .map(BufWriter::new)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The two columns added after each address: its default 2025 commune and its candidates.
fn added_headers(headers: &[String], groups: &[AddressColumns], lang: Lang) -> Vec<String> {
    let (default, all) = match lang {
        Lang::Vi => ("xã 2025 mặc định (cần xác nhận)", "các xã 2025 có thể"),
        Lang::En => (
            "default 2025 commune (to confirm)",
            "possible 2025 communes",
        ),
    };
    groups
        .iter()
        .flat_map(|g| {
            let ward = headers.get(g.ward).cloned().unwrap_or_default();
            [format!("{ward}: {default}"), format!("{ward}: {all}")]
        })
        .collect()
}

/// The added cells of a row: the default and the candidates of each split address.
fn added_cells(groups: &[AddressColumns], changes: &[Migration]) -> Vec<String> {
    groups
        .iter()
        .flat_map(|g| {
            match changes
                .iter()
                .find(|m| m.path == g.path && m.status == "split")
            {
                Some(m) => [
                    m.default.clone().unwrap_or_default(),
                    m.candidates.join("; "),
                ],
                None => [String::new(), String::new()],
            }
        })
        .collect()
}

pub fn run(a: &MigrateArgs) -> Result<ExitCode, String> {
    let ty = FileType::of(&a.file)?;
    let kind = a.kind.record_kind();
    let mapping = files::mapping(&a.mapping)?;
    let ext = a
        .file
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let out_path = a
        .out
        .clone()
        .unwrap_or_else(|| files::beside(&a.file, &format!(".2025.{ext}")));
    let report_path = a
        .report
        .clone()
        .unwrap_or_else(|| files::beside(&a.file, ".migration.csv"));
    let mut out = Out {
        report: create(&report_path)?,
        report_path: report_path.clone(),
        counts: [0; 3],
    };
    out.report
        .write_all(format!("\u{feff}{REPORT_HEADER}\r\n").as_bytes())
        .map_err(|e| e.to_string())?;
    match ty {
        FileType::Csv => {
            let mut w = create(&out_path)?;
            let mut state: Option<(Vec<String>, Vec<AddressColumns>)> = None;
            let mut row = 0u64;
            let mut error = None;
            let mut cells = CsvCells::new();
            let mut take = |r: &ctxh::table::CsvRow<'_>| {
                let mut values: Vec<String> = (0..r.len())
                    .map(|i| String::from_utf8_lossy(r.cell(i)).into_owned())
                    .collect();
                let mut line = String::new();
                match &state {
                    None => {
                        let headers: Vec<String> =
                            values.iter().map(|h| h.trim().to_owned()).collect();
                        let groups = address_columns(kind, &headers, &mapping);
                        values.extend(added_headers(&headers, &groups, a.lang));
                        line.push('\u{feff}');
                        state = Some((headers, groups));
                    }
                    Some((headers, groups)) => {
                        if r.is_blank() {
                            return;
                        }
                        let changes = migrate_cells(groups, &mut values);
                        let column = changes
                            .first()
                            .and_then(|m| groups.iter().find(|g| g.path == m.path))
                            .and_then(|g| headers.get(g.ward))
                            .cloned()
                            .unwrap_or_default();
                        values.resize(headers.len(), String::new());
                        values.extend(added_cells(groups, &changes));
                        for m in &changes {
                            let one = std::slice::from_ref(m);
                            let col = groups
                                .iter()
                                .find(|g| g.path == m.path)
                                .and_then(|g| headers.get(g.ward))
                                .cloned()
                                .unwrap_or_else(|| column.clone());
                            if let Err(e) = out.row(row, &col, one) {
                                error.get_or_insert(e);
                            }
                        }
                        row += 1;
                    }
                }
                csv_line(&values, &mut line);
                if let Err(e) = w.write_all(line.as_bytes()) {
                    error.get_or_insert(e.to_string());
                }
            };
            files::feed(&a.file, ty, None, &mut |chunk, _, _| {
                cells.push(chunk, &mut take)
            })?;
            cells.finish(&mut take);
            w.flush()
                .map_err(|e| format!("{}: {e}", out_path.display()))?;
            if let Some(e) = error {
                return Err(e);
            }
        }
        FileType::Xlsx => {
            let mut rows = files::sheet_rows(&a.file, a.sheet.as_deref())?.into_iter();
            let headers: Vec<String> = rows
                .next()
                .unwrap_or_default()
                .iter()
                .map(|h| h.trim().to_owned())
                .collect();
            let groups = address_columns(kind, &headers, &mapping);
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            let mut all_headers = headers.clone();
            all_headers.extend(added_headers(&headers, &groups, a.lang));
            let put = |sheet: &mut rust_xlsxwriter::Worksheet,
                       r: u32,
                       cells: &[String]|
             -> Result<(), String> {
                for (c, text) in cells.iter().enumerate() {
                    if !text.is_empty() {
                        sheet
                            .write_string(r, c as u16, text)
                            .map_err(|e| e.to_string())?;
                    }
                }
                Ok(())
            };
            put(sheet, 0, &all_headers)?;
            let mut i = 0u64;
            for mut values in rows {
                if values.iter().all(|v| v.trim().is_empty()) {
                    continue;
                }
                let changes = migrate_cells(&groups, &mut values);
                for m in &changes {
                    let col = groups
                        .iter()
                        .find(|g| g.path == m.path)
                        .and_then(|g| headers.get(g.ward))
                        .cloned()
                        .unwrap_or_default();
                    out.row(i, &col, std::slice::from_ref(m))?;
                }
                values.resize(headers.len(), String::new());
                values.extend(added_cells(&groups, &changes));
                put(sheet, i as u32 + 1, &values)?;
                i += 1;
            }
            book.save(&out_path)
                .map_err(|e| format!("{}: {e}", out_path.display()))?;
        }
        FileType::Json | FileType::Ndjson => {
            let text = std::fs::read_to_string(&a.file)
                .map_err(|e| format!("{}: {e}", a.file.display()))?;
            let mut records: Vec<Value> = if ty == FileType::Json {
                match serde_json::from_str(&text) {
                    Ok(Value::Array(items)) => items,
                    _ => return Err(format!("{}: not a JSON array", a.file.display())),
                }
            } else {
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| {
                        serde_json::from_str(l).map_err(|e| format!("{}: {e}", a.file.display()))
                    })
                    .collect::<Result<_, _>>()?
            };
            for (i, record) in records.iter_mut().enumerate() {
                let changes = migrate_record(kind, record);
                for m in &changes {
                    out.row(i as u64, "", std::slice::from_ref(m))?;
                }
            }
            let mut w = create(&out_path)?;
            let body = if ty == FileType::Json {
                serde_json::to_string_pretty(&records).map_err(|e| e.to_string())? + "\n"
            } else {
                records.iter().map(|r| r.to_string() + "\n").collect()
            };
            w.write_all(body.as_bytes())
                .and_then(|_| w.flush())
                .map_err(|e| format!("{}: {e}", out_path.display()))?;
        }
    }
    out.report
        .flush()
        .map_err(|e| format!("{}: {e}", report_path.display()))?;
    let [whole, split, other] = out.counts;
    let line = match a.lang {
        Lang::Vi => format!(
            "{}: {whole} địa chỉ đã chuyển sang đơn vị 2025, {split} xã bị chia tách (giữ nguyên, kèm các xã có thể), {other} không chuyển được; tệp mới: {}; báo cáo: {}",
            files::display_name(&a.file), out_path.display(), report_path.display()
        ),
        Lang::En => format!(
            "{}: {whole} addresses rewritten to the 2025 units, {split} split communes (kept, with their candidates), {other} not converted; new file: {}; report: {}",
            files::display_name(&a.file), out_path.display(), report_path.display()
        ),
    };
    println!("{line}");
    Ok(ExitCode::SUCCESS)
}
