#!/usr/bin/env bash
# Parser throughput (issue 2): the sample report repeated to 50 KB and 5 MB, read and parsed, against a UTF-8
# decode + sentence split of the same file in the same run. Prints BenchmarkDotNet's table, then MB/s and ratios.
# Extra arguments go to BenchmarkDotNet (e.g. --job short for a quick look).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll --filter '*ParseThroughput*' --artifacts "$root/artifacts/bench" "$@"
