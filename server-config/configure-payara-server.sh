#!/usr/bin/env bash
# Configures an existing, running Payara Server domain for the gateway with the same settings
# server-config/prepare-server.sh gives Payara Micro: the HTTPS listener (http-listener-2) with the operator's
# keystore (or a self-signed one for localhost, made once), TLS 1.2 and 1.3 with forward-secret AEAD suites only,
# no Server or X-Powered-By header on either listener, DELETE with a body, the server's own errors as Millicast
# JSON, Payara's /metrics and /openapi off, plain HTTP (http-listener-1) only redirecting to HTTPS (or off), the
# JVM options the gateway needs (only those missing), the data directory, and the gateway's settings as the
# domain's MicroProfile Config properties, every secret among them in a Payara password alias (domain.xml holds
# only ${ALIAS=…}).
#
#   server-config/configure-payara-server.sh [--restart]
#
# It compares first and changes only what differs, so a second run changes nothing. It says what it changed and
# what that needs: a domain restart (JVM options), or a redeploy of the gateway (its settings: they are read at
# deployment). --restart does it: restart-domain, or else disable + enable of the deployed gateway.
#
# Run it on the server's machine as the user Payara runs as (the keystore and the error pages are files the
# server reads). Nothing secret is put on a command line or written to the log: asadmin reads the secrets from a
# password file that exists only while it runs.
#
# Environment (all optional):
#   PAYARA_HOME            the Payara Server installation (default: the one whose asadmin is on the PATH)
#   AS_ADMIN_HOST, AS_ADMIN_PORT, AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE
#                          asadmin's own: which domain, as whom (default localhost:4848, admin)
#   PAYARA_DOMAIN_DIR      that domain's directory, for --restart and the default data directory
#                          (default: $PAYARA_HOME/glassfish/domains/${PAYARA_DOMAIN:-domain1})
#   GATEWAY_DATA_DIR       the gateway's data (H2 database in db/, tls/, server/errors/);
#                          default: $PAYARA_DOMAIN_DIR/token-gateway
#   GATEWAY_TLS_KEYSTORE, GATEWAY_TLS_KEYSTORE_PASSWORD, GATEWAY_TLS_CERT_ALIAS, GATEWAY_EXPOSE_METRICS,
#   GATEWAY_EXPOSE_OPENAPI as for prepare-server.sh
#   GATEWAY_PLAIN_HTTP     redirect (default): http-listener-1 stays and only redirects to HTTPS; off: switched off
#   GATEWAY_HTTPS_PORT     the HTTPS listener's port (default: leave it as it is)
#   GATEWAY_APP_NAME       the gateway's application name (default: token-gateway)
#   MILLICAST_API_SECRET or MILLICAST_API_SECRET_FILE, GATEWAY_ADMIN_PASSWORD, GATEWAY_DB_PASSWORD,
#   MILLICAST_TRUST_STORE_PASSWORD
#                          secrets: each goes into a password alias named after it (millicast-api-secret, ...)
#   every other MILLICAST_* / GATEWAY_* setting of the README's "Configuration" table
#                          becomes the domain config property of the same name (MILLICAST_API_URL ->
#                          millicast.api.url); a setting the environment does not name is left as it is
set -euo pipefail
umask 077

restart=false
case "${1:-}" in
  --restart) restart=true ;;
  "") ;;
  *) echo "configure-payara-server: usage: configure-payara-server.sh [--restart]" >&2; exit 1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=server-settings.sh
. "$here/server-settings.sh"

if [ -n "${PAYARA_HOME:-}" ]; then
  asadmin_bin=$PAYARA_HOME/bin/asadmin
else
  asadmin_bin=$(command -v asadmin) || { echo "configure-payara-server: no asadmin on the PATH; set PAYARA_HOME" >&2; exit 1; }
