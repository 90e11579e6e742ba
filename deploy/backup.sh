#!/usr/bin/env bash
# Backs up the NSCL Connect database: everything, uploaded files included (they are stored in the database).
#   PostgreSQL: pg_dump in its custom format, one file per run, kept for NSCL_BACKUP_DAYS days (default 30).
#   Restore (platform stopped):  pg_restore --clean --if-exists --no-owner --dbname=nscl FILE.dump
# Run daily by nscl-connect-backup.timer; reads the database settings from /etc/nscl-connect/nscl-connect.env.
# Copy the folder to another machine as well: a backup on the same disk does not survive the disk.
set -euo pipefail

ENV_FILE=${NSCL_ENV_FILE:-/etc/nscl-connect/nscl-connect.env}
if [ -r "$ENV_FILE" ]; then
    set -a; . "$ENV_FILE"; set +a
fi
BACKUP_DIR=${NSCL_BACKUP_DIR:-/var/backups/nscl-connect}
KEEP_DAYS=${NSCL_BACKUP_DAYS:-30}
: "${NSCL_DB_URL:?NSCL_DB_URL is not set (jdbc:postgresql://host:port/database)}"

# jdbc:postgresql://host:port/db?params → host, port, db
hostport_db=${NSCL_DB_URL#jdbc:postgresql://}
hostport_db=${hostport_db%%\?*}
db=${hostport_db#*/}
hostport=${hostport_db%%/*}
host=${hostport%%:*}
port=5432
[ "$hostport" != "$host" ] && port=${hostport#*:}

mkdir -p "$BACKUP_DIR"
stamp=$(date +%Y%m%d-%H%M%S)
file="$BACKUP_DIR/nscl-$stamp.dump"
PGPASSWORD=${NSCL_DB_PASSWORD:-} pg_dump --format=custom --no-owner --host="$host" --port="$port" \
    --username="${NSCL_DB_USERNAME:-nscl}" --file="$file.partial" "$db"
mv "$file.partial" "$file"
sha256sum "$file" > "$file.sha256"
# A dump that pg_restore cannot read is no backup: list its contents once.
pg_restore --list "$file" > /dev/null
find "$BACKUP_DIR" -name 'nscl-*.dump*' -mtime "+$KEEP_DAYS" -delete
echo "Backed up $db to $file ($(du -h "$file" | cut -f1))"
