# SPDX-License-Identifier: EUPL-1.2
# Sourced by the benchmarks: logs in on a freshly started installation as its operator would.
#   meervoud_login <port> <console log>  prints the Authorization value ("Bearer …") of a staff account
# The operator's one-time password is read from the console, replaced at the first login, and a staff account
# (meldpuntmedewerker, consulent, coordinator) is created and logged in. With GEMEENTEN=n (up to 10) there is one
# such account in each of n municipalities sharing the installation, and the values are printed comma-separated.
meervoud_login() {
  local port=$1 log=$2 base="http://127.0.0.1:$1/api/v1/aanmelding" json='Content-Type: application/json'
  local once operator staff tokens="" n=${GEMEENTEN:-1} i gemeente naam
  # Ten real CBS gemeentecodes; one municipality keeps the local accounts' default (0000), as before.
  local codes=(0363 0344 0599 0518 0014 0034 0193 0202 0268 0307)
  once=$(grep -o 'eenmalig wachtwoord: [A-Za-z0-9]*' "$log" | head -1 | awk '{print $3}')
  operator=$(curl -s -H "$json" "$base/token" \
    -d "{\"gebruiker\":\"beheerder\",\"wachtwoord\":\"$once\",\"nieuwWachtwoord\":\"bench-beheerder-wachtwoord\"}" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  for ((i = 0; i < n; i++)); do
    gemeente=""; [ "$n" -eq 1 ] || gemeente=",\"gemeente\":\"${codes[$i]}\""
    naam=bench; [ "$i" -eq 0 ] || naam=bench$i
    once=$(curl -s -H "Authorization: Bearer $operator" -H "$json" "$base/gebruikers" \
      -d "{\"naam\":\"$naam\",\"functies\":[\"meldpuntmedewerker\",\"consulent\",\"coordinator\"]$gemeente}" \
      | sed -n 's/.*"eenmaligWachtwoord":"\([^"]*\)".*/\1/p')
    staff=$(curl -s -H "$json" "$base/token" \
      -d "{\"gebruiker\":\"$naam\",\"wachtwoord\":\"$once\",\"nieuwWachtwoord\":\"bench-medewerker-wachtwoord\"}" \
      | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [ -n "$staff" ] || { echo "login failed; console: $log" >&2; return 1; }
    tokens="$tokens${tokens:+,}Bearer $staff"
  done
  echo "$tokens"
}
