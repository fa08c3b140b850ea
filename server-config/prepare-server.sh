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
#   GATEWAY_EXPOSE_METRICS         false (default): Payara's /metrics is off; true: on, open to anyone who reaches it
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
data_dir=${GATEWAY_DATA_DIR:-$HOME/.token-gateway}
alias_name=${GATEWAY_TLS_CERT_ALIAS:-gateway}
plain_http=${GATEWAY_PLAIN_HTTP:-off}
expose_metrics=${GATEWAY_EXPOSE_METRICS:-false}
expose_openapi=${GATEWAY_EXPOSE_OPENAPI:-false}

# owner-only for every directory and file made from here on
umask 077

keytool_bin=keytool
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/keytool" ] && keytool_bin=$JAVA_HOME/bin/keytool

if [ -n "${GATEWAY_TLS_KEYSTORE:-}" ]; then
  keystore=$(readlink -f "$GATEWAY_TLS_KEYSTORE")
  password=${GATEWAY_TLS_KEYSTORE_PASSWORD:?GATEWAY_TLS_KEYSTORE_PASSWORD must be set with GATEWAY_TLS_KEYSTORE}
  [ -r "$keystore" ] || { echo "prepare-server: cannot read keystore $keystore" >&2; exit 1; }
else
  tls_dir=$data_dir/tls
  keystore=$tls_dir/gateway.p12
  password_file=$tls_dir/keystore.password
  mkdir -p "$tls_dir"
  chmod 700 "$data_dir" "$tls_dir"
  if [ ! -f "$keystore" ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$password_file"
    "$keytool_bin" -genkeypair -alias "$alias_name" -keyalg RSA -keysize 2048 -validity 825 \
      -dname "CN=localhost, O=Token Gateway (self-signed)" -ext "SAN=dns:localhost,ip:127.0.0.1" \
      -storetype PKCS12 -keystore "$keystore" \
      -storepass:file "$password_file" -keypass:file "$password_file" 2>/dev/null
    "$keytool_bin" -exportcert -rfc -alias "$alias_name" -keystore "$keystore" \
      -storepass:file "$password_file" -file "$tls_dir/gateway.pem" 2>/dev/null
    echo "prepare-server: created a self-signed certificate for localhost in $keystore (public part: $tls_dir/gateway.pem)" >&2
  fi
  # made by an older version with the default umask: owner-only now
  chmod 600 "$keystore" "$password_file" "$tls_dir/gateway.pem"
  password=$(cat "$password_file")
fi

# the password travels in the environment of this one command (readable by its owner only), not in its arguments
GATEWAY_KEYTOOL_STOREPASS=$password "$keytool_bin" -list -keystore "$keystore" \
  -storepass:env GATEWAY_KEYTOOL_STOREPASS -alias "$alias_name" >/dev/null 2>&1 || {
  echo "prepare-server: keystore $keystore has no entry '$alias_name' (or the password is wrong)" >&2; exit 1; }

# the database directory H2 will use, made owner-only before the server creates files in it
mkdir -p "$data_dir/db"
chmod 700 "$data_dir" "$data_dir/db"
chmod -f 600 "$data_dir"/db/* || true

mkdir -p "$out/errors"
out=$(cd "$out" && pwd)   # Payara reads the error files by absolute path
chmod 700 "$out" "$out/errors"
preboot=$out/preboot.asadmin

# The server's own error answers (made outside the application: while it deploys, or before a request reaches
# it) in Millicast's envelope, one file per status, served by the virtual server's send-error pages
error_codes=()
write_error() {
  local code=$1 reason=$2
  if [ "$code" -ge 500 ]; then
    printf '{"status":"error","message":"%s","code":%s,"data":{}}' "$reason" "$code"
  else
    printf '{"status":"fail","data":{"message":"%s"}}' "$reason"
  fi > "$out/errors/$code.json"
  error_codes+=("$code")
}
write_error 400 "Bad Request"
write_error 401 "Unauthorized"
write_error 403 "Forbidden"
write_error 404 "Not Found"
write_error 405 "Method Not Allowed"
write_error 408 "Request Timeout"
write_error 411 "Length Required"
write_error 413 "Request Entity Too Large"
write_error 414 "Request-URI Too Long"
write_error 415 "Unsupported Media Type"
write_error 500 "Internal Server Error"
write_error 501 "Not Implemented"
write_error 503 "Service Unavailable"

# TLS 1.2 and 1.3 only (Payara offers nothing older once these are the only ones named), and only suites with
# forward secrecy (ECDHE/DHE key exchange) and authenticated encryption (GCM, ChaCha20-Poly1305): no plain-RSA
# key exchange, no CBC. The three TLS 1.3 suites are all of that kind.
ciphers=TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256
ciphers+=,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
ciphers+=,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
ciphers+=,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
ciphers+=,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
ciphers+=,TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
ciphers+=,TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256

# Payara Micro names its listeners http-listener / https-listener. Leave key-store-type out: PKCS12 loads
# without it, and Payara rejects the value PKCS12 there.
https=configs.config.server-config.network-config.protocols.protocol.https-listener
listeners=configs.config.server-config.network-config.network-listeners.network-listener
virtual_server=configs.config.server-config.http-service.virtual-server.server
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
  echo "set $https.ssl.key-store=$keystore"
  echo "set $https.ssl.key-store-password=$stored_password"
  echo "set $https.ssl.cert-nickname=$alias_name"
  echo "set $https.ssl.tls12-enabled=true"
  echo "set $https.ssl.tls13-enabled=true"
  echo "set $https.ssl.ssl3-tls-ciphers=$ciphers"
  # On both listeners (the plain one redirects): no Server or X-Powered-By header naming the product; and
  # Grizzly refuses a body on DELETE over HTTP/1.1 (an empty 400 before the application sees it) unless told
  # that methods whose body the HTTP spec leaves undefined may carry one; HTTP/2 never refused it
  for protocol in https-listener http-listener; do
    echo "set configs.config.server-config.network-config.protocols.protocol.$protocol.http.server-header=false"
    echo "set configs.config.server-config.network-config.protocols.protocol.$protocol.http.xpowered-by=false"
    echo "set configs.config.server-config.network-config.protocols.protocol.$protocol.http.allow-payload-for-undefined-http-methods=true"
  done
  # The error report valve would write Payara's HTML page (with its version) and label our JSON text/html. The
  # property accepts any valve class; WebdavFixValve does nothing after a request, so it serves as "none" (an empty
  # value cannot be set: asadmin set removes a property given an empty value)
  echo "set $virtual_server.property.errorReportValve=org.apache.catalina.valves.WebdavFixValve"
  for code in "${error_codes[@]}"; do
    echo "set $virtual_server.property.send-error_$code=\"code=$code path=$out/errors/$code.json\""
  done
  # Payara serves these outside the WAR, so the gateway's logins cannot guard them: off unless asked for
  [ "$expose_metrics" = true ] || echo "set configs.config.server-config.microprofile-metrics-configuration.enabled=false"
  [ "$expose_openapi" = true ] || echo "set-openapi-configuration --enabled=false"
  case "$plain_http" in
    off) echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=false" ;;
    redirect) ;;
    *) echo "prepare-server: GATEWAY_PLAIN_HTTP must be off or redirect, not '$plain_http'" >&2; exit 1 ;;
  esac
} > "$preboot"
echo "$preboot"
