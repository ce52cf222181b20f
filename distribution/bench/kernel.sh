#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Privacy-kernel benchmarks (results go into docs/perf.md with the machine and this command):
#   JMH decision latency/throughput on 1 and 2 threads, the AuthzForce comparison, the rule-set swap probe, durable log appends.
#   distribution/bench/kernel.sh [jmh|xacml|swap|log|strict|auth|all]
#   auth: what a bearer-token check costs per request, beside a JWT parse and a login (issue 10).
#   strict: what issue 12 costs: the keyed chain hash beside the plain one, an anchor signature, strict beside lenient JSON.
#   xacml: the same rules as XACML 3.0 in AuthzForce Core PDP, same requests, same JMH run (equivalence checked first).
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
[ -f distribution/bench/jmh/target/classpath.txt ] || ./mvnw -q -DskipTests install -pl distribution/bench/jmh -am
cp="distribution/bench/jmh/target/classes:$(cat distribution/bench/jmh/target/classpath.txt)"
if [ "$what" = jmh ] || [ "$what" = all ]; then
  java -cp "$cp" org.openjdk.jmh.Main DecisionBenchmark -rf json -rff distribution/bench/jmh/target/decision.json
fi
if [ "$what" = xacml ] || [ "$what" = all ]; then
  java -cp "$cp" org.openjdk.jmh.Main AuthzForceComparison -rf json -rff distribution/bench/jmh/target/xacml.json
fi
if [ "$what" = swap ] || [ "$what" = all ]; then
  java -Xms512m -Xmx512m -cp "$cp" nl.meervoud.privacy.kernel.internal.SwapProbe 10
fi
if [ "$what" = strict ] || [ "$what" = all ]; then
  java -cp "$cp" org.openjdk.jmh.Main 'ChainHashBenchmark|StrictJsonBenchmark' -rf json -rff distribution/bench/jmh/target/strict.json
fi
if [ "$what" = auth ] || [ "$what" = all ]; then
  java -cp "$cp" org.openjdk.jmh.Main AuthBenchmark -rf json -rff distribution/bench/jmh/target/auth.json
fi
if [ "$what" = log ] || [ "$what" = all ]; then
  java -cp "$cp" nl.meervoud.privacy.kernel.log.LogAppendProbe 64 200000
  java -cp "$cp" nl.meervoud.privacy.kernel.log.LogAppendProbe 2 20000
fi
