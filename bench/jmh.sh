#!/usr/bin/env bash
# JMH benchmarks of the inner loops (generator/src/test/java/io/eventref/bench/): bench/jmh.sh [JMH options]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
(cd "$root" && mvn -q -B -DskipTests -pl generator -am test-compile package >&2)
(cd "$root" && mvn -q -B -pl generator dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/generator/target/test-classpath.txt" >&2)
cp="$root/generator/target/test-classes:$root/generator/target/classes:$(cat "$root/generator/target/test-classpath.txt")"
# Defaults: one fork, 3 warm-up and 5 measured iterations of a second; arguments replace them.
if [ $# -eq 0 ]; then set -- -f 1 -wi 3 -w 1s -i 5 -r 1s io.eventref.bench; fi
exec java -Deventref.projectRoot="$root" -cp "$cp" org.openjdk.jmh.Main "$@"
