#!/usr/bin/env bash
# Web overview under load (issue 4): the large generated ledger (bench/web-ledger.sh: 100 units, 3 plans of 3,000
# targets, 3 years of monthly reports) served by `luoshi serve` on SQLite, then wrk (Debian's package, installed when
# missing) at 50 connections for --duration seconds against, in turn, the trivial endpoint /healthz, the overview API
# and the overview page, --runs rounds (default 3). Every request carries a leader's API token, so the overview is
# authenticated and authorised exactly as in use. Prints each run and the medians of p50/p99 latency and requests/s,
# errors, and p99 of each overview divided by p99 of /healthz measured in the same rounds.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3 duration=15 connections=50 port=5099 asof=2025-10-10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "usage: bench/web-overview.sh [--runs N] [--duration SECONDS] [--connections N]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

work="$root/artifacts/bench/web-overview"
mkdir -p "$work"
ledger="$root/artifacts/bench/web-ledger.db"
[ -f "$ledger" ] || "$root/bench/web-ledger.sh" --db "$ledger"
# The server writes (sign-ins, tokens) into its own copy, so the generated file stays as built.
db="$work/ledger.db"
cp "$ledger" "$db"
rm -f "$db-wal" "$db-shm"
"$root/luoshi" accounts add bench --name 基准领导 --role leader --password "bench-leader-password" --db "$db" >/dev/null
token=$("$root/luoshi" tokens create bench --name wrk --db "$db" | sed -n 's/^secret: //p')

"$root/luoshi" serve --db "$db" --urls "http://127.0.0.1:$port" --as-of "$asof" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

plan=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/plans" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')
api="/api/plans/$plan/overview"
page="/?plan=$plan"
# The first overview evaluates all 3,000 targets; later ones are served from the cache until the ledger changes.
cold=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$api")
curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port$page"
echo "plan $plan as of $asof; first overview (cold, evaluates every target): ${cold}s"
# A fresh server compiles its code paths as they are hit (tiered JIT): one unrecorded round of each first.
for path in /healthz "$api" "$page"; do
  wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" >/dev/null
done

# wrk's --latency lines: "     99%   12.34ms"; convert us/ms/s to ms.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
results="$work/results.tsv"
: >"$results"
for run in $(seq 1 "$runs"); do
  for target in healthz api page; do
    case $target in healthz) path=/healthz ;; api) path=$api ;; page) path=$page ;; esac
    out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
    p50=$(ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
    p99=$(ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$target" "$p50" "$p99" "$rps" "$errors" >>"$results"
    printf 'run %s %-8s p50 %8s ms  p99 %8s ms  %10s req/s  errors %s\n' "$run" "$target" "$p50" "$p99" "$rps" "$errors"
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo
echo "medians of $runs runs, $connections connections, ${duration}s each:"
for target in healthz api page; do
  p50=$(awk -v t=$target '$2==t {print $3}' "$results" | median)
  p99=$(awk -v t=$target '$2==t {print $4}' "$results" | median)
  rps=$(awk -v t=$target '$2==t {print $5}' "$results" | median)
  errors=$(awk -v t=$target '$2==t {n += $6} END {print n + 0}' "$results")
  printf '%-8s p50 %8s ms  p99 %8s ms  %10s req/s  errors %s\n' "$target" "$p50" "$p99" "$rps" "$errors"
done
base=$(awk '$2=="healthz" {print $4}' "$results" | median)
for target in api page; do
  p99=$(awk -v t=$target '$2==t {print $4}' "$results" | median)
  awk -v a="$p99" -v b="$base" -v t="$target" 'BEGIN { printf "p99 %s / p99 healthz = %.2f\n", t, a / b }'
done
