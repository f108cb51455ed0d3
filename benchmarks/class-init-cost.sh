#!/usr/bin/env bash
# What the parser's classes cost at a cold start: each class's static initialiser (tables read
# from resources, regular expressions compiled) timed on its own, and the phases around it.
#
#   benchmarks/class-init-cost.sh [-n RUNS] [-s] [-l] [-c] [-j JAR] [RECORD]    (default: the seed, 10 runs)
#
# Lists the parser and model classes a real `undebate parse` of RECORD and of one Security
# Council record loads (-Xlog:class+load), then runs tools/StartupPhases.java in RUNS fresh JVMs
# (java options from JAVA_OPTS, such as -XX:TieredStopAtLevel=1): each listed class is
# initialised with Class.forName and timed, then the parser and the JSON writer are created and
# RECORD is parsed and written three times. Prints each phase's median in ms, costly first.
# Classes are initialised in the reverse of the order a real run loaded them, so that a class's
# time is roughly its own static initialiser: what it pulls in was mostly loaded after it, and is
# initialised before it. -l keeps the load order instead: each time is then what the first use of
# that class costs, with everything it pulls in.
# -s first dumps a class-data sharing archive of the probe (as ./undebate does for the command)
# and runs with it, so that what remains is the initialisers' own work, not class loading.
# -c times the CPU time of the probe's thread instead of wall time: steadier on a busy machine
# (the static initialisers all run on that thread; the JIT's threads are left out).
# -j JAR measures another build of the command line (its lib/ folder beside it), e.g. one of main.
# Needs the command line built (./undebate builds it) and bash.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
share=false
reverse=true
cpu=false
jar=cli/target/undebate-cli.jar
while getopts "n:slcj:" opt; do
  case $opt in
    c) cpu=true ;;
    j) jar=$OPTARG ;;
    l) reverse=false ;;
    n) runs=$OPTARG ;;
    s) share=true ;;
    *) sed -n '2,/^set /p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
record=${1:-../shared/seed/belarus-csto-statement.txt}
sc=${UNDEBATE_SC:-../shared/corpus/sc}/S_PV.8699_E.txt
[ -f "$jar" ] || { echo "build first: ./undebate --version" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -Xlog:class+load:file="$work/load.log" -jar "$jar" parse "$record" "$sc" >/dev/null 2>&1
sed -nE 's/^\[[^]]*\]\[info\]\[class,load\] (io\.github\.undebate\.(parser|core)\.[^ $]+(\$[A-Za-z0-9_]+)*) source: .*/\1/p' \
  "$work/load.log" | grep -vF "\$\$Lambda" | awk '!seen[$0]++' > "$work/classes.txt"
if $reverse; then
  tac "$work/classes.txt" > "$work/reversed.txt"
  mv "$work/reversed.txt" "$work/classes.txt"
fi
javac -d "$work/probe" benchmarks/tools/StartupPhases.java
# A jar, not a folder: class-data sharing archives classes from jars only.
jar cf "$work/probe.jar" -C "$work/probe" .

opts=${JAVA_OPTS:-}
if $cpu; then opts="$opts -Dphases.cpu=true"; fi
if $share; then
  java -XX:ArchiveClassesAtExit="$work/probe.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$work/probe.jar:$jar" StartupPhases "$record" "$work/classes.txt" 3 >/dev/null
  opts="$opts -XX:SharedArchiveFile=$work/probe.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
for (( i = 0; i < runs; i++ )); do
  # shellcheck disable=SC2086 # opts holds several options
  java $opts -cp "$work/probe.jar:$jar" StartupPhases "$record" "$work/classes.txt" 3 \
    >> "$work/phases.tsv"
done
echo "$runs runs, $(if $cpu; then echo "CPU time of the thread"; else echo "wall time"; fi) in ms; load average $(cut -d' ' -f1-3 /proc/loadavg); java options: $opts"
awk -F'\t' '{ n[$1]++; v[$1, n[$1]] = $2 }
  END {
    for (p in n) {
      m = n[p]; for (i = 1; i <= m; i++) a[i] = v[p, i]
      for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      med = m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
      printf "%.2f\t%s\n", med, p
    }
  }' "$work/phases.tsv" | sort -rn
