#!/usr/bin/env bash
# bench/kill.sh: real builds of the real content killed with SIGKILL at random moments, as the
# tester of issue 16 did: after each kill the site must be, file for file, the build before or
# the build being made (never a mix), and the next build must clean up and succeed. Each round
# edits one event's description first (bench/edit-description.py), so the two builds differ.
#
#   bench/kill.sh [--rounds N] [--max-delay SECONDS]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
rounds=30
max_delay=2.0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --max-delay) max_delay=$2; shift 2 ;;
    *) echo "usage: bench/kill.sh [--rounds N] [--max-delay SECONDS]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /dev/shm/eventref-kill.XXXXXX)
trap 'rm -rf "$work"' EXIT
./eventref --version >/dev/null
cp -r content "$work/content"
site="$work/site"
# hash SITE: one hash of every file's path and bytes (what a reader of the site sees).
hash() { (cd "$1/" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1); }
build() { ./eventref build --no-cache --content "$work/content" --out "$site" >/dev/null 2>&1; }

build
old=$(hash "$site")
mixed=0; olds=0; news=0
for round in $(seq "$rounds"); do
  python3 bench/edit-description.py "$work/content" "$round"
  cp -r "$work/content" "$work/expected-content"
  ./eventref build --no-cache --content "$work/expected-content" --out "$work/expected" >/dev/null 2>&1
  new=$(hash "$work/expected")
  rm -rf "$work/expected" "$work/.expected-builds" "$work/expected-content"
  ./eventref build --no-cache --content "$work/content" --out "$site" >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c "import random; print(random.uniform(0, $max_delay))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  now=$(hash "$site")
  if [ "$now" = "$old" ]; then olds=$((olds + 1)); elif [ "$now" = "$new" ]; then news=$((news + 1));
  else mixed=$((mixed + 1)); echo "round $round: the site is neither the old build nor the new one" >&2; fi
  build || { echo "round $round: the build after the kill failed" >&2; exit 1; }
  [ "$(hash "$site")" = "$new" ] || { echo "round $round: the build after the kill is not the new site" >&2; exit 1; }
  leftovers=$(find "$work/.site-builds" -mindepth 1 -maxdepth 1 | wc -l)
  [ "$leftovers" -le 3 ] || { echo "round $round: $leftovers entries in .site-builds" >&2; exit 1; }
  old=$new
done
echo "$rounds kills: $olds left the old site, $news the new one, $mixed a mix"
[ "$mixed" = 0 ]
