#!/usr/bin/env bash
# The load test as docs/benchmarks.md reports it: the packaged jar on a fresh PostgreSQL database (demo data plus the
# load-test enterprises), Gatling (mvn -Pload, src/gatling) driving it from the same machine, and what the server
# spent: CPU, heap after a full GC before and after, open Vaadin sessions, heap per session.
#   deploy/load-test.sh USERS [DURATION_SECONDS] [RAMP_SECONDS]
# Environment: NSCL_LOAD_THINK (think-time scale, 1.0 = a person's pace), NSCL_LOAD_OFFICERS (default USERS/50, at
# least 1), NSCL_LOAD_DB (database, recreated; default nscl_load), JAR, JAVA_OPTS (the server's JVM options).
# Gatling sends each person's own X-Forwarded-For address, so the server trusts 127.0.0.1 as a proxy here: the limits
# per client address (sign-ins, new sessions) apply per person as in production behind the province's proxy.
# Needs a local PostgreSQL with the role nscl/nscl (as .ci/run makes) and su to postgres. Exits non-zero when any
# request failed (Gatling's assertion).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-20}
DURATION=${2:-60}
RAMP=${3:-20}
THINK=${NSCL_LOAD_THINK:-1.0}
OFFICERS=${NSCL_LOAD_OFFICERS:-$(( USERS / 50 > 0 ? USERS / 50 : 1 ))}
ACCOUNTS=$(( USERS * 2 > 100 ? USERS * 2 : 100 ))
DB=${NSCL_LOAD_DB:-nscl_load}
PORT=${NSCL_LOAD_PORT:-18095}
JAR=${JAR:-$(ls -t target/nscl-connect-*.jar | head -n 1)}
JAVA=${JAVA:-java}
MONITOR="monitor:monitor-demo-password"
# Sessions end this long after their last request (30 min in production): after the run the script waits for them to
# end, so the heap they held is told apart from what the run left in caches.
IDLE=${NSCL_LOAD_SESSION_IDLE:-90s}

su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<SQL
drop database if exists $DB;
create database $DB owner nscl encoding 'UTF8' template template0;
SQL

log=$(mktemp)
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:--Xmx2g} -jar "$JAR" --server.port="$PORT" --vaadin.launch-browser=false \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=nscl \
    --spring.datasource.password=nscl --nscl.demo-data.load-test-enterprises="$ACCOUNTS" \
    --nscl.security.trusted-proxies=127.0.0.1 --server.servlet.session.timeout="$IDLE" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "The application stopped; see $log" >&2; exit 1; }
    sleep 0.5
done
echo "Server ready (pid $pid, log $log): $USERS owners and $OFFICERS officers for ${DURATION}s after ${RAMP}s, think x$THINK"

heap_after_gc() { # live objects in KB: two full collections (the first leaves objects waiting for their cleaners,
    # such as a rendered PDF's compressors), then the class histogram's own collection and count of every object
    jcmd "$pid" GC.run > /dev/null
    jcmd "$pid" GC.run > /dev/null
    jcmd "$pid" GC.class_histogram | tail -n 1 | awk '{printf "%d", $3 / 1024}'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
heap_before=$(heap_after_gc)
ticks_before=$(cpu_ticks)
started=$(date +%s)

status=0
mvn -B -q -Pload test-compile gatling:test -Dload.users="$USERS" -Dload.officers="$OFFICERS" \
    -Dload.duration="$DURATION" -Dload.ramp="$RAMP" -Dload.think="$THINK" -Dload.accounts="$ACCOUNTS" \
    -Dload.base-url="http://127.0.0.1:$PORT" || status=$?

elapsed=$(( $(date +%s) - started ))
ticks=$(( $(cpu_ticks) - ticks_before ))
open_sessions() {
    curl -fs -u "$MONITOR" "http://127.0.0.1:$PORT/actuator/metrics/nscl.vaadin.sessions" \
        | grep -oE '"value":[0-9.]+' | head -n 1 | cut -d: -f2 | cut -d. -f1
}
sessions=$(open_sessions)
heap_loaded=$(heap_after_gc)
latest=$(ls -td target/gatling/provincesimulation-* | head -n 1)
jcmd "$pid" GC.class_histogram | head -n 200 > "$latest/server-heap-histogram.txt"
hz=$(getconf CLK_TCK)
echo "Server CPU: $(( ticks / hz )) s over ${elapsed} s = $(awk "BEGIN {printf \"%.2f\", $ticks / $hz / $elapsed}") cores"
echo "Heap after full GC: ${heap_before} KB after start, ${heap_loaded} KB at the end with ${sessions:-?} open Vaadin sessions"
[ -n "${NSCL_LOAD_SKIP_IDLE:-}" ] && exit $status
for _ in $(seq 1 30); do # until the sessions have ended (idle timeout, checked by Tomcat about once a minute)
    [ "$(open_sessions)" = "0" ] && break
    sleep 10
done
heap_idle=$(heap_after_gc)
jcmd "$pid" GC.class_histogram | head -n 200 > "$latest/server-heap-histogram-idle.txt"
echo "Heap after full GC once the sessions ended: ${heap_idle} KB ($(open_sessions) open)"
if [ -n "${sessions:-}" ] && [ "$sessions" -gt 0 ]; then
    echo "Heap per session: $(( (heap_loaded - heap_idle) / sessions )) KB"
fi
echo "Gatling report: $latest/index.html"
exit $status
