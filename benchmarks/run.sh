#!/usr/bin/env sh
# Runs every benchmark with the gc profiler and prints the results tables.
#   ./mvnw -q -B -pl benchmarks -am package -DskipTests && benchmarks/run.sh
# Extra arguments go to JMH, e.g. `benchmarks/run.sh -f 3 -i 10` for the reported run, or a
# benchmark name pattern to run only some: `benchmarks/run.sh PlainTextParsing`.
set -eu
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
result=benchmarks/target/jmh-result.json
[ -f "$jar" ] || { echo "build first: ./mvnw -q -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
echo "load before: $(uptime)"
java -jar "$jar" -prof gc -prof comp -rf json -rff "$result" "$@"
echo "load after: $(uptime)"
java -cp "$jar" io.github.undebate.benchmarks.Report "$result"
