#!/usr/bin/env bash
# Runs two benchmark methods alternately, one JMH fork each, and prints the ratio of each pair and
# the median ratio. On a machine shared with other work the load drifts during a run of several
# forks; when all forks of one method run before all forks of the other, the drift lands on one
# side only. Pairs of forks run back to back (in alternating order) meet the same load, so the
# median of their ratios says more than the ratio of two means taken minutes apart.
#
# Usage, from the project root after building the jar:
#   benchmarks/paired-runs.sh FIRST SECOND PAIRS [JMH OPTIONS...]
# e.g.
#   benchmarks/paired-runs.sh 'StatusEngineBenchmark.engine$' 'StatusEngineBenchmark.drools$' 6 \
#       -wi 2 -w 2s -i 4 -r 2s
# Each line gives the pair's two scores (mean of the fork's measured iterations) and FIRST/SECOND.
# Set JAR to use another copy of the jar (default benchmarks/target/benchmarks.jar), and SECOND_JAR
# to run SECOND from a different jar than FIRST: the same method of two builds of the code, e.g.
#   JAR=/tmp/before.jar SECOND_JAR=/tmp/after.jar benchmarks/paired-runs.sh \
#       'StatusEngineBenchmark.engine$' 'StatusEngineBenchmark.engine$' 6 -wi 3 -w 2s -i 4 -r 2s
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 FIRST SECOND PAIRS [JMH OPTIONS...]" >&2
  exit 2
fi
first="$1"
second="$2"
pairs="$3"
shift 3
case "$pairs" in
  '' | *[!0-9]* | 0)
    echo "$0: PAIRS must be a whole number of at least 1, got '$pairs'" >&2
    exit 2
    ;;
esac
first_jar="${JAR:-benchmarks/target/benchmarks.jar}"
second_jar="${SECOND_JAR:-$first_jar}"
for jar in "$first_jar" "$second_jar"; do
  if [ ! -f "$jar" ]; then
    echo "$0: no jar at $jar; build it with: mvn -q package -pl benchmarks -am -DskipTests" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The score of one fork of one method of a jar: JMH's CSV has a header line, then one line per
# method, the score in the fifth column.
score() {
  local jar="$1"
  local method="$2"
  shift 2
  java -jar "$jar" "$method" -f 1 "$@" -rf csv -rff "$work/result.csv" > "$work/log" 2>&1 || {
    echo "$0: the run of $method failed; its output:" >&2
    cat "$work/log" >&2
    exit 1
  }
  awk -F, 'NR == 2 { gsub(/"/, "", $5); print $5 }' "$work/result.csv"
}

: > "$work/ratios"
for ((i = 1; i <= pairs; i++)); do
  if ((i % 2 == 1)); then
    a="$(score "$first_jar" "$first" "$@")"
    b="$(score "$second_jar" "$second" "$@")"
  else
    b="$(score "$second_jar" "$second" "$@")"
    a="$(score "$first_jar" "$first" "$@")"
  fi
  ratio="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
  echo "$ratio" >> "$work/ratios"
  printf 'pair %d (%s): %s %.0f, %s %.0f, ratio %s; load average %s\n' "$i" "$(date -u +%H:%M:%S)" \
    "$first" "$a" "$second" "$b" "$ratio" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
sort -n "$work/ratios" | awk '{ r[NR] = $1 } END {
  m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
  printf "median ratio of %d pairs: %.2f (lowest %.2f, highest %.2f)\n", NR, m, r[1], r[NR]
}'
