#!/usr/bin/env python3
"""bench/serve.py: how soon `eventref serve` serves a page after its Markdown is saved.

usage: bench/serve.py [--edits N] [--warmup N] [--out FILE] [--log FILE]

Serves a copy of content/ (on tmpfs when there is one) with `./eventref serve --port 0`, opens the
page of the first event of core.md as a browser does (the page, then its server-sent events), and
saves one-event edits to core.md, one after the other:

- description: the event's description gets "(revision N)" (bench/edit-description.py), the edit a
  maintainer makes most; what the diff reports read does not change;
- lifecycle: a "Changed in version 2.4.0: revision N." line under the event, which changes what the
  diff reports read, so every report is made again.

For each edit it measures, from just before the file is written:
- served: until the server told the page to reload and the page it then served has the edit;
- settled: until the server said the whole site is built (every page, schema, report and zip).
It also reports the server's own share of "served" (from the start of its rebuild, after the save
was seen and the folder stayed quiet, until the open page was served), as the server prints it,
and the CPU time the server used meanwhile (all its threads, JIT and GC included; 10 ms steps),
which a machine shared with other work does not stretch as it stretches wall time.
The first --warmup edits of each kind warm the JVM up and are left out. Writes the medians (and
the extremes) to FILE (default bench/SERVE.md) and prints it.
"""
import argparse
import http.client
import importlib.util
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_MS = 100


