#!/usr/bin/env bash
# Air AQI end to end (issues 5 and 16): 50 stations × 10 years of hourly rows, 2021–2030 so that they cross 1 March 2026
# (about 4.4 million, seeded, written once to artifacts/bench/ and reused) from CSV to the daily AQI of every station-day
# (with validity; HJ 633-2012 before 2026-03-01, HJ 633-2026 from then) and the yearly share of good days per station. Luoshi (the product's streamed reader and daily rules) and DuckDB (the same computation in
# SQL over read_csv, through DuckDB.NET) each run as a process of their own, alternately, N times (default 3); each
# run is timed from process start to result file with /usr/bin/time (wall time, peak RSS). Then Luoshi on the first
# quarter of the file (memory must not follow the file's size), and the two outputs compared station-day by
# station-day. Prints every run, the medians and the ratio.
#   bench/air-aqi.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bench/air-aqi.sh [--runs N]" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "bench/air-aqi.sh needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

dotnet build "$root/bench/Luoshi.AirBench/Luoshi.AirBench.csproj" -c Release --nologo -v quiet
bench=(dotnet "$root/bench/Luoshi.AirBench/bin/Release/net10.0/Luoshi.AirBench.dll")
dir="$root/artifacts/bench"
out="$dir/air-aqi"
mkdir -p "$out"
data="$dir/air-hourly-50x10-2021.csv"
quarter="$dir/air-hourly-50x10-2021-quarter.csv"
if [[ ! -f "$data" ]]; then
  "${bench[@]}" data "$data" --stations 50 --years 10 --seed 5 --from 2021-01-01
fi
rows=$(($(wc -l < "$data") - 1))
if [[ ! -f "$quarter" || "$quarter" -ot "$data" ]]; then
  head -n $((rows / 4 + 1)) "$data" > "$quarter"
fi

# One timed run: prints "wall_seconds peak_kb cpu_seconds" (cpu = user + system, all threads).
timed() {
  local stats="$out/time.txt"
  /usr/bin/time -f "%e %M %U %S" -o "$stats" "$@" > /dev/null
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$stats"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "input: $data ($(du -m "$data" | cut -f1) MB, $rows rows); quarter: $((rows / 4)) rows"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version), DuckDB $("${bench[@]}" duckdb-version)"
: > "$out/luoshi.txt"; : > "$out/duckdb.txt"; : > "$out/quarter.txt"
for ((i = 1; i <= runs; i++)); do
  l=$(timed "${bench[@]}" luoshi "$data" "$out/luoshi-days.csv" "$out/luoshi-years.csv")
  d=$(timed "${bench[@]}" duckdb "$data" "$out/duckdb-days.csv" "$out/duckdb-years.csv")
  q=$(timed "${bench[@]}" luoshi "$quarter" "$out/quarter-days.csv" "$out/quarter-years.csv")
  echo "$l" >> "$out/luoshi.txt"; echo "$d" >> "$out/duckdb.txt"; echo "$q" >> "$out/quarter.txt"
  show() { awk '{ printf "%s s (cpu %s s) %d MB", $1, $3, $2 / 1024 }' <<< "$1"; }
  echo "run $i: luoshi $(show "$l") | duckdb $(show "$d") | luoshi on 1/4 $(show "$q")"
done

"${bench[@]}" compare "$out/luoshi-days.csv" "$out/duckdb-days.csv" "$out/luoshi-years.csv" "$out/duckdb-years.csv" || agreement=failed

col() { cut -d' ' -f"$2" "$out/$1.txt" | median; }
dt=$(col duckdb 1); dm=$(col duckdb 2); dc=$(col duckdb 3)
echo
echo "medians of $runs runs (process start to result files):"
printf '| %-50s | %8s | %13s | %8s | %9s | %12s |\n' "" "wall" "wall ÷ DuckDB" "CPU" "peak RSS" "RSS ÷ DuckDB"
printf '| %-50s | %8s | %13s | %8s | %9s | %12s |\n' "---" "---:" "---:" "---:" "---:" "---:"
row() { awk -v n="$1" -v t="$(col "$2" 1)" -v m="$(col "$2" 2)" -v c="$(col "$2" 3)" -v dt="$dt" -v dm="$dm" \
  'BEGIN { printf "| %-50s | %6.2f s | %13.2f | %6.2f s | %6.0f MB | %12.2f |\n", n, t, t / dt, c, m / 1024, m / dm }'; }
row "DuckDB $("${bench[@]}" duckdb-version): read_csv + SQL, all rows" duckdb
row "Luoshi: StationDayReader + StationDay, all rows" luoshi
row "Luoshi: the first quarter of the rows" quarter
[[ "${agreement:-}" != failed ]] || { echo "the two outputs disagree (see above)" >&2; exit 1; }
