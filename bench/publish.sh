#!/usr/bin/env bash
# bench/publish.sh: what publishing costs now that each build is made in a folder of its own and
# switched in atomically (README, "Publishing and hosting"). Rebuilds of the real content (after
# an edit, and with no change) and of a synthetic reference (with no change), whole process, on
# tmpfs and on the work disk, with the phases publishing adds: hard-linking the unchanged files
# (inside `output`), `leftovers` (removing the build before last, on a thread of its own beside the
# build) and `switch` (renaming the link). With --baseline REF, the same rebuilds by eventref as
# built from git REF (say main, before this design), measured in the same run. Writes bench/PUBLISH.md.
#
#   bench/publish.sh [--runs N] [--events N] [--baseline REF]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=5
events=1000
baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --events) events=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    *) echo "usage: bench/publish.sh [--runs N] [--events N] [--baseline REF]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /dev/shm/eventref-publish.XXXXXX)
disk=$(mktemp -d "$root/bench/.disk.XXXXXX")
trap 'rm -rf "$work" "$disk"' EXIT
results="$work/results.tsv"
: > "$results"
say() { printf '%s\n' "$*" >&2; }

say "building eventref (launcher jar and start-up cache)"
./eventref --version >/dev/null
tools=("current:$root/eventref")
if [ -n "$baseline" ]; then
  say "building eventref from $baseline"
  mkdir -p "$disk/baseline"
  git archive "$baseline" | tar -x -C "$disk/baseline"
  "$disk/baseline/eventref" --version >/dev/null
  tools+=("$baseline:$disk/baseline/eventref")
fi

# rebuilds NAME RUNS TOOL CONTENT SITE [EDIT]: RUNS timed rebuilds, after one untimed build.
rebuilds() {
  local name=$1 n=$2 tool=$3 content=$4 site=$5 edit=${6:-} run
  "$tool" build --cache "$site.cache" --content "$content" --out "$site" >/dev/null
  for run in $(seq "$n"); do
    if [ -n "$edit" ]; then python3 bench/edit-description.py "$content" "$run"; fi
    /usr/bin/time -f "%e %M" -o "$work/time" "$tool" build --cache "$site.cache" --content "$content" \
      --out "$site" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    read -r wall rss < <(tail -n 1 "$work/time")
    printf '%s\t%s\t%s\n' "$name" "$wall" "$rss" >> "$results"
  done
}

./eventref synthesize --events "$events" --seed 1 --out "$work/content-$events" >/dev/null
for entry in "${tools[@]}"; do
  label=${entry%%:*}
  tool=${entry#*:}
  for place in "$work" "$disk"; do
    where=$([ "$place" = "$work" ] && echo tmpfs || echo "work disk")
    rm -rf "$place/content-real"
    cp -r content "$place/content-real"
    say "$label: real content on $where"
    rebuilds "$label: real content, rebuild after an edit, $where" "$runs" "$tool" "$place/content-real" \
      "$place/site-$label-real" edit
    rebuilds "$label: real content, rebuild with no change, $where" "$runs" "$tool" "$place/content-real" \
      "$place/site-$label-real"
  done
  say "$label: $events events on tmpfs"
  rebuilds "$label: $events events, rebuild with no change, tmpfs" "$runs" "$tool" "$work/content-$events" \
    "$work/site-$label-$events"
done

say "phases of the current eventref"
python3 bench/edit-description.py "$work/content-real" 99
./eventref build --timings --cache "$work/site-current-real.cache" --content "$work/content-real" \
  --out "$work/site-current-real" > "$work/phases-real.txt"
./eventref build --timings --cache "$work/site-current-$events.cache" --content "$work/content-$events" \
  --out "$work/site-current-$events" > "$work/phases-$events.txt"

python3 - "$results" "$work/phases-real.txt" "$work/phases-$events.txt" "$events" "$runs" > bench/PUBLISH.md <<'EOF'
import statistics, subprocess, sys
results, phases_real, phases_big, events, runs = sys.argv[1:]
rows = {}
for line in open(results):
    name, wall, rss = line.rstrip("\n").split("\t")
    rows.setdefault(name, []).append((float(wall), int(rss)))
print("# Publishing: what the atomic switch costs\n")
print("Measured by `bench/publish.sh` (median of %s runs; whole process, launcher included). A *rebuild* has the"
      " site and build cache of the previous build; *after an edit* one event's description changed before it."
      " `current` is this tree; another label is eventref built from that git ref, in the same run.\n" % runs)
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                     text=True).stdout.strip()
print("Machine: %s, %s cores.\n" % (cpu, subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()))
print("| What | Wall (median) | min–max | Peak RSS |")
print("|---|---|---|---|")
for name, values in rows.items():
    walls = [w for w, _ in values]
    print("| %s | %.2f s | %.2f–%.2f s | %d MB |" % (name, statistics.median(walls), min(walls), max(walls),
                                                   statistics.median([r for _, r in values]) // 1024))
for title, path in (("real content, rebuild after an edit", phases_real), (events + " events, rebuild with no change", phases_big)):
    print("\n**Phases, %s (tmpfs)**: `output` includes linking the unchanged files; `leftovers` ran beside the"
          " build; `switch` is the rename of the link.\n" % title)
    print("```")
    print(open(path).read().rstrip())
    print("```")
EOF
cat bench/PUBLISH.md
