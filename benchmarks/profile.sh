#!/usr/bin/env sh
# Profiles benchmarks with Flight Recorder and says which undebate methods take the time.
#   benchmarks/profile.sh 'PlainTextParsing.parse' -p record=sc/S_PV.8699_E.txt
# Arguments go to JMH; recordings land in benchmarks/target/jfr/<benchmark>/profile.jfr.
set -eu
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
dir=benchmarks/target/jfr
[ -f "$jar" ] || { echo "build first: ./mvnw -q -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
java -jar "$jar" -prof "jfr:dir=$dir" "$@"
find "$dir" -name '*.jfr' -newer "$jar" | sort | while read -r recording; do
  echo
  echo "## $recording"
  java -cp "$jar" io.github.undebate.benchmarks.HotMethods "$recording" 15
done
