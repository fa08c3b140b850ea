#!/usr/bin/env bash
# Runs the gateway on Payara Micro, HTTPS only, with the operator's certificate (or a self-signed one).
#
#   server-config/start-gateway.sh [path/to/token-gateway.war]
#
# Environment: everything prepare-server.sh reads, plus
#   GATEWAY_HTTPS_PORT   HTTPS port (default 8443)
#   GATEWAY_HTTP_PORT    HTTP port when GATEWAY_PLAIN_HTTP=redirect (default 8080)
#   PAYARA_MICRO_JAR     the Payara Micro jar (default: target/payara-micro-*.jar, as mvn package leaves it)
#   JAVA_OPTS            extra JVM options, after the gateway's own (see below)
# and the gateway's own settings (MILLICAST_API_SECRET, ...: see README.md). No secret: sandbox mode.
set -euo pipefail
# what the server writes (the H2 database, Payara's runtime directory) is readable by its owner only
umask 077

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
war=$(readlink -f "${1:-$top/target/token-gateway.war}")
[ -f "$war" ] || { echo "start-gateway: no WAR at $war (run mvn package first)" >&2; exit 1; }

jar=${PAYARA_MICRO_JAR:-}
if [ -z "$jar" ]; then
  jar=$(ls "$top"/target/payara-micro-*.jar 2>/dev/null | sort | tail -n 1 || true)
fi
[ -n "$jar" ] && [ -f "$jar" ] || { echo "start-gateway: no Payara Micro jar; set PAYARA_MICRO_JAR or run mvn package" >&2; exit 1; }

data_dir=${GATEWAY_DATA_DIR:-$HOME/.token-gateway}
export GATEWAY_DATA_DIR=$data_dir
preboot=$("$here/prepare-server.sh" "$data_dir/run" --run)
postdeploy=$(dirname "$preboot")/postdeploy.asadmin
# the boot commands name this variable instead of holding the password (Payara's log echoes every boot command)
if [ -z "${GATEWAY_TLS_KEYSTORE:-}" ]; then
  GATEWAY_TLS_KEYSTORE_PASSWORD=$(cat "$data_dir/tls/keystore.password")
fi
export GATEWAY_TLS_KEYSTORE_PASSWORD

java_bin=java
[ -n "${JAVA_HOME:-}" ] && java_bin=$JAVA_HOME/bin/java
# shellcheck source=server-settings.sh
. "$here/server-settings.sh"
# Footprint (docs/performance.md has the measurements): the gateway's live heap is about 80 MB after a load, so a
# 144 MB heap with the parallel collector (its full collections take about 200 ms where the serial one's took 300
# to 390, and those set the p99; its own structures cost about 15 MB more, which the smaller heap gives back);
# smaller thread stacks and code cache; the JDK returns freed native memory to the system every 5 s; glibc keeps
# two malloc arenas instead of one per thread. JAVA_OPTS comes after these, so an operator's -Xmx wins.
# Not -XX:TieredStopAtLevel=1 (C1 only): it saves 60 MB but loses the AES-GCM intrinsics, and TLS then costs 60 %
# of the CPU of a token list.
footprint_options=(
  -Xms64m -Xmx144m -XX:+UseParallelGC -Xss512k
  -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m
  -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000
)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# the gateway's JVM options (server-settings.sh says why each), then the operator's
# --nohazelcast: one instance, no clustering; fastest start and smallest memory
# no --port/--sslport: the ports are set by the boot commands and opened only after the WAR is deployed
# shellcheck disable=SC2086
exec "$java_bin" "${gateway_jvm_options[@]}" "${footprint_options[@]}" ${JAVA_OPTS:-} -jar "$jar" \
  --deploy "$war" --contextroot / \
  --nohazelcast --prebootcommandfile "$preboot" --postdeploycommandfile "$postdeploy"
