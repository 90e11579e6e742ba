#!/usr/bin/env bash
# Prepares a release for fast starts (JDK 25+): unpacks the jar into DEST (default /opt/nscl-connect/app) and records
# the JDK's ahead-of-time cache with one training start (in-memory database, demo data, then it exits). The training
# runs in Spring's AOT mode, as deploy/nscl-connect@.service starts an instance: -Dspring.aot.enabled=true
# -XX:AOTCache=DEST/app.aot. Such an instance is ready about twice as fast; see docs/benchmarks.md. Run it again after each upgrade of the jar or the JDK: a cache that does not match is ignored
# (the JVM says so in the log and starts the slow way).
#   deploy/aot-cache.sh target/nscl-connect-0.1.0-SNAPSHOT.jar /opt/nscl-connect/app
set -euo pipefail
JAR=${1:?usage: aot-cache.sh JAR [DEST]}
DEST=${2:-/opt/nscl-connect/app}
JAVA=${JAVA:-java}
"$JAVA" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])' || { echo "The AOT cache needs JDK 25 or newer" >&2; exit 1; }

rm -rf "$DEST.new"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST.new" > /dev/null
mv "$DEST.new/$(basename "$JAR")" "$DEST.new/nscl-connect.jar"
# The training start: the same code paths as a real start (migrations, rules, seeding, the first views' classes).
"$JAVA" -Dspring.aot.enabled=true -XX:AOTCacheOutput="$DEST.new/app.aot" -jar "$DEST.new/nscl-connect.jar" \
    --spring.datasource.url="jdbc:h2:mem:aot-training;DB_CLOSE_DELAY=-1" --server.port=0 \
    --nscl.demo-data.enabled=true --nscl.exit-when-ready=true > "$DEST.new/aot-training.log" 2>&1
rm -rf "$DEST.old"
[ -d "$DEST" ] && mv "$DEST" "$DEST.old"
mv "$DEST.new" "$DEST"
echo "Unpacked to $DEST with its AOT cache ($(du -h "$DEST/app.aot" | cut -f1))"
