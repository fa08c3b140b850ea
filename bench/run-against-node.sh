#!/usr/bin/env bash
# bench/run-against-node.sh [--duration S] [--connections N] [--starts N] [--soak MINUTES] [--no-build] [--keep-scratch]
#
# The gateway against the forty-line Node.js proxy of Dolby's tutorial, with ../shared/bench (or $BENCH_SRC):
#  1. builds the WAR (unless --no-build) and copies the bench harness to a scratch folder, running its setup;
#  2. starts the bench's fake Millicast upstream, the tutorial's Node.js proxy (and the viewer-token Node.js peer),
#     and the gateway in front of the fake through the run command (server-config/start-gateway.sh): the secret
#     `bench-secret`, the fake's certificate trusted, the callers' rate limits and the upstream throttle off (the
#     fake is not Dolby.io), audit and access log on as they ship;
#  3. issues an editor API key through the admin API;
#  4. runs the interleaved harness (create, list, get) twice: "first run after a start", then "warm"; then the
#     viewer scenario against the Node.js viewer peer when the gateway serves it;
#  5. reads the resident memory of the gateway and the Node.js proxy, and the gateway's start time (launch to the
#     first HTTPS 200, median of --starts, with bench/startup.sh; and launch to ready, warm-up included, of the
#     first start);
#  6. with --soak MINUTES, keeps the gateway under the bench's load (create, list, get, viewer) that long, and
#     once a minute forces a full collection and reads the heap still in use (jstat) and the resident memory, to
#     show whether memory grows (a least-squares trend in MB per minute);
#  7. prints one table of ratios, gateway ÷ Node.js, and stops everything it started, by process id.
# Ports: fake 19443, Node.js proxy 18084, viewer peer 18086, gateway 18443 (must be free).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
BENCH_SRC=${BENCH_SRC:-$top/../shared/bench}
DURATION=10 CONNECTIONS=16 STARTS=5 SOAK=0 BUILD=1 KEEP=0
while (($#)); do
  case $1 in
    --duration) DURATION=$2; shift 2;;
    --connections) CONNECTIONS=$2; shift 2;;
    --starts) STARTS=$2; shift 2;;
    --soak) SOAK=$2; shift 2;;
    --no-build) BUILD=0; shift;;
    --keep-scratch) KEEP=1; shift;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
[ -d "$BENCH_SRC" ] || { echo "no bench harness at $BENCH_SRC (set BENCH_SRC)" >&2; exit 1; }

FAKE_PORT=19443 PEER_PORT=18084 SELFSIGN_PORT=18086 GATEWAY_PORT=18443
ADMIN_PASSWORD=bench-admin-password-1
for port in $FAKE_PORT $PEER_PORT $SELFSIGN_PORT $GATEWAY_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use" >&2; exit 1; fi
done

scratch=$(mktemp -d /tmp/token-gateway-bench.XXXXXX)
gateway_pid=
cleanup() {
  if [ -n "$gateway_pid" ]; then kill -- "-$gateway_pid" 2>/dev/null || true; fi
  [ -x "$scratch/bench/stop-all.sh" ] && (cd "$scratch" && bench/stop-all.sh >/dev/null 2>&1 || true)
  if ((KEEP)); then echo "scratch folder kept: $scratch" >&2; else rm -rf "$scratch"; fi
}
trap cleanup EXIT

if ((BUILD)); then
  echo "== building the WAR" >&2
  (cd "$top" && mvn -B -q package -DskipTests)
fi
cp -r "$BENCH_SRC" "$scratch/bench"
rm -rf "$scratch/bench/run"
echo "== bench setup in $scratch" >&2
(cd "$scratch" && bench/setup.sh >"$scratch/setup.log" 2>&1) || { tail -n 20 "$scratch/setup.log" >&2; exit 1; }
(cd "$scratch" && FAKE_PORT=$FAKE_PORT PEER_PORT=$PEER_PORT SELFSIGN_PORT=$SELFSIGN_PORT bench/start-all.sh >&2)

# The gateway's command, as an operator runs it (also used for the start-time runs)
gateway_env=(
  GATEWAY_DATA_DIR="$scratch/gateway" GATEWAY_HTTPS_PORT=$GATEWAY_PORT GATEWAY_ADMIN_PASSWORD=$ADMIN_PASSWORD
  MILLICAST_API_URL="https://127.0.0.1:$FAKE_PORT" MILLICAST_API_SECRET=bench-secret
  MILLICAST_TRUST_CA_FILE="$scratch/bench/certs/fake-upstream.crt"
  GATEWAY_RATELIMIT_CHANGES_PER_SECOND=0 GATEWAY_RATELIMIT_READS_PER_SECOND=0 GATEWAY_UPSTREAM_CALLS_PER_SECOND=0
)
gateway_command="env ${gateway_env[*]} $top/server-config/start-gateway.sh"
gateway_url=https://127.0.0.1:$GATEWAY_PORT

