# Shared helpers for scripts/* and scripts/ci/*: sourced, not run.
# shellcheck shell=bash

CTXH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CTXH_ROOT

# Tools live outside the repo (cargo's bin dir) except the npm ones (node_modules/.bin).
export PATH="$CTXH_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# The wasm32 std comes from rustup (path A) or, when rustup cannot add the target, from the
# Debian fallback (path B, see scripts/setup): Debian's rustc-web with its std source, the
# wasm32 std built into that rustc's own sysroot, and a rustup toolchain "web" linked to a
# directory of symlinks to it. Nothing below names a directory of one machine:
#   CTXH_SYSTEM_RUSTC        the Debian rustc (default: the first rustc on PATH that is not
#                            one of rustup's proxies); its sysroot is `rustc --print sysroot`
#   CTXH_WEB_TOOLCHAIN_DIR   the directory linked as the "web" toolchain
#                            (default: ${XDG_DATA_HOME:-$HOME/.local/share}/ctxh/rust-web)
CTXH_WEB_TOOLCHAIN=web
CTXH_WEB_TOOLCHAIN_DIR="${CTXH_WEB_TOOLCHAIN_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/ctxh/rust-web}"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  C_BOLD=$'\e[1m' C_DIM=$'\e[2m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_DIM='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

say()  { printf '%s\n' "$*"; }
head1() { printf '\n%s==> %s%s\n' "$C_BOLD" "$*" "$C_OFF"; }
ok()   { printf '%s  ok%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
skip() { printf '%s  skip%s %s\n' "$C_DIM" "$C_OFF" "$*"; }
warn() { printf '%s  warning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; exit 1; }

# Seconds since the epoch with a fraction, for "took 1.2 s".
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# The wasm-bindgen crate version pinned in Cargo.lock (wasm-bindgen-cli must match exactly).
wasm_bindgen_lock_version() {
  awk '/^\[\[package\]\]/ { name = "" }
       /^name = / { name = $3 }
       /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }' \
    "$CTXH_ROOT/Cargo.lock"
}

# The crate version from Cargo.toml's [package] table.
crate_version() {
  awk '/^\[/ { section = $0 }
       section == "[package]" && /^version = / { gsub(/"/, "", $3); print $3; exit }' \
    "$CTXH_ROOT/Cargo.toml"
}

# True when the toolchain rustup selects for this repo has the wasm32 std (path A).
has_rustup_wasm_target() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# system_tool NAME: the first NAME on PATH that is not one of rustup's proxies (those are
# links to, or copies of, the rustup binary), e.g. Debian's cargo.
system_tool() {
  local name=$1 dir rustup_bin
  rustup_bin=$(command -v rustup 2>/dev/null || true)
  local IFS=:
  for dir in $PATH; do
    if [ -z "$dir" ] || [ ! -f "$dir/$name" ] || [ ! -x "$dir/$name" ]; then continue; fi
    [ -n "$rustup_bin" ] && [ "$dir/$name" -ef "$rustup_bin" ] && continue
    case "$(basename "$(readlink -f "$dir/$name")")" in rustup | rustup-init) continue ;; esac
    printf '%s\n' "$dir/$name"
    return 0
  done
  return 1
}

# The Debian rustc of path B (CTXH_SYSTEM_RUSTC, or the first non-rustup rustc on PATH).
system_rustc() {
  if [ -n "${CTXH_SYSTEM_RUSTC:-}" ]; then
    printf '%s\n' "$CTXH_SYSTEM_RUSTC"
  else
    system_tool rustc
  fi
}

# The sysroot of the Debian rustc (its rustlib is <sysroot>/lib/rustlib).
system_sysroot() {
  local rustc
  rustc=$(system_rustc) && "$rustc" --print sysroot 2>/dev/null
}

# Where path B keeps the wasm32 std it builds: inside the Debian rustc's sysroot, so that
# rustc finds it without flags. The stamp records the `rustc -vV` it was built for.
wasm_std_dir() {
  local sysroot
  sysroot=$(system_sysroot) && [ -n "$sysroot" ] &&
    printf '%s\n' "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib"
}

# True when the Debian fallback toolchain (path B) is linked and its wasm32 std is built for
# the current Debian rustc.
has_web_toolchain() {
  local rustc std_dir
  rustc=$(system_rustc) && [ -x "$rustc" ] && std_dir=$(wasm_std_dir) &&
    [ -f "$std_dir/.ctxh-stamp" ] &&
    [ "$(cat "$std_dir/.ctxh-stamp")" = "$("$rustc" -vV 2>/dev/null)" ] &&
    rustup toolchain list 2>/dev/null | grep -q "^$CTXH_WEB_TOOLCHAIN\b"
}

# Selects the toolchain for wasm32 builds: exports CTXH_WASM_TOOLCHAIN_ENV as "" (rustup's
# default, path A) or "web" (path B, used through RUSTUP_TOOLCHAIN). Fails if neither exists.
select_wasm_toolchain() {
  if has_rustup_wasm_target; then
    CTXH_WASM_RUSTUP_TOOLCHAIN=""
  elif has_web_toolchain; then
    CTXH_WASM_RUSTUP_TOOLCHAIN="$CTXH_WEB_TOOLCHAIN"
  else
    die "no Rust toolchain with the wasm32-unknown-unknown std: run scripts/setup"
  fi
  export CTXH_WASM_RUSTUP_TOOLCHAIN
}

# Runs a command with the wasm toolchain selected by select_wasm_toolchain.
with_wasm_toolchain() {
  if [ -n "${CTXH_WASM_RUSTUP_TOOLCHAIN:-}" ]; then
    RUSTUP_TOOLCHAIN="$CTXH_WASM_RUSTUP_TOOLCHAIN" "$@"
  else
    "$@"
  fi
}