fi
payara_home=$(dirname "$(dirname "$(readlink -f "$asadmin_bin")")")
app=${GATEWAY_APP_NAME:-token-gateway}
plain_http=${GATEWAY_PLAIN_HTTP:-redirect}
case "$plain_http" in
  off|redirect) ;;
  *) echo "configure-payara-server: GATEWAY_PLAIN_HTTP must be off or redirect, not '$plain_http'" >&2; exit 1 ;;
esac
domain_dir=${PAYARA_DOMAIN_DIR:-$payara_home/glassfish/domains/${PAYARA_DOMAIN:-domain1}}
if [ -z "${GATEWAY_DATA_DIR:-}" ]; then
  [ -d "$domain_dir" ] || {
    echo "configure-payara-server: no domain directory $domain_dir; set GATEWAY_DATA_DIR or PAYARA_DOMAIN_DIR" >&2; exit 1; }
  GATEWAY_DATA_DIR=$domain_dir/token-gateway
fi
mkdir -p "$GATEWAY_DATA_DIR"
GATEWAY_DATA_DIR=$(cd "$GATEWAY_DATA_DIR" && pwd)
export GATEWAY_DATA_DIR

settings_environment
settings_keystore configure-payara-server
settings_database_dir
mkdir -p "$data_dir/server"
chmod 700 "$data_dir/server"
settings_error_files "$data_dir/server/errors"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

asadmin() {
  "$asadmin_bin" --interactive=false "$@"
}

changed=()        # what this run changed, one line each
needs_restart=false
needs_redeploy=false
note() {
  changed+=("$1")
  echo "configure-payara-server: $1"
}

asadmin -t get '*' > "$work/config" || {
  echo "configure-payara-server: asadmin cannot reach the domain (is it running? AS_ADMIN_PORT, AS_ADMIN_PASSWORDFILE?)" >&2
  exit 1; }
asadmin -t list-password-aliases > "$work/aliases" || true

# --- secrets: one password alias each, created or updated only when its value changed ---------------------------
# Payara cannot show an alias's value without resolving it into some output, so each value's salted SHA-256 is
# kept (owner-only) beside the data and compared instead
digests=$data_dir/server/alias-digests
[ -f "$digests" ] || head -c 16 /dev/urandom | base64 > "$digests"
chmod 600 "$digests"
salt=$(head -n 1 "$digests")
# store_alias NAME VALUE: the alias NAME holds VALUE afterwards
store_alias() {
  local name=$1 value=$2 digest verb
  case "$value" in *$'\n'*) echo "configure-payara-server: $name must be one line" >&2; exit 1 ;; esac
  digest=$(printf '%s:%s' "$salt" "$value" | sha256sum | cut -d' ' -f1)
  if grep -qx "$name" "$work/aliases" && grep -qx "$name $digest" "$digests"; then
    return 0
  fi
  verb=create-password-alias
  grep -qx "$name" "$work/aliases" && verb=update-password-alias
  {
    [ -n "${AS_ADMIN_PASSWORDFILE:-}" ] && grep -v '^AS_ADMIN_ALIASPASSWORD=' "$AS_ADMIN_PASSWORDFILE"
    # a properties file: a backslash would start an escape
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${value//\\/\\\\}"
  } > "$work/alias-password"
  asadmin --passwordfile "$work/alias-password" "$verb" "$name" > /dev/null
  rm -f "$work/alias-password"
  { grep -v "^$name " "$digests" || true; echo "$name $digest"; } > "$work/digests"
  cat "$work/digests" > "$digests"
  note "password alias $name: ${verb%%-*}d"
}

# --- the gateway's settings: domain config properties, read at deployment ----------------------------------------
# set_property NAME VALUE
set_property() {
  local name=$1 value=$2
  if grep -qxF "property.payara.microprofile.$name=$value" "$work/config"; then
    return 0
  fi
  asadmin set-config-property --source=domain --propertyName="$name" --propertyValue="$value" > /dev/null
  note "config property $name=$value"
  needs_redeploy=true
}

