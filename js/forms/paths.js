// Wire paths and records: the part of the form kit that needs no DOM (it also runs in Node, so
// that a server can build the same record from the same form post). A control's `name` is the
// wire path of its field (`person.fullName`, `assignments[0].startDate`); the kind's JSON Schema
// (`schema(kind)`, generated from the crate's registry) says what each path holds, so the kit
// never keeps a list of fields of its own.
import { schema } from "../ctxh.js";

const SEGMENT = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)/;

/**
 * `"assignments[0].startDate"` → `["assignments", 0, "startDate"]`; null when the text is not a
 * wire path (then the kit puts the whole name in the record as one unknown key).
 */
export function parsePath(name) {
  if (typeof name !== "string" || name === "") return null;
  const out = [];
  for (const part of name.split(".")) {
    const m = SEGMENT.exec(part);
    if (!m || m[0].length !== part.length) return null;
    out.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) {
      const n = Number(index[1]);
      if (!Number.isSafeInteger(n)) return null;
      out.push(n);
    }
  }
  return out;
}

/** `["assignments", 0, "startDate"]` → `"assignments[0].startDate"` (an issue's `pathText`). */
export function pathText(path) {
  let text = "";
  for (const seg of path) text += typeof seg === "number" ? `[${seg}]` : text === "" ? seg : `.${seg}`;
  return text;
}

/** Whether `inner` is `outer` or lies under it (`person.address.wardCode` under `person`). */
export function isWithin(inner, outer) {
  return inner === outer || (inner.startsWith(outer) && (inner[outer.length] === "." || inner[outer.length] === "["));
}

const schemas = new Map();

/** The kind's JSON Schema (English titles; only its structure is used), read once per kind. */
function kindSchema(kind) {
  if (!schemas.has(kind)) schemas.set(kind, schema(kind, { lang: "en" }));
  return schemas.get(kind);
}

/** Follows `$ref` and `anyOf [X, null]` to the node that says what a value is. */
function resolve(doc, node) {
  let n = node;
  for (let guard = 0; n && guard < 8; guard++) {
    if (typeof n.$ref === "string") {
      const name = n.$ref.replace(/^#\/\$defs\//, "");
      n = Object.assign({ defName: name }, doc.$defs?.[name]);
    } else if (Array.isArray(n.anyOf)) {
      n = n.anyOf.find((b) => b.type !== "null");
    } else break;
  }
  return n ?? null;
}

const typeOf = (node) => (Array.isArray(node?.type) ? node.type.find((t) => t !== "null") : node?.type);

/**
 * What the schema of `kind` says about `path`: `{ type, list, dateTime, record, items }` (type:
 * "string" | "integer" | "number" | "boolean" | "array" | "object"; `list`: the code list whose
 * `enumLabels` fill a select; `record`: the record type's name for objects, e.g. "Address"), or
 * null when the path is not a field of the kind.
 */
export function fieldShape(kind, path) {
  const doc = kindSchema(kind);
  let node = resolve(doc, doc);
  for (const seg of path) {
    if (!node) return null;
    if (typeof seg === "number") {
      if (typeOf(node) !== "array") return null;
      node = resolve(doc, node.items);
    } else {
      if (typeOf(node) !== "object" || !node.properties || !Object.hasOwn(node.properties, seg)) return null;
      node = resolve(doc, node.properties[seg]);
    }
  }
  return node ? describe(doc, node) : null;
}

function describe(doc, node) {
  const type = typeOf(node) ?? (Array.isArray(node.oneOf) ? "string" : undefined);
  const shape = { type, list: null, dateTime: false, record: null, items: null };
  if (Array.isArray(node.oneOf) && node.defName) {
    // Code lists are named like their type: WorkforceCategory → enumLabels("workforceCategory").
    shape.list = node.defName[0].toLowerCase() + node.defName.slice(1);
    shape.values = node.oneOf.map((o) => o.const);
  }
  if (type === "object") shape.record = node.defName ?? null;
  if (type === "array") shape.items = describe(doc, resolve(doc, node.items) ?? {});
  // RFC 3339 date-times (receivedAt, startedAt...): their pattern has a time and an offset.
  if (type === "string" && typeof node.pattern === "string") {
    shape.dateTime = node.pattern.includes("[Tt ]") && node.pattern.includes("[+-]");
  }
  return shape;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;

/**
 * A form value as the field's type wants it. What cannot be read as that type stays the text
 * the user typed, so that ctxh reports it (`type_invalid`), never a guess.
 */
export function coerce(text, shape, { timeOffset = "+07:00" } = {}) {
  switch (shape?.type) {
    case "boolean":
      if (["true", "on", "1"].includes(text)) return true;
      if (["false", "off", "0"].includes(text)) return false;
      return text;
    case "integer":
    case "number":
      return NUMBER.test(text.trim()) ? Number(text.trim()) : text;
    case "string": {
      const m = shape.dateTime ? LOCAL_DATE_TIME.exec(text) : null;
      // <input type="datetime-local"> has no offset; the record needs one (Vietnam: +07:00).
      return m ? `${m[1]}${m[2] ?? ":00"}${timeOffset}` : text;
    }
    default:
      return text;
  }
}

/** Sets an own property, also for names such as `__proto__` (never the prototype's). */
function setOwn(node, key, value) {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
}

function place(record, path, value) {
  let node = record;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    const own = Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (own === null || typeof own !== "object") setOwn(node, seg, typeof path[i + 1] === "number" ? [] : {});
    node = node[seg];
  }
  setOwn(node, path[path.length - 1], value);
}

/** Fills the holes of arrays (an item whose fields were all left empty) with `{}`. */
function fillHoles(value) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) value[i] = {};
      else fillHoles(value[i]);
    }
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) fillHoles(v);
  }
  return value;
}

/**
 * Builds the record of `kind` from form entries (`new FormData(form)`, `URLSearchParams` of a
 * posted body, or `[name, value]` pairs). Empty values are left out (absent, not ""); a field of
 * a list type (`client.categories`) collects every value; for other fields the last non-empty
 * value wins (so `<input type="hidden" name="dedicated" value="false">` before a checkbox of the
 * same name gives false when it is unchecked). Values are converted by the schema's type
 * (see `coerce`). A name that is no field of the kind goes into the record as it is, and ctxh
 * reports it (`unknown_field`), unless it is listed in `options.ignore`. Files are skipped.
 */
export function recordFromEntries(kind, entries, options = {}) {
  const ignore = new Set(options.ignore ?? []);
  const record = {};
  const lists = new Map();
  for (const [name, raw] of entries) {
    if (typeof raw !== "string" || raw === "" || ignore.has(name)) continue;
    const path = parsePath(name);
    if (!path) {
      setOwn(record, name, raw);
      continue;
    }
    const shape = fieldShape(kind, path);
    if (shape?.type === "array" && shape.items?.type !== "object") {
      const key = pathText(path);
      if (!lists.has(key)) {
        lists.set(key, []);
        place(record, path, lists.get(key));
      }
      lists.get(key).push(coerce(raw, shape.items, options));
    } else {
      place(record, path, coerce(raw, shape, options));
    }
  }
  return fillHoles(record);
}
