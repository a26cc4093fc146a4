#!/usr/bin/env bash
# The large ledger of the web speed goal (issue 4): one city (基准市) with 100 units (70 departments, 10 subdistricts,
# 20 towns), plans for 2023, 2024 and 2025 of 1,000 tasks and 3,000 targets each, twelve monthly reports per task and
# year (mostly approved, some submitted, some drafts, some never sent), stored in SQLite through the product's own
# importers. Seeded: the same --seed gives the same rows. Replaces the file; prints what it holds and how long it took.
#   bench/web-ledger.sh [--db PATH] [--seed N]     default PATH: artifacts/bench/web-ledger.db under the repository
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db="$root/artifacts/bench/web-ledger.db"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --seed) args+=(--seed "$2"); shift 2 ;;
    *) echo "usage: bench/web-ledger.sh [--db PATH] [--seed N]" >&2; exit 2 ;;
  esac
done
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
exec dotnet "$root/bench/Luoshi.Bench/bin/Release/net10.0/Luoshi.Bench.dll" web-ledger --db "$db" "${args[@]}"
