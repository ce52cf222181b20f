#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Page time of the browser UI at scale (results go into docs/perf.md with the machine and this command): starts the
# distribution on H2 (default) or PostgreSQL, seeds CASES investigations over the API (as load.sh), signs in at
# /ui/aanmelden as the staff account, then runs from a separate process (Load.java ui) for DURATION seconds with
# THREADS: 50% an investigation's page (/ui/onderzoeken/{id}: personal data, one kernel decision and log record),
# 20% the worklist (/ui/), and 30% the same investigation read straight from the API, side by side. Two phases on
# the same seeded installation: a closed loop of THREADS (saturation: how much the box serves), then an open loop
# at RATE requests per second (the latency a user sees at that load, counted from each request's due time).
#   distribution/bench/ui-load.sh [h2|postgresql]     CASES=100000 DURATION=60 THREADS=8 RATE=200
set -euo pipefail
db=${1:-h2}
cases=${CASES:-100000}; seconds=${DURATION:-60}; threads=${THREADS:-8}; seedthreads=${SEED_THREADS:-8}; rate=${RATE:-200}
port=${PORT:-18091}
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/start.sh"
meervoud_start "$db" "$port"
java "$here/Load.java" seed "http://127.0.0.1:$port/api/v1" "$cases" "$seedthreads" "$home/ids.txt"
# The browser's way in: the sign-in form, then the session cookie on every page.
curl -s -o /dev/null -c "$home/cookies" "http://127.0.0.1:$port/ui/aanmelden" \
  --data-urlencode gebruiker=bench --data-urlencode wachtwoord=bench-medewerker-wachtwoord
MEERVOUD_UI_COOKIE="meervoud-sessie=$(awk '$6 == "meervoud-sessie" {print $7}' "$home/cookies")"; export MEERVOUD_UI_COOKIE
[ "$MEERVOUD_UI_COOKIE" != "meervoud-sessie=" ] || { echo "UI sign-in failed" >&2; exit 1; }
java "$here/Load.java" ui "http://127.0.0.1:$port" 10 "$threads" "$home/ids.txt" > /dev/null   # warm-up
echo "== closed loop, $threads threads"
java "$here/Load.java" ui "http://127.0.0.1:$port" "$seconds" "$threads" "$home/ids.txt"
echo "== open loop, $rate requests/s"
java "$here/Load.java" ui-rate "http://127.0.0.1:$port" "$seconds" "$rate" "$home/ids.txt"
