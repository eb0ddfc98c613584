#!/usr/bin/env bash
# bench/fuzz.sh: the fuzz tests (LineFuzzTest: check-events' line reader; MarkdownFuzzTest: the
# Markdown reader, validation and resolution) with a long budget, from a new seed each run unless
# one is given. mvn verify runs them with a short budget from a fixed seed. A failure names the
# seed and the try that reproduce it: rerun with --seed S. Prints how many tries ran and how long.
#
#   bench/fuzz.sh [--tries N] [--seed S]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
tries=20000
seed=$(date +%s)
while [ $# -gt 0 ]; do
  case "$1" in
    --tries) tries=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: bench/fuzz.sh [--tries N] [--seed S]" >&2; exit 2 ;;
  esac
done

echo "fuzzing with $tries tries per property from seed $seed" >&2
start=$(date +%s)
status=0
mvn -B -q -pl generator test -Dtest='LineFuzzTest,MarkdownFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Deventref.fuzz.tries="$tries" -Deventref.fuzz.seed="$seed" || status=$?
echo "seed $seed, $tries tries per property: $([ "$status" = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start )) s" >&2
exit "$status"
