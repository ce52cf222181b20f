#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Hot-deploy latency: time from an atomic move of a bundle jar into deploy/ until /api/v1/platform lists it
# ACTIVE at the new version. Alternates install and in-place update; prints median, p90 and max. Each jar is
# signed (jarsigner, an EC key made here and trusted in etc/vertrouwd/), so the time includes verification.
#   RUNS=20 distribution/bench/deploy-latency.sh
set -euo pipefail
runs=${RUNS:-20}
port=${PORT:-18081}
jar="$(cd "$(dirname "$0")/.." && pwd)/target/meervoud.jar"
home=$(mktemp -d); work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$home" "$work"' EXIT
keytool -genkeypair -keyalg EC -groupname secp256r1 -alias bench -dname CN=bench -validity 2 -storetype PKCS12 \
  -keystore "$work/bench.p12" -storepass benchmark -keypass benchmark > /dev/null 2>&1
mkdir -p "$home/etc/vertrouwd"
keytool -exportcert -rfc -alias bench -keystore "$work/bench.p12" -storepass benchmark -file "$home/etc/vertrouwd/bench.pem" > /dev/null 2>&1
(cd "$home" && exec java -Dmeervoud.http.port="$port" -jar "$jar" > "$home/out.log" 2>&1 < /dev/null) &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do sleep 0.05; done
. "$(dirname "$0")/login.sh"
token=$(meervoud_login "$port" "$home/out.log")
sleep 2
# Metaspace in use after a full GC (jstat's MU, KiB): before the runs and after them, to show it stays flat.
metaspace() { jcmd "$pid" GC.run > /dev/null 2>&1; sleep 0.5; jstat -gc "$pid" | awk 'NR == 2 { for (i = 1; i <= NF; i++) if (h[i] == "MU") print int($i) } NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }'; }
meta_before=$(metaspace)
times=()
for i in $(seq 1 "$runs"); do
  printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: bench.probe\nBundle-Version: 1.0.%d\n' "$i" > "$work/MANIFEST.MF"
  echo "probe $i" > "$work/probe.txt"
  rm -f "$work/probe.jar"; (cd "$work" && jar cfm probe.jar MANIFEST.MF probe.txt)
  jarsigner -keystore "$work/bench.p12" -storepass benchmark "$work/probe.jar" bench > /dev/null
  start=$(date +%s%N)
  mv "$work/probe.jar" "$home/deploy/probe.jar"
  until curl -s -H "Authorization: $token" "http://127.0.0.1:$port/api/v1/platform" | tr -d ' \n' | grep -q "\"symbolicName\":\"bench.probe\",\"version\":\"1.0.$i\",\"state\":\"ACTIVE\""; do sleep 0.01; done
  times+=( $(( ($(date +%s%N) - start) / 1000000 )) )
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
  printf "runs=%d median=%d ms p90=%d ms max=%d ms (install, then in-place updates)\n", NR, a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)], a[NR] }'
echo "metaspace used after full GC: before=${meta_before} KiB after=$(metaspace) KiB ($runs deploys)"
