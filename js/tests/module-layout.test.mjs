// The memory layout that scripts/build's `wasm-opt --low-memory-unused` relies on: nothing in
// the first 1 KB of linear memory. Rust places the stack first (the stack pointer starts at its
// top and grows down towards 0) and the data after it, so the low 1 KB is reached only by a
// stack deeper than the whole stack but that last KB. Checked on every built module: a
// toolchain that placed data there would make the optimisation unsound.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const LOW = 1024;

/** The init values of the module's i32 globals and the offsets of its active data segments. */
function layout(bytes) {
  let p = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = bytes[p++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return result >>> 0;
  };
  const globals = [];
  const offsets = [];
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id === 6) {
      for (let n = leb(); n > 0; n--) {
        const type = bytes[p++];
        const mutable = bytes[p++] === 1;
        if (type === 0x7f && bytes[p] === 0x41) {
          p++;
          globals.push({ mutable, init: leb() });
        }
        while (bytes[p] !== 0x0b) p++;
        p++;
      }
    } else if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const kind = leb();
        assert.equal(kind, 0, "active data segments of memory 0 only");
        assert.equal(bytes[p++], 0x41, "a constant offset");
        offsets.push(leb());
        while (bytes[p] !== 0x0b) p++;
        p++;
        const length = leb(); // read before adding: `p += leb()` would add to the old `p`
        p += length;
      }
    }
    p = end;
  }
  return { globals, offsets };
}

for (const dir of ["web", "full/web"]) {
  test(`pkg/${dir}: no data and no stack in the first ${LOW} bytes of memory`, () => {
    const { globals, offsets } = layout(readFileSync(new URL(`../../pkg/${dir}/ctxh_bg.wasm`, import.meta.url)));
    assert.ok(offsets.length > 0, "the module has data");
    for (const offset of offsets) assert.ok(offset >= LOW, `a data segment at ${offset}`);
    const stackPointer = globals.find((g) => g.mutable);
    assert.ok(stackPointer, "a mutable i32 global: the stack pointer");
    assert.ok(stackPointer.init >= 64 * 1024, `the stack starts at ${stackPointer.init}`);
  });
}
