#!/usr/bin/env python3
"""The captures of the conformance run, and what they do not reach.

    capture.py extract --out FILE LOG...
        Writes the JSON objects that Dovecot's event exporter logged (the text as Dovecot wrote
        it, one object a line) from the logs, in their order.
    capture.py report --project DIR --out FILE CAPTURE...
        Compares each capture with the documented events of the model (`eventref model`, as of
        the capture's release when the model has it) and writes the documented events that no
        capture reached, with the reason from unreached-reasons.tsv, to FILE and to stdout.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def extract(out, logs):
    lines, broken = [], 0
    for path in logs:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                start = line.find('{"event":')
                if start < 0:
                    continue
                text = line[start:].rstrip("\n")
                try:
                    value = json.loads(text)
                except ValueError:
                    broken += 1
                    continue
                if isinstance(value, dict) and "event" in value:
                    lines.append(text)
    if not lines:
        sys.exit(f"capture.py: no exported events in {', '.join(logs)}")
    if broken:
        print(f"capture.py: warning: {broken} exported lines were not valid JSON (cut off?)", file=sys.stderr)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, out)
    print(f"capture.py: {len(lines)} events, {len({json.loads(l)['event'] for l in lines})} distinct, in {out}",
          file=sys.stderr)


def model(project, release):
    """The model as of RELEASE when the model knows that release, else the newest."""
    launcher = os.path.join(project, "eventref")
    whole = json.loads(run([launcher, "model", "--format", "json"]))
    if release in whole["releases"]:
        return json.loads(run([launcher, "model", "--as-of", release, "--format", "json"])), release
    return whole, whole["releases"][-1]


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"capture.py: {' '.join(cmd)} failed: {p.stderr.strip()[-800:]}")
    return p.stdout


def reasons():
    """unreached-reasons.tsv: event name (or a prefix ending in *), series (2.3, 2.4 or *), reason."""
    out = []
    with open(os.path.join(HERE, "unreached-reasons.tsv"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3:
                    sys.exit(f"capture.py: unreached-reasons.tsv:{number}: expected 3 tab-separated columns")
                out.append(tuple(parts))
    return out


def reason_for(event, release, table):
    for name, series, reason in table:
        if series not in ("*", release) and not release.startswith(series + "."):
            continue
        if name == event or (name.endswith("*") and event.startswith(name[:-1])):
            return reason
    return "**No reason recorded: a gap of the workload.**"


def report(project, out, captures):
    table = reasons()
    text = ["# Documented events the conformance workload never reaches",
            "",
            "Written by `conformance/run` (`capture.py report`) from the captures and the model;"
            " the reasons come from `conformance/unreached-reasons.tsv`.",
            ""]
    for capture in captures:
        release = re.sub(r"\.jsonl$", "", os.path.basename(capture))
        with open(capture, encoding="utf-8") as f:
            seen = [json.loads(line) for line in f if line.strip()]
        names = {e["event"] for e in seen}
        m, as_of = model(project, release)
        # unique names: an event documented per process (imap_client_unhibernated) counts once
        documented = list(dict.fromkeys(e["name"] for e in m["events"]))
        missing = [n for n in documented if n not in names]
        undocumented = sorted(names - set(documented))
        text += [f"## Dovecot {release}", "",
                 f"Capture `conformance/captures/{os.path.basename(capture)}`: {len(seen)} lines, "
                 f"{len(names)} distinct events. The model as of {as_of} documents {len(documented)} events; "
                 f"{len(documented) - len(missing)} of them were observed, {len(missing)} never, and "
                 f"{len(undocumented)} observed events are not documented.", ""]
        if as_of != release:
            text += [f"The model has no release {release} yet: compared with {as_of}, its newest.", ""]
        text += ["| Event | Why the workload does not reach it |", "|---|---|"]
        text += [f"| `{n}` | {reason_for(n, release, table)} |" for n in missing]
        text += ["", "Observed but not documented: " + (", ".join(f"`{n}`" for n in undocumented) or "none") + ".", ""]
    body = "\n".join(text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(body)
    print(body)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--out", required=True)
    e.add_argument("logs", nargs="+")
    r = sub.add_parser("report")
    r.add_argument("--project", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("captures", nargs="+")
    args = ap.parse_args()
    if args.cmd == "extract":
        extract(args.out, args.logs)
    else:
        report(args.project, args.out, args.captures)


if __name__ == "__main__":
    main()
