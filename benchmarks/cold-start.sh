#!/usr/bin/env bash
# Cold start of the command line as users run it, as multiples of a bare JVM start.
#
#   benchmarks/cold-start.sh [-n ROUNDS] [-l LAUNCHER] [-c 'LABEL=COMMAND']...
#
# Each round runs `java -version` and then every command once, in turn, so that all of them see
# the same load. The table gives each command's median wall time over the rounds and that median
# divided by the median of `java -version` (the "× java -version" the targets of issue 14 use),
# and the same for CPU time (user + system of the command's processes, from the shell's `times`),
# which a busy machine disturbs less. The load average is printed before and after; a run whose
# load changed much should be repeated.
#
# The default commands: `undebate --version`, `undebate parse` of the seed statement, and one
# `undebate parse` of the four Security Council records of ../shared/corpus/sc. -l names another
# launcher (default: ./undebate of this checkout, which must be built already; the first round
# is not counted, so a launcher that prepares anything on first use is measured warm). -c adds a
# command of your own (run with sh -c, output thrown away), e.g.
#   -c 'tier1=java -XX:TieredStopAtLevel=1 -jar cli/target/undebate-cli.jar parse FILE'
# and -C drops the default commands. Needs bash 5 (EPOCHREALTIME) and awk.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=20
launcher=./undebate
defaults=true
extra=()
while getopts "n:l:c:C" opt; do
  case $opt in
    n) rounds=$OPTARG ;;
    l) launcher=$OPTARG ;;
    c) extra+=("$OPTARG") ;;
    C) defaults=false ;;
    *) sed -n '2,/^set /p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
seed=${UNDEBATE_SEED:-../shared/seed/belarus-csto-statement.txt}
sc=${UNDEBATE_SC:-../shared/corpus/sc}

labels=("java -version")
commands=("java -version")
if $defaults; then
  if [ ! -f "$seed" ] || [ ! -d "$sc" ]; then echo "no $seed or $sc (see ../shared)" >&2; exit 1; fi
  labels+=("undebate --version" "undebate parse seed" "undebate parse sc (4 records)")
  commands+=("$launcher --version" "$launcher parse $seed" "$launcher parse $sc/*.txt")
fi
for e in ${extra[@]+"${extra[@]}"}; do
  labels+=("${e%%=*}")
  commands+=("${e#*=}")
done

# The CPU time (user + system) of all finished child processes so far, in microseconds: bash's
# `times`, run in this shell (a subshell would count only its own children).
children_cpu() {
  times > "$samples/times"
  cpu=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { x = $i; sub(/s$/, "", x); split(x, b, "m");
    s += b[1] * 60 + b[2] } printf "%d", s * 1e6 }' "$samples/times")
}

# Runs one command; sets wall and used to its wall time and CPU time in microseconds. A failing
# command stops the measurement.
run_once() {
  children_cpu
  local cpu_start=$cpu start=$EPOCHREALTIME
  if ! sh -c "$1" >/dev/null 2>"$samples/err"; then
    echo "failed: $1" >&2
    cat "$samples/err" >&2
    exit 1
  fi
  local end=$EPOCHREALTIME
  children_cpu
  wall=$(( ${end/./} - ${start/./} ))
  used=$(( cpu - cpu_start ))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)
samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT
for (( r = 0; r <= rounds; r++ )); do
  for i in "${!commands[@]}"; do
    run_once "${commands[$i]}"
    # Round 0 warms the page cache and lets a launcher prepare what it prepares on first use.
    if (( r > 0 )); then
      echo "$wall" >> "$samples/wall$i"
      echo "$used" >> "$samples/cpu$i"
    fi
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)

base=$(median < "$samples/wall0")
base_cpu=$(median < "$samples/cpu0")
echo "cold start, $rounds rounds, $(nproc) cores; load average before: $load_before, after: $load_after"
echo
echo "| command | median wall s | min – max | × java -version | median CPU s | × java -version |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!commands[@]}"; do
  m=$(median < "$samples/wall$i")
  lo=$(sort -n "$samples/wall$i" | head -1)
  hi=$(sort -n "$samples/wall$i" | tail -1)
  c=$(median < "$samples/cpu$i")
  awk -v l="${labels[$i]}" -v m="$m" -v lo="$lo" -v hi="$hi" -v b="$base" -v c="$c" -v bc="$base_cpu" \
    'BEGIN { printf "| %s | %.3f | %.3f – %.3f | %.1f | %.3f | %.1f |\n", l, m / 1e6, lo / 1e6, hi / 1e6,
      m / b, c / 1e6, c / bc }'
done
