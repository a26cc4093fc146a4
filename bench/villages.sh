#!/usr/bin/env bash
# Village registers (issue 7): a seeded province of 20,000 villages in 1,000 towns (--villages N, --towns N, --seed N)
# imported from CSV into a fresh SQLite file per run (units, villages, standard, assessments, sewage, income, each
# timed), then the full re-aggregation timed: the summary of every town and the region, and the evaluation of a plan
# whose five targets are bound to the village indicators. 3 runs (or --runs N), medians. Release build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll villages "$@"
