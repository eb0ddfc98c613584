#!/usr/bin/env python3
"""Writes a Hugo site of N plain Markdown pages shaped like eventref's event pages.

usage: hugo-site.py N FOLDER
"""
import os
import sys

count, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(f"{folder}/content/events", exist_ok=True)
os.makedirs(f"{folder}/layouts/_default", exist_ok=True)
with open(f"{folder}/hugo.toml", "w") as config:
    config.write('baseURL = "/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
        '<body><main>{{ .Content }}</main></body></html>\n')
listing = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
           '<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'
           '</body></html>\n')
with open(f"{folder}/layouts/_default/single.html", "w") as out:
    out.write(page)
with open(f"{folder}/layouts/_default/list.html", "w") as out:
    out.write(listing)
rows = "\n".join(f"| `f_{j}` | string | | Field {j} of the item, with `code`. |" for j in range(20))
for i in range(count):
    with open(f"{folder}/content/events/e{i}.md", "w") as out:
        out.write(f'---\ntitle: "event_{i}"\n---\n# event_{i}\n\n'
                  f"Emitted when the synthetic operation {i} happens. It helps to *measure* how the build "
                  f"grows with the reference.\n\n| Field | Type | Values | Description |\n|---|---|---|---|\n"
                  f"{rows}\n")
