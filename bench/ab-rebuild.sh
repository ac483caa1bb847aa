#!/bin/bash
# Rebuild +1 capture at 10,001 (no search), alternating two checkouts of draad, for a change's
# before/after figures in one run (the commit messages of 4 December quote it as
# /work/notes/ab.sh). Each round: a warm-up build of the first 10,000 generated captures into a
# fresh cache and output, then capture 10,001 added and the rebuild timed (GNU time) with its
# phases from --report.
#
#   bench/ab-rebuild.sh ROUNDS CHECKOUT_A CHECKOUT_B      (each checkout compiled: npm run compile)
#
# Prints per run: label, wall s, user s, sys s, peak RSS KB, parse, merge, render s.
set -u
ROUNDS=${1:-3}; A=${2:?checkout A}; B=${3:?checkout B}
WORK=${AB_WORK:-/tmp/draad-ab}
HERE=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$WORK/all" ]; then
  mkdir -p "$WORK/n"
  (cd "$HERE" && npx tsx bench/generate-corpus.ts --captures 10001 --seed 1 --out "$WORK/all") || exit 1
  ls "$WORK/all" | sort | head -10000 | while read -r f; do ln "$WORK/all/$f" "$WORK/n/$f"; done
fi
LAST=$(ls "$WORK/all" | sort | tail -1)
one() {
  rm -f "$WORK/n/$LAST"; rm -rf "$WORK/cache" "$WORK/site" "$WORK/site.draad"
  (cd "$1" && node src/cli/draad.mjs build --input "$WORK/n" --output "$WORK/site" --no-search --cache "$WORK/cache" >/dev/null) || true
  cp "$WORK/all/$LAST" "$WORK/n/$LAST"; sleep 3
  (cd "$1" && /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" node src/cli/draad.mjs build --input "$WORK/n" --output "$WORK/site" --no-search --cache "$WORK/cache" --report "$WORK/report.json" >/dev/null) || true
  echo "$2 $(cat "$WORK/time") $(node -e 'const r=require(process.argv[1]).seconds;console.log(r.parse.toFixed(2),r.merge.toFixed(2),r.render.toFixed(2))' "$WORK/report.json")"
}
for _ in $(seq "$ROUNDS"); do one "$A" A; one "$B" B; done
