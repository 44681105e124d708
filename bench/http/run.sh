#!/usr/bin/env bash
# HTTP load on the hot paths, as ratios against GET /health measured in the same run.
# Needs wrk (apt-get install wrk). Usage: bench/http/run.sh [seconds per scenario]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-10}"
port=5099
data="$(mktemp -d)"
dotnet build src/Qyzmet.Host -c Release -v q -nologo >/dev/null
dotnet run --no-build -c Release --project src/Qyzmet.Host -- --urls "http://127.0.0.1:$port" --Qyzmet:DataPath="$data" \
  --Logging:LogLevel:Default=Warning >"$data/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
iin="$(curl -s "http://127.0.0.1:$port/api/services" >/dev/null; grep -m1 applicant "$data/host.log" | awk '{print $1}')"
export QYZMET_COOKIE="$(curl -s -c - -H 'Content-Type: application/json' -d "{\"id\":\"$iin\"}" "http://127.0.0.1:$port/api/dev/sign-in" | awk '/qyzmet-session/ {print $6"="$7}')"
rps() { wrk -t2 -c"$1" -d"${secs}s" -s "bench/http/$2" "http://127.0.0.1:$port$3" | awk '/Requests\/sec/ {print $2}'; }
base=$(rps 16 get.lua /health)
iinrps=$(rps 16 get.lua "/api/identifiers/iin/$iin")
list=$(rps 16 get.lua "/api/applications?limit=20")
submit=$(rps 4 submit.lua /api/services/land.cadastral-info/applications)
# 001b.md Services A, B and C as the first demo applicant (Aigerim: several objects, a company participation).
rights=$(rps 4 submit-rights.lua /api/services/real-estate.rights-reference/applications)
presence=$(rps 4 submit-presence.lua /api/services/real-estate.absence-presence-reference/applications)
entity=$(rps 4 submit-entity.lua /api/services/legal-entities.register-reference/applications)
printf '| scenario | req/s | ratio to /health |\n|---|---:|---:|\n'
for row in "GET /health|$base" "GET /api/identifiers/iin/{iin}|$iinrps" "GET /api/applications?limit=20 (cabinet page)|$list" "POST land.cadastral-info application (PDF rendered and signed)|$submit" \
  "POST real-estate.rights-reference (Service A, 2 objects, 4 tables)|$rights" \
  "POST real-estate.absence-presence-reference (Service B)|$presence" \
  "POST legal-entities.register-reference kind=registered-entity (Service C1)|$entity"; do
  name="${row%%|*}"; value="${row##*|}"
  printf '| %s | %s | %s |\n' "$name" "$value" "$(awk -v a="$value" -v b="$base" 'BEGIN {printf "%.3f", a/b}')"
done