def load_edit_description():
    spec = importlib.util.spec_from_file_location("edit_description", ROOT / "bench" / "edit-description.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.edit


edit_description = load_edit_description()


def edit_lifecycle(folder, run):
    """Adds (or rewrites) a change note under the first event of core.md; returns the marker text."""
    path = pathlib.Path(folder) / "core.md"
    text = path.read_text(encoding="utf-8")
    note = f"Changed in version 2.4.0: revision {run}."
    if re.search(r"^Changed in version 2\.4\.0: revision \d+\.$", text, re.M):
        text = re.sub(r"^Changed in version 2\.4\.0: revision \d+\.$", note, text, count=1, flags=re.M)
    else:
        lines = text.split("\n")
        heading = next(i for i, line in enumerate(lines) if re.match(r"^#+ Event:", line))
        end = next(i for i in range(heading + 1, len(lines)) if re.match(r"^#+ ", lines[i]))
        lines[end:end] = [note, ""]
        text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return f"revision {run}"


def first_event(folder):
    """The name of the first event of core.md, whose page the edits change."""
    text = (pathlib.Path(folder) / "core.md").read_text(encoding="utf-8")
    return re.search(r"^#+ Event: *(\S+)", text, re.M).group(1)


class Events:
    """The server-sent events of one open page."""

    def __init__(self, port, page, build):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.connection.request("GET", f"/__eventref/events?page={page}&build={build}")
        self.response = self.connection.getresponse()
        if self.response.status != 200:
            raise SystemExit(f"events: HTTP {self.response.status}")

    def next(self):
        """The next event as (type, data)."""
        kind, data = None, None
        while True:
            line = self.response.fp.readline().decode("utf-8")
            if line == "":
                raise SystemExit("the server closed the events")
            line = line.rstrip("\n")
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and kind is not None:
                return kind, data

    def until(self, kind):
        while True:
            got, data = self.next()
            if got == kind:
                return data

    def close(self):
        self.connection.close()


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", "/" + path)
    response = connection.getresponse()
    body = response.read().decode("utf-8")
    connection.close()
    return response.status, body


def build_of(page):
    return int(re.search(r'data-build="(\d+)"', page).group(1))


def cpu_ms(pid):
    """The CPU time (user + system, every thread) the process used so far, in ms (10 ms steps)."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure(port, pid, page, edit, run):
    """One edit: ms until the new page was served, server CPU ms meanwhile, ms until the site was built whole."""
    status, body = get(port, page)
    events = Events(port, page, build_of(body))
    try:
        events.until("problems")
        cpu = cpu_ms(pid)
        start = time.perf_counter()
        marker = edit(run)
        reload = events.until("reload")
        status, body = get(port, page)
        served = time.perf_counter()
        cpu = cpu_ms(pid) - cpu
        if status != 200 or marker not in body:
            raise SystemExit(f"run {run}: the page served after the reload lacks {marker!r}")
        while True:
            built = events.until("built")
            if built["build"] >= reload["build"]:
                break
        settled = time.perf_counter()
        return (served - start) * 1000, cpu, (settled - start) * 1000
    finally:
        events.close()


def summary(values):
    return (f"{statistics.median(values):.0f} ms (min {min(values):.0f}, max {max(values):.0f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench" / "SERVE.md"))
    parser.add_argument("--log", help="where to write what the server prints after it started (with --timings)")
    args = parser.parse_args()

    base = "/dev/shm" if os.path.isdir("/dev/shm") else None
    work = pathlib.Path(tempfile.mkdtemp(prefix="eventref-serve-bench.", dir=base))
    content = work / "content"
    shutil.copytree(ROOT / "content", content)
    # SIGINT as Ctrl-C sends it; a shell that runs this in the background has it ignored: restore it.
    # The captures of conformance/, which a maintainer's `./eventref serve` reads beside content/.
    server = subprocess.Popen([str(ROOT / "eventref"), "serve", "--port", "0", "--content", str(content),
                               "--conformance", str(ROOT / "conformance")]
                              + (["--timings"] if args.log else []),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        started = time.perf_counter()
        port = None
        for line in server.stdout:
            print("serve: " + line.rstrip(), file=sys.stderr)
            found = re.match(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            raise SystemExit("eventref serve did not start")
        first_build = time.perf_counter() - started
        # The server keeps printing (a line per build): read it, so that it never waits on a full pipe.
        log = open(args.log, "w", encoding="utf-8") if args.log else None
        rebuilds = []  # per rebuild, as the server says: ms from its start until the open page was served

        def read_server():
            for line in server.stdout:
                if log:
                    log.write(line)
                    log.flush()
                found = re.match(r"rebuilt in \d+ ms: .*the open page was served after (\d+) ms", line)
                if found:
                    rebuilds.append(int(found.group(1)))

        threading.Thread(target=read_server, daemon=True).start()
        load_before = os.getloadavg()
        results = {}
        name = first_event(content)
        page = f"events/{name}.html"
        edits = {"description": lambda n: (edit_description(content, n), f"(revision {n})")[1],
                 "lifecycle": lambda n: edit_lifecycle(content, n)}
        for kind, edit in edits.items():
            times = []
            for run in range(args.warmup + args.edits):
                served, cpu, settled = measure(port, server.pid, page, edit, run + 1)
                print(f"{kind} edit {run + 1}: served after {served:.0f} ms ({cpu:.0f} ms of CPU),"
                      f" settled after {settled:.0f} ms", file=sys.stderr)
                if run >= args.warmup:
                    times.append((served, cpu, settled))
                time.sleep(0.3)
            results[kind] = times
            time.sleep(0.5)  # the last rebuild's line
        load_after = os.getloadavg()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))  # fails if eventref serve left the port taken

    java = subprocess.run(["bash", "-c", f". {ROOT}/generator/target/launcher.env && \"$java\" -version 2>&1 | head -n 1"],
                          capture_output=True, text=True).stdout.strip()
    served = [s for s, _, _ in results["description"]]
    lines = [
        "# eventref serve: from a save to the new page served",
        "",
        f"`bench/serve.py --edits {args.edits} --warmup {args.warmup}` on the real content (a copy on tmpfs),",
        f"{os.cpu_count()} cores, load average {load_before[0]:.1f} before and {load_after[0]:.1f} after, {java}.",
        f"The first build (start-up included) took {first_build:.1f} s. Medians of {args.edits} one-event edits each,",
        f"after {args.warmup} to warm the JVM up:",
        "",
        "| Edit | Save → new page served | of which the server's build until then | server CPU time meanwhile"
        " | Save → whole site built |",
        "|---|---|---|---|---|",
    ]
    runs = args.warmup + args.edits
    for index, (kind, times) in enumerate(results.items()):
        # One rebuild per edit, in order, unless a build was given up for the next change.
        own = rebuilds[index * runs + args.warmup:(index + 1) * runs] if len(rebuilds) == 2 * runs else []
        lines.append(f"| {kind} | {summary([s for s, _, _ in times])} | {summary(own) if own else 'n/a'} "
                     f"| {summary([c for _, c, _ in times])} | {summary([t for _, _, t in times])} |")
    met = statistics.median(served) <= TARGET_MS
    lines += ["", f"Target: at most {TARGET_MS} ms from save to the new page served for a one-event edit "
              f"(description): {'met' if met else 'not met'} ({statistics.median(served):.0f} ms).", ""]
    pathlib.Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
