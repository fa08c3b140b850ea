#!/usr/bin/env bash
# Prepares Payara Micro for the gateway: finds the operator's keystore (or makes a self-signed one for
# localhost, once), and writes the pre-boot commands that point the https-listener at it, switch plain HTTP
# off, and keep Payara's own /metrics and /openapi endpoints off unless asked for.
#
#   server-config/prepare-server.sh OUT_DIR      -> OUT_DIR/preboot.asadmin
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
set -euo pipefail

out=${1:?usage: prepare-server.sh OUT_DIR}
data_dir=${GATEWAY_DATA_DIR:-$HOME/.token-gateway}
alias_name=${GATEWAY_TLS_CERT_ALIAS:-gateway}
plain_http=${GATEWAY_PLAIN_HTTP:-off}
expose_metrics=${GATEWAY_EXPOSE_METRICS:-false}
expose_openapi=${GATEWAY_EXPOSE_OPENAPI:-false}

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
  chmod 700 "$tls_dir"
  if [ ! -f "$keystore" ]; then
    umask 077
    head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$password_file"
    "$keytool_bin" -genkeypair -alias "$alias_name" -keyalg RSA -keysize 2048 -validity 825 \
      -dname "CN=localhost, O=Token Gateway (self-signed)" -ext "SAN=dns:localhost,ip:127.0.0.1" \
      -storetype PKCS12 -keystore "$keystore" \
      -storepass:file "$password_file" -keypass:file "$password_file" 2>/dev/null
    "$keytool_bin" -exportcert -rfc -alias "$alias_name" -keystore "$keystore" \
      -storepass:file "$password_file" -file "$tls_dir/gateway.pem" 2>/dev/null
    echo "prepare-server: created a self-signed certificate for localhost in $keystore (public part: $tls_dir/gateway.pem)" >&2
  fi
  password=$(cat "$password_file")
fi

"$keytool_bin" -list -keystore "$keystore" -storepass "$password" -alias "$alias_name" >/dev/null 2>&1 || {
  echo "prepare-server: keystore $keystore has no entry '$alias_name' (or the password is wrong)" >&2; exit 1; }

mkdir -p "$out"
preboot=$out/preboot.asadmin
umask 077
# Payara Micro names its listeners http-listener / https-listener. Leave key-store-type out: PKCS12 loads
# without it, and Payara rejects the value PKCS12 there.
{
  echo "set configs.config.server-config.network-config.protocols.protocol.https-listener.ssl.key-store=$keystore"
  echo "set configs.config.server-config.network-config.protocols.protocol.https-listener.ssl.key-store-password=$password"
  echo "set configs.config.server-config.network-config.protocols.protocol.https-listener.ssl.cert-nickname=$alias_name"
  echo "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.server-header=false"
  echo "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.xpowered-by=false"
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
