#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Load test of the case API (results go into docs/perf.md with the machine and this command):
# starts the distribution on H2 (default) or PostgreSQL, seeds CASES investigations over the API (each with a
# client and a family member joining: persons, a household and the kernel's log records), then runs a closed-loop
# 20% create / 50% read / 30% list mix from a separate process (Load.java) for DURATION seconds with THREADS,
# every request with a bearer token (a local staff account, logged in once; the JWT is checked on each request).
#   distribution/bench/load.sh [h2|postgresql]     CASES=100000 DURATION=60 THREADS=16
# PostgreSQL: the database meervoud_bench on 127.0.0.1:5432 (user postgres) is dropped and created afresh.
set -euo pipefail
db=${1:-h2}
cases=${CASES:-100000}; seconds=${DURATION:-60}; threads=${THREADS:-16}; seedthreads=${SEED_THREADS:-8}
port=${PORT:-18090}
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/meervoud.jar"
home=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
mkdir -p "$home/etc"
if [ "$db" = postgresql ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS meervoud_bench' -c 'CREATE DATABASE meervoud_bench'
  printf 'url=jdbc:postgresql://127.0.0.1:5432/meervoud_bench\nuser=postgres\npassword=\ndataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver)\n' \
    > "$home/etc/nl.meervoud.store.cfg"
fi
(cd "$home" && exec java ${JAVA_OPTS:-} -Dmeervoud.http.port="$port" -jar "$jar" > "$home/out.log" 2>&1 < /dev/null) &
pid=$!
base="http://127.0.0.1:$port/api/v1"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do sleep 0.2; done
. "$here/login.sh"
MEERVOUD_TOKEN=$(meervoud_login "$port" "$home/out.log"); export MEERVOUD_TOKEN   # every request carries it
echo "database: $db; $(nproc) cores; $(java -version 2>&1 | head -1)"
java "$here/Load.java" seed "$base" "$cases" "$seedthreads" "$home/ids.txt"
echo "log records: $(cat "$home"/data/verwerkingenlogboek/*.jsonl 2>/dev/null | wc -l)"
java "$here/Load.java" run "$base" 10 "$threads" "$home/ids.txt" > /dev/null   # warm-up
java "$here/Load.java" run "$base" "$seconds" "$threads" "$home/ids.txt"
