//! The `ctxh` program (feature `cli`), run as a data officer runs it, on the sample exports of
//! `samples/`: its counts are the batch API's, its exit status says whether a row has an
//! error, an Excel workbook and a CSV file of the same cells give the same report, Vietnamese
//! headers map and an unknown column is reported, `migrate` does what the conversion table
//! says, and the same person in two files is found.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ctxh::batch::{issue_csv_line, issues_csv_start, validate_batch, BatchOptions, Format};
use ctxh::date::Date;
use ctxh::model::RecordKind;
use ctxh::options::Options;
use ctxh::reference::units::convert_legacy_commune;
use serde_json::Value;

const AS_OF: &str = "2026-03-01";

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// A fresh folder for one run's outputs (tests run in parallel: each call has its own).
fn scratch(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("ctxh-cli-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ctxh(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ctxh"))
        .args(args)
        .output()
        .expect("the ctxh binary runs")
}

fn sample(name: &str) -> String {
    samples().join(name).display().to_string()
}

/// `ctxh check --format json` of `files`: the reports, and the exit code.
fn check_json(kind: &str, files: &[&str], extra: &[&str]) -> (Vec<Value>, i32) {
    let dir = scratch(&format!("json-{}", files.len()));
    let reports = dir.display().to_string();
    let mut args = vec![
        "check", "--kind", kind, "--as-of", AS_OF, "--format", "json", "--report", &reports,
    ];
    args.extend(files);
    args.extend(extra);
    let out = ctxh(&args);
    let text = String::from_utf8(out.stdout).unwrap();
    let v: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{e}: {text} {}", String::from_utf8_lossy(&out.stderr)));
    (v.as_array().unwrap().clone(), out.status.code().unwrap())
}

fn batch_opts() -> BatchOptions {
    let mut o = BatchOptions::new(Options::new(Date::parse_iso(AS_OF).unwrap()));
    o.format = Format::Csv;
    o.duplicates = true;
    o
}

