#!/usr/bin/env bash
# Whole-process wall time of `noblame lint` against alex 11 (npx --yes alex@11) on the same
# generated postmortem files, side by side. Prints each run, the median and the throughput.
#
# usage (from the repository root, after `mvn -B -DskipTests package`):
#   benchmarks/lint-vs-alex.sh [FILES] [BYTES_EACH] [RUNS]     defaults: 20 files x 51200 bytes (1 MiB), 3 runs
#
# Both tools get the same file list in one process. alex is fetched once before timing so the
# npm download is not counted. Exit codes of the tools are ignored (both exit non-zero on findings).
set -euo pipefail
cd "$(dirname "$0")/.."

files=${1:-20}
bytes=${2:-51200}
runs=${3:-3}
jar=server/target/noblame.jar
bench=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" || ! -f "$bench" ]]; then
  echo "lint-vs-alex: build first: mvn -B -DskipTests package" >&2
  exit 2
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
java -cp "$bench" dev.noblame.bench.writing.PostmortemCorpus "$dir" "$files" "$bytes"
mapfile -t inputs < <(ls "$dir"/*.md)
total=$((files * bytes))

echo "fetching alex 11 (not timed)..."
npx --yes alex@11 --version >/dev/null

# wall seconds of one whole-process run
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

printf '\n%d files, %d bytes in total, %d runs each\n' "$files" "$total" "$runs"
printf '%-28s %-30s %10s %10s\n' "tool" "runs (s)" "median s" "MB/s"
for tool in noblame alex; do
  times=()
  for ((i = 0; i < runs; i++)); do
    if [[ $tool == noblame ]]; then
      times+=("$(seconds java -jar "$jar" lint --format json "${inputs[@]}")")
    else
      times+=("$(seconds npx --yes alex@11 "${inputs[@]}")")
    fi
  done
  med=$(median "${times[@]}")
  label=$([[ $tool == noblame ]] && echo "noblame lint (java -jar)" || echo "alex 11 (npx)")
  printf '%-28s %-30s %10s %10s\n' "$label" "${times[*]}" "$med" "$(awk -v b="$total" -v s="$med" 'BEGIN { printf "%.2f", b / 1e6 / s }')"
done
