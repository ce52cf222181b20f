#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Cold start benchmark: wall time from `java -jar meervoud.jar` (empty home, no framework cache) to the
# first HTTP 200 on /health (readiness: every installed servlet deployed, the case API included), polled every
# 10 ms, and to the first answer of the case API after it (GET /api/v1/onderzoeken without a token: the 401 of
# the deployed API and its authenticator; a first login costs Argon2id hashing and is not start-up).
# Many runs; prints median, p90, min and max of both.
#   RUNS=20 JAVA=java distribution/bench/cold-start.sh [JVM or -D options...]
# Record results in docs/perf.md together with the machine and the exact command.
set -euo pipefail
runs=${RUNS:-20}
java=${JAVA:-java}
port=${PORT:-18080}
jar="$(cd "$(dirname "$0")/.." && pwd)/target/meervoud.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
times=()
apis=()
for i in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$home" && exec "$java" "$@" -Dmeervoud.http.port="$port" -jar "$jar" > "$home/out.log" 2>&1 < /dev/null) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" 2>/dev/null)" = 200 ]; do
    sleep 0.01
    if (( ($(date +%s%N) - start) / 1000000 > 60000 )); then echo "run $i: no 200 within 60 s" >&2; kill "$pid"; exit 1; fi
  done
  end=$(date +%s%N)
  times+=( $(( (end - start) / 1000000 )) )
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'x-verwerking: wams-onderzoek' "http://127.0.0.1:$port/api/v1/onderzoeken" 2>/dev/null)" = 401 ]; do
    sleep 0.01
  done
  apis+=( $(( ($(date +%s%N) - start) / 1000000 )) )
  kill "$pid"; wait "$pid" 2>/dev/null || true
  while curl -s -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do sleep 0.1; done
  rm -rf "$home"
done
summary() {
  sort -n | awk -v label="$1" '
  { a[NR] = $1 } END {
    med = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "runs=%d median=%d ms p90=%d ms min=%d ms max=%d ms | %s\n", NR, med, a[int(NR * 0.9 + 0.5)], a[1], a[NR], label }'
}
version="$("$java" -version 2>&1 | head -1) $*"
printf '%s\n' "${times[@]}" | summary "to ready (/health 200): $version"
printf '%s\n' "${apis[@]}" | summary "to the first case-API answer (401 without a token): $version"
