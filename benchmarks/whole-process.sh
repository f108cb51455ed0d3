#!/usr/bin/env bash
# Whole-process throughput: the command line over the dev corpus copied COPIES times, JVM start,
# JIT warm-up and all, as a user parsing a corpus sees it.
#
#   benchmarks/whole-process.sh [-n ROUNDS] [-k COPIES] [-j JOBS] [-c 'LABEL=COMMAND']...
#
# Copies every record of ../shared/corpus (the folders the dev-corpus snapshot parses, and the
# seed; 7.4 MB) COPIES times (default 10) into benchmarks/target/corpus-xCOPIES, then runs
# `./undebate parse --quiet --jobs JOBS --format jsonl` over it (default 2 jobs; output thrown
# away) ROUNDS times (default 3). Prints the median wall time, MB/s (10^6 bytes of input per
# second of wall time), the CPU time, and the load average. -c measures other commands over the
# same folder instead (DIR in the command stands for it), e.g.
#   -c 'C1 only=java -XX:TieredStopAtLevel=1 -jar cli/target/undebate-cli.jar parse -q -j 2 -f jsonl DIR'
# The JIT's warm-up is the difference between -k 1 and -k 10 per copy. Needs bash 5.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3
copies=10
jobs=2
commands=()
while getopts "n:k:j:c:" opt; do
  case $opt in
    n) rounds=$OPTARG ;;
    k) copies=$OPTARG ;;
    j) jobs=$OPTARG ;;
    c) commands+=("$OPTARG") ;;
    *) sed -n '2,/^set /p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
corpus=${UNDEBATE_CORPUS:-../shared/corpus}
seed=${UNDEBATE_SEED:-../shared/seed/belarus-csto-statement.txt}
folder=benchmarks/target/corpus-x$copies
if [ ! -d "$folder" ]; then
  mkdir -p "$folder.tmp"
  for (( k = 1; k <= copies; k++ )); do
    for d in sc pv ga delivered delivered-2024 ungdc-sample website html; do
      mkdir -p "$folder.tmp/copy$k/$d"
      find "$corpus/$d" -maxdepth 1 -type f ! -name REFERENCE.tsv -exec cp {} "$folder.tmp/copy$k/$d/" \;
    done
    cp "$seed" "$folder.tmp/copy$k/"
  done
  mv "$folder.tmp" "$folder"
fi
bytes=$(find "$folder" -type f -exec cat {} + | wc -c)
files=$(find "$folder" -type f | wc -l)
if [ ${#commands[@]} -eq 0 ]; then
  commands=("undebate=./undebate parse --quiet --jobs $jobs --format jsonl DIR")
fi

samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT
children_cpu() {
  times > "$samples/times"
  cpu=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { x = $i; sub(/s$/, "", x); split(x, b, "m");
    s += b[1] * 60 + b[2] } printf "%d", s * 1e6 }' "$samples/times")
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "$files files, $bytes bytes in $folder; $rounds rounds, $(nproc) cores"
for (( r = 1; r <= rounds; r++ )); do
  for i in "${!commands[@]}"; do
    command=${commands[$i]#*=}
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)
    children_cpu
    cpu_start=$cpu
    start=$EPOCHREALTIME
    sh -c "${command//DIR/$folder}" >/dev/null
    end=$EPOCHREALTIME
    children_cpu
    echo $(( ${end/./} - ${start/./} )) >> "$samples/wall$i"
    echo $(( cpu - cpu_start )) >> "$samples/cpu$i"
    echo "$load" >> "$samples/load$i"
  done
done

echo
echo "| command | median wall s | MB/s | median CPU s | load average (1 min) at the starts |"
echo "|---|---:|---:|---:|---|"
for i in "${!commands[@]}"; do
  w=$(median < "$samples/wall$i")
  c=$(median < "$samples/cpu$i")
  awk -v l="${commands[$i]%%=*}" -v w="$w" -v c="$c" -v b="$bytes" -v loads="$(paste -sd' ' "$samples/load$i")" \
    'BEGIN { printf "| %s | %.2f | %.1f | %.2f | %s |\n", l, w / 1e6, b / w, c / 1e6, loads }'
done
