#!/usr/bin/env bash
# Throughput of check-events' engine: bench/check-events.sh [LINES] [--gzip] [--keep FILE]
# Generates LINES exported lines (default 1,000,000) of the newest release, checks them five times
# on one thread and prints lines/s. --keep FILE keeps the generated file (for the CLI or Ajv).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
(cd "$root" && mvn -q -B -DskipTests -pl generator -am test-compile package >&2)
cp="$root/generator/target/test-classes:$root/generator/target/classes:$(ls "$root"/generator/target/lib/*.jar | tr '\n' ':')"
exec java -Deventref.projectRoot="$root" -cp "$cp" io.eventref.check.CheckEventsBenchmark "$@"
