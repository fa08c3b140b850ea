#!/usr/bin/env bash
# Prepares Payara Micro for the gateway: finds the operator's keystore (or makes a self-signed one for
# localhost, once), and writes the pre-boot commands that point the https-listener at it (TLS 1.2 and 1.3,
# forward-secret AEAD suites only), switch plain HTTP off, let DELETE carry a body over HTTP/1.1, answer the
# server's own errors in Millicast's JSON shape without a product banner, and keep Payara's own /metrics and
# /openapi endpoints off unless asked for.
#
#   server-config/prepare-server.sh OUT_DIR [--run]   -> OUT_DIR/preboot.asadmin, OUT_DIR/errors/*.json
#
# --run: for server-config/start-gateway.sh, which starts Payara Micro without --port/--sslport. The listeners
#   are configured here but stay closed until the WAR is deployed (OUT_DIR/postdeploy.asadmin opens them), so
#   nobody ever gets an answer from a server that is still starting (Payara's own pages, bare 500s, 503s). The
#   keystore password is not written at all: the commands name the environment variable
#   GATEWAY_TLS_KEYSTORE_PASSWORD, which the caller exports to the server, and Payara's log, which echoes every
#   boot command, never shows it.
#
# Everything it makes (data dir, tls/, OUT_DIR and their files) is readable by its owner only, and no password
# is ever put on a command line (where ps would show it).
#
# Environment (all optional):
#   GATEWAY_DATA_DIR               where generated files live (default: $HOME/.token-gateway)
#   GATEWAY_TLS_KEYSTORE           PKCS12 or JKS keystore with the server's key and certificate chain
#                                  (default: $GATEWAY_DATA_DIR/tls/gateway.p12, created self-signed if missing)
#   GATEWAY_TLS_KEYSTORE_PASSWORD  its password (required with GATEWAY_TLS_KEYSTORE; generated otherwise)
#   GATEWAY_TLS_CERT_ALIAS         the alias of the key entry (default: gateway)
#   GATEWAY_PLAIN_HTTP             off (default): no HTTP listener; redirect: keep it, the app redirects to HTTPS
#   GATEWAY_EXPOSE_METRICS         false (default): Payara's /metrics is closed (GET /admin/metrics shows the
#                                  same, behind the gateway's login); true: open to anyone who reaches it
#   GATEWAY_EXPOSE_OPENAPI         false (default): Payara's /openapi is off; true: on, open to anyone who reaches it
#   GATEWAY_HTTPS_PORT             with --run: the HTTPS port (default 8443)
#   GATEWAY_HTTP_PORT              with --run and GATEWAY_PLAIN_HTTP=redirect: the HTTP port (default 8080)
set -euo pipefail

out=${1:?usage: prepare-server.sh OUT_DIR [--run]}
run_mode=false
case "${2:-}" in
  --run) run_mode=true ;;
  "") ;;
  *) echo "prepare-server: usage: prepare-server.sh OUT_DIR [--run]" >&2; exit 1 ;;
esac
plain_http=${GATEWAY_PLAIN_HTTP:-off}
case "$plain_http" in
  off|redirect) ;;
  *) echo "prepare-server: GATEWAY_PLAIN_HTTP must be off or redirect, not '$plain_http'" >&2; exit 1 ;;
esac

# owner-only for every directory and file made from here on
umask 077

# shellcheck source=server-settings.sh
. "$(dirname "$0")/server-settings.sh"
settings_environment
settings_keystore prepare-server
settings_database_dir

mkdir -p "$out"
out=$(cd "$out" && pwd)   # Payara reads the error files by absolute path
chmod 700 "$out"
settings_error_files "$out/errors"
preboot=$out/preboot.asadmin

# Payara Micro names its listeners http-listener / https-listener
listeners=configs.config.server-config.network-config.network-listeners.network-listener
stored_password=$password
[ "$run_mode" = true ] && stored_password='${ENV=GATEWAY_TLS_KEYSTORE_PASSWORD}'
postdeploy=$out/postdeploy.asadmin
rm -f "$postdeploy"
{
  if [ "$run_mode" = true ]; then
    echo "set $listeners.https-listener.port=${GATEWAY_HTTPS_PORT:-8443}"
    echo "set $listeners.https-listener.enabled=false"
    echo "set $listeners.https-listener.enabled=true" >> "$postdeploy"
    if [ "$plain_http" = redirect ]; then
      echo "set $listeners.http-listener.port=${GATEWAY_HTTP_PORT:-8080}"
      echo "set $listeners.http-listener.enabled=false"
      echo "set $listeners.http-listener.enabled=true" >> "$postdeploy"
    fi
  fi
  settings_commands https-listener http-listener "$stored_password" "$out/errors"
  [ "$plain_http" = redirect ] || echo "set $listeners.http-listener.enabled=false"
} > "$preboot"
echo "$preboot"
