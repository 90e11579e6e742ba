#!/usr/bin/env bash
# Measures a start as docs/benchmarks.md reports it: from launching the jar to /actuator/health/readiness answering
# 200 (polled every 100 ms), on a fresh embedded H2 file database (migrations, rules, questionnaires and the demo data
# are all written on the way), then prints the log's phase lines and stops the application.
#   deploy/measure-startup.sh [JAR] [java options...]
#   deploy/measure-startup.sh /opt/nscl-connect/app/nscl-connect.jar -Dspring.aot.enabled=true \
#       -XX:AOTCache=/opt/nscl-connect/app/app.aot          # as the systemd unit starts an instance
# NSCL_MEASURE_ARGS adds application arguments (e.g. --nscl.demo-data.enabled=false).
set -u
JAR=${1:-$(ls -t target/nscl-connect-*.jar | head -n 1)}
shift || true
JAVA=${JAVA:-java}
PORT=${NSCL_MEASURE_PORT:-18090}
dir=$(mktemp -d)
start=$(date +%s%N)
# shellcheck disable=SC2086
"$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$dir/data/nscl" \
    ${NSCL_MEASURE_ARGS:-} > "$dir/app.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "The application stopped; see $dir/app.log" >&2; exit 1; }
    sleep 0.1
done
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -h "Started Application\|Demo data loaded\|Shipped recommendation" "$dir/app.log" | sed 's/.*\] //' | cut -c1-150
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$dir"