# The database settings: Payara resolves them once before the WAR's own configuration exists (and warns "no value
# found"), so the domain holds them, by default the WAR's defaults for this data directory
defaults=$here/../src/main/resources/META-INF/microprofile-config.properties
war_default() {
  sed -n "s/^$1=//p" "$defaults" | sed "s|\${gateway.data.dir}|$data_dir|g"
}
if [ -f "$defaults" ]; then
  export GATEWAY_DB_URL=${GATEWAY_DB_URL:-$(war_default gateway.db.url)}
  export GATEWAY_DB_USER=${GATEWAY_DB_USER:-$(war_default gateway.db.user)}
  GATEWAY_DB_PASSWORD=${GATEWAY_DB_PASSWORD:-$(war_default gateway.db.password)}
fi

secret_text=${MILLICAST_API_SECRET:-}
if [ -z "$secret_text" ] && [ -n "${MILLICAST_API_SECRET_FILE:-}" ]; then
  secret_text=$(cat "$MILLICAST_API_SECRET_FILE")
fi
# secret_setting VARIABLE_TEXT PROPERTY: into the alias named after the property, the property names the alias
secret_setting() {
  local text=$1 property=$2 alias_key
  [ -n "$text" ] || return 0
  alias_key=${property//./-}
  store_alias "$alias_key" "$text"
  set_property "$property" "\${ALIAS=$alias_key}"
}
secret_setting "$secret_text" millicast.api.secret
secret_setting "${GATEWAY_ADMIN_PASSWORD:-}" gateway.admin.password
secret_setting "${GATEWAY_DB_PASSWORD:-}" gateway.db.password
secret_setting "${MILLICAST_TRUST_STORE_PASSWORD:-}" millicast.trust.store.password

set_property gateway.data.dir "$data_dir"
# the gateway's own HTTPS port (the banner's console link; the warm-up asks it): the listener's, as set below
https_port=${GATEWAY_HTTPS_PORT:-$(sed -n 's/^configs\.config\.server-config\.network-config\.network-listeners\.network-listener\.http-listener-2\.port=//p' "$work/config")}
[ -n "$https_port" ] && set_property gateway.https.port "$https_port"
# the remaining settings of the README's table; the server's own (TLS, ports, listeners) and the secrets are not
# the application's, and GATEWAY_DB_DATASOURCE_CLASS is read as an environment variable only
while IFS='=' read -r variable _; do
  case "$variable" in
    MILLICAST_API_SECRET|MILLICAST_API_SECRET_FILE|GATEWAY_ADMIN_PASSWORD|GATEWAY_DB_PASSWORD) continue ;;
    MILLICAST_TRUST_STORE_PASSWORD|GATEWAY_DATA_DIR|GATEWAY_DB_DATASOURCE_CLASS|GATEWAY_APP_NAME) continue ;;
    GATEWAY_TLS_*|GATEWAY_PLAIN_HTTP|GATEWAY_EXPOSE_*|GATEWAY_HTTPS_PORT|GATEWAY_HTTP_PORT|GATEWAY_KEYTOOL_*) continue ;;
  esac
  property=$(printf '%s' "$variable" | tr 'A-Z_' 'a-z.')
  set_property "$property" "${!variable}"
done < <(env | grep -E '^(MILLICAST|GATEWAY)_[A-Z0-9_]*=' | sort)

