#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Update and rollback under load (issue 11 §3): RATE (200) kernel decisions per second by a vendor module's rule
# while that module is updated through the operator API and rolled back ROUNDS (10) times each. Prints failed
# requests, decisions that were not the module's PERMIT, request latency, how long each swap took to run, and
# metaspace in use after a full GC before and after (REPEAT passes in one JVM; HISTO=1 and METASPACE_DIR=<dir> for
# metaspace and classes per class loader).
#   distribution/bench/rollback-under-load.sh
# Needs distribution/target/meervoud.jar and the archetype's kansspel module (./mvnw -pl bundles/nl.meervoud.archetype verify).
set -euo pipefail
port=${PORT:-18083}
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/meervoud.jar"
module="$here/../../bundles/nl.meervoud.archetype/target/test-classes/projects/kansspel/project/kansspel-module/target/kansspel-module-1.0.0.jar"
[ -f "$module" ] || { echo "build the archetype's module first: ./mvnw -pl bundles/nl.meervoud.archetype verify" >&2; exit 1; }
home=$(mktemp -d); work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$home" "$work"' EXIT
# A vendor key, trusted by the installation; the module in 11 versions, each signed.
keytool -genkeypair -keyalg EC -groupname secp256r1 -alias bench -dname CN=bench -validity 2 -storetype PKCS12 \
  -keystore "$work/bench.p12" -storepass benchmark -keypass benchmark > /dev/null 2>&1
mkdir -p "$home/etc/vertrouwd" "$work/jars"
keytool -exportcert -rfc -alias bench -keystore "$work/bench.p12" -storepass benchmark -file "$home/etc/vertrouwd/bench.pem" > /dev/null 2>&1
mkdir "$work/x" && (cd "$work/x" && jar xf "$module")
for n in $(seq 0 "${ROUNDS:-10}"); do
  sed "s/^Bundle-Version: .*/Bundle-Version: 1.0.$n/" "$work/x/META-INF/MANIFEST.MF" > "$work/MANIFEST.MF"
  (cd "$work/x" && jar cfm "$work/jars/kansspel-1.0.$n.jar" "$work/MANIFEST.MF" $(ls | grep -v META-INF))
  jarsigner -keystore "$work/bench.p12" -storepass benchmark "$work/jars/kansspel-1.0.$n.jar" bench > /dev/null
done
(cd "$home" && exec java -Dmeervoud.http.port="$port" -jar "$jar" > "$home/out.log" 2>&1 < /dev/null) &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do sleep 0.05; done
. "$here/login.sh"
staff=$(meervoud_login "$port" "$home/out.log")
operator="Bearer $(curl -s -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/aanmelding/token" \
  -d '{"gebruiker":"beheerder","wachtwoord":"bench-beheerder-wachtwoord"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
jpid=$(pgrep -f "meervoud.http.port=$port" | head -1)
metaspace() { jcmd "$jpid" GC.run > /dev/null 2>&1; sleep 0.5; jstat -gc "$jpid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i } NR == 2 { for (i = 1; i <= NF; i++) if (h[i] == "MU") print int($i) }'; }
before=$(metaspace)
if [ -n "${HISTO:-}" ]; then
  jcmd "$jpid" VM.classloader_stats > "$work/loaders.before"
  jcmd "$jpid" VM.metaspace show-loaders by-chunktype > "$work/metaspace.before"
fi
# REPEAT (1) passes in one JVM: whether metaspace levels off once every path has run once.
for pass in $(seq 1 "${REPEAT:-1}"); do
  java "$here/RollbackLoad.java" "$port" "$staff" "$operator" "$work/jars"
  echo "metaspace used after full GC: before=${before} KiB after pass ${pass}=$(metaspace) KiB"
  if [ -n "${METASPACE_DIR:-}" ]; then
    jcmd "$jpid" VM.metaspace show-loaders > "$METASPACE_DIR/metaspace.pass${pass}"
    jcmd "$jpid" VM.classloaders show-classes > "$METASPACE_DIR/classloaders.pass${pass}"
  fi
done
if [ -n "${HISTO:-}" ]; then
  # How many bundle class loaders and copies of the module's class are alive (one each means no revision leaks).
  jcmd "$jpid" GC.class_histogram | grep -E "BundleWiringImpl.BundleClassLoader$|BundleRevisionImpl$|kansspel.ModuleRules$" | awk '{print $4, $2}'
  # Classes per kind of class loader, before the swaps and after them.
  jcmd "$jpid" VM.classloader_stats > "$work/loaders.after"
  for f in before after; do
    echo "classes per loader type ($f):" $(awk 'NF >= 7 && $4 ~ /^[0-9]+$/ { c[$NF] += $4 } END { for (t in c) printf "%s=%d ", t, c[t] }' "$work/loaders.$f")
  done
  jcmd "$jpid" VM.metaspace show-loaders by-chunktype > "$work/metaspace.after"
  sed -n '/^Total Usage/,/^$/p' "$work/metaspace.after"
  # Metaspace per class loader before and after (kept in METASPACE_DIR when set).
  if [ -n "${METASPACE_DIR:-}" ]; then
    cp "$work/metaspace.before" "$work/metaspace.after" "$METASPACE_DIR/"
    jcmd "$jpid" VM.classloaders show-classes > "$METASPACE_DIR/classloaders.after"
  fi
fi
