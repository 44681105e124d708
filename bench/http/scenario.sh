#!/usr/bin/env bash
# One scenario of issue 16's table, with its in-run baseline, p50/p99 from wrk --latency and CPU per request.
# Usage: bench/http/scenario.sh <scenario> [sqlite|postgres] [seconds]
#   submit4 submit16 submit64   POST land.cadastral-info (fully automated, PDF rendered and signed), 4/16/64 connections
#   list1 list16                GET /api/applications?limit=20 (the cabinet list, 20 items), 1/16 connections
#   one16                       GET /api/applications/{number}, 16 connections
#   flood1000                   POST land.cadastral-info with 1,000 connections (load shedding)
#   passport16                  POST real-estate.cadastral-passport (a workflow submission), 16 connections, against the
#                               raw pgbench insert of the same rows (bench/http/passport-insert.sql) in the same run (postgres)
#   scale2                      1 instance, then 2 instances, behind the same local YARP proxy (bench/Qyzmet.BenchProxy),
#                               on one PostgreSQL with Quartz clustering on, each instance pinned to one core (postgres)
# Every row reports the host's CPU per request (utime+stime from /proc/<pid>/stat, before and after the row, divided by
# the requests wrk counted) and, on PostgreSQL, the database server's (postmaster and its backends): on a loaded shared
# machine, throughput and latency say how busy the machine was; CPU per request says what a request costs.
# PostgreSQL: a throwaway server (initdb in a temp dir, fsync ON as in the issue's measurements) is started and removed;
# pg_stat_statements is loaded, and the run ends with the database time spent on the monitoring stages (issue 15) and
# the clustered Quartz jobs (step-limits, complaint-overdue) against all of it.
# Environment: QYZMET_BENCH_HOST_ARGS extra host arguments (e.g. --Qyzmet:TimerScanSeconds=0: no Quartz jobs);
# QYZMET_BENCH_PORT, QYZMET_BENCH_PGPORT to fix the ports (default: free ones, so concurrent runs do not collide);
# QYZMET_BENCH_NO_BUILD=1 to skip the (incremental) Release build, e.g. when two scenarios run at once.
# QYZMET_BENCH_TRACE=<file.nettrace> records a CPU-sampling trace of the host during the measured row (QYZMET_BENCH_TRACER:
# the dotnet-trace executable; read it with `dotnet-trace report <file> topN`); its CPU figures then include the tracing.
# Needs wrk, taskset and, for postgres, the PostgreSQL server binaries and pgbench (Debian: apt-get install wrk postgresql).
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario="${1:?scenario}"; provider="${2:-sqlite}"; secs="${3:-10}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="${QYZMET_BENCH_PORT:-$(free_port)}"; pgport="${QYZMET_BENCH_PGPORT:-$(free_port)}"
data="$(mktemp -d)"; chmod 777 "$data"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
hz="$(getconf CLK_TCK)"
hostbin=src/Qyzmet.Host/bin/Release/net10.0/Qyzmet.Host
proxybin=bench/Qyzmet.BenchProxy/bin/Release/net10.0/Qyzmet.BenchProxy
pids=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # A host whose database is gone can wait long for its scheduler to stop: give it 10 s, then end it.
  for _ in $(seq 1 20); do local alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done; [ $alive = 0 ] && break; sleep 0.5; done
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ "$provider" = postgres ] && as_pg "$pgbin/pg_ctl" -D "$data/pg" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
case "$scenario" in passport16|scale2) [ "$provider" = postgres ] || { echo "$scenario runs on postgres" >&2; exit 2; } ;; esac
args=(--Qyzmet:DataPath="$data" --Logging:LogLevel:Default=Warning)
if [ "$provider" = postgres ]; then
  as_pg "$pgbin/initdb" -D "$data/pg" -U postgres -A trust >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$data/pg" -o "-p $pgport -k $data -c max_connections=300 -c shared_preload_libraries=pg_stat_statements" -l "$data/pg.log" start >/dev/null
  for _ in $(seq 1 60); do "$pgbin/pg_isready" -h 127.0.0.1 -p $pgport >/dev/null 2>&1 && break; sleep 0.5; done
  "$pgbin/createdb" -h 127.0.0.1 -p $pgport -U postgres qyzmet
  args+=(--Qyzmet:Database:Provider=postgres "--ConnectionStrings:Qyzmet=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=qyzmet")
