//! The hand-written TypeScript of the wasm exports (`src/wasm/api.d.ts`) against the Rust types:
//! real values of the core functions the exports forward to, serialised with serde_json (the
//! bytes the exports parse or the same JSON shape), must match the type each export declares in
//! its `unchecked_return_type`: every key present is declared, every required key is present,
//! every value matches its declared type, literal unions included. String unions that mirror a
//! Rust enum are compared with the enum's complete list of values. Every type name an export's
//! `unchecked_param_type` / `unchecked_optional_param_type` / `unchecked_return_type` uses must be declared.
//!
//! When this fails, fix `src/wasm/api.d.ts` (or the export's attribute) so that it says what
//! the core returns; `src/wasm/model.d.ts` is generated (`tests/typescript.rs`).

#[path = "support/files.rs"]
mod files;
#[path = "support/ts_subset.rs"]
mod ts_subset;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::fs;
use std::path::Path;

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::issue::Severity;
use ctxh::model::address::CodeSet;
use ctxh::model::RecordKind;
use ctxh::options::{Mode, Options};
use ctxh::reference::units::{
    self, convert_legacy_commune, legacy_sources, Level, LineageKind, LineageStatus, MatchRank,
    UnitType,
};
use ctxh::rules::case::transitions::TransitionKind;
use ctxh::rules::case::{DeadlineKind, DeadlineState};
use ctxh::rules::identifiers::{normalize_phone, parse_cccd, PhoneKind};
use serde::Serialize;
use serde_json::{json, Value};
use ts_subset::{parse_type, Decl, Decls, Field, Matcher, Ty};

const API: &str = "src/wasm/api.d.ts";
/// Types of the JavaScript platform an export may name without declaring them.
const BUILT_IN: &[&str] = &["Uint8Array", "ArrayBuffer"];
const MODEL: &str = "src/wasm/model.d.ts";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The declarations of both files.
fn load() -> Decls {
    let mut decls = Decls::default();
    for file in [API, MODEL] {
        let src = fs::read_to_string(root().join(file)).unwrap();
        decls.add_file(file, &src).unwrap_or_else(|e| panic!("{e}"));
    }
    decls
}

// --- the exports' attributes ----------------------------------------------------------------

/// A `unchecked_param_type` or `unchecked_return_type` of an export.
#[derive(Debug)]
struct Annotation {
    file: String,
    /// `unchecked_return_type` or `unchecked_param_type`.
    attribute: String,
    /// The export's `js_name`, for return types.
    export: Option<String>,
    text: String,
}

/// The bodies of the `#[wasm_bindgen(...)]` attributes of a Rust source, as `key = value`
/// pairs (string values unquoted, raw strings skipped).
fn wasm_bindgen_attributes(src: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(start) = rest.find("#[wasm_bindgen(") {
        let body = &rest[start + "#[wasm_bindgen(".len()..];
        let chars: Vec<char> = body.chars().collect();
        let (mut depth, mut i) = (0usize, 0usize);
        let mut pairs = Vec::new();
        let mut key = String::new();
        let mut value = String::new();
        let mut in_value = false;
        loop {
            let c = chars[i];
            if c == 'r' && chars.get(i + 1) == Some(&'#') && chars.get(i + 2) == Some(&'"') {
                // A raw string r#"..."# (inline JavaScript): skip it.
                let tail: String = chars[i..].iter().collect();
                let end = tail.find("\"#").expect("raw string ends");
                i += tail[..end].chars().count() + 2;
                continue;
            }
            match c {
                '"' => {
                    let mut j = i + 1;
                    let mut s = String::new();
                    while chars[j] != '"' {
                        if chars[j] == '\\' {
                            j += 1;
                        }
                        s.push(chars[j]);
                        j += 1;
                    }
                    value = s;
                    i = j;
                }
                '(' => depth += 1,
                ')' if depth == 0 => {
                    pairs.push((key.trim().to_owned(), value.trim().to_owned()));
                    break;
                }
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    pairs.push((key.trim().to_owned(), value.trim().to_owned()));
                    key.clear();
                    value.clear();
                    in_value = false;
                }
                '=' if depth == 0 => in_value = true,
                _ if in_value => value.push(c),
                _ => key.push(c),
            }
            i += 1;
        }
        out.push(pairs);
        rest = &body[chars[..i].iter().map(|c| c.len_utf8()).sum::<usize>()..];
    }
    out
}

fn annotations() -> Vec<Annotation> {
    let files = files::files_with_extension(&root().join("src/wasm"), "rs");
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(&path).unwrap();
        for pairs in wasm_bindgen_attributes(&src) {
            let js_name = pairs
                .iter()
                .find(|(k, _)| k == "js_name")
                .map(|(_, v)| v.clone());
            for (k, v) in &pairs {
                if k == "unchecked_return_type"
                    || k == "unchecked_param_type"
                    || k == "unchecked_optional_param_type"
                {
                    out.push(Annotation {
                        file: file.clone(),
                        attribute: k.clone(),
                        export: (k == "unchecked_return_type").then(|| {
                            js_name
                                .clone()
                                .expect("an export with a return type has a js_name")
                        }),
                        text: v.clone(),
                    });
                }
            }
        }
    }
    out
}

