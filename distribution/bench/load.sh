#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Load test of the case API (results go into docs/perf.md with the machine and this command):
# starts the distribution on H2 (default) or PostgreSQL, seeds CASES investigations over the API (each with a
# client and a family member joining: persons, a household and the kernel's log records), then runs a closed-loop
# 20% create / 50% read / 30% list mix from a separate process (Load.java) for DURATION seconds with THREADS
# (a list: page 1, then the next link page by page up to page 100; LIJST=nummer: random page numbers 1-100),
# every request with a bearer token (a local staff account, logged in once; the JWT is checked on each request).
#   distribution/bench/load.sh [h2|postgresql]     CASES=100000 DURATION=60 THREADS=16 GEMEENTEN=1
# GEMEENTEN=10: ten municipalities share the installation and its database, each with its own staff account and
# a tenth of the cases; every request is made as the account of the case's own municipality.
# PostgreSQL: the database meervoud_bench on 127.0.0.1:5432 (user postgres) is dropped and created afresh.
set -euo pipefail
db=${1:-h2}
cases=${CASES:-100000}; seconds=${DURATION:-60}; threads=${THREADS:-16}; seedthreads=${SEED_THREADS:-8}
port=${PORT:-18090}
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/start.sh"
meervoud_start "$db" "$port"
base="http://127.0.0.1:$port/api/v1"
java "$here/Load.java" seed "$base" "$cases" "$seedthreads" "$home/ids.txt"
# PostgreSQL plans from statistics, which autovacuum gathers some time after a bulk load; a production database
# has them. Without this the lists of a freshly seeded database are planned blind (and ran ~10x slower here).
[ "$db" != postgresql ] || psql -q -h 127.0.0.1 -U postgres -d meervoud_bench -c 'ANALYZE'
echo "log records: $(cat "$home"/data/verwerkingenlogboek/*.jsonl 2>/dev/null | wc -l)"
java "$here/Load.java" run "$base" 10 "$threads" "$home/ids.txt" > /dev/null   # warm-up
java "$here/Load.java" run "$base" "$seconds" "$threads" "$home/ids.txt"
