#!/usr/bin/env python3
"""Turns bench/run's measurements into bench/RESULTS.md.

usage: report.py RESULTS_TSV WORK_FOLDER LINES RUNS SIZES
"""
import os
import platform
import re
import statistics
import subprocess
import sys
from collections import OrderedDict

results_file, work, lines, runs, sizes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5].split()


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip() \
            or subprocess.run(args, capture_output=True, text=True, check=False).stderr.strip()
    except OSError:
        return "not found"


def first_line(text):
    return text.splitlines()[0] if text else ""


rows = OrderedDict()
with open(results_file) as tsv:
    for line in tsv:
        name, wall, cpu, rss = line.rstrip("\n").split("\t")
        rows.setdefault(name, []).append((float(wall), float(cpu), int(rss)))


def stats(name):
    samples = rows[name]
    walls = [s[0] for s in samples]
    return {
        "wall": statistics.median(walls), "min": min(walls), "max": max(walls),
        "cpu": statistics.median(s[1] for s in samples),
        "rss": statistics.median(s[2] for s in samples) / 1024,
        "n": len(samples),
    }


def read(name):
    path = os.path.join(work, name)
    return open(path).read() if os.path.exists(path) else ""


cpu_model = re.search(r"model name\s*:\s*(.*)", read("/proc/cpuinfo") or open("/proc/cpuinfo").read())
launcher = read(os.path.join(os.path.dirname(__file__), "..", "generator", "target", "launcher.env"))
java = re.search(r"java=(\S+)", launcher)
java_version = first_line(command(java.group(1) if java else "java", "-version"))

out = []
out.append("# Benchmark results\n")
out.append("Measured by `bench/run` (run it again to get today's figures: "
           f"`bench/run --runs {runs} --sizes \"{' '.join(sizes)}\" --lines {lines}`). Every number is the median "
           f"of the runs, with the min–max of the wall times; CPU is user + system time; RSS is the peak resident "
           "set size (`/usr/bin/time`). Output goes to tmpfs (`/dev/shm`) unless a row says otherwise. A *first "
           "build* starts with no site folder and no build cache (`--no-cache`); a *rebuild* has the site and the "
           "build cache of the previous build, and *after an edit* one event's description was changed before "
           "it (`bench/edit-description.py`).\n")
out.append("## Machine\n")
out.append(f"- CPU: {cpu_model.group(1) if cpu_model else platform.processor()}, {os.cpu_count()} cores")
mem = re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read())
out.append(f"- Memory: {int(mem.group(1)) // 1024 // 1024} GiB" if mem else "- Memory: unknown")
out.append(f"- OS: {platform.platform()}")
out.append(f"- eventref runs on: {java_version} (the launcher's choice, `generator/target/launcher.env`)")
out.append(f"- Hugo: {first_line(command('hugo', 'version'))}")
out.append(f"- Node.js: {command('node', '--version')}, Ajv {read('ajv-version') or '8 (bench/package.json)'}\n")

out.append("## Whole-process builds\n")
out.append("| What | Wall (median) | Wall min–max | CPU | Peak RSS |")
out.append("|---|---|---|---|---|")
for name in rows:
    if name.startswith(("eventref build", "hugo")):
        s = stats(name)
        out.append(f"| {name} | {s['wall']:.2f} s | {s['min']:.2f}–{s['max']:.2f} s | {s['cpu']:.2f} s | "
                   f"{s['rss']:.0f} MB |")
out.append("")
out.append("| Ratio | Value |")
out.append("|---|---|")
for n in sizes:
    hugo = f"hugo: {n} pages"
    for kind in ("first build", "rebuild with no change"):
        ours = f"eventref build: {n} events, {kind}"
        if ours in rows and hugo in rows:
            out.append(f"| eventref ({kind}) / Hugo, {n} events or pages | "
                       f"{stats(ours)['wall'] / stats(hugo)['wall']:.2f} |")
scaling = None
if len(sizes) >= 2 and all(f"eventref build: {n} events, first build" in rows for n in sizes[:2]):
    small, large = sizes[0], sizes[1]
    scaling = (stats(f"eventref build: {large} events, first build")["wall"]
               / stats(f"eventref build: {small} events, first build")["wall"])
    out.append(f"| eventref first builds, time({large}) / time({small}) | {scaling:.2f} |")
