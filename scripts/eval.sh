#!/usr/bin/env bash
# Scores the conversation engine on the development set (../shared/eval/dev) and on our own blind held-out set
# (test/eval-holdout, test/eval-holdout-2): pass rate and wrong confirmations, the numbers issue 3 is judged by.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_EVAL:-../shared/eval}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # name catalog dialogs expected
  node bin/liaodan.js simulate --catalog "$2" < "$3" > "$out/$1.jsonl"
  printf '%-8s ' "$1"
  node "$shared/score.mjs" --expected "$4" --results "$out/$1.jsonl" ${VERBOSE:+--verbose} | tail -n 1
}
run dev "$shared/dev/catalog.json" "$shared/dev/dialogs.jsonl" "$shared/dev/expected.jsonl"
run holdout test/eval-holdout/catalog.json test/eval-holdout/dialogs.jsonl test/eval-holdout/expected.jsonl
run holdout2 test/eval-holdout-2/catalog.json test/eval-holdout-2/dialogs.jsonl test/eval-holdout-2/expected.jsonl
