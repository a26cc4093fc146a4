#!/usr/bin/env bash
# First overview after a change (issue 13, goal ≤ 50 ms): the large generated ledger (bench/web-ledger.sh: 3 plans of
# 3,000 targets, a year of monthly reports each) served by `luoshi serve` on SQLite. The office approves one submitted
# report of the 2025 plan through the API, then the overview of that plan is fetched once and timed — the first request
# after the change, which cannot come from the page cache (its key is the ledger's change stamp). --runs changes
# (default 15). In the same run, as peers: the first overview of a fresh server (every target read and evaluated from
# scratch), the same overview again (served from the cache), and the trivial endpoint /healthz. Medians and ratios.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=15 warm=20 port=5098 asof=2025-10-10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/overview-after-change.sh [--runs N]" >&2; exit 2 ;;
  esac
done
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }

work="$root/artifacts/bench/overview-after-change"
mkdir -p "$work"
ledger="$root/artifacts/bench/web-ledger.db"
[ -f "$ledger" ] || "$root/bench/web-ledger.sh" --db "$ledger"
db="$work/ledger.db"
cp "$ledger" "$db"
rm -f "$db-wal" "$db-shm"
"$root/luoshi" accounts add bench-office --name 基准督查室 --role office --password "bench-office-password" --db "$db" >/dev/null
token=$("$root/luoshi" tokens create bench-office --name change --db "$db" | sed -n 's/^secret: //p')

"$root/luoshi" serve --db "$db" --urls "http://127.0.0.1:$port" --as-of "$asof" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

get() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$1"; }
timed() { curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$1" | awk '{printf "%.2f\n", $1 * 1000}'; }
plan=$(get /api/plans | jq '[.[] | select(.year == 2025)][0].id')
overview="/api/plans/$plan/overview"
cold=$(timed "$overview")
# A fresh server compiles its code paths as they are hit and recompiles the busy ones optimised later (tiered JIT):
# the first $warm changes are not recorded.
get "/api/plans/$plan/reports?state=submitted" | jq -r '.[] | "\(.id) \(.version)"' >"$work/submitted.txt"
approve() { curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"version\": $2}" "http://127.0.0.1:$port/api/reports/$1/approve"; }
: >"$work/times.tsv"
n=0
while read -r id version; do
  n=$((n + 1))
  approve "$id" "$version"
  after=$(timed "$overview")
  cached=$(timed "$overview")
  health=$(timed /healthz)
  if [ "$n" -gt "$warm" ]; then
    printf '%s\t%s\t%s\n' "$after" "$cached" "$health" >>"$work/times.tsv"
    printf 'change %2d (report %s approved): first overview after it %8s ms, again %8s ms, /healthz %8s ms\n' $((n - warm)) "$id" "$after" "$cached" "$health"
  fi
  [ "$n" -ge $((runs + warm)) ] && break
done <"$work/submitted.txt"

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
after=$(cut -f1 "$work/times.tsv" | median)
cached=$(cut -f2 "$work/times.tsv" | median)
health=$(cut -f3 "$work/times.tsv" | median)
echo
echo "plan $plan (3,000 targets) as of $asof, medians of $(wc -l <"$work/times.tsv") changes:"
echo "  first overview after a change: $after ms (goal ≤ 50 ms)"
echo "  the same overview again (cached): $cached ms"
echo "  /healthz: $health ms"
echo "  first overview of a fresh server (every target from scratch, one request): $cold ms"
awk -v a="$after" -v c="$cold" -v h="$health" 'BEGIN { printf "  after a change ÷ fresh server = %.2f; after a change ÷ /healthz = %.1f\n", a / c, a / h }'
