# Sourced (not run) by prepare-server.sh (Payara Micro) and configure-payara-server.sh (Payara Server): what both
# servers get, said once. The caller has set -euo pipefail and umask 077.
#
# Reads the environment documented in prepare-server.sh: GATEWAY_DATA_DIR, GATEWAY_TLS_KEYSTORE,
# GATEWAY_TLS_KEYSTORE_PASSWORD, GATEWAY_TLS_CERT_ALIAS, GATEWAY_EXPOSE_METRICS, GATEWAY_EXPOSE_OPENAPI.

# Every generated file lives under data_dir; alias_name is the key entry the HTTPS listener serves.
settings_environment() {
  data_dir=${GATEWAY_DATA_DIR:-$HOME/.token-gateway}
  alias_name=${GATEWAY_TLS_CERT_ALIAS:-gateway}
  expose_metrics=${GATEWAY_EXPOSE_METRICS:-false}
  expose_openapi=${GATEWAY_EXPOSE_OPENAPI:-false}
  keytool_bin=keytool
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/keytool" ]; then keytool_bin=$JAVA_HOME/bin/keytool; fi
}

# Sets keystore (absolute path) and password: the operator's keystore, or a self-signed one for localhost made once
# in data_dir/tls. The password goes to keytool through its environment, never its arguments (ps shows those).
settings_keystore() {
  local who=$1
  if [ -n "${GATEWAY_TLS_KEYSTORE:-}" ]; then
    keystore=$(readlink -f "$GATEWAY_TLS_KEYSTORE")
    password=${GATEWAY_TLS_KEYSTORE_PASSWORD:?GATEWAY_TLS_KEYSTORE_PASSWORD must be set with GATEWAY_TLS_KEYSTORE}
    [ -r "$keystore" ] || { echo "$who: cannot read keystore $keystore" >&2; exit 1; }
  else
    local tls_dir=$data_dir/tls
    local password_file=$tls_dir/keystore.password
    keystore=$tls_dir/gateway.p12
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
      echo "$who: created a self-signed certificate for localhost in $keystore (public part: $tls_dir/gateway.pem)" >&2
    fi
    # made by an older version with the default umask: owner-only now
    chmod 600 "$keystore" "$password_file" "$tls_dir/gateway.pem"
    password=$(cat "$password_file")
  fi
  GATEWAY_KEYTOOL_STOREPASS=$password "$keytool_bin" -list -keystore "$keystore" \
    -storepass:env GATEWAY_KEYTOOL_STOREPASS -alias "$alias_name" >/dev/null 2>&1 || {
    echo "$who: keystore $keystore has no entry '$alias_name' (or the password is wrong)" >&2; exit 1; }
}