# --- the server's settings: the same commands as on Payara Micro, for Payara Server's listener names ------------
store_alias gateway-tls-keystore-password "$password"
listeners=configs.config.server-config.network-config.network-listeners.network-listener
{
  [ -n "${GATEWAY_HTTPS_PORT:-}" ] && echo "set $listeners.http-listener-2.port=$GATEWAY_HTTPS_PORT"
  echo "set $listeners.http-listener-2.enabled=true"
  settings_commands http-listener-2 http-listener-1 '${ALIAS=gateway-tls-keystore-password}' "$data_dir/server/errors"
  if [ "$plain_http" = off ]; then
    echo "set $listeners.http-listener-1.enabled=false"
  else
    echo "set $listeners.http-listener-1.enabled=true"
  fi
} > "$work/wanted"
: > "$work/commands"
while IFS= read -r command; do
  case "$command" in
    "set "*)
      assignment=${command#set }
      name=${assignment%%=*}
      value=${assignment#*=}
      value=${value#\"}
      value=${value%\"}
      grep -qxF "$name=$value" "$work/config" && continue
      echo "$command" >> "$work/commands"
      note "${name#configs.config.server-config.}=$value"
      ;;
    "set-openapi-configuration --enabled=false")
      asadmin -t get-openapi-configuration | awk 'NR == 2 { exit $1 == "false" ? 0 : 1 }' && continue
      echo "$command" >> "$work/commands"
      note "OpenAPI endpoint switched off"
      ;;
    "set-log-levels "*)
      level=${command#set-log-levels }
      asadmin -t list-log-levels | grep -qxF "${level%%=*}"$'\t'"<${level#*=}>" && continue
      echo "$command" >> "$work/commands"
      note "log level $level"
      ;;
    *) echo "configure-payara-server: unexpected command $command" >&2; exit 1 ;;
  esac
done < "$work/wanted"
if [ -s "$work/commands" ]; then
  asadmin multimode --file "$work/commands" > "$work/commands.out" || {
    cat "$work/commands.out" >&2; echo "configure-payara-server: a setting failed (above)" >&2; exit 1; }
fi

# --- JVM options: only those missing, in the form java accepts (--add-opens=module/package=target) -------------
asadmin -t list-jvm-options | sed -e 's/ *-->.*$//' -e 's/^\[[^]]*\]//' > "$work/jvm"
for option in "${gateway_jvm_options[@]}"; do
  grep -qxF -- "$option" "$work/jvm" && continue
  case "$option" in
    -D*=*)
      # the same property with another value: replaced
      key=${option%%=*}
      while IFS= read -r old; do
        asadmin delete-jvm-options "$old" > /dev/null
        note "JVM option removed: $old"
      done < <(grep -F -- "$key=" "$work/jvm" | grep -E "^${key//./\\.}=" || true)
      ;;
  esac
  asadmin create-jvm-options "$option" > /dev/null
  note "JVM option added: $option"
  needs_restart=true
done

# --- what it needs ---------------------------------------------------------------------------------------------
# Payara knows whether a change it holds (from this run or an earlier one) waits for a restart
[ "$(asadmin -t _get-restart-required 2>/dev/null || true)" = true ] && needs_restart=true
deployed=false
asadmin -t list-applications 2>/dev/null | grep -q "^$app\b" && deployed=true
[ ${#changed[@]} -eq 0 ] && echo "configure-payara-server: nothing to change"
if [ "$needs_restart" = true ]; then
  if [ "$restart" = true ]; then
    # restart-domain works on a local domain directory; without one it would start another domain (domain1)
    [ -f "$domain_dir/config/domain.xml" ] || {
      echo "configure-payara-server: no domain at $domain_dir to restart; set PAYARA_DOMAIN_DIR, or restart it yourself" >&2
      exit 1; }
    echo "configure-payara-server: restarting the domain $(basename "$domain_dir")"
    asadmin restart-domain --domaindir "$(dirname "$domain_dir")" "$(basename "$domain_dir")" > /dev/null
  else
    echo "configure-payara-server: RESTART NEEDED: asadmin restart-domain (or run this script again with --restart)"
  fi
elif [ "$needs_redeploy" = true ] && [ "$deployed" = true ]; then
  if [ "$restart" = true ]; then
    echo "configure-payara-server: reloading $app so that it reads its new settings"
    asadmin disable "$app" > /dev/null
    asadmin enable "$app" > /dev/null
  else
    echo "configure-payara-server: REDEPLOY NEEDED: asadmin disable $app && asadmin enable $app (or --restart)"
  fi
fi
