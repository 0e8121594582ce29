//! `ctxh check`: every file through the library's batch validator, in chunks; every issue
//! streamed into the row-by-row report as it is found; duplicates looked for across the
//! files; then the summary.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ctxh::batch::{
    issue_csv_line, issues_csv_start, BatchOptions, BatchReport, BatchValidator, PeopleIndex,
};
use ctxh::i18n::Lang;
use ctxh::table::ColumnUse;
use serde_json::{json, Value};

use crate::args::{CheckArgs, ColumnsArgs, Format};
use crate::files::{self, display_name, FileType};
use crate::progress::Progress;
use crate::text::{n, pad, t};

/// One file checked.
struct Checked {
    name: String,
    ty: FileType,
    report: BatchReport,
    columns: Option<Vec<ColumnUse>>,
    issues_file: Option<PathBuf>,
}

/// Where the row-by-row report of `input` goes.
fn report_path(a: &CheckArgs, input: &Path) -> Option<PathBuf> {
    if a.no_report {
        return None;
    }
    let own = files::beside(input, ".issues.csv");
    Some(match &a.report {
        None => own,
        Some(p) if p.is_dir() || a.files.len() > 1 => p.join(own.file_name().expect("a file name")),
        Some(p) => p.clone(),
    })
}

pub fn run(a: &CheckArgs) -> Result<ExitCode, String> {
    let kind = a.kind.record_kind();
    let record = files::options(&a.record)?;
    let mapping = files::mapping(&a.record.mapping)?;
    if let Some(dir) = a.report.as_ref().filter(|_| a.files.len() > 1) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut people = (!a.no_duplicates).then(PeopleIndex::new);
    let mut checked = Vec::new();
    for path in &a.files {
        let ty = FileType::of(path)?;
        let name = display_name(path);
        let mut opts = BatchOptions::new(record);
        opts.format = ty.batch_format();
        opts.max_issues = a.max_issues;
        opts.stream_issues = !a.no_report;
        opts.duplicates = !a.no_duplicates;
        opts.columns = mapping.clone();
        let mut batch = BatchValidator::new(kind, opts);
        if let Some(mut index) = people.take() {
            index.start_file(&name);
            batch = batch.with_people(index);
        }
        let issues_file = report_path(a, path);
        let mut writer = match &issues_file {
            Some(p) => {
                let f = File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
                let mut w = BufWriter::new(f);
                w.write_all(issues_csv_start().as_bytes())
                    .map_err(|e| format!("{}: {e}", p.display()))?;
                Some(w)
            }
            None => None,
        };
        let mut write_error = None;
        let mut drain = |batch: &mut BatchValidator, writer: &mut Option<BufWriter<File>>| {
            let Some(w) = writer.as_mut() else { return };
            let mut line = String::new();
            for issue in batch.take_issues() {
                line.clear();
                issue_csv_line(&issue, &mut line);
                if let Err(e) = w.write_all(line.as_bytes()) {
                    write_error.get_or_insert(e.to_string());
                }
            }
        };
        let mut progress = Progress::new(&name, a.quiet);
        files::feed(
            path,
            ty,
            a.record.sheet.as_deref(),
            &mut |chunk, done, total| {
                let p = batch.push(chunk);
                drain(&mut batch, &mut writer);
                progress.show(p.rows, done, total);
            },
        )?;
        batch.end();
        drain(&mut batch, &mut writer);
        progress.done();
        if let Some(mut w) = writer {
            if let Err(e) = w.flush() {
                write_error.get_or_insert(e.to_string());
            }
        }
        if let Some(e) = write_error {
            return Err(format!("writing the report of {name}: {e}"));
        }
        let columns = batch.column_uses().map(<[ColumnUse]>::to_vec);
        let (report, index) = batch.finish_with_people();
        people = index;
        checked.push(Checked {
            name,
            ty,
            report,
            columns,
            issues_file,
        });
    }
    let lang = record.lang;
    match a.format {
        Format::Table => print_tables(&checked, a.show_mapping, lang),
        Format::Json => print_json(&checked, a.show_mapping)?,
        Format::Csv => print_csv(&checked),
    }
    let valid = checked.iter().all(|c| c.report.valid);
    Ok(if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn top<'r>(counts: impl Iterator<Item = (&'r str, u64, u64)>) -> Vec<(&'r str, u64, u64)> {
    let mut v: Vec<_> = counts.collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.truncate(10);
    v
}