/// The declared return type of every export that has one, by `js_name`.
fn export_types() -> BTreeMap<String, Ty> {
    annotations()
        .into_iter()
        .filter_map(|a| {
            let ty = parse_type(&a.text).ok()?;
            Some((a.export?, ty))
        })
        .collect()
}

// --- the suite ------------------------------------------------------------------------------

/// Checks values and collects problems, grouped by export, place and kind.
struct Suite<'d> {
    matcher: Matcher<'d>,
    exports: BTreeMap<String, Ty>,
    /// How many values were checked, per export.
    checked: BTreeMap<String, usize>,
    /// Problem → (how often, the first input it came from).
    problems: BTreeMap<String, (usize, String)>,
}

impl<'d> Suite<'d> {
    fn new(decls: &'d Decls) -> Self {
        Suite {
            matcher: Matcher::new(decls),
            exports: export_types(),
            checked: BTreeMap::new(),
            problems: BTreeMap::new(),
        }
    }

    fn decls(&self) -> &'d Decls {
        self.matcher.decls
    }

    fn problem(&mut self, key: String, input: String) {
        self.problems.entry(key).or_insert((0, input)).0 += 1;
    }

    /// Checks `value` against `ty`; `label` says what the value is, `input` what it came from.
    fn value(&mut self, label: &str, ty: &Ty, input: impl Display, value: &Value) {
        *self.checked.entry(label.to_owned()).or_default() += 1;
        for m in self.matcher.check(ty, value) {
            self.problem(format!("{label}: {}: {}", m.at, m.what), input.to_string());
        }
    }

    /// Checks what export `export` returns for `input`, serialised like the export does.
    fn export(&mut self, export: &str, input: impl Display, value: &impl Serialize) {
        let Some(ty) = self.exports.get(export).cloned() else {
            return self.problem(
                format!("{export}: no export with this js_name declares an unchecked_return_type"),
                input.to_string(),
            );
        };
        let value = serde_json::to_value(value).unwrap();
        self.value(export, &ty, format!("{export}({input})"), &value);
    }

    /// The string literals of type `ty` (a problem if it is not a union of literals).
    fn literals(&mut self, ty: &Ty, what: &str) -> BTreeSet<String> {
        self.decls().literals(ty).unwrap_or_else(|e| {
            self.problem(format!("{what}: {e}"), String::new());
            BTreeSet::new()
        })
    }

    /// Compares a declared union (`name`, or `Interface.key`) with every value of the Rust enum.
    fn same_set(&mut self, what: &str, rust: &str, values: BTreeSet<String>) {
        let ty = match what.split_once('.') {
            Some((interface, key)) => self.decls().field(interface, key),
            None => self.decls().get(what).map(|_| Ty::Named(what.to_owned())),
        };
        let Some(ty) = ty else {
            return self.problem(format!("{what} is not declared"), String::new());
        };
        if let Ty::Named(n) = &ty {
            self.matcher.used.insert(n.clone());
        }
        let declared = self.literals(&ty, what);
        let missing: Vec<_> = values.difference(&declared).collect();
        let extra: Vec<_> = declared.difference(&values).collect();
        if !missing.is_empty() {
            self.problem(
                format!("{what}: lacks {missing:?}, values of {rust}"),
                String::new(),
            );
        }
        if !extra.is_empty() {
            self.problem(
                format!("{what}: has {extra:?}, which {rust} does not have"),
                String::new(),
            );
        }
    }

    fn report(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|(p, (n, input))| match (n, input.is_empty()) {
                (_, true) => p.clone(),
                (1, false) => format!("{p} (from {input})"),
                _ => format!("{p} ({n} times, first from {input})"),
            })
            .collect()
    }
}

fn wire<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .expect("a wire id is a string")
        .to_owned()
}

/// Every variant of an enum, as wire ids. The match makes this fail to compile when the enum
/// gains a variant: add it here, then see whether the TypeScript union needs it too.
macro_rules! every {
    ($ty:ident: $($variant:ident),+ $(,)?) => {{
        #[allow(dead_code)]
        fn exhaustive(x: $ty) {
            match x {
                $($ty::$variant)|+ => {}
            }
        }
        [$($ty::$variant),+].into_iter().map(wire).collect::<BTreeSet<String>>()
    }};
}

// --- sections -------------------------------------------------------------------------------

struct VectorCase {
    kind: RecordKind,
    name: String,
    case: Value,
    opts: Options,
}

