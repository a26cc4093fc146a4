#!/usr/bin/env bash
# Ledger evaluation (issue 3): a generated province (120 plans × 300 targets × 12 months) evaluated as of
# 2022-09-15 by TargetEvaluator in memory and by Ledger.EvaluateAsync from SQLite, against the same rules as one SQL
# query on the same database (the baseline: the Ratio column is C# time ÷ SQL time). The setup stops the run unless
# all three give every target the same status. The database is built once per run in the temporary directory.
# Extra arguments go to BenchmarkDotNet (e.g. --job short for a quick look).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
rm -f "${TMPDIR:-/tmp}"/luoshi-bench-province-*.db "${TMPDIR:-/tmp}"/luoshi-bench-province-*.db-wal "${TMPDIR:-/tmp}"/luoshi-bench-province-*.db-shm
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll --filter '*LedgerEvaluation*' --artifacts "$root/artifacts/bench" "$@"
