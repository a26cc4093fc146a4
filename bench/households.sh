#!/usr/bin/env bash
# Return-to-poverty register at province scale (issue 7): a seeded generator writes 20,000 villages (as units) and
# 2,000,000 households to temporary CSV files; each run imports them into a fresh SQLite file with
# Ledger.ImportHouseholdsAsync (goal < 60 s), then the warnings of every village by town and region and the bottom
# line bound to the region are re-aggregated (goal < 2 s). 3 runs each (or --runs N), Release build; prints each run,
# then medians, with the import's peak working set.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll households "$@"