fn vector_cases() -> Vec<VectorCase> {
    let files = files::files_with_extension(&root().join("tests/vectors"), "json");
    let mut out = Vec::new();
    for file in files {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        // Indicator vectors are checked by the `indicators` section.
        let Some(kind) = RecordKind::parse(doc["kind"].as_str().unwrap()) else {
            continue;
        };
        let short = file.strip_prefix(root()).unwrap().display().to_string();
        for case in doc["cases"].as_array().unwrap() {
            let opts =
                Options::from_json(&case["options"], Date::new(2000, 1, 1).unwrap()).unwrap();
            out.push(VectorCase {
                kind,
                name: format!("{short} :: {}", case["name"].as_str().unwrap_or("?")),
                case: case.clone(),
                opts,
            });
        }
    }
    assert!(out.len() > 500, "only {} vectors found", out.len());
    out
}

/// The record of a case as JSON text, the way the exports receive it.
fn record_text(case: &Value) -> String {
    match case.get("inputText") {
        Some(Value::String(text)) => text.clone(),
        _ => serde_json::to_string(case.get("input").unwrap_or(&Value::Null)).unwrap(),
    }
}

/// Reports of every vector (`validate` and `validateField`), `nextSteps` of every case vector,
/// and every vector's options as `ValidateOptions`.
fn vectors(s: &mut Suite) {
    let options_ty = Ty::Named("ValidateOptions".into());
    for v in vector_cases() {
        s.value("options", &options_ty, &v.name, &v.case["options"]);
        let report = match v.case.get("field") {
            Some(field) => {
                let path = field["path"].as_str().unwrap();
                let r = v.kind.validate_field(
                    path,
                    field["value"].clone(),
                    v.case.get("input"),
                    &v.opts,
                );
                ("validateField", r)
            }
            None => (
                "validate",
                v.kind.validate_json(&record_text(&v.case), &v.opts),
            ),
        };
        // The exports parse exactly these bytes.
        let parsed: Value = serde_json::from_str(&report.1.to_json()).unwrap();
        s.export(report.0, &v.name, &parsed);
        if report.0 == "validate" {
            // validateStaff, validateFacility, validateCase, validateAddress: the same report.
            let name = v.kind.name();
            let export = format!("validate{}{}", name[..1].to_uppercase(), &name[1..]);
            s.export(&export, &v.name, &parsed);
        }
        if v.kind == RecordKind::Case {
            let steps = ctxh::workflow::next_steps_json(&record_text(&v.case), &v.opts);
            s.export("nextSteps", &v.name, &steps);
        }
    }
}

/// `version` and `enumLabels` of every list in both languages.
fn general(s: &mut Suite) {
    s.export("version", "", &ctxh::version::info());
    for list in ctxh::model::enums::list_names() {
        for lang in [Lang::Vi, Lang::En] {
            let labels = ctxh::model::enums::labels(list, lang).unwrap();
            s.export("enumLabels", format!("{list:?}, {}", lang.tag()), &labels);
        }
    }
    for &kind in RecordKind::ALL {
        for lang in [Lang::Vi, Lang::En] {
            let text = ctxh::schema::schema(kind, lang);
            let schema: Value = serde_json::from_str(&text).unwrap();
            s.export(
                "schema",
                format!("{:?}, {}", kind.name(), lang.tag()),
                &schema,
            );
        }
    }
}

fn code_sets() -> impl Iterator<Item = (CodeSet, units::Units)> {
    CodeSet::ALL
        .iter()
        .filter_map(|&set| units::units(set).ok().map(|u| (set, u)))
}

/// Lists and look-ups of every unit of every code set in this build.
fn unit_lists(s: &mut Suite) {
    for (set, u) in code_sets() {
        let set_id = set.as_str();
        let provinces: Vec<_> = u.provinces().collect();
        s.export("provinces", set_id, &provinces);
        for p in &provinces {
            let communes: Vec<_> = p.communes().collect();
            s.export("communes", format!("{set_id}, {}", p.code()), &communes);
            let districts: Vec<_> = p.districts().collect();
            if set == CodeSet::Legacy {
                s.export("districts", p.code(), &districts);
            }
            for d in &districts {
                let communes: Vec<_> = d.communes().collect();
                s.export("districtCommunes", d.code(), &communes);
            }
        }
        let codes = u
            .provinces()
            .map(|p| p.code())
            .chain(u.districts().map(|d| d.code()))
            .chain(u.communes().map(|c| c.code()))
            .chain(["00000", "99", "999", "abc", ""].map(String::from));
        for code in codes {
            s.export(
                "lookupUnit",
                format!("{set_id}, {code:?}"),
                &u.lookup(&code),
            );
        }
    }
    if units::units(CodeSet::Legacy).is_err() {
        // Without the legacy units the district lists are empty.
        let none: Vec<Value> = Vec::new();
        s.export("districts", "\"01\" (no legacy units)", &none);
        s.export("districtCommunes", "\"001\" (no legacy units)", &none);
    }
}

