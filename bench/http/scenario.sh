#!/usr/bin/env bash
# One scenario of issue 16's table, with its in-run baseline (GET /health on the same host), p50/p99 from wrk --latency.
# Usage: bench/http/scenario.sh <scenario> [sqlite|postgres] [seconds]
#   scenarios: submit4 submit16 submit64 list1 list16 one16 flood1000 pginsert
# PostgreSQL: a throwaway server (initdb in a temp dir, fsync ON as in the issue's measurements) is started and removed.
# Needs wrk and, for postgres, the PostgreSQL server binaries (Debian: apt-get install wrk postgresql).
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario="${1:?scenario}"; provider="${2:-sqlite}"; secs="${3:-10}"
port=5099; pgport=5499
data="$(mktemp -d)"; chmod 777 "$data"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "${host:-}" ] && kill "$host" 2>/dev/null || true
  [ "$provider" = postgres ] && as_pg "$pgbin/pg_ctl" -D "$data/pg" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
args=(--urls "http://127.0.0.1:$port" --Qyzmet:DataPath="$data" --Logging:LogLevel:Default=Warning)
if [ "$provider" = postgres ]; then
  as_pg "$pgbin/initdb" -D "$data/pg" -U postgres -A trust >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$data/pg" -o "-p $pgport -k $data -c max_connections=300" -l "$data/pg.log" start >/dev/null
  for _ in $(seq 1 60); do "$pgbin/pg_isready" -h 127.0.0.1 -p $pgport >/dev/null 2>&1 && break; sleep 0.5; done
  "$pgbin/createdb" -h 127.0.0.1 -p $pgport -U postgres qyzmet
  args+=(--Qyzmet:Database:Provider=postgres "--ConnectionStrings:Qyzmet=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=qyzmet")
fi
dotnet build src/Qyzmet.Host -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build -c Release --project src/Qyzmet.Host -- "${args[@]}" >"$data/host.log" 2>&1 &
host=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
iin=900315400116
export QYZMET_COOKIE="$(curl -s -c - -H 'Content-Type: application/json' -d "{\"id\":\"$iin\"}" "http://127.0.0.1:$port/api/dev/sign-in" | awk '/qyzmet-session/ {print $6"="$7}')"
# rps, p50, p99, non-2xx count for one wrk run
run() {
  local out; out="$(wrk -t2 -c"$1" -d"${secs}s" --timeout 30s --latency -s "bench/http/$2" "http://127.0.0.1:$port$3")"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk -F'[: ]+' '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  echo "$rps|$p50|$p99|$non2xx"
}
row() { IFS='|' read -r r p50 p99 n <<<"$2"; printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$r" "$p50" "$p99" "$n" "$(awk -v a="$r" -v b="$base_rps" 'BEGIN {printf "%.3f", a/b}')"; }
warm() { wrk -t1 -c2 -d2s -s "bench/http/$1" "http://127.0.0.1:$port$2" >/dev/null; }
conns=16
case "$scenario" in submit4) conns=4 ;; submit64) conns=64 ;; list1) conns=1 ;; flood1000) conns=1000 ;; esac
warm get.lua /health
base="$(run "$conns" get.lua /health)"; base_rps="${base%%|*}"
printf '| %s (%s, %s s, %s connections) | req/s | p50 | p99 | non-2xx | ratio to /health |\n|---|---:|---:|---:|---:|---:|\n' "$scenario" "$provider" "$secs" "$conns"
row "GET /health (baseline)" "$base"
case "$scenario" in
  submit4|submit16|submit64|flood1000)
    warm submit.lua /api/services/land.cadastral-info/applications
    row "POST land.cadastral-info (PDF rendered and signed)" "$(run "$conns" submit.lua /api/services/land.cadastral-info/applications)" ;;
  list1|list16)
    for _ in $(seq 1 20); do curl -s -o /dev/null -b "$QYZMET_COOKIE" -H 'Content-Type: application/json' -d '{"fields":{"cadastralNumber":"75-123-045-067"}}' "http://127.0.0.1:$port/api/services/land.cadastral-info/applications"; done
    warm get.lua "/api/applications?limit=20"
    row "GET /api/applications?limit=20 (20 items)" "$(run "$conns" get.lua "/api/applications?limit=20")" ;;
  one16)
    number="$(curl -s -b "$QYZMET_COOKIE" -H 'Content-Type: application/json' -d '{"fields":{"cadastralNumber":"75-123-045-067"}}' "http://127.0.0.1:$port/api/services/land.cadastral-info/applications" | sed -E 's/.*"number":"([^"]+)".*/\1/')"
    warm get.lua "/api/applications/$number"
    row "GET /api/applications/{number}" "$(run "$conns" get.lua "/api/applications/$number")" ;;
  *) echo "unknown scenario $scenario" >&2; exit 2 ;;
esac
if [ "$provider" = postgres ]; then
  echo "applications in the database: $(psql -h 127.0.0.1 -p $pgport -U postgres -d qyzmet -tAc 'select count(*) from cases_applications')"
fi
grep -c " 500 \|Unhandled error" "$data/host.log" | sed 's/^/host log lines with unhandled errors: /' || true
