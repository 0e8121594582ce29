# Helpers for the CI steps (scripts/ci/*): sourced, not run.
# shellcheck shell=bash
#
# A step counts what it checked: a lint-like command counts as one test, cargo test and
# node --test count their own tests. It ends with the line "<step>: N passed, N failed (time)"
# and exits non-zero when anything failed. When scripts/test runs it, CTXH_STEP_REPORT names a
# file where the step also writes its result for the summary, one "key=value" a line:
#   passed=N  failed=N  note=TEXT (any number)  failure=TEXT (any number, one per failure)

# shellcheck source=scripts/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CTXH_ROOT" || exit 1

STEP_NAME=$(basename "$0")
STEP_T0=$(now)
STEP_PASSED=0
STEP_FAILED=0
STEP_NOTES=()
STEP_FAILURES=()
STEP_TMP=""

# A scratch directory for this step, removed when it exits.
step_tmp() {
  if [ -z "$STEP_TMP" ]; then
    STEP_TMP=$(mktemp -d "${TMPDIR:-/tmp}/ctxh-$STEP_NAME.XXXXXX")
    trap 'rm -rf "$STEP_TMP"' EXIT
  fi
}

step_note() { STEP_NOTES+=("$*"); }
step_failure() { STEP_FAILURES+=("$*"); }
step_count() { STEP_PASSED=$((STEP_PASSED + $1)); STEP_FAILED=$((STEP_FAILED + $2)); }

# check LABEL COMMAND...: runs a lint-like command that counts as one test.
check() {
  local label=$1 c0
  shift
  c0=$(now)
  head1 "$STEP_NAME: $label"
  if "$@"; then
    step_count 1 0
    step_note "$label ok"
    ok "$label ($(since "$c0"))"
  else
    step_count 0 1
    step_note "$label FAILED"
    step_failure "$label failed"
    say "${C_RED}  FAILED${C_OFF} $label ($(since "$c0"))"
  fi
}

# Sums cargo's "test result: ... N passed; M failed" lines of a log.
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
       END { printf "%d %d\n", p, f }' "$1"
}

# Reads node's TAP summary (# pass / # fail / # cancelled).
tap_counts() {
  awk '/^# pass / { p = $3 } /^# fail / { f += $3 } /^# cancelled / { f += $3 } END { printf "%d %d\n", p, f }' "$1"
}

# Fails unless scripts/build has produced pkg/ (the Node, browser and consumer steps test it).
require_pkg() {
  if [ ! -f pkg/node/ctxh.js ] || [ ! -f pkg/package.json ]; then
    die "no built package in pkg/: run scripts/ci/build (or scripts/build) first"
  fi
}

# node_tests FILES...: node --test with the spec reporter on the terminal and TAP into a file
# for counting.
node_tests() {
  local tap rc passed failed
  require_pkg
  step_tmp
  tap=$STEP_TMP/node.tap
  head1 "$STEP_NAME: node --test $*"
  if node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@"; then
    rc=0
  else
    rc=$?
  fi
  read -r passed failed < <(tap_counts "$tap")
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  step_count "$passed" "$failed"
  if [ $# -eq 1 ]; then step_note "1 file"; else step_note "$# files"; fi
  [ "$rc" -eq 0 ] || step_failure "$failed failing (see the ✖ lines above)"
}

# Ends the step: the closing line, the report for scripts/test, and the exit status.
step_end() {
  local line color=$C_GREEN status=0 n f
  if [ "$STEP_FAILED" -ne 0 ] || [ ${#STEP_FAILURES[@]} -ne 0 ]; then
    color=$C_RED
    status=1
  fi
  if [ -n "${CTXH_STEP_REPORT:-}" ]; then
    {
      printf 'passed=%s\nfailed=%s\n' "$STEP_PASSED" "$STEP_FAILED"
      for n in "${STEP_NOTES[@]}"; do printf 'note=%s\n' "$n"; done
      for f in "${STEP_FAILURES[@]}"; do printf 'failure=%s\n' "$f"; done
    } >"$CTXH_STEP_REPORT"
  fi
  if [ "$status" -ne 0 ]; then
    for f in "${STEP_FAILURES[@]}"; do say "${C_RED}  failed:${C_OFF} $f"; done
  fi
  line="$STEP_PASSED passed, $STEP_FAILED failed"
  [ "$STEP_PASSED$STEP_FAILED" != 00 ] || { line=ok; [ "$status" -eq 0 ] || line=FAILED; }
  printf '%s%s: %s%s (%s)\n' "$color" "$STEP_NAME" "$line" "$C_OFF" "$(since "$STEP_T0")"
  exit "$status"
}