/// Name search in every province, with queries that reach every rank.
fn search(s: &mut Suite) {
    let mut ranks = BTreeSet::new();
    for (set, u) in code_sets() {
        for p in u.provinces() {
            let first: Vec<String> = p.communes().take(3).map(|c| c.name().to_owned()).collect();
            let mut queries: Vec<String> = Vec::new();
            for name in &first {
                let bare = name.split_once(' ').map_or(name.as_str(), |(_, b)| b);
                queries.push(name.clone());
                queries.push(ctxh::text::fold_key(name));
                queries.push(bare.chars().take(3).collect());
                if let Some((_, later)) = bare.split_once(' ') {
                    queries.push(later.to_owned());
                }
                let inner: String = bare.chars().skip(1).take(3).collect();
                queries.push(inner);
            }
            queries.extend(["a", "phường", "x. an", "thi tran", "đặc khu", "!!"].map(String::from));
            for q in queries {
                let found = p.search_communes(&q, 20);
                ranks.extend(found.iter().map(|m| wire(m.rank)));
                s.export(
                    "searchCommunes",
                    format!("{}, {}, {q:?}", set.as_str(), p.code()),
                    &found,
                );
            }
        }
    }
    let all = every!(MatchRank: Exact, ExactFolded, Prefix, WordPrefix, Substring);
    if ranks != all {
        s.problem(
            format!("searchCommunes: the queries reach only the ranks {ranks:?}"),
            String::new(),
        );
    }
}

/// Legacy → 2025 and back for every commune, and the codes that get the other statuses.
fn lineage(s: &mut Suite) {
    let mut statuses = BTreeSet::new();
    let odd = ["99999", "00001", "0007", "", "0007a", "01", "001", "x"].map(String::from);
    let mut legacy_codes: Vec<String> = odd.to_vec();
    if let Ok(legacy) = units::units(CodeSet::Legacy) {
        legacy_codes.extend(legacy.communes().map(|c| c.code()));
        legacy_codes.extend(legacy.districts().map(|d| d.code()));
        legacy_codes.extend(legacy.provinces().map(|p| p.code()));
    }
    for code in &legacy_codes {
        let c = convert_legacy_commune(code);
        statuses.insert(wire(c.status));
        s.export("convertLegacyWard", format!("{code:?}"), &c);
    }
    let mut codes_2025: Vec<String> = odd.to_vec();
    let y2025 = units::units(CodeSet::Y2025).unwrap();
    codes_2025.extend(y2025.communes().map(|c| c.code()));
    codes_2025.extend(y2025.provinces().map(|p| p.code()));
    for code in &codes_2025 {
        let found = legacy_sources(code);
        statuses.insert(wire(found.status));
        s.export("legacySources", format!("{code:?}"), &found);
    }
    // Every status is met (a build with the legacy units cannot answer `code-set-unavailable`;
    // one without them answers little else).
    statuses.insert(wire(LineageStatus::CodeSetUnavailable));
    let declared = s.literals(&Ty::Named("LineageStatus".into()), "LineageStatus");
    let unmet: Vec<_> = declared.difference(&statuses).collect();
    if cfg!(feature = "legacy-units") && !unmet.is_empty() {
        s.problem(
            format!("convertLegacyWard / legacySources: no code gets the status {unmet:?}"),
            String::new(),
        );
    }
    s.export("cccdProvinces", "", &ctxh::reference::cccd::provinces());
}