fn print_tables(checked: &[Checked], show_mapping: bool, lang: Lang) {
    let mut out = std::io::stdout().lock();
    for c in checked {
        let r = &c.report;
        let s = &r.totals;
        let _ = writeln!(
            out,
            "{} ({}, {}): {} {}: {} {}, {} {}, {} {}; {} {} ({} {}, {} {})",
            c.name,
            r.kind,
            c.ty.name(),
            n(s.rows, lang),
            t("rows", lang),
            n(s.valid, lang),
            t("valid", lang),
            n(s.invalid, lang),
            t("invalid", lang),
            n(s.with_warnings, lang),
            t("with_warnings", lang),
            n(s.issues, lang),
            t("issues", lang),
            n(s.errors, lang),
            t("errors", lang),
            n(s.warnings, lang),
            t("warnings", lang),
        );
        if show_mapping {
            if let Some(uses) = &c.columns {
                let _ = writeln!(out, "  {}:", t("mapping", lang));
                for u in uses {
                    let _ = writeln!(
                        out,
                        "    {} {} {} {}",
                        pad(&u.column.to_string(), 4),
                        pad(&u.header, 44),
                        pad(u.by, 10),
                        u.path.as_deref().unwrap_or("-"),
                    );
                }
            }
        }
        let codes = top(r.by_code.iter().map(|(k, v)| (*k, v.issues, v.rows)));
        if !codes.is_empty() {
            let _ = writeln!(
                out,
                "  {} {} {}",
                pad(t("top_codes", lang), 44),
                pad(t("issues", lang), 9),
                t("rows", lang)
            );
            for (code, issues, rows) in codes {
                let _ = writeln!(
                    out,
                    "    {} {} {}",
                    pad(code, 42),
                    pad(&n(issues, lang), 9),
                    n(rows, lang)
                );
            }
            let fields = top(r
                .by_field
                .iter()
                .map(|(k, v)| (k.as_str(), v.issues, v.rows)));
            let _ = writeln!(out, "  {}", t("top_fields", lang));
            for (field, issues, rows) in fields {
                let field = if field.is_empty() { "(—)" } else { field };
                let _ = writeln!(
                    out,
                    "    {} {} {}",
                    pad(field, 42),
                    pad(&n(issues, lang), 9),
                    n(rows, lang)
                );
            }
        }
        if let Some(p) = &c.issues_file {
            let _ = writeln!(out, "  {}: {}", t("report", lang), p.display());
        }
    }
    if checked.len() > 1 {
        let sum = |f: fn(&Checked) -> u64| checked.iter().map(f).sum::<u64>();
        let _ = writeln!(
            out,
            "{}: {} {}, {} {}, {} {}",
            t("all_files", lang),
            n(sum(|c| c.report.totals.rows), lang),
            t("rows", lang),
            n(sum(|c| c.report.totals.invalid), lang),
            t("invalid", lang),
            n(sum(|c| c.report.totals.issues), lang),
            t("issues", lang),
        );
    }
}

fn print_json(checked: &[Checked], show_mapping: bool) -> Result<(), String> {
    let mut all = Vec::new();
    for c in checked {
        let report: Value = serde_json::from_str(&c.report.to_json()).map_err(|e| e.to_string())?;
        let mut entry = json!({ "file": c.name, "type": c.ty.name(), "report": report });
        if let Some(p) = &c.issues_file {
            entry["issuesCsv"] = json!(p.display().to_string());
        }
        if show_mapping {
            entry["columns"] = serde_json::to_value(&c.columns).map_err(|e| e.to_string())?;
        }
        all.push(entry);
    }
    let text = serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

fn print_csv(checked: &[Checked]) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "file,code,severity,issues,rows");
    for c in checked {
        for (code, count) in &c.report.by_code {
            let severity = ctxh::rules::catalog::find(code)
                .map(|r| match r.severity {
                    ctxh::issue::Severity::Error => "error",
                    ctxh::issue::Severity::Warning => "warning",
                })
                .unwrap_or("");
            let name = if c.name.contains([',', '"']) {
                format!("\"{}\"", c.name.replace('"', "\"\""))
            } else {
                c.name.clone()
            };
            let _ = writeln!(
                out,
                "{name},{code},{severity},{},{}",
                count.issues, count.rows
            );
        }
    }
}

/// `ctxh columns`: the flat view of a kind.
pub fn columns(a: &ColumnsArgs) -> Result<ExitCode, String> {
    let kind = a.kind.record_kind();
    let columns = ctxh::table::columns(kind);
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Table => {
            for c in columns {
                let _ = writeln!(out, "{} {} {}", pad(&c.path, 48), pad(&c.vi, 60), c.en);
            }
        }
        Format::Json => {
            let all: Vec<Value> = columns
                .iter()
                .map(|c| json!({ "path": c.path, "vi": c.vi, "en": c.en }))
                .collect();
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?
            );
        }
        Format::Csv => {
            let headers: Vec<String> = columns
                .iter()
                .map(|c| match a.lang {
                    crate::args::Lang::Vi => c.vi.clone(),
                    crate::args::Lang::En => c.en.clone(),
                })
                .collect();
            let mut line = String::from("\u{feff}");
            files::csv_line(&headers, &mut line);
            let _ = out.write_all(line.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}