# The database directory H2 will use, made owner-only before the server creates files in it.
settings_database_dir() {
  mkdir -p "$data_dir/db"
  chmod 700 "$data_dir" "$data_dir/db"
  chmod -f 600 "$data_dir"/db/* || true
}

# The server's own error answers (made outside the application: while it deploys, or before a request reaches
# it) in Millicast's envelope, one file per status in $1 (absolute), served by the virtual server's send-error
# pages. Sets error_codes.
settings_error_files() {
  local dir=$1
  mkdir -p "$dir"
  chmod 700 "$dir"
  error_codes=()
  local code reason
  while IFS='|' read -r code reason; do
    if [ "$code" -ge 500 ]; then
      printf '{"status":"error","message":"%s","code":%s,"data":{}}' "$reason" "$code"
    else
      printf '{"status":"fail","data":{"message":"%s"}}' "$reason"
    fi > "$dir/$code.json"
    error_codes+=("$code")
  done <<'CODES'
400|Bad Request
401|Unauthorized
403|Forbidden
404|Not Found
405|Method Not Allowed
408|Request Timeout
411|Length Required
413|Request Entity Too Large
414|Request-URI Too Long
415|Unsupported Media Type
500|Internal Server Error
501|Not Implemented
503|Service Unavailable
CODES
}

# The asadmin commands both servers run, one per line, for the protocols named $1 (HTTPS) and $2 (plain HTTP),
# the keystore password as stored ($3: a ${ENV=…} or ${ALIAS=…} reference, or the password) and the error files'
# directory ($4).
settings_commands() {
  local https_protocol=$1 http_protocol=$2 stored_password=$3 errors=$4
  local protocols=configs.config.server-config.network-config.protocols.protocol
  local https=$protocols.$https_protocol
  local virtual_server=configs.config.server-config.http-service.virtual-server.server
  # TLS 1.2 and 1.3 only (Payara offers nothing older once these are the only ones named), and only suites with
  # forward secrecy (ECDHE/DHE key exchange) and authenticated encryption (GCM, ChaCha20-Poly1305): no plain-RSA
  # key exchange, no CBC. The three TLS 1.3 suites are all of that kind.
  local ciphers=TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256
  ciphers+=,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
  ciphers+=,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
  ciphers+=,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
  ciphers+=,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
  ciphers+=,TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
  ciphers+=,TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256
  # Leave key-store-type out: PKCS12 loads without it, and Payara rejects the value PKCS12 there.
  echo "set $https.ssl.key-store=$keystore"
  echo "set $https.ssl.key-store-password=$stored_password"
  echo "set $https.ssl.cert-nickname=$alias_name"
  echo "set $https.ssl.tls12-enabled=true"
  echo "set $https.ssl.tls13-enabled=true"
  echo "set $https.ssl.ssl3-tls-ciphers=$ciphers"
  # On both listeners (the plain one redirects): no Server or X-Powered-By header naming the product; and
  # Grizzly refuses a body on DELETE over HTTP/1.1 (an empty 400 before the application sees it) unless told
  # that methods whose body the HTTP spec leaves undefined may carry one; HTTP/2 never refused it
  local protocol
  for protocol in "$https_protocol" "$http_protocol"; do
    echo "set $protocols.$protocol.http.server-header=false"
    echo "set $protocols.$protocol.http.xpowered-by=false"
    echo "set $protocols.$protocol.http.allow-payload-for-undefined-http-methods=true"
  done
  # A kept-alive connection serves any number of requests (Grizzly's default closes it after 250, and every
  # client then pays a new TLS handshake: 12 % of the gateway's CPU in a profile of get at 16 connections); idle
  # connections still close after http.timeout-seconds (30)
  echo "set $https.http.max-connections=-1"
  # A client that closes an HTTP/2 connection (curl does after each command; load balancers' health checks do) is
  # no fault of the server, yet Grizzly's HTTP/2 session logged a WARNING with a stack trace for each, which anyone
  # could repeat to flood the log; its records of that level say nothing else about the server
  echo "set-log-levels org.glassfish.grizzly.http2.Http2Session=SEVERE"
  # The error report valve would write Payara's HTML page (with its version) and label our JSON text/html. The
  # property accepts any valve class; WebdavFixValve does nothing after a request, so it serves as "none" (an empty
  # value cannot be set: asadmin set removes a property given an empty value)
  echo "set $virtual_server.property.errorReportValve=org.apache.catalina.valves.WebdavFixValve"
  local code
  for code in "${error_codes[@]}"; do
    echo "set $virtual_server.property.send-error_$code=\"code=$code path=$errors/$code.json\""
  done
  # Payara serves these past the gateway's logins, so they are closed unless asked for. The metrics service itself
  # stays on (the gateway's guarded GET /admin/metrics reads its registries); Payara only adds its own /metrics
  # servlet to an application on a listed virtual server, and this lists none that exists
  echo "set configs.config.server-config.microprofile-metrics-configuration.enabled=true"
  if [ "$expose_metrics" = true ]; then
    echo "set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=server"
  else
    echo "set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=gateway-metrics-closed"
  fi
  [ "$expose_openapi" = true ] || echo "set-openapi-configuration --enabled=false"
  return 0
}

# The JVM options the gateway needs, in the one form both java and asadmin create-jvm-options accept (with "=";
# "--add-opens java.base/…" with a space is taken by asadmin and then stops the domain from starting):
# --add-opens: Jersey's client sends PATCH (bulk disable) only by reflection into HttpURLConnection
# user.timezone=UTC: database times are UTC
# http.maxConnections: the JDK keeps only 5 idle upstream connections by default; under load every other
# upstream call would pay a new TLS handshake (measured: get 900 -> 1525 req/s with 64, bench/run.sh, 16 clients)
gateway_jvm_options=(
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/sun.net.www.protocol.https=ALL-UNNAMED
  -Duser.timezone=UTC
  -Dhttp.maxConnections=64
)
