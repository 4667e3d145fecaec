#!/bin/sh
# Calls NoBlame from a Linux/macOS agent. Everything comes from the environment so nothing is
# interpolated into the command line: NOBLAME_URL and NOBLAME_TOKEN (from Jenkins credentials),
# NOBLAME_METHOD, NOBLAME_PATH and NOBLAME_BODY (a file holding the JSON body).
# The token reaches curl through its --config on stdin (printf is a shell builtin), so it never
# shows in the process list. Prints the response body, then the HTTP status on the last line.
set -eu
url="${NOBLAME_URL%/}${NOBLAME_PATH}"
if [ "${NOBLAME_METHOD}" = "GET" ]; then
  printf 'header = "X-NoBlame-Token: %s"\n' "${NOBLAME_TOKEN}" | curl -sS --config - \
    -H 'Accept: application/json' --max-time 30 -w '\n%{http_code}' "${url}"
else
  printf 'header = "X-NoBlame-Token: %s"\n' "${NOBLAME_TOKEN}" | curl -sS --config - \
    -X "${NOBLAME_METHOD}" -H 'Content-Type: application/json; charset=utf-8' -H 'Accept: application/json' \
    --max-time 30 --data-binary "@${NOBLAME_BODY}" -w '\n%{http_code}' "${url}"
fi