/// Every string of the vectors' inputs, and hand-picked samples: texts for the phone and CCCD
/// readers.
fn sample_texts() -> BTreeSet<String> {
    fn leaves(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::String(s) => {
                out.insert(s.clone());
            }
            Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
            Value::Object(m) => m.values().for_each(|x| leaves(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for v in vector_cases() {
        leaves(&v.case["input"], &mut out);
    }
    for digit in 0..10 {
        out.insert(format!("001{digit}90012345"));
        out.insert(format!("003{digit}05001234"));
    }
    let hand = [
        "",
        " ",
        "0912345678",
        "+84 912 345 678",
        "0084912345678",
        "84912345678",
        "0168 123 4567",
        "01681234567",
        "024 3825 1234",
        "0623.821002",
        "(028) 3822-1234",
        "1800 1567",
        "069 234 567",
        "+1 202 555 0100",
        "12345",
        "abc",
        "09123456789012345",
        "0999999999",
        "0123456789",
        "001 1 90 012345",
        "079.205.001.234",
        "079305001234",
        "07930500123",
        "0793050012345",
        "00119001234x",
        "999190012345",
        "000000000000",
        "١٢٣٤٥٦٧٨٩٠١٢",
    ];
    out.extend(hand.map(String::from));
    out.insert("9".repeat(200));
    out
}

/// `normalizePhone`, `parseCccd` and `findEthnicGroup`.
fn staff(s: &mut Suite) {
    let (mut genders, mut kinds) = (BTreeSet::new(), BTreeSet::new());
    for text in sample_texts() {
        let phone = normalize_phone(&text);
        kinds.insert(wire(phone.kind));
        s.export("normalizePhone", format!("{text:?}"), &phone);
        let info = parse_cccd(&text);
        genders.extend(info.gender.map(wire));
        s.export("parseCccd", format!("{text:?}"), &info);
    }
    let declared = match s.decls().field("CccdInfo", "gender") {
        Some(ty) => s.literals(&ty, "CccdInfo.gender"),
        None => BTreeSet::new(),
    };
    let all_kinds = s.literals(&Ty::Named("PhoneKind".into()), "PhoneKind");
    if kinds != all_kinds {
        s.problem(
            format!("PhoneKind is {all_kinds:?}; the samples reach {kinds:?}"),
            String::new(),
        );
    }
    if genders != declared {
        s.problem(
            format!("CccdInfo.gender is {declared:?}; parseCccd gives {genders:?}"),
            String::new(),
        );
    }
    let mut names: Vec<&str> = vec!["Klingon", "", "dân tộc", "người"];
    for g in ctxh::reference::ethnic::GROUPS {
        names.push(g.name);
        names.extend(g.aliases.iter().copied());
    }
    for name in names {
        let found = ctxh::reference::ethnic::find_by_name(name);
        s.export("findEthnicGroup", format!("{name:?}"), &found);
    }
}

/// Unions that mirror a Rust enum hold exactly its values; unions of options hold exactly what
/// `Options::from_json` accepts.
fn unions(s: &mut Suite) {
    s.same_set("Severity", "Severity", every!(Severity: Error, Warning));
    s.same_set(
        "UnitTypeId",
        "UnitType::ALL",
        UnitType::ALL.iter().map(|t| t.id().to_owned()).collect(),
    );
    s.same_set(
        "AdminUnitDetail.level",
        "Level",
        every!(Level: Province, District, Commune),
    );
    s.same_set(
        "MatchRank",
        "MatchRank",
        every!(MatchRank: Exact, ExactFolded, Prefix, WordPrefix, Substring),
    );
    s.same_set(
        "LineageKind",
        "LineageKind",
        every!(LineageKind: Whole, SplitDefault, Split),
    );
    s.same_set(
        "LineageStatus",
        "LineageStatus",
        every!(LineageStatus: Whole, Split, Found, NoLineage, NotACommune, Unknown, CodeFormatInvalid, CodeSetUnavailable),
    );
    s.same_set(
        "PhoneKind",
        "PhoneKind",
        every!(PhoneKind: Mobile, Landline, LegacyMobile, LegacyLandline, Service, SecurityNetwork, Invalid),
    );
    s.same_set(
        "TransitionKind",
        "TransitionKind",
        every!(TransitionKind: Forward, Repeat, Replan, Continue, Referral, Transfer, Closure, EarlyClosure),
    );
    s.same_set(
        "DeadlineKind",
        "DeadlineKind",
        every!(DeadlineKind: EmergencyAction, PlanDraft, PlanApproval, EmergencyStay),
    );
    s.same_set(
        "DeadlineState",
        "DeadlineState",
        every!(DeadlineState: Pending, DueSoon, Overdue, Met, Missed),
    );
    s.same_set(
        "VersionInfo.codeSets",
        "CodeSet::ALL",
        CodeSet::ALL.iter().map(|c| c.as_str().to_owned()).collect(),
    );
    s.same_set("ValidateOptions.lang", "Lang", every!(Lang: Vi, En));

    // `mode` has no wire id in Rust: every member must be accepted, and reach every `Mode`.
    let today = Date::new(2025, 7, 1).unwrap();
    let modes = match s.decls().field("ValidateOptions", "mode") {
        Some(ty) => s.literals(&ty, "ValidateOptions.mode"),
        None => BTreeSet::new(),
    };
    let mut reached = Vec::new();
    for m in &modes {
        match Options::from_json(&json!({ "mode": m }), today) {
            Ok(o) => reached.push(o.mode),
            Err(e) => s.problem(
                format!("ValidateOptions.mode: {m:?} is refused: {e}"),
                String::new(),
            ),
        }
    }
    for mode in [Mode::Draft, Mode::Submit] {
        match mode {
            Mode::Draft | Mode::Submit => {}
        }
        if !reached.contains(&mode) {
            s.problem(
                format!("ValidateOptions.mode: no member gives {mode:?}"),
                String::new(),
            );
        }
    }
    // Every key of the options is accepted.
    if let Some(fields) = s.decls().fields("ValidateOptions") {
        for Field { name, ty, .. } in fields {
            let sample = match s.decls().literals(&ty) {
                Ok(lits) => lits.into_iter().next().map(Value::String),
                Err(_) => Some(json!("2025-07-01")),
            };
            let mut one = serde_json::Map::new();
            one.insert(name.clone(), sample.unwrap_or(Value::Null));
            if let Err(e) = Options::from_json(&Value::Object(one), today) {
                s.problem(
                    format!("ValidateOptions.{name} is refused: {e}"),
                    String::new(),
                );
            }
        }
    }
}

/// `compareObservation` of an observation of each figure of `report`, as published (equal),
/// as a lower bound, and for another day (not comparable).
fn compare_figures(s: &mut Suite, name: &str, report: &Value) {
    let scope = &report["scope"];
    let Some(province) = scope["provinceCodes"].get(0) else {
        return;
    };
    for figure in report["indicators"].as_array().unwrap() {
        let value = if figure["value"].is_null() {
            json!(0)
        } else {
            figure["value"].clone()
        };
        for (extra, day) in [
            (json!({}), &report["asOf"]),
            (json!({ "lowerBound": true }), &report["asOf"]),
            (json!({}), &json!("2000-01-01")),
        ] {
            let mut o = json!({ "indicator": figure["code"], "unit": figure["unit"], "level": "province",
                "adminUnit": { "codeSet": scope["codeSet"], "provinceCode": province },
                "referenceDate": day, "value": value, "numerator": figure["numerator"], "denominator": figure["denominator"] });
            o.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            let text = ctxh::indicators::compare_json(&o.to_string(), &report.to_string());
            let got: Value = serde_json::from_str(&text).unwrap();
            s.export(
                "compareObservation",
                format!("{name}: {}", figure["code"]),
                &got,
            );
        }
    }
    let unreadable = ctxh::indicators::compare_json("{}", "[]");
    s.export(
        "compareObservation",
        "unreadable report",
        &serde_json::from_str::<Value>(&unreadable).unwrap(),
    );
}

/// `computeIndicators` and `mergeIndicatorReports` of every indicator vector, and
/// `indicatorCatalogue` in both languages.
fn indicators(s: &mut Suite) {
    let files = files::files_with_extension(&root().join("tests/vectors/indicators"), "json");
    let request_ty = Ty::Named("IndicatorRequest".into());
    for file in files {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            let name = case["name"].as_str().unwrap_or("?");
            let opts =
                Options::from_json(&case["options"], Date::new(2000, 1, 1).unwrap()).unwrap();
            let compute = |request: &Value| -> Value {
                let text = ctxh::indicators::compute_json(&request.to_string(), &opts);
                serde_json::from_str(&text).unwrap()
            };
            match doc["kind"].as_str() {
                Some("indicators") => {
                    let report = compute(&case["input"]);
                    if report["request"]["valid"] == Value::Bool(true) {
                        s.value("request", &request_ty, name, &case["input"]);
                    }
                    s.export("computeIndicators", name, &report);
                    compare_figures(s, name, &report);
                }
                Some("indicators-merge") => {
                    let reports: Vec<Value> = case["input"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(compute)
                        .collect();
                    let text = Value::Array(reports).to_string();
                    let merged: Value =
                        serde_json::from_str(&ctxh::indicators::merge_json(&text, &opts)).unwrap();
                    s.export("mergeIndicatorReports", name, &merged);
                }
                _ => {}
            }
        }
    }
    for lang in [Lang::Vi, Lang::En] {
        s.export(
            "indicatorCatalogue",
            lang.tag(),
            &ctxh::indicators::catalogue(lang),
        );
    }
}

/// `validateBatch` (and `BatchValidator.finish`) over the vectors as batches, `push` and
/// `takeIssues` along the way, and the batch options' keys and formats.
fn batch(s: &mut Suite) {
    use ctxh::batch::{validate_batch, BatchOptions, BatchValidator, Format};
    let mut texts: BTreeMap<(RecordKind, String), (Options, Vec<String>)> = BTreeMap::new();
    for v in vector_cases() {
        if v.case.get("field").is_none() {
            let key = (v.kind, v.case["options"].to_string());
            let entry = texts.entry(key).or_insert_with(|| (v.opts, Vec::new()));
            entry.1.push(record_text(&v.case).replace('\n', " "));
        }
    }
    for ((kind, options), (opts, rows)) in texts {
        let mut as_batch: Value = serde_json::from_str(&options).unwrap();
        if let Value::Object(map) = &mut as_batch {
            map.insert("format".into(), json!("ndjson"));
            map.insert("maxIssues".into(), json!(50));
            map.insert("streamIssues".into(), json!(true));
        }
        s.value(
            "options",
            &Ty::Named("BatchOptions".into()),
            &options,
            &as_batch,
        );
        let mut o = BatchOptions::new(opts);
        o.max_issues = 50;
        let text = rows.join("\n");
        let report: Value =
            serde_json::from_str(&validate_batch(kind, &text, &o).to_json()).unwrap();
        s.export(
            "validateBatch",
            format!("{}, {options}", kind.name()),
            &report,
        );
        o.stream_issues = true;
        let mut chunked = BatchValidator::new(kind, o);
        for chunk in text.as_bytes().chunks(4096) {
            s.export("push", kind.name(), &chunked.push(chunk));
            s.export("progress", kind.name(), &chunked.progress());
            let issues: Value = serde_json::to_value(chunked.take_issues()).unwrap();
            s.export("takeIssues", kind.name(), &issues);
        }
        s.export("finish", kind.name(), &chunked.finish());
    }
    let broken = validate_batch(
        RecordKind::Address,
        "[1,,",
        &BatchOptions::new(Options::new(Date::new(2025, 7, 1).unwrap())),
    );
    s.export("validateBatch", "[1,,", &broken);
    // Tables and sets of files: the shared batch vectors (CSV, duplicates across files).
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/batch/tables.json"),
        )
        .unwrap(),
    )
    .unwrap();
    for case in doc["cases"].as_array().unwrap() {
        let files = &case["files"];
        if files
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["text"].is_string())
        {
            s.value(
                "files",
                &Ty::Named("BatchFile".into()),
                "files[0]",
                &files[0],
            );
            s.value(
                "options",
                &Ty::Named("BatchOptions".into()),
                "batch",
                &case["options"],
            );
            s.export("validateBatchFiles", "tables.json", &case["expected"]);
        }
    }
    let declared = match s.decls().field("BatchOptions", "format") {
        Some(ty) => s.literals(&ty, "BatchOptions.format"),
        None => BTreeSet::new(),
    };
    // Every format, by an exhaustive match.
    let all = [Format::Auto, Format::JsonArray, Format::Ndjson, Format::Csv].map(|f| match f {
        Format::Auto | Format::JsonArray | Format::Ndjson | Format::Csv => f.id().to_owned(),
    });
    let ids: BTreeSet<String> = all.into_iter().collect();
    s.same_set("BatchOptions.format", "Format", ids);
    let today = Date::new(2025, 7, 1).unwrap();
    for f in &declared {
        if BatchOptions::from_json(&json!({ "format": f }), today).is_err() {
            s.problem(
                format!("BatchOptions.format: {f:?} is refused"),
                String::new(),
            );
        }
    }
    for (key, sample) in [
        ("maxIssues", json!(3)),
        ("issueOffset", json!(3)),
        ("streamIssues", json!(true)),
        ("lang", json!("en")),
        ("mode", json!("draft")),
        ("asOf", json!("2025-07-01")),
        ("columns", json!({ "STT": null, "Tên": "person.fullName" })),
        ("duplicates", json!(true)),
    ] {
        if s.decls().field("BatchOptions", key).is_none() {
            s.problem(format!("BatchOptions.{key} is not declared"), String::new());
        }
        if let Err(e) = BatchOptions::from_json(&json!({ key: sample }), today) {
            s.problem(format!("BatchOptions.{key} is refused: {e}"), String::new());
        }
    }
}

