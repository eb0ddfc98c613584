#!/usr/bin/env python3
"""Edits one event's description in a copy of the content, as a maintainer would between builds.

usage: edit-description.py CONTENT_FOLDER RUN

Rewrites the first paragraph under the first `## Event:` heading of core.md so that it ends with
"(revision RUN)": each run's edit differs from the last, so every rebuild has a real change.
"""
import pathlib
import re
import sys


def edit(folder, run):
    """Makes the edit; returns the name of the event whose description changed."""
    path = pathlib.Path(folder) / "core.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    heading = next(i for i, line in enumerate(lines) if line.startswith("## Event:") or line.startswith("### Event:"))
    directive = re.compile(r"^[A-Z][A-Za-z ]*:\s")  # Inherits from:, Process:, ...
    paragraph = next(i for i in range(heading + 1, len(lines))
                     if lines[i].strip() and not lines[i].startswith(("|", "#", ">", "-", "*"))
                     and not directive.match(lines[i]))
    lines[paragraph] = re.sub(r" \(revision \d+\)$", "", lines[paragraph]) + f" (revision {run})"
    path.write_text("\n".join(lines), encoding="utf-8")
    return lines[heading].split("Event:", 1)[1].strip()


if __name__ == "__main__":
    edit(sys.argv[1], sys.argv[2])
