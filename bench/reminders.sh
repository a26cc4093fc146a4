#!/usr/bin/env bash
# Issue 18's speed goal: 10,000 due reminders across 500 units planned and delivered to a local HTTP receiver by two
# instances at once on one PostgreSQL database, each exactly once (bench/README.md). Each run gets a fresh database on
# the server of tools/test-postgres.sh (started if needed), dropped after.
#   bench/reminders.sh [--units N] [--tasks-per-unit N] [--runs N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
postgres=${LUOSHI_TEST_POSTGRES:-$("$root/tools/test-postgres.sh" start)}
dotnet build "$root/bench/Luoshi.Bench/Luoshi.Bench.csproj" -c Release --nologo -v quiet
exec dotnet "$root/bench/Luoshi.Bench/bin/Release/net10.0/Luoshi.Bench.dll" reminders --postgres "$postgres" "$@"