echo "== starting the gateway" >&2
started=$(date +%s%N)
setsid bash -c "$gateway_command" >"$scratch/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -sk -o /dev/null -w '%{http_code}' --max-time 1 "$gateway_url/health/ready" || true)" = 200 ] && break
  kill -0 "$gateway_pid" 2>/dev/null || { tail -n 30 "$scratch/gateway.log" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "   ready after $ready_ms ms" >&2
key=$(curl -sk -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"label":"bench","role":"editor"}' "$gateway_url/admin/api-keys" | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
[ -n "$key" ] || { echo "could not issue an API key" >&2; exit 1; }
export AUTH_GATEWAY=$key FAKE_URL=https://127.0.0.1:$FAKE_PORT

rss_mb() { # rss_mb PID... -> the resident memory of these processes together, in MB
  local total=0 p
  for p in "$@"; do
    total=$((total + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

harness() { # harness LABEL ARGS... -> the harness's summary, kept in $scratch/LABEL.txt
  echo "== $1" >&2
  local label=$1; shift
  (cd "$scratch" && bench/run.sh --duration "$DURATION" --connections "$CONNECTIONS" "$@") | tee "$scratch/$label.txt"
}

harness first-run tutorial=https://127.0.0.1:$PEER_PORT gateway=$gateway_url
harness warm tutorial=https://127.0.0.1:$PEER_PORT gateway=$gateway_url
viewer_probe=$(curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"streamName":"bench","viewerIp":"203.0.113.7","expiresIn":300}' "$gateway_url/api/subscribe_token/1/viewer_token" || true)
if [ "$viewer_probe" = 200 ]; then
  harness viewer --scenarios viewer selfsign=https://127.0.0.1:$SELFSIGN_PORT gateway=$gateway_url
else
  echo "== viewer: skipped (the gateway answered $viewer_probe to a viewer token request)" >&2
fi
gateway_java=$(pgrep -g "$gateway_pid" java)
gateway_rss=$(rss_mb "$gateway_java")
node_rss=$(rss_mb "$(cat "$scratch/bench/run/tutorial-node.pid")")

heap_after_full_gc_mb() { # heap_after_full_gc_mb PID -> MB of heap in use right after a forced full collection
  jcmd "$1" GC.run >/dev/null
  jstat -gc "$1" | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR == 2 {printf "%.0f", ($(col["S0U"]) + $(col["S1U"]) + $(col["EU"]) + $(col["OU"])) / 1024}'
}
soak_heap= soak_rss=
if ((SOAK > 0)); then
  echo "== soak: $SOAK minutes of create, list, get and viewer" >&2
  soak_end=$(( $(date +%s) + SOAK * 60 ))
  soak_heap=$(heap_after_full_gc_mb "$gateway_java") soak_rss=$gateway_rss
  while (( $(date +%s) < soak_end )); do
    (cd "$scratch" && bench/run.sh --duration 15 --connections "$CONNECTIONS" --scenarios create,list,get \
      gateway=$gateway_url >/dev/null && bench/run.sh --duration 15 --connections "$CONNECTIONS" \
      --scenarios viewer gateway=$gateway_url >/dev/null)
    soak_heap="$soak_heap $(heap_after_full_gc_mb "$gateway_java")"
    soak_rss="$soak_rss $(rss_mb "$gateway_java")"
    echo "   heap after a full collection (MB): $soak_heap; resident (MB): $soak_rss" >&2
  done
fi
trend() { # trend VALUES... -> the least-squares slope per step, e.g. "+0.4"
  echo "$@" | awk '{n = NF; for (i = 1; i <= n; i++) {sx += i; sy += $i; sxy += i * $i; sxx += i * i}
    d = n * sxx - sx * sx; printf "%+.1f", d ? (n * sxy - sx * sy) / d : 0}'
}
kill -- "-$gateway_pid" 2>/dev/null || true
wait "$gateway_pid" 2>/dev/null || true
gateway_pid=

echo "== start time, $STARTS starts" >&2
startup=$(cd "$scratch" && bench/startup.sh --timeout 120 --repeat "$STARTS" "exec $gateway_command" "$gateway_url/health/live")
echo "$startup" >&2

ratios() { # ratios LABEL -> "create 1.23x list ... " from the harness's "relative to" table
  awk '/relative to/ {on = 1; next} on && $1 ~ /^(create|list|get|viewer)$/ {printf "%s %s  ", $1, $3}' "$scratch/$1.txt"
}
echo
echo "Token Gateway vs the tutorial's Node.js proxy ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores," \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $DURATION s per target and scenario," \
  "$CONNECTIONS connections)"
echo "  req/s gateway ÷ Node.js, first run after a start: $(ratios first-run)"
echo "  req/s gateway ÷ Node.js, warm:                    $(ratios warm)"
[ -f "$scratch/viewer.txt" ] && echo "  viewer tokens, gateway ÷ Node.js viewer peer:    $(ratios viewer)"
echo "  resident memory after the runs: gateway ${gateway_rss} MB, Node.js proxy ${node_rss} MB"
if [ -n "$soak_heap" ]; then
  echo "  soak, $SOAK min of load: heap after a full collection, about a minute apart: $soak_heap MB (trend $(trend $soak_heap) MB per minute);"
  echo "    resident: $soak_rss MB (trend $(trend $soak_rss) MB per minute)"
fi
echo "  gateway start, launch to first HTTPS 200 (median of $STARTS): $(echo "$startup" | tail -n 1 | sed 's/^median of [0-9]*: //')"
echo "  gateway start, launch to ready (/health/ready 200, its warm-up included; the first start): $((ready_ms / 1000)).$(( ready_ms % 1000 / 100 )) s"