#[test]
fn counts_by_code_are_the_batch_apis_and_the_exit_status_says_errors() {
    for (kind, file) in [
        ("staff", "staff.csv"),
        ("facility", "facility.csv"),
        ("case", "case.csv"),
    ] {
        let (reports, code) = check_json(kind, &[&sample(file)], &[]);
        let text = std::fs::read_to_string(samples().join(file)).unwrap();
        let api = validate_batch(RecordKind::parse(kind).unwrap(), &text, &batch_opts());
        let api: Value = serde_json::from_str(&api.to_json()).unwrap();
        assert_eq!(
            reports[0]["report"], api,
            "{file}: the program's report is the API's"
        );
        assert!(
            api["totals"]["invalid"].as_u64().unwrap() > 0,
            "{file} has invalid rows"
        );
        assert_eq!(code, 1, "{file}: rows with errors exit with 1");
    }
    // The rows the samples' README names, and nothing else: the generator's known errors.
    let (reports, _) = check_json("staff", &[&sample("staff.csv")], &[]);
    let mut errors: Vec<(u64, String)> = reports[0]["report"]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == "error")
        .map(|i| {
            (
                i["row"].as_u64().unwrap(),
                i["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    errors.sort();
    let kinds = [
        "name_contains_digit",
        "cccd_format",
        "ward_not_in_province",
        "date_invalid",
        "enum_invalid",
        "phone_invalid",
    ];
    let want: Vec<(u64, String)> = (0..200u64)
        .filter(|r| r % 25 == 7)
        .map(|r| (r, kinds[(r / 25 % 6) as usize].to_owned()))
        .collect();
    assert_eq!(errors, want);

    // A file without errors (warnings allowed) exits with 0; a file the program cannot read, 2.
    let dir = scratch("valid");
    let text = std::fs::read_to_string(samples().join("staff.csv")).unwrap();
    let valid: Vec<&str> = text.lines().take(6).collect();
    let path = dir.join("ok.csv");
    std::fs::write(&path, valid.join("\n")).unwrap();
    let out = ctxh(&[
        "check",
        "--kind",
        "staff",
        "--as-of",
        AS_OF,
        "--no-report",
        &path.display().to_string(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = ctxh(&[
        "check",
        "--kind",
        "staff",
        &dir.join("x.pdf").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = ctxh(&[
        "check",
        "--kind",
        "staff",
        &dir.join("missing.csv").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_row_by_row_report_holds_every_issue_as_csv() {
    let dir = scratch("report");
    let report = dir.join("issues.csv");
    let out = ctxh(&[
        "check",
        "--kind",
        "staff",
        "--as-of",
        AS_OF,
        "--quiet",
        "--report",
        &report.display().to_string(),
        &sample("staff.csv"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("200 dòng"), "{stdout}");
    assert!(stdout.contains("cccd_format"), "{stdout}");
    let text = std::fs::read_to_string(samples().join("staff.csv")).unwrap();
    let mut o = batch_opts();
    o.max_issues = u64::MAX;
    let api = validate_batch(RecordKind::Staff, &text, &o);
    let mut want = issues_csv_start();
    for issue in &api.issues {
        issue_csv_line(issue, &mut want);
    }
    assert_eq!(std::fs::read_to_string(&report).unwrap(), want);
    assert!(want.contains(",Số CCCD,person.identifiers[0].number,cccd_format,error,"));
}

#[test]
fn an_excel_workbook_and_a_csv_file_of_the_same_cells_give_the_same_report() {
    let (csv, a) = check_json("staff", &[&sample("staff.csv")], &[]);
    let (xlsx, b) = check_json("staff", &[&sample("staff.xlsx")], &[]);
    assert_eq!((a, b), (1, 1));
    assert_eq!(csv[0]["report"], xlsx[0]["report"]);
    assert_eq!(xlsx[0]["type"], "xlsx");
}

#[test]
fn vietnamese_headers_map_and_an_unknown_column_is_reported() {
    let (reports, _) = check_json("staff", &[&sample("staff.csv")], &["--show-mapping"]);
    let columns = reports[0]["columns"].as_array().unwrap();
    assert_eq!(columns[0]["header"], "STT");
    assert_eq!(columns[0]["by"], "unknown");
    assert!(
        columns[1..].iter().all(|c| c["by"] == "label"),
        "{columns:?}"
    );
    let name = columns.iter().find(|c| c["header"] == "Họ và tên").unwrap();
    assert_eq!(name["path"], "person.fullName");
    let unknown: Vec<&Value> = reports[0]["report"]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["code"] == "column_unknown")
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(
        (unknown[0]["column"].as_str(), unknown[0]["row"].is_null()),
        (Some("STT"), true)
    );

    // Headers typed without diacritics or in capitals, English ones, wire paths, and a
    // mapping file for the rest.
    let dir = scratch("headers");
    let path = dir.join("x.csv");
    std::fs::write(
        &path,
        "HO VA TEN;ngay sinh;Gender;person.identifiers[kind=cccd].number;Tên cán bộ quản lý;STT\n\
         Lò Văn Páo;02/01/1985;Nam;001085012345;x;1\n",
    )
    .unwrap();
    let mapping = dir.join("map.json");
    std::fs::write(
        &mapping,
        r#"{ "Tên cán bộ quản lý": "employer.facilityId", "STT": null }"#,
    )
    .unwrap();
    let (reports, _) = check_json(
        "staff",
        &[&path.display().to_string()],
        &[
            "--show-mapping",
            "--mapping",
            &mapping.display().to_string(),
        ],
    );
    let by: Vec<(&str, &str)> = reports[0]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["path"].as_str().unwrap_or("-"), c["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        by,
        [
            ("person.fullName", "label"),
            ("person.birthDate", "label"),
            ("person.gender", "label"),
            ("person.identifiers[kind=cccd].number", "path"),
            ("employer.facilityId", "mapping"),
            ("-", "ignored")
        ]
    );
    assert!(reports[0]["report"]["byCode"]
        .get("column_unknown")
        .is_none());

    // The template the program prints maps back column for column.
    let template = ctxh(&["columns", "--kind", "case", "--format", "csv"]);
    let path = dir.join("template.csv");
    std::fs::write(&path, &template.stdout).unwrap();
    let (reports, _) = check_json("case", &[&path.display().to_string()], &["--show-mapping"]);
    let columns = reports[0]["columns"].as_array().unwrap();
    assert!(columns.len() > 50);
    assert!(columns.iter().all(|c| c["by"] == "label"), "{columns:?}");
}

#[test]
fn migrate_rewrites_whole_communes_and_keeps_split_ones_with_their_candidates() {
    let dir = scratch("migrate");
    let out = dir.join("new.csv");
    let report = dir.join("changes.csv");
    let run = ctxh(&[
        "migrate",
        &sample("staff-legacy.csv"),
        "--out",
        &out.display().to_string(),
        "--report",
        &report.display().to_string(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let table = |path: &Path| -> Vec<Vec<String>> {
        let text = std::fs::read_to_string(path).unwrap();
        let mut rows = Vec::new();
        let mut cells = ctxh::table::CsvCells::new();
        let mut take = |r: &ctxh::table::CsvRow<'_>| {
            rows.push(
                (0..r.len())
                    .map(|i| String::from_utf8_lossy(r.cell(i)).into_owned())
                    .collect(),
            );
        };
        cells.push(text.as_bytes(), &mut take);
        cells.finish(&mut take);
        rows
    };
    let before = table(&samples().join("staff-legacy.csv"));
    let after = table(&out);
    let col = |name: &str| after[0].iter().position(|h| h == name).unwrap();
    let (set, province, ward) = (
        col("Xã nơi làm việc - Bộ mã đơn vị hành chính"),
        col("Xã nơi làm việc - Mã tỉnh"),
        col("Xã nơi làm việc - Mã xã"),
    );
    let default = col("Xã nơi làm việc - Mã xã: xã 2025 mặc định (cần xác nhận)");
    let all = col("Xã nơi làm việc - Mã xã: các xã 2025 có thể");
    assert_eq!(after.len(), before.len());
    // Row 24 (line 26): legacy 00073, split in four, default 00226: kept, candidates added.
    let split = &after[25];
    assert_eq!(
        (split[set].as_str(), split[ward].as_str()),
        ("legacy", "00073")
    );
    assert_eq!(split[default], "00226");
    assert_eq!(split[all], "00226; 00004; 00070; 00082");
    // Row 14: legacy 26740 went whole into 2025 26740 (Phường Sài Gòn).
    let whole = &after[15];
    assert_eq!(before[15][ward], "26740");
    assert_eq!(
        (
            whole[set].as_str(),
            whole[province].as_str(),
            whole[ward].as_str()
        ),
        ("2025", "79", "26740")
    );
    assert_eq!((whole[default].as_str(), whole[all].as_str()), ("", ""));
    // Every row as the conversion table says, and the other columns untouched.
    for (i, row) in before.iter().enumerate().skip(1) {
        let c = convert_legacy_commune(&row[ward]);
        let status = c.status.id();
        if status == "whole" {
            assert_eq!(after[i][ward], c.candidates[0].commune.code(), "line {i}");
            assert_eq!(after[i][set], "2025");
        } else {
            assert_eq!(after[i][ward], row[ward], "line {i}");
            assert_eq!(after[i][set], "legacy");
        }
        assert_eq!(after[i][..2], row[..2]);
    }
    let changes = std::fs::read_to_string(&report).unwrap();
    assert!(changes.contains("\n24,Xã nơi làm việc - Mã xã,commune,00073,split,false,00226,00226; 00004; 00070; 00082\r"), "{changes}");
    assert!(
        changes.contains("\n14,Xã nơi làm việc - Mã xã,commune,26740,whole,true,26740,26740\r"),
        "{changes}"
    );
    assert!(
        changes.contains("\n25,Xã nơi làm việc - Mã xã,commune,99999,unknown,false,,\r"),
        "{changes}"
    );

    // The same file as NDJSON records: the same conversions, the split address kept.
    let ndjson = dir.join("records.ndjson");
    std::fs::write(
        &ndjson,
        "{\"commune\":{\"codeSet\":\"legacy\",\"provinceCode\":\"01\",\"wardCode\":\"00073\"}}\n\
         {\"commune\":{\"codeSet\":\"legacy\",\"provinceCode\":\"79\",\"districtCode\":\"760\",\"wardCode\":\"26740\"}}\n",
    )
    .unwrap();
    let run = ctxh(&["migrate", &ndjson.display().to_string()]);
    assert_eq!(run.status.code(), Some(0));
    let rewritten = std::fs::read_to_string(dir.join("records.2025.ndjson")).unwrap();
    let lines: Vec<Value> = rewritten
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["commune"]["wardCode"], "00073");
    assert_eq!(
        lines[1]["commune"],
        serde_json::json!({ "codeSet": "2025", "provinceCode": "79", "wardCode": "26740" })
    );
}

#[test]
fn the_same_person_in_two_files_is_found() {
    let (reports, _) = check_json(
        "staff",
        &[&sample("staff.csv"), &sample("staff-more.csv")],
        &[],
    );
    let issues = reports[1]["report"]["issues"].as_array().unwrap();
    let other: Vec<&Value> = issues
        .iter()
        .filter(|i| i["code"] == "duplicate_cccd_other_file")
        .collect();
    assert_eq!(other.len(), 1, "{issues:?}");
    assert_eq!(other[0]["row"], 5);
    assert_eq!(
        other[0]["params"],
        serde_json::json!({ "otherRow": 20, "otherFile": "staff.csv" })
    );
    assert_eq!(other[0]["column"], "Số CCCD");
    // Within one file too, and not at all with --no-duplicates.
    let first = reports[0]["report"]["byCode"].clone();
    assert_eq!(
        (
            first["duplicate_cccd"]["rows"].as_u64(),
            first["duplicate_person"]["rows"].as_u64()
        ),
        (Some(1), Some(1))
    );
    let (reports, _) = check_json(
        "staff",
        &[&sample("staff.csv"), &sample("staff-more.csv")],
        &["--no-duplicates"],
    );
    for r in &reports {
        assert!(r["report"]["byCode"]
            .as_object()
            .unwrap()
            .keys()
            .all(|k| !k.starts_with("duplicate_")));
    }
}

#[test]
fn indicators_count_the_records_of_every_file() {
    let out = ctxh(&[
        "indicators",
        &sample("staff.csv"),
        &format!("facility:{}", sample("facility.csv")),
        &sample("case.csv"),
        "--scope",
        "01",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["scope"]["provinceCodes"], serde_json::json!(["01"]));
    let given = &report["records"];
    let total = |list: &str| {
        given[list]["given"]
            .as_u64()
            .unwrap_or_else(|| panic!("{given}"))
    };
    assert_eq!(
        (total("staff"), total("facilities"), total("cases")),
        (200, 60, 120)
    );
    let figure = |code: &str| {
        report["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .unwrap()
            .clone()
    };
    assert!(figure("collaborators")["numerator"].as_u64().unwrap() > 0);
    assert_eq!(figure("communes-with-collaborator")["denominator"], 126);
    let table = ctxh(&[
        "indicators",
        &sample("staff.csv"),
        "--scope",
        "national",
        "--as-of",
        AS_OF,
    ]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("Số cộng tác viên công tác xã hội"), "{text}");
}
