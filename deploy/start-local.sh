#!/usr/bin/env bash
# Runs NSCL Connect on this machine as a province's server does: PostgreSQL (Debian's package), two instances of the
# packaged jar and HAProxy in front of them with sticky sessions (deploy/haproxy.cfg). For trying the deployment and
# for rehearsing an upgrade; a server runs the same pieces under systemd (README, "Vận hành").
#
#   mvn -DskipTests package          # builds target/nscl-connect-*.jar
#   deploy/start-local.sh            # starts everything; http://127.0.0.1:8080 when it says ready
#   deploy/start-local.sh stop       # stops the instances and the proxy (PostgreSQL keeps running)
#
# Settings (environment): NSCL_PROXY_PORT (8080), NSCL_LOCAL_DB (nscl_local; created with demo data on first start),
# NSCL_JAR (the newest target/nscl-connect-*.jar). Logs and process ids go to target/local-cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=target/local-cluster
PROXY_PORT=${NSCL_PROXY_PORT:-8080}
DB=${NSCL_LOCAL_DB:-nscl_local}
PORTS=(8081 8082)

stop() {
    for pidfile in "$RUN"/*.pid; do
        [ -e "$pidfile" ] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
}

if [ "${1:-}" = "stop" ]; then
    stop
    echo "Stopped."
    exit 0
fi

if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -n 1)
fi
JAVA="$JAVA_HOME/bin/java"
JAR=${NSCL_JAR:-$(ls -t target/nscl-connect-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No jar: run 'mvn -DskipTests package' first" >&2; exit 1; }
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || { echo "apt-get install haproxy" >&2; exit 1; }
command -v pg_ctlcluster >/dev/null 2>&1 || { echo "apt-get install postgresql" >&2; exit 1; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}

# PostgreSQL: the installed cluster, a role and a database for the platform.
pg_version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start > /dev/null 2>&1 || true
until pg_isready -h 127.0.0.1 -p 5432 -q; do sleep 1; done
as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'nscl') then create role nscl login password 'nscl'; end if;
end \$\$;
select 'create database $DB owner nscl encoding ''UTF8'' template template0'
where not exists (select from pg_database where datname = '$DB') \gexec
SQL

stop
mkdir -p "$RUN"
# The instances: both start at once on the same database, as after an upgrade (start-up seeding is serialised).
for i in "${!PORTS[@]}"; do
    n=$((i + 1))
    "$JAVA" -Xmx1g -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true -jar "$JAR" --server.port="${PORTS[$i]}" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
        --spring.datasource.username=nscl --spring.datasource.password=nscl \
        --nscl.security.trusted-proxies=127.0.0.1 > "$RUN/app$n.log" 2>&1 &
    echo $! > "$RUN/app$n.pid"
done
NSCL_PROXY_BIND="127.0.0.1:$PROXY_PORT" NSCL_APP1="127.0.0.1:${PORTS[0]}" NSCL_APP2="127.0.0.1:${PORTS[1]}" \
    haproxy -db -f deploy/haproxy.cfg > "$RUN/haproxy.log" 2>&1 &
echo $! > "$RUN/haproxy.pid"

for port in "${PORTS[@]}"; do
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
        sleep 1
    done
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null \
        || { echo "Instance on $port is not ready; see $RUN/" >&2; exit 1; }
done
# The proxy puts an instance in rotation after two good readiness checks (2 s apart).
for _ in $(seq 1 30); do
    curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/login" && break
    sleep 1
done
echo "NSCL Connect is ready at http://127.0.0.1:$PROXY_PORT (instances on ${PORTS[*]}, logs in $RUN/)."
