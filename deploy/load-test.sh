#!/usr/bin/env bash
# The load test as docs/benchmarks.md reports it: the packaged jar (in Spring's AOT mode, as a server runs it) on a
# fresh PostgreSQL database (demo data plus the load-test enterprises), Gatling (mvn -Pload, src/gatling) driving it from the same machine, and what the server
# spent: CPU, heap after a full GC before and after, open Vaadin sessions, heap per session.
#   deploy/load-test.sh USERS [DURATION_SECONDS] [RAMP_SECONDS]
# Environment: NSCL_LOAD_THINK (think-time scale, 1.0 = a person's pace), NSCL_LOAD_OFFICERS (default USERS/50, at
# least 1), NSCL_LOAD_DB (database, recreated; default nscl_load), JAR, JAVA_OPTS (the server's JVM options),
# NSCL_LOAD_WARMUP (seconds of a warm-up run before the measured one: 10 owners on their own accounts and 2 officers
# at ten times a person's pace, its report deleted; so the measured run starts on a JVM that has compiled its hot
# paths, as a server that has been running does).
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
WARMUP=${NSCL_LOAD_WARMUP:-}
WARMUP_ACCOUNTS=20
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
"$JAVA" ${JAVA_OPTS:--Xmx2g} -Dspring.aot.enabled=true -jar "$JAR" --server.port="$PORT" --vaadin.launch-browser=false \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=nscl \
    --spring.datasource.password=nscl --nscl.demo-data.load-test-enterprises="$(( ACCOUNTS + WARMUP_ACCOUNTS ))" \
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
if [ -n "$WARMUP" ]; then
    echo "Warm-up: ${WARMUP}s, 10 owners (accounts after the measured run's) and 2 officers at ten times the pace"
    previous=$(ls -td target/gatling/provincesimulation-* 2>/dev/null | head -n 1 || true)
    mvn -B -q -Pload test-compile gatling:test -Dload.users=10 -Dload.officers=2 -Dload.duration="$WARMUP" \
        -Dload.ramp=5 -Dload.think=0.1 -Dload.accounts="$WARMUP_ACCOUNTS" -Dload.first-account="$(( ACCOUNTS + 1 ))" \
        -Dload.base-url="http://127.0.0.1:$PORT" > /dev/null || echo "The warm-up had failed requests" >&2
    warmup_report=$(ls -td target/gatling/provincesimulation-* 2>/dev/null | head -n 1 || true)
    [ -n "$warmup_report" ] && [ "$warmup_report" != "$previous" ] && rm -rf "$warmup_report"
fi
heap_before=$(heap_after_gc)
ticks_before=$(cpu_ticks)
started=$(date +%s)

# Also at the busiest moment, two thirds into the constant phase (every person's session open, plus those who
# finished less than IDLE ago): the heap per session is measured against the most sessions, not only those left at
# the end. The two full collections pause the server once, for a moment, during the run.
peak_file=$(mktemp)
open_sessions() {
    curl -fs -u "$MONITOR" "http://127.0.0.1:$PORT/actuator/metrics/nscl.vaadin.sessions" \
        | grep -oE '"value":[0-9.]+' | head -n 1 | cut -d: -f2 | cut -d. -f1
}
if [ -z "${NSCL_LOAD_SKIP_IDLE:-}" ]; then
    ( sleep $(( RAMP + DURATION * 2 / 3 )); s=$(open_sessions); h=$(heap_after_gc); echo "$s $h" > "$peak_file" ) &
fi

status=0
mvn -B -q -Pload test-compile gatling:test -Dload.users="$USERS" -Dload.officers="$OFFICERS" \
    -Dload.duration="$DURATION" -Dload.ramp="$RAMP" -Dload.think="$THINK" -Dload.accounts="$ACCOUNTS" \
    -Dload.base-url="http://127.0.0.1:$PORT" || status=$?

elapsed=$(( $(date +%s) - started ))
ticks=$(( $(cpu_ticks) - ticks_before ))
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
    echo "Heap per session, at the end: $(( (heap_loaded - heap_idle) / sessions )) KB"
fi
read -r peak_sessions heap_peak < "$peak_file" || true
if [ -n "${peak_sessions:-}" ] && [ "$peak_sessions" -gt 0 ]; then
    echo "Heap after full GC at the busiest moment: ${heap_peak} KB with ${peak_sessions} open Vaadin sessions"
    echo "Heap per session, at the busiest moment: $(( (heap_peak - heap_idle) / peak_sessions )) KB"
fi
echo "Gatling report: $latest/index.html"
exit $status
