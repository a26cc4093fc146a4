#!/usr/bin/env bash
# The office-file speed goals (issue 6), as medians of several runs: the 台账 workbook of a 3,000-target plan with
# twelve monthly reports (goal < 3 s; the plain ledger read is printed beside it), and the import of a 5,000-row
# filled-in report template (goal < 3 s). Builds the web benchmark's ledger first when it is missing.
#   bench/office-files.sh [--db PATH] [--runs N]     default PATH: artifacts/bench/web-ledger.db, N: 5
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db="$root/artifacts/bench/web-ledger.db"
runs=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bench/office-files.sh [--db PATH] [--runs N]" >&2; exit 2 ;;
  esac
done
[[ -f "$db" ]] || "$root/bench/web-ledger.sh" --db "$db"
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
exec dotnet "$root/bench/Luoshi.Bench/bin/Release/net10.0/Luoshi.Bench.dll" office-files --db "$db" --runs "$runs"
