#!/usr/bin/env bash
# Scores the conversation engine on the development set (../shared/eval/dev), the project's two blind held-out sets
# (test/eval-holdout, test/eval-holdout-2) and the shop sets of test/eval-shops (each a tuning part and a held-out
# part): pass rate and wrong confirmations. ONLY=name limits the run to sets whose name starts with it.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_EVAL:-../shared/eval}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # name catalog dialogs expected
  [[ -n "${ONLY:-}" && "$1" != "$ONLY"* ]] && return 0
  node bin/liaodan.js simulate --catalog "$2" < "$3" > "$out/$1.jsonl"
  printf '%-20s ' "$1"
  if [[ -n "${VERBOSE:-}" ]]; then
    echo
    node "$shared/score.mjs" --expected "$4" --results "$out/$1.jsonl" --verbose | grep -v '^ \{5\}replies' || true
  else
    node "$shared/score.mjs" --expected "$4" --results "$out/$1.jsonl" | tail -n 1
  fi
}
run dev "$shared/dev/catalog.json" "$shared/dev/dialogs.jsonl" "$shared/dev/expected.jsonl"
run holdout test/eval-holdout/catalog.json test/eval-holdout/dialogs.jsonl test/eval-holdout/expected.jsonl
run holdout2 test/eval-holdout-2/catalog.json test/eval-holdout-2/dialogs.jsonl test/eval-holdout-2/expected.jsonl
shops=test/eval-shops
for folder in "$shops"/*/; do
  shop=$(basename "$folder")
  catalog=$shops/$shop/catalog.json
  [[ -f $catalog ]] || catalog=catalog/demo/products.json
  for part in tune held blind blind2 final; do
    [[ -f $shops/$shop/$part-dialogs.jsonl ]] || continue
    run "$shop-$part" "$catalog" "$shops/$shop/$part-dialogs.jsonl" "$shops/$shop/$part-expected.jsonl"
  done
done
