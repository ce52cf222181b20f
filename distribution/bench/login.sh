# SPDX-License-Identifier: EUPL-1.2
# Sourced by the benchmarks: logs in on a freshly started installation as its operator would.
#   meervoud_login <port> <console log>  prints the Authorization value ("Bearer …") of a staff account
# The operator's one-time password is read from the console, replaced at the first login, and a staff account
# (meldpuntmedewerker, consulent, coordinator) is created and logged in.
meervoud_login() {
  local port=$1 log=$2 base="http://127.0.0.1:$1/api/v1/aanmelding" json='Content-Type: application/json'
  local once operator staff
  once=$(grep -o 'eenmalig wachtwoord: [A-Za-z0-9]*' "$log" | head -1 | awk '{print $3}')
  operator=$(curl -s -H "$json" "$base/token" \
    -d "{\"gebruiker\":\"beheerder\",\"wachtwoord\":\"$once\",\"nieuwWachtwoord\":\"bench-beheerder-wachtwoord\"}" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  once=$(curl -s -H "Authorization: Bearer $operator" -H "$json" "$base/gebruikers" \
    -d '{"naam":"bench","functies":["meldpuntmedewerker","consulent","coordinator"]}' \
    | sed -n 's/.*"eenmaligWachtwoord":"\([^"]*\)".*/\1/p')
  staff=$(curl -s -H "$json" "$base/token" \
    -d "{\"gebruiker\":\"bench\",\"wachtwoord\":\"$once\",\"nieuwWachtwoord\":\"bench-medewerker-wachtwoord\"}" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$staff" ] || { echo "login failed; console: $log" >&2; return 1; }
  echo "Bearer $staff"
}