fi
psql_() { psql -h 127.0.0.1 -p $pgport -U postgres -d qyzmet -tAc "$1"; }
[ -n "${QYZMET_BENCH_NO_BUILD:-}" ] || dotnet build src/Qyzmet.Host -c Release -v q -nologo >/dev/null
# start_host <port> [core]: the host's own process (not dotnet run's), so its /proc/<pid>/stat is the host's CPU.
start_host() {
  local pin=(); [ -n "${2:-}" ] && pin=(taskset -c "$2")
  # shellcheck disable=SC2086
  # Each host starts its own simulated payment gateway (ADR 0020): on a free port, not the default 5081 that any other
  # host on the machine may hold (a taken port stops the host at start).
  ASPNETCORE_ENVIRONMENT=Development "${pin[@]}" "$hostbin" --urls "http://127.0.0.1:$1" --Qyzmet:Payments:GatewayUrl="http://127.0.0.1:$(free_port)" \
    "${args[@]}" ${QYZMET_BENCH_HOST_ARGS:-} >>"$data/host.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1800); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "host on port $1 did not start" >&2; tail -20 "$data/host.log" >&2; exit 1
}
target=$port
if [ "$scenario" = scale2 ]; then
  [ -n "${QYZMET_BENCH_NO_BUILD:-}" ] || dotnet build bench/Qyzmet.BenchProxy -c Release -v q -nologo >/dev/null
  # Instance 1 first (it migrates and seeds), then instance 2 on the same database and data folder (the CA keys).
  start_host $((port + 1)) 0; host1=${pids[-1]}
  start_host $((port + 2)) 1; host2=${pids[-1]}
  proxy_port=$(free_port)
  start_proxy() {
    "$proxybin" --urls "http://127.0.0.1:$proxy_port" --backends "$1" >>"$data/proxy.log" 2>&1 &
    proxy=$!; pids+=($proxy)
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$proxy_port/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
    echo "proxy did not start" >&2; exit 1
  }
  target=$proxy_port
else
  start_host $port
fi
url="http://127.0.0.1:$target"
iin=900315400116
export QYZMET_COOKIE=""
sign_in() { QYZMET_COOKIE="$(curl -s -c - -H 'Content-Type: application/json' -d "{\"id\":\"$iin\"}" "$url/api/dev/sign-in" | awk '/qyzmet-session/ {print $6"="$7}')"; export QYZMET_COOKIE; }
[ "$scenario" = scale2 ] || sign_in

# CPU ticks of one process (utime+stime), and of the PostgreSQL server (postmaster with its reaped and live backends).
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
pg_ticks() {
  [ "$provider" = postgres ] || { echo 0; return; }
  local pm; pm=$(head -1 "$data/pg/postmaster.pid")
  { awk '{print $14+$15+$16+$17}' "/proc/$pm/stat"; for c in $(ps -o pid= --ppid "$pm"); do awk '{print $14+$15}' "/proc/$c/stat" 2>/dev/null || true; done; } | awk '{s+=$1} END {print s}'
}
cpu_hosts=("${pids[@]}")
host_ticks() { local s=0; for p in "${cpu_hosts[@]}"; do s=$((s + $(ticks "$p"))); done; echo $s; }
ms_per() { awk -v t="$1" -v n="$2" -v hz="$hz" 'BEGIN {if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "—"}'; }

# One wrk run: rps|p50|p99|non-2xx|requests|host CPU ms/request|PostgreSQL CPU ms/request
run() {
  local h0 g0 out h1 g1 rps p50 p99 non2xx n
  local tracer=""
  if [ -n "${QYZMET_BENCH_TRACE:-}" ] && [ "$2" != get.lua ]; then
    # A CPU-sampling trace of the (first) host during this row (dotnet-trace, a NuGet tool: dotnet tool install dotnet-trace).
    # Tracing costs CPU itself: take the CPU per request from a run without it.
    "${QYZMET_BENCH_TRACER:-dotnet-trace}" collect -p "${pids[0]}" --profile dotnet-sampled-thread-time -o "$QYZMET_BENCH_TRACE" --duration "00:00:$(printf '%02d' "$secs")" >/dev/null 2>&1 &
    tracer=$!; sleep 2
  fi
  h0=$(host_ticks); g0=$(pg_ticks)
  out="$(wrk -t"$([ "$1" -lt 2 ] && echo 1 || echo 2)" -c"$1" -d"${secs}s" --timeout 30s --latency -s "bench/http/$2" "$url$3")"
  h1=$(host_ticks); g1=$(pg_ticks)
  [ -z "$tracer" ] || wait "$tracer" || true
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk -F'[: ]+' '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$rps|$p50|$p99|$non2xx|$n|$(ms_per $((h1 - h0)) "$n")|$( [ "$provider" = postgres ] && ms_per $((g1 - g0)) "$n" || echo —)"
}
row() {
  IFS='|' read -r r p50 p99 n _ hc gc <<<"$2"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$r" "$p50" "$p99" "$n" "$(awk -v a="$r" -v b="$base_rps" 'BEGIN {printf "%.3f", a/b}')" "$hc" "$gc"
}
# Warm-up: one request answered first (a cold host under load can take longer than a short wrk run, whose abandoned
# requests would then run during the measurement), then 2 s of wrk.
warm() {
  local body=""
  case "$1" in submit.lua) body='{"fields":{"cadastralNumber":"75-123-045-067"}}' ;; submit-passport.lua) body='{"fields":{"cadastralNumber":"75-123-045-067:1","consent":"given"}}' ;; esac
  if [ -n "$body" ]; then
    curl -s -o /dev/null --max-time 300 -b "$QYZMET_COOKIE" -H 'Content-Type: application/json' -H "Idempotency-Key: warm-$RANDOM-$RANDOM-$$" -d "$body" "$url$2" || true
  else
    curl -s -o /dev/null --max-time 300 -b "$QYZMET_COOKIE" "$url$2" || true
  fi
  wrk -t1 -c2 -d2s -s "bench/http/$1" "$url$2" >/dev/null
}
header() {
  printf '| %s | req/s | p50 | p99 | non-2xx | ratio to %s | host CPU ms/req | PostgreSQL CPU ms/req |\n|---|---:|---:|---:|---:|---:|---:|---:|\n' "$1" "$2"
}
# The raw insert of a cadastral-passport submission's rows (pgbench, same clients and seconds): rps|p50|p99|0|n|—|pg ms/tx
pgbench_run() {
  local g0 g1 out n tps
  "$pgbin/pgbench" -h 127.0.0.1 -p $pgport -U postgres -n -f bench/http/passport-insert.sql -c 2 -t 5 qyzmet >/dev/null 2>&1
  g0=$(pg_ticks)
  out="$(cd "$data" && "$pgbin/pgbench" -h 127.0.0.1 -p $pgport -U postgres -n -f "$OLDPWD/bench/http/passport-insert.sql" -c "$1" -j 2 -T "$secs" -l --log-prefix=pgb qyzmet 2>&1)"
  g1=$(pg_ticks)
  tps=$(awk '/^tps/ {print $3; exit}' <<<"$out")
  n=$(awk '/number of transactions actually processed/ {split($0, a, ": "); split(a[2], b, "/"); print b[1]}' <<<"$out")
  read -r p50 p99 < <(cat "$data"/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2fms %.2fms\n", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}')
  echo "$tps|$p50|$p99|0|$n|—|$(ms_per $((g1 - g0)) "$n")"
}

conns=16
case "$scenario" in submit4) conns=4 ;; submit64) conns=64 ;; list1) conns=1 ;; flood1000) conns=1000 ;; esac
echo "scenario $scenario, $provider, ${secs} s, load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
if [ "$scenario" != scale2 ]; then
  warm get.lua /health
  base="$(run "$conns" get.lua /health)"; base_rps="${base%%|*}"
