#!/usr/bin/env bash
# Moves the Beijing Multi-Site hourly files (UCI, CC BY 4.0; ../shared/data/air/beijing-multisite) forward in time by
# whole years, so that real data crosses 1 March 2026 (HJ 633—2026 / GB 3095—2026): the default shift of 12 years maps
# 2013-03-01 … 2017-02-28 onto 2025-03-01 … 2029-02-28 (leap years stay leap years, 2016 → 2028), and keeps only the
# columns Luoshi reads (year, month, day, hour, the six pollutants as published, station), values unchanged.
#   tools/air-beijing-shifted.sh OUT.csv [--years N] [--only-year Y]
# --only-year keeps one original year (before the shift): the test fixture
# tests/Luoshi.Indicators.Tests/Fixtures/air/beijing-2014-as-2026.csv.gz is `--only-year 2014 | gzip -9 -n`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# ../shared beside the clone (or beside the folder of worktrees).
src="${LUOSHI_BEIJING_DATA:-}"
for candidate in "$root/../shared" "$root/../../shared"; do
  [[ -n "$src" || ! -d "$candidate/data/air/beijing-multisite" ]] || src="$candidate/data/air/beijing-multisite"
done
[[ $# -ge 1 ]] || { echo "usage: tools/air-beijing-shifted.sh OUT.csv [--years N] [--only-year Y]" >&2; exit 2; }
out="$1"; shift
years=12; only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --years) years="$2"; shift 2 ;;
    --only-year) only="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
ls "$src"/PRSA_Data_*.csv > /dev/null 2>&1 || { echo "no Beijing files in ${src:-../shared/data/air/beijing-multisite} (set LUOSHI_BEIJING_DATA)" >&2; exit 2; }
{
  echo "year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station"
  for f in "$src"/PRSA_Data_*.csv; do
    # Columns: No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,DEWP,RAIN,wd,WSPM,station (no commas in cells).
    awk -F, -v shift="$years" -v only="$only" 'NR > 1 && (only == "" || $2 == only) {
      gsub(/"/, "", $18); printf "%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", $2 + shift, $3, $4, $5, $6, $7, $8, $9, $10, $11, $18 }' "$f"
  done
} > "$out"
echo "wrote $out: $(($(wc -l < "$out") - 1)) rows, shifted by $years years" >&2
