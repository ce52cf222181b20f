# SPDX-License-Identifier: EUPL-1.2
# Sourced by the load benchmarks: starts meervoud.jar in a fresh home on H2 or PostgreSQL (the database
# meervoud_bench on 127.0.0.1:5432, user postgres, dropped and created afresh), waits until /health is 200, and
# logs in as the staff account of login.sh.
#   meervoud_start <h2|postgresql> <port>   sets home, pid and MEERVOUD_TOKEN; stops and removes all on exit
meervoud_start() {
  local db=$1 port=$2 here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  home=$(mktemp -d)
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
  mkdir -p "$home/etc"
  if [ "$db" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS meervoud_bench' -c 'CREATE DATABASE meervoud_bench' \
      -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'meervoud_app') THEN CREATE ROLE meervoud_app LOGIN; END IF; END \$\$"
    # As docs/operating.md says: postgres owns and migrates, the store works as meervoud_app under row-level security.
    printf 'url=jdbc:postgresql://127.0.0.1:5432/meervoud_bench\nuser=meervoud_app\npassword=\nmigratieGebruiker=postgres\nmigratieWachtwoord=\ndataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver)\n' \
      > "$home/etc/nl.meervoud.store.cfg"
  fi
  (cd "$home" && exec java ${JAVA_OPTS:-} -Dmeervoud.http.port="$port" -jar "${JAR:-$here/../target/meervoud.jar}" > "$home/out.log" 2>&1 < /dev/null) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do sleep 0.2; done
  . "$here/login.sh"
  MEERVOUD_TOKEN=$(meervoud_login "$port" "$home/out.log"); export MEERVOUD_TOKEN   # every request carries it
  echo "database: $db; $(nproc) cores; $(java -version 2>&1 | head -1)"
}