out.append("")

# The targets, each with the measurement it is judged on.
targets = []


def target(what, value, goal, met):
    targets.append(f"| {what} | {value} | {goal} | {'met' if met else '**not met**'} |")


for kind in ("first build", "rebuild after an edit", "rebuild with no change"):
    name = f"eventref build: real content, {kind}"
    if name in rows:
        wall = stats(name)["wall"]
        target(f"real content, everything, whole process: {kind}", f"{wall:.2f} s", "≤ 1.0 s", wall <= 1.0)
if "10000" in sizes and "eventref build: 10000 events, first build" in rows and "hugo: 10000 pages" in rows:
    ours, hugo = stats("eventref build: 10000 events, first build"), stats("hugo: 10000 pages")
    target("10,000 events: eventref / Hugo (first build)", f"{ours['wall'] / hugo['wall']:.2f}", "≤ 1.0",
           ours["wall"] <= hugo["wall"])
    target("10,000 events: peak RSS (first build)", f"{ours['rss']:.0f} MB", "≤ 600 MB", ours["rss"] <= 600)
if scaling is not None:
    target(f"time({sizes[1]}) / time({sizes[0]}), first builds", f"{scaling:.2f}", "≤ 10", scaling <= 10)
check = next((n for n in rows if n.startswith("check-events")), None)
ajv = next((n for n in rows if n.startswith("ajv")), None)
if check:
    rate = lines / stats(check)["wall"]
    target("check-events, lines per second on one core", f"{rate:,.0f}", "≥ 200,000", rate >= 200000)
    if ajv:
        target("check-events / Ajv throughput", f"{stats(ajv)['wall'] / stats(check)['wall']:.2f}×", "≥ 1",
               stats(check)["wall"] <= stats(ajv)["wall"])
if targets:
    out.append("## Targets\n")
    out.append("| Target | Measured (median) | Goal | |")
    out.append("|---|---|---|---|")
    out.extend(targets)
    out.append("")

out.append("## Phases of `eventref build --timings`\n")
out.append("Phases overlap: the schemas are made beside the pages, and `output` is the whole of rendering and "
           "writing.\n")
for label, name in [("real content, first build", "timings-real.txt"),
                    ("real content, rebuild after an edit", "timings-real-rebuild.txt")] \
        + [(f"{n} events, first build", f"timings-{n}.txt") for n in sizes]:
    text = read(name)
    if text:
        out.append(f"**{label}**\n")
        out.append("```")
        out.append(text.strip())
        out.append("```\n")

out.append("## check-events and Ajv\n")
out.append(f"{lines:,} generated lines of the newest release (one in 1,000 invalid), checked on one core "
           "(`taskset -c 0`), whole process (start-up and loading the schemas included). Ajv 2020 checks each "
           "line with its event's published schema.\n")
out.append("| What | Wall (median) | Lines/s | Peak RSS |")
out.append("|---|---|---|---|")
for name in rows:
    if name.startswith(("check-events", "ajv")):
        s = stats(name)
        out.append(f"| {name} | {s['wall']:.2f} s | {lines / s['wall']:,.0f} | {s['rss']:.0f} MB |")
check = next((n for n in rows if n.startswith("check-events")), None)
ajv = next((n for n in rows if n.startswith("ajv")), None)
if check and ajv:
    out.append(f"\ncheck-events / Ajv throughput: {stats(ajv)['wall'] / stats(check)['wall']:.2f}× "
               "(above 1: check-events is faster).\n")
engine = read("engine.txt")
if engine:
    out.append("The engine alone, in-process on one thread (`bench/check-events.sh`):\n")
    out.append("```")
    out.append(engine.strip())
    out.append("```\n")

jmh = read("jmh.txt")
if jmh:
    table = [line for line in jmh.splitlines() if line.startswith(("Benchmark ", "InnerLoops."))]
    out.append("## JMH: inner loops\n")
    out.append("`bench/jmh.sh` (one fork, 3 warm-up and 5 measured iterations of a second):\n")
    out.append("```")
    out.extend(table)
    out.append("```\n")

print("\n".join(out))
