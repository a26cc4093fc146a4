#!/usr/bin/env bash
# Progress import (issue 3): 100,000 and 1,000,000 generated progress rows imported from CSV into fresh SQLite
# databases by Ledger.ImportProgressAsync, 3 runs each (or --runs N), timed with a stopwatch (an import changes the
# database, so BenchmarkDotNet's repeated iterations do not fit). Prints each run, then medians of time, rows/s and
# memory (live heap before and after, peak heap, peak working set) for both sizes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll ledger-import "$@"
