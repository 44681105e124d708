#!/usr/bin/env bash
# Issue 16 "Data at national size" (D-353): do lookups, the cabinet list and a desk queue stay flat as data grows?
# Measures on a throwaway PostgreSQL (fsync on): the demo database, then the same after `generate`, each row with the
# in-run GET /health baseline; prints the generation time and the database and document-store sizes.
# Usage: bench/http/national.sh [persons] [applications] [seconds] [connections]
# Set QYZMET_BENCH_CONFIG=Debug to use an existing Debug build instead of building Release.
set -euo pipefail
cd "$(dirname "$0")/../.."
persons="${1:-1000000}"; apps="${2:-1000000}"; secs="${3:-10}"; conns="${4:-16}"
config="${QYZMET_BENCH_CONFIG:-Release}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"; pgport="$(free_port)"; gwport="$(free_port)"
data="$(mktemp -d)"; chmod 777 "$data"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "${host:-}" ] && kill $(pgrep -P "$host") "$host" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$data/pg" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$data/pg" -U postgres -A trust >/dev/null
as_pg "$pgbin/pg_ctl" -D "$data/pg" -o "-p $pgport -k $data -c max_connections=300 -c max_wal_size=4GB" -l "$data/pg.log" start >/dev/null
for _ in $(seq 1 60); do "$pgbin/pg_isready" -h 127.0.0.1 -p $pgport >/dev/null 2>&1 && break; sleep 0.5; done
"$pgbin/createdb" -h 127.0.0.1 -p $pgport -U postgres qyzmet
sql() { "$pgbin/psql" -h 127.0.0.1 -p $pgport -U postgres -d qyzmet -tAc "$1"; }
args=(--Qyzmet:DataPath="$data" --Logging:LogLevel:Default=Warning --Qyzmet:Database:Provider=postgres --Qyzmet:Payments:GatewayUrl=http://127.0.0.1:$gwport
  "--ConnectionStrings:Qyzmet=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=qyzmet;Command Timeout=0")
[ "$config" = Release ] && dotnet build src/Qyzmet.Host -c Release -v q -nologo >/dev/null
start_host() {
  ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build -c "$config" --project src/Qyzmet.Host -- --urls "http://127.0.0.1:$port" "${args[@]}" >>"$data/host.log" 2>&1 &
  host=$!
  for _ in $(seq 1 480); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
}
# `dotnet run` does not pass the signal on to the host it started: end both.
stop_host() { kill $(pgrep -P "$host") "$host"; wait "$host" 2>/dev/null || true; host=; }
cookie() { curl -s -c - -H 'Content-Type: application/json' -d "{\"id\":\"$1\"}" "http://127.0.0.1:$port/api/dev/sign-in" | awk '/qyzmet-session/ {print $6"="$7}'; }
run() {
  local out; out="$(QYZMET_COOKIE="$2" wrk -t2 -c"$conns" -d"${secs}s" --timeout 30s --latency -s bench/http/get.lua "http://127.0.0.1:$port$1")"
  printf '%s|%s|%s|%s' "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" \
    "$(awk '$1=="99%" {print $2}' <<<"$out")" "$( (awk -F'[: ]+' '/Non-2xx/ {print $NF}' <<<"$out"); echo)"
}
measure() { # label; the same requests at both sizes (demo items), then a generated person's after generation
  local applicant=900315400116 c s r
  c="$(cookie $applicant)"; s="$(cookie "$staff")"; r="$(cookie "$clerk")"
  QYZMET_COOKIE="$c" wrk -t1 -c2 -d2s -s bench/http/get.lua "http://127.0.0.1:$port/api/applications?limit=20" >/dev/null
  echo "| $1 | GET /health (baseline) | $(run /health "$c") |"
  echo "| $1 | GET /api/civil-registry/acts?iin= (lookup, registry clerk) | $(run "/api/civil-registry/acts?iin=$applicant" "$r") |"
  echo "| $1 | GET /api/applications/{number} (one application) | $(run "/api/applications/$number" "$c") |"
  echo "| $1 | GET /api/applications?limit=20 (cabinet, 20 items) | $(run '/api/applications?limit=20' "$c") |"
  echo "| $1 | GET /api/cadastre/desk (desk queue, first page) | $(run /api/cadastre/desk "$s") |"
  if [ -n "${genp:-}" ]; then
    local g; g="$(cookie "$genp")"
    echo "| $1 | GET /api/civil-registry/acts?iin= (a generated person) | $(run "/api/civil-registry/acts?iin=$genp" "$r") |"
    echo "| $1 | GET /api/applications/{number} (a generated one: history, invoice, attempt) | $(run "/api/applications/$gennumber" "$g") |"
    echo "| $1 | GET /api/applications?limit=20 (a generated person's cabinet, $gencount applications) | $(run '/api/applications?limit=20' "$g") |"
  fi
}
start_host
c="$(cookie 900315400116)"
for _ in $(seq 1 20); do
  number="$(curl -s -b "$c" -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d '{"fields":{"cadastralNumber":"75-123-045-067"}}' "http://127.0.0.1:$port/api/services/land.cadastral-info/applications" | sed -E 's/.*"number":"([^"]+)".*/\1/')"
