#!/usr/bin/env bash
# Runs ReportFunctions locally without a cloud account: Azurite (storage), smtp4dev (SMTP) and the app on
# http://127.0.0.1:7071 through the local runner (src/ReportFunctions.LocalRunner). Unless --no-demo, it registers
# the demo organization dalan-town, submits samples/dalan-2021.json over HTTP and prints the published URL.
# Keeps serving until Ctrl-C / SIGTERM, then stops everything it started. See docs/local-development.md.
set -euo pipefail
cd "$(dirname "$0")"

port=7071
demo=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    --no-demo) demo=0; shift ;;
    -h|--help) echo "usage: ./run.sh [--port N] [--no-demo]"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (usage: ./run.sh [--port N] [--no-demo])" >&2; exit 2 ;;
  esac
done
case "$port" in ''|*[!0-9]*) echo "run.sh: --port needs a number" >&2; exit 2 ;; esac

for tool in dotnet node npm curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required but not installed" >&2; exit 1; }
done

log_dir=$(mktemp -d "${TMPDIR:-/tmp}/reportfunctions-run.XXXXXX")
pids=()
stop() {
  trap - EXIT INT TERM
  echo
  echo "Stopping…"
  # `dotnet tool run` starts the tool as a child process: stop children first, then what we started.
  for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  # Azurite closes its services on SIGTERM but its process can linger; give everything 5 s, then SIGKILL.
  for _ in $(seq 1 25); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  echo "Stopped. Logs: $log_dir"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

wait_for() { # wait_for NAME URL-OR-PORT PID LOG
  local name=$1 target=$2 pid=$3 log=$4
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: $name exited while starting; its log ($log):" >&2; tail -n 30 "$log" >&2; exit 1
    fi
    case "$target" in
      http*) curl -fsS -o /dev/null "$target" 2>/dev/null && return 0 ;;
      *) (exec 3<>"/dev/tcp/127.0.0.1/$target") 2>/dev/null && return 0 ;;
    esac
    sleep 0.2
  done
  echo "run.sh: $name did not start within 2 minutes; its log ($log):" >&2; tail -n 30 "$log" >&2; exit 1
}

echo "Installing tools (npm ci when node_modules is missing, dotnet tool restore)…"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
dotnet tool restore >/dev/null

if [ -z "${REPORTS_ADMIN_KEY:-}" ]; then
  REPORTS_ADMIN_KEY=$(node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))")
  echo "REPORTS_ADMIN_KEY was not set; generated one for this run: $REPORTS_ADMIN_KEY"
fi
export REPORTS_ADMIN_KEY

# Azurite, in memory: every run starts from empty storage.
blob_port=$(free_port); queue_port=$(free_port); table_port=$(free_port)
node_modules/.bin/azurite --inMemoryPersistence --skipApiVersionCheck --loose --silent \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$log_dir/azurite.log" 2>&1 &
pids+=($!)
azurite_pid=$!

# smtp4dev, so the app's SMTP settings are valid at start and every e-mail it sends can be read in a browser.
smtp_port=$(free_port); smtp_web_port=$(free_port)
dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$smtp_web_port" --smtpport="$smtp_port" --imapport="$(free_port)" \
  --pop3port="$(free_port)" --db= --nousersettings --baseappdatapath="$log_dir/smtp4dev" --bindaddress=127.0.0.1 \
  --disableipv6 >"$log_dir/smtp4dev.log" 2>&1 &
pids+=($!)
smtp_pid=$!

echo "Building the app…"
build_args=(-c Release --nologo -v quiet)
[ -n "${RUN_ARTIFACTS_PATH:-}" ] && build_args+=(--artifacts-path "$RUN_ARTIFACTS_PATH")
dotnet build src/ReportFunctions.LocalRunner "${build_args[@]}" >"$log_dir/build.log" 2>&1 \
  || { echo "run.sh: build failed; see $log_dir/build.log" >&2; tail -n 30 "$log_dir/build.log" >&2; exit 1; }
if [ -n "${RUN_ARTIFACTS_PATH:-}" ]; then
  runner="$RUN_ARTIFACTS_PATH/bin/ReportFunctions.LocalRunner/release/ReportFunctions.LocalRunner.dll"
else
  runner="src/ReportFunctions.LocalRunner/bin/Release/net10.0/ReportFunctions.LocalRunner.dll"
fi

wait_for Azurite "$table_port" "$azurite_pid" "$log_dir/azurite.log"
wait_for smtp4dev "http://127.0.0.1:$smtp_web_port" "$smtp_pid" "$log_dir/smtp4dev.log"

base="http://127.0.0.1:$port"
account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
export Reports__PublicBaseUrl="${Reports__PublicBaseUrl:-$base}"
export Queues__Submissions="${Queues__Submissions:-report-submissions}"
export Queues__EmailOutbox="${Queues__EmailOutbox:-email-outbox}"
export Smtp__Host=127.0.0.1 Smtp__Port="$smtp_port" Smtp__TlsMode=None Smtp__Username= Smtp__Password=
export Smtp__From="${Smtp__From:-noreply@reports.localhost}"
export Reminders__Schedule="${Reminders__Schedule:-0 0 1 * * *}"
export Reminders__FormUrl="${Reminders__FormUrl:-$base/api/form}"
export Reminders__SupervisingOfficeEmail="${Reminders__SupervisingOfficeEmail:-supervisor@reports.localhost}"

dotnet "$runner" --port "$port" >"$log_dir/app.log" 2>&1 &
pids+=($!)
app_pid=$!
wait_for "the app" "$base/api/health" "$app_pid" "$log_dir/app.log"
echo "App:        $base  (health: $base/api/health)"
echo "E-mail UI:  http://127.0.0.1:$smtp_web_port  (smtp4dev; SMTP on port $smtp_port)"
echo "Admin key:  x-functions-key: $REPORTS_ADMIN_KEY"

if [ "$demo" = 1 ]; then
  json_field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s)[process.argv[1]];console.log(v===undefined?'':v)})" "$1"; }
  echo "Demo: registering dalan-town, issuing its token, submitting samples/dalan-2021.json…"
  curl -fsS -X PUT "$base/api/manage/organizations/dalan-town" -H "x-functions-key: $REPORTS_ADMIN_KEY" \
    -H 'Content-Type: application/json' \
    -d '{"name":"大岚镇人民政府","kind":"township","contacts":["office@dalan.localhost"]}' >/dev/null
  token=$(curl -fsS -X POST "$base/api/manage/organizations/dalan-town/token" -H "x-functions-key: $REPORTS_ADMIN_KEY" | json_field token)
  status_url=$(curl -fsS -X POST "$base/api/reports" -H "X-Org-Token: $token" -H 'Content-Type: application/json' \
    --data-binary @samples/dalan-2021.json | json_field statusUrl)
  status=Received
  for _ in $(seq 1 300); do
    answer=$(curl -fsS "$base$status_url")
    status=$(printf '%s' "$answer" | json_field status)
    [ "$status" != Received ] && break
    sleep 0.2
  done
  if [ "$status" = Published ]; then
    echo "Published:  $(printf '%s' "$answer" | json_field url)"
  else
    echo "run.sh: the demo submission ended $status: $answer" >&2
  fi
fi

echo "Serving until Ctrl-C. Logs: $log_dir"
wait "$app_pid"
