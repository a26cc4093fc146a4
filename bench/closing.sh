#!/usr/bin/env bash
# Year-end closing (issue 20): the generated province (120 plans × 300 targets) closed — every plan's year-end
# account read and its three documents written (report .docx, closing and ranking workbooks) — against the plain plan
# reading of the same plans as the peer, alternately in one process; medians and the ratio. Goal: < 10 s.
# Usage: bench/closing.sh [--rounds N]   (default 5; the province database is built once in the temporary directory)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
cd "$root/bench/Luoshi.Bench"
exec dotnet bin/Release/net10.0/Luoshi.Bench.dll closing "$@"
