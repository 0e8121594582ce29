// Administrative units through the WebAssembly build, checked against the facts in data/*.csv
// (read here directly, so both the native tests and these compare with the same source).
// Run: scripts/build && node --test js/tests/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as ctxh from "../../pkg/node/ctxh.js";

const dataDir = new URL("../../data/", import.meta.url);

/** RFC 4180 CSV (quotes, CRLF) → array of objects keyed by the header. */
function readCsv(name) {
  const text = readFileSync(fileURLToPath(new URL(name, dataDir)), "utf8").replace(/^\uFEFF/, "");
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const rows2025 = readCsv("admin-units-2025.csv");
const rowsLegacy = readCsv("admin-units-legacy.csv");
const rowsLineage = readCsv("admin-units-lineage-2025.csv");
const hasLegacy = ctxh.version().codeSets.includes("legacy");

const typeIds = {
  "Tỉnh": "tinh",
  "Thành phố": "thanh-pho",
  "Quận": "quan",
  "Huyện": "huyen",
  "Thị xã": "thi-xa",
  "Xã": "xa",
  "Phường": "phuong",
  "Thị trấn": "thi-tran",
  "Đặc khu": "dac-khu",
};

function groupBy(rows, key) {
  const out = new Map();
  for (const r of rows) {
    if (!out.has(r[key])) out.set(r[key], []);
    out.get(r[key]).push(r);
  }
  return out;
}

test("every 2025 commune round-trips by code", () => {
  assert.equal(rows2025.length, 3321);
  for (const r of rows2025) {
    const u = ctxh.lookupUnit("2025", r.ward_code);
    assert.ok(u, r.ward_code);
    assert.deepEqual(
      [u.codeSet, u.level, u.code, u.name, u.type, u.typeLabel, u.province, u.district],
      ["2025", "commune", r.ward_code, r.ward_name, typeIds[r.ward_type], r.ward_type,
        { code: r.province_code, name: r.province_name }, undefined],
    );
  }
});

test("2025 provinces and their communes match the CSV, in file order", () => {
  const byProvince = groupBy(rows2025, "province_code");
  const provinces = ctxh.provinces("2025");
  assert.equal(provinces.length, 34);
  assert.deepEqual(provinces.map((p) => p.code), [...byProvince.keys()]);
  for (const p of provinces) {
    const want = byProvince.get(p.code);
    assert.equal(p.name, want[0].province_name);
    const got = ctxh.communes("2025", p.code);
    assert.equal(got.length, want.length, p.code);
    assert.deepEqual(
      got.map((c) => [c.code, c.name, c.typeLabel]),
      want.map((r) => [r.ward_code, r.ward_name, r.ward_type]),
    );
  }
});

test("every legacy unit round-trips by code", { skip: !hasLegacy }, () => {
  const wards = rowsLegacy.filter((r) => r.ward_code !== "");
  assert.equal(wards.length, 10035);
  for (const r of wards) {
    const u = ctxh.lookupUnit("legacy", r.ward_code);
    assert.ok(u, r.ward_code);
    assert.deepEqual(
      [u.codeSet, u.level, u.name, u.type, u.typeLabel, u.province, u.district],
      ["legacy", "commune", r.ward_name, typeIds[r.ward_type], r.ward_type,
        { code: r.province_code, name: r.province_name },
        { code: r.district_code, name: r.district_name }],
    );
  }
  const byProvince = groupBy(rowsLegacy, "province_code");
  assert.equal(ctxh.provinces("legacy").length, 63);
  for (const [code, rows] of byProvince) {
    const districtRows = groupBy(rows, "district_code");
    const districts = ctxh.districts(code);
    assert.deepEqual(districts.map((d) => [d.code, d.name, d.typeLabel]),
      [...districtRows.values()].map((d) => [d[0].district_code, d[0].district_name, d[0].district_type]));
    for (const [dcode, drows] of districtRows) {
      const want = drows.filter((r) => r.ward_code !== "").map((r) => r.ward_code);
      assert.deepEqual(ctxh.districtCommunes(dcode).map((c) => c.code), want, dcode);
      assert.equal(ctxh.lookupUnit("legacy", dcode).province.code, code);
    }
    assert.deepEqual(ctxh.communes("legacy", code).map((c) => c.code),
      rows.filter((r) => r.ward_code !== "").map((r) => r.ward_code));
  }
});

test("lineage conversions match the CSV", { skip: !hasLegacy }, () => {
  const byLegacy = groupBy(rowsLineage, "legacy_ward_code");
  for (const [code, rows] of byLegacy) {
    const c = ctxh.convertLegacyWard(code);
    assert.equal(c.status, rows.length === 1 && rows[0].kind === "whole" ? "whole" : "split", code);
    const got = c.candidates.map((s) => `${s.code}:${s.kind}`).sort();
    assert.deepEqual(got, rows.map((r) => `${r.ward_code_2025}:${r.kind}`).sort(), code);
    assert.equal(c.candidates[0].default, true);
    assert.equal(c.candidates.filter((s) => s.default).length, 1);
  }
  const cuaNam = ctxh.convertLegacyWard("00073");
  assert.equal(cuaNam.status, "split");
  assert.equal(cuaNam.legacy.name, "Phường Cửa Nam");
  assert.equal(cuaNam.legacy.district.name, "Quận Hoàn Kiếm");
  assert.deepEqual(cuaNam.candidates.map((s) => s.code), ["00226", "00004", "00070", "00082"]);
  assert.deepEqual(cuaNam.candidates.map((s) => s.kind), ["split-default", "split", "split", "split"]);
  const want73 = byLegacy.get("00073").find((r) => r.kind === "split-default");
  assert.equal(cuaNam.candidates[0].code, want73.ward_code_2025);

  const benNghe = ctxh.convertLegacyWard("26740");
  assert.equal(benNghe.status, "whole");
  assert.equal(benNghe.legacy.name, "Phường Bến Nghé");
  assert.deepEqual([benNghe.candidates[0].code, benNghe.candidates[0].name], ["26740", "Phường Sài Gòn"]);

  for (const island of ["318", "471", "498", "536", "755"]) {
    const c = ctxh.convertLegacyWard(island);
    assert.equal(c.status, "not-a-commune");
    assert.equal(c.legacy.level, "district");
    assert.deepEqual(c.candidates, []);
  }
  const saiGon = ctxh.legacySources("26740");
  assert.equal(saiGon.status, "found");
  const wantSources = rowsLineage.filter((r) => r.ward_code_2025 === "26740").map((r) => r.legacy_ward_code).sort();
  assert.deepEqual(saiGon.sources.map((s) => s.code), wantSources);
  assert.equal(ctxh.legacySources("26732").status, "no-lineage");
});

test("search finds Phường Yên Hòa however it is typed", () => {
  const cases = [
    ["yen hoa", "exact-folded"],
    ["Yên Hoà", "exact"],
    ["Yên Hòa".normalize("NFD"), "exact"],
    ["  yên   HÒA ", "exact"],
    ["P. Yên Hòa", "exact"],
    ["phuong yen hoa", "exact-folded"],
  ];
  for (const [query, rank] of cases) {
    const found = ctxh.searchCommunes("2025", "01", query, 5);
    assert.equal(found[0]?.name, "Phường Yên Hòa", query);
    assert.equal(found[0].rank, rank, query);
    assert.ok(found.length <= 5);
  }
  assert.ok(ctxh.searchCommunes("2025", "01", "hoa").length <= 20, "default limit");
  if (hasLegacy) {
    const found = ctxh.searchCommunes("legacy", "01", "yen hoa");
    assert.equal(found[0].name, "Phường Yên Hòa");
    assert.equal(found[0].district.name, "Quận Cầu Giấy");
  }
});

test("CCCD codes are derived from the legacy provinces", () => {
  const want = [...groupBy(rowsLegacy, "province_code")].map(([code, rows]) => ({
    prefix: `0${code}`,
    provinceCode: code,
    name: rows[0].province_name,
  }));
  assert.deepEqual(ctxh.cccdProvinces(), want);
});

test("odd arguments get empty answers, never a throw", () => {
  const huge = "9".repeat(1 << 20);
  const odd = [undefined, null, 1, {}, [], "", " ", "2024", "LEGACY", huge, "01x", "０１", Symbol("x"), 10n];
  for (const a of odd) {
    assert.deepEqual(ctxh.provinces(a), []);
    assert.deepEqual(ctxh.communes(a, "01"), []);
    assert.deepEqual(ctxh.communes("2025", a), []);
    assert.deepEqual(ctxh.districts(a), []);
    assert.deepEqual(ctxh.districtCommunes(a), []);
    assert.equal(ctxh.lookupUnit(a, "01"), null);
    assert.equal(ctxh.lookupUnit("2025", a), null);
    assert.deepEqual(ctxh.searchCommunes(a, "01", "hoa"), []);
    assert.deepEqual(ctxh.searchCommunes("2025", a, "hoa"), []);
    const c = ctxh.convertLegacyWard(a);
    assert.ok(["code-format-invalid", "code-set-unavailable"].includes(c.status));
    assert.deepEqual(c.candidates, []);
    assert.deepEqual(ctxh.legacySources(a).sources, []);
    ctxh.searchCommunes("2025", "01", a, a);
  }
  assert.equal(ctxh.lookupUnit("2025", "99999"), null);
  assert.equal(ctxh.convertLegacyWard("99999").status, hasLegacy ? "unknown" : "code-set-unavailable");
  assert.deepEqual(ctxh.searchCommunes("2025", "01", "Hòa ".repeat(1 << 18)), []);
  assert.deepEqual(ctxh.searchCommunes("2025", "01", "hoa", 0), []);
  assert.deepEqual(ctxh.searchCommunes("2025", "01", "hoa", -5), []);
  assert.equal(ctxh.searchCommunes("2025", "01", "a", 1e9).length > 20, true);
});

test("address validation uses the units", () => {
  const opts = { asOf: "2026-01-15", lang: "en" };
  const codes = (a) => ctxh.validateAddress(a, opts).issues.map((i) => i.code);
  assert.deepEqual(codes({ codeSet: "2025", provinceCode: "01", wardCode: "00004" }), []);
  assert.deepEqual(codes({ codeSet: "2025", provinceCode: "01", wardCode: "26740" }), ["ward_not_in_province"]);
  assert.deepEqual(codes({ codeSet: "2025", provinceCode: "01", districtCode: "001", wardCode: "00004" }),
    ["district_not_allowed"]);
  if (hasLegacy) {
    assert.deepEqual(codes({ codeSet: "legacy", provinceCode: "01", districtCode: "002", wardCode: "00004" }),
      ["ward_not_in_district"]);
    assert.deepEqual(codes({ codeSet: "legacy", provinceCode: "77", districtCode: "755" }), []);
  } else {
    assert.deepEqual(codes({ codeSet: "legacy", provinceCode: "01", wardCode: "00004" }), ["code_set_unavailable"]);
  }
});