/// What every section found, for one set of declarations.
fn check_all(decls: &Decls) -> (Vec<String>, Suite<'_>) {
    let mut s = Suite::new(decls);
    for section in [
        vectors, general, unit_lists, search, lineage, staff, unions, batch, indicators,
    ] {
        section(&mut s);
    }
    (s.report(), s)
}

#[test]
fn the_declarations_say_what_the_exports_return() {
    let decls = load();
    let (problems, s) = check_all(&decls);
    assert!(
        problems.is_empty(),
        "{API} does not match the values of the core ({} problems):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
    // Every hand-written declaration was met by a value or compared with a Rust enum (without
    // the legacy units, conversions have no candidates and no sources to meet).
    let unused: Vec<_> = decls
        .names_in(API)
        .into_iter()
        .filter(|n| !s.matcher.used.contains(n))
        .collect();
    assert!(
        unused.is_empty() || !cfg!(feature = "legacy-units"),
        "declarations of {API} no check reaches: {unused:?}"
    );
    // Every export with a declared return type was checked.
    let unchecked: Vec<_> = s
        .exports
        .keys()
        .filter(|e| !s.checked.contains_key(*e))
        .collect();
    assert!(
        unchecked.is_empty(),
        "exports whose values this test does not check: {unchecked:?}"
    );
}

#[test]
fn the_declarations_are_complete_and_every_annotation_names_a_declared_type() {
    let decls = load();
    let unresolved = decls.unresolved(BUILT_IN);
    assert!(unresolved.is_empty(), "{}", unresolved.join("\n"));
    let annotations = annotations();
    let returns = annotations
        .iter()
        .filter(|a| a.attribute == "unchecked_return_type")
        .count();
    assert!(
        returns >= 20 && annotations.len() >= 40,
        "found only {} annotations",
        annotations.len()
    );
    let mut problems = Vec::new();
    for a in &annotations {
        match parse_type(&a.text) {
            Err(e) => problems.push(format!("{}: {} = {:?}: {e}", a.file, a.attribute, a.text)),
            Ok(ty) => {
                let mut names = BTreeSet::new();
                ty.names(&mut names);
                let declared =
                    |n: &String| decls.get(n).is_some() || BUILT_IN.contains(&n.as_str());
                for n in names.into_iter().filter(|n| !declared(n)) {
                    problems.push(format!(
                        "{}: {} = {:?}: {n} is declared neither in {API} nor in {MODEL}",
                        a.file, a.attribute, a.text
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// --- the test of the test -------------------------------------------------------------------

fn interface_fields<'a>(decls: &'a mut Decls, name: &str) -> &'a mut Vec<Field> {
    match decls.map.get_mut(name) {
        Some((Decl::Interface { fields, .. }, _)) => fields,
        _ => panic!("{name} is no interface"),
    }
}

fn remove_member(decls: &mut Decls, alias: &str, member: &str) {
    match decls.map.get_mut(alias) {
        Some((Decl::Alias(Ty::Union(members)), _)) => {
            let before = members.len();
            members.retain(|m| *m != Ty::Lit(member.into()));
            assert_eq!(members.len(), before - 1, "{alias} has {member:?}");
        }
        _ => panic!("{alias} is no union"),
    }
}

/// The problems `sections` find with `decls`.
fn run(decls: &Decls, sections: &[fn(&mut Suite)]) -> Vec<String> {
    let mut s = Suite::new(decls);
    for section in sections {
        section(&mut s);
    }
    s.report()
}

fn assert_reported(problems: &[String], wanted: &str) {
    assert!(
        problems.iter().any(|p| p.contains(wanted)),
        "expected a problem containing {wanted:?}, got:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_check_reports_a_dropped_key_a_missing_member_and_an_added_key() {
    // The unaltered declarations pass (the_declarations_say_what_the_exports_return), so each
    // problem below comes from the alteration.
    let base = load();

    // A required key dropped from Issue: reports still carry it.
    let mut d = base.clone();
    interface_fields(&mut d, "Issue").retain(|f| f.name != "severity");
    let p = run(&d, &[vectors]);
    assert_reported(
        &p,
        "validate: $.issues[]: key \"severity\" is not declared in Issue",
    );
    assert_reported(
        &p,
        "nextSteps: $.blockers[]: key \"severity\" is not declared in Issue",
    );

    // A member removed from a union: the values that have it, and the comparison with the enum.
    let mut d = base.clone();
    remove_member(&mut d, "Severity", "warning");
    let p = run(&d, &[vectors, unions]);
    assert_reported(
        &p,
        "validate: $.issues[].severity: \"warning\" is not Severity",
    );
    assert_reported(&p, "Severity: lacks [\"warning\"], values of Severity");

    let mut d = base.clone();
    remove_member(&mut d, "UnitTypeId", "xa");
    let p = run(&d, &[unit_lists, unions]);
    assert_reported(&p, "communes: $[].type: \"xa\" is not UnitTypeId");
    assert_reported(&p, "lookupUnit: $.type: \"xa\" is not UnitTypeId");
    assert_reported(&p, "UnitTypeId: lacks [\"xa\"], values of UnitType::ALL");

    let mut d = base.clone();
    remove_member(&mut d, "PhoneKind", "legacy-landline");
    assert_reported(
        &run(&d, &[staff]),
        "normalizePhone: $.kind: \"legacy-landline\" is not PhoneKind",
    );

    // A required key added: the values lack it.
    let mut d = base.clone();
    interface_fields(&mut d, "NextStep").push(Field {
        name: "priority".into(),
        optional: false,
        ty: Ty::Num,
    });
    assert_reported(
        &run(&d, &[vectors]),
        "nextSteps: $.steps[]: required key \"priority\" of NextStep is missing",
    );

    // A key made non-nullable, and a member the Rust enum does not have.
    let mut d = base.clone();
    for f in interface_fields(&mut d, "PhoneInfo") {
        if f.name == "normalized" {
            f.ty = Ty::Str;
        }
    }
    assert_reported(
        &run(&d, &[staff]),
        "normalizePhone: $.normalized: null is not string",
    );
    let mut d = base.clone();
    if let Some((Decl::Alias(Ty::Union(members)), _)) = d.map.get_mut("DeadlineState") {
        members.push(Ty::Lit("cancelled".into()));
    }
    assert_reported(
        &run(&d, &[unions]),
        "DeadlineState: has [\"cancelled\"], which DeadlineState does not have",
    );
}

#[test]
fn the_parser_reads_the_subset_and_refuses_the_rest() {
    let decls = ts_subset::parse(
        "/** doc */ export interface A extends B { x?: (string | number)[]; \"y\": Record<string, C | null>; }\n\
         // comment\nexport type C =\n  | \"a\" | \"b\";",
    )
    .unwrap();
    assert_eq!(decls.len(), 2);
    assert_eq!(
        parse_type("(A | \"x\")[] | null").unwrap().to_string(),
        "(A | \"x\")[] | null"
    );
    for bad in [
        "export interface A { x: any; }",
        "export interface A { x: Array<string>; }",
        "export interface A { x: string }",
        "export interface A { f(): void; }",
        "export type A = 1 | 2;",
        "export const a = 1;",
        "declare type A = string;",
    ] {
        assert!(ts_subset::parse(bad).is_err(), "{bad}");
    }
}