fi
case "$scenario" in
  submit4|submit16|submit64)
    header "$scenario ($provider, $secs s, $conns connections)" "/health"
    row "GET /health (baseline)" "$base"
    warm submit.lua /api/services/land.cadastral-info/applications
    row "POST land.cadastral-info (PDF rendered and signed)" "$(run "$conns" submit.lua /api/services/land.cadastral-info/applications)" ;;
  flood1000)
    header "$scenario ($provider, $secs s, $conns connections)" "/health"
    row "GET /health (baseline)" "$base"
    warm submit.lua /api/services/land.cadastral-info/applications
    # wrk reports one latency for all answers; the refused (503) far outnumber the accepted, so the accepted ones'
    # latency is taken from a probe running beside the flood: 50 more clients (curl, parallel), each answer with its
    # status and time, split into accepted (2xx) and refused.
    probe_url="$url/api/services/land.cadastral-info/applications"
    for i in $(seq 1 20000); do
      [ "$i" = 1 ] || echo next
      printf 'silent\nurl = "%s"\nheader = "Content-Type: application/json"\nheader = "Cookie: %s"\nheader = "Idempotency-Key: probe-%s-%s"\n' "$probe_url" "$QYZMET_COOKIE" "$$" "$i"
      printf 'data = "{\\"fields\\":{\\"cadastralNumber\\":\\"75-123-045-067\\"}}"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
    done >"$data/probe.cfg"
    (timeout "$secs" curl -s -Z --parallel-max 50 --max-time 30 -K "$data/probe.cfg" >"$data/probe.txt" 2>/dev/null || true) &
    probe=$!
    row "POST land.cadastral-info (PDF rendered and signed)" "$(run "$conns" submit.lua /api/services/land.cadastral-info/applications)"
    wait "$probe" || true
    pct() { awk -v want="$1" '($1 ~ /^[0-9][0-9][0-9]$/ && $1 ~ want) {print $2}' "$data/probe.txt" | sort -n | awk '{a[NR]=$1} END {if (NR) printf "n=%d, p50 %.1f ms, p99 %.1f ms, max %.1f ms", NR, a[int((NR+1)*0.5)]*1000, a[int(NR*0.99) + (int(NR*0.99) == 0)]*1000, a[NR]*1000; else printf "n=0"}'; }
    echo "probe beside the flood (50 clients): accepted (2xx): $(pct '^2'); refused (503): $(pct '^503'); other statuses: $(awk '$1 ~ /^[0-9][0-9][0-9]$/ && $1 !~ /^(2|503)/ {c[$1]++} END {for (k in c) printf "%s×%d ", k, c[k]}' "$data/probe.txt")" ;;
  list1|list16)
    for _ in $(seq 1 20); do curl -s -o /dev/null -b "$QYZMET_COOKIE" -H 'Content-Type: application/json' -d '{"fields":{"cadastralNumber":"75-123-045-067"}}' "$url/api/services/land.cadastral-info/applications"; done
    header "$scenario ($provider, $secs s, $conns connections)" "/health"
    row "GET /health (baseline)" "$base"
    warm get.lua "/api/applications?limit=20"
    row "GET /api/applications?limit=20 (20 items)" "$(run "$conns" get.lua "/api/applications?limit=20")" ;;
  one16)
    number="$(curl -s -b "$QYZMET_COOKIE" -H 'Content-Type: application/json' -d '{"fields":{"cadastralNumber":"75-123-045-067"}}' "$url/api/services/land.cadastral-info/applications" | sed -E 's/.*"number":"([^"]+)".*/\1/')"
    header "$scenario ($provider, $secs s, $conns connections)" "/health"
    row "GET /health (baseline)" "$base"
    warm get.lua "/api/applications/$number"
    row "GET /api/applications/{number}" "$(run "$conns" get.lua "/api/applications/$number")" ;;
  passport16)
    header "$scenario ($provider, $secs s, $conns connections)" "the raw insert"
    pg="$(pgbench_run "$conns")"; base_rps="${pg%%|*}"
    row "pgbench: INSERT the same rows (bench/http/passport-insert.sql; baseline)" "$pg"
    row "GET /health" "$base"
    warm submit-passport.lua /api/services/real-estate.cadastral-passport/applications
    row "POST real-estate.cadastral-passport (workflow: stored, awaits the desk)" "$(run "$conns" submit-passport.lua /api/services/real-estate.cadastral-passport/applications)" ;;
  scale2)
    # The same submissions through the proxy: one instance (pinned to core 0), then both (cores 0 and 1).
    for setup in "1 instance|http://127.0.0.1:$((port + 1))" "2 instances|http://127.0.0.1:$((port + 1)),http://127.0.0.1:$((port + 2))"; do
      name="${setup%%|*}"; backends="${setup#*|}"
      [ -n "${proxy:-}" ] && kill "$proxy" && wait "$proxy" 2>/dev/null || true
      start_proxy "$backends"; sign_in
      if [ "$name" = "1 instance" ]; then cpu_hosts=("$host1"); else cpu_hosts=("$host1" "$host2"); fi
      warm get.lua /health
      base="$(run "$conns" get.lua /health)"; base_rps="${base%%|*}"
      [ "$name" = "1 instance" ] && header "$scenario ($provider, $secs s, $conns connections, through YARP)" "/health"
      row "$name: GET /health (baseline)" "$base"
      warm submit.lua /api/services/land.cadastral-info/applications
      row "$name: POST land.cadastral-info" "$(run "$conns" submit.lua /api/services/land.cadastral-info/applications)"
    done ;;
  *) echo "unknown scenario $scenario" >&2; exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$provider" = postgres ]; then
  echo "applications in the database: $(psql_ 'select count(*) from cases_applications')"
  psql_ 'create extension if not exists pg_stat_statements' >/dev/null
  # Database time by what the statements touch: the monitoring stages (issue 15), the clustered Quartz jobs' tables and
  # the step-limits/complaint-overdue scans, and everything else.
  psql_ "select string_agg(k || ' ' || round(ms)::text || ' ms (' || calls || ' calls)', '; ' order by k) from (
    select case when query ilike '%qrtz_%' then 'quartz' when query ilike '%mon\_%' then 'monitoring (mon_ tables)' when query ilike '%complaint%' then 'complaints'
                else 'other' end k, sum(total_exec_time) ms, sum(calls) calls from pg_stat_statements group by 1) t" | sed 's/^/database time by statement kind: /'
fi
grep -c " 500 \|Unhandled error" "$data/host.log" | sed 's/^/host log lines with unhandled errors: /' || true