done
staff="$(sql "select s.\"Iin\" from identity_staff s where s.\"UnitId\" like 'sc-re-%' and s.\"Role\" in ('provider-executor', 'inspector') order by s.\"Role\" desc, 1 limit 1")"
clerk="$(sql "select s.\"Iin\" from identity_staff s where s.\"UnitId\" like 'civil-registry-%' and s.\"Role\" = 'provider-executor' order by 1 limit 1")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "demo: $(sql 'select count(*) from registry_people') people, $(sql 'select count(*) from cases_applications') applications; desk staff $staff, application $number"
echo "| size | request | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---:|---:|---:|---:|"
measure demo
stop_host
before="$(sql "select pg_database_size('qyzmet')")"
start=$(date +%s)
# The CLI reads its configuration from the environment (QyzmetCli.StartServicesAsync).
ASPNETCORE_ENVIRONMENT=Development Qyzmet__DataPath="$data" Qyzmet__Database__Provider=postgres Qyzmet__Payments__GatewayUrl=http://127.0.0.1:$gwport \
  ConnectionStrings__Qyzmet="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=qyzmet;Command Timeout=0" \
  dotnet run --no-build -c "$config" --project src/Qyzmet.Host -- generate --persons "$persons" --applications "$apps" \
  --legal-entities $((persons / 40)) --real-estate $((persons / 4)) --land-plots $((persons * 3 / 20)) | sed 's/^/  generate: /'
took=$(( $(date +%s) - start ))
after="$(sql "select pg_database_size('qyzmet')")"
echo "generated in ${took}s; database $((before / 1048576)) MB -> $((after / 1048576)) MB; document store $(du -sm "$data/documents" | cut -f1) MB"
sql "select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) from pg_stat_user_tables order by pg_total_relation_size(relid) desc limit 14"
read -r genp gencount <<<"$(sql "select \"ApplicantId\", count(*) from cases_applications where \"FormJson\" = '{}' and length(\"ApplicantId\") = 12 and substr(\"ApplicantId\", 7, 1) in ('3','4','5','6') group by 1 order by count(*) desc limit 1" | tr '|' ' ')"
gennumber="$(sql "select a.\"Number\" from cases_applications a join payments_attempts t on t.\"ApplicationId\" = a.\"Id\" where a.\"ApplicantId\" = '$genp' limit 1")"
[ -n "$gennumber" ] || gennumber="$(sql "select \"Number\" from cases_applications where \"ApplicantId\" = '$genp' limit 1")"
echo "desk queue rows for the unit: $(sql "select count(*) from cases_applications a join identity_staff s on s.\"UnitId\" = a.\"UnitId\" where s.\"Iin\" = '$staff'")"
start_host
echo "| size | request | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---:|---:|---:|---:|"
measure "$persons persons / $apps applications"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -c " 500 \|Unhandled error" "$data/host.log" | sed 's/^/host log lines with unhandled errors: /' || true
