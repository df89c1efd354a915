# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql binaries, initdb in a temp
# folder, a loopback port, run as a non-root user (PostgreSQL refuses root), removed at the end.
# Exports ETW_TEST_POSTGRES_URL (a superuser connection to the "postgres" database) and
# ETW_DATABASE_PASSWORD (the password of that role, read by etwinning-server).

# Runs a PostgreSQL binary as the cluster's owner.
pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries not found" >&2; return 1; }
    PG_DIR="$(mktemp -d -t etw-pg.XXXXXX)"
    chmod 755 "$PG_DIR"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
    local password="etw-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$PG_DIR/pwfile"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR/pwfile"
    # Password authentication on TCP, as in production; the owner's Unix socket stays trusted.
    pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U etw --pwfile="$PG_DIR/pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; return 1; }
    # A random loopback port, again if it was taken. Written into the cluster's configuration,
    # so that a plain `pg_ctl start` (the outage test restarts it) finds it again. fsync off: a
    # throwaway cluster; the tests' crash safety concerns the server and the client, not this disk.
    local attempt conf="$PG_DIR/data/postgresql.conf"
    cp "$conf" "$PG_DIR/postgresql.conf.orig"
    for attempt in 1 2 3 4 5 6; do
        PG_PORT=$((20000 + RANDOM % 40000))
        cp "$PG_DIR/postgresql.conf.orig" "$conf"
        printf "%s\n" "listen_addresses = '127.0.0.1'" "port = $PG_PORT" \
            "unix_socket_directories = '$PG_DIR'" "fsync = off" "max_connections = 300" >>"$conf"
        if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            start >/dev/null; then
            break
        fi
        [ "$attempt" -lt 6 ] || { cat "$PG_DIR/server.log" >&2; return 1; }
    done
    export ETW_TEST_POSTGRES_URL="postgresql://etw@127.0.0.1:$PG_PORT/postgres"
    export ETW_DATABASE_PASSWORD="$password"
    export ETW_TEST_POSTGRES_DATA="$PG_DIR/data"
    export ETW_TEST_POSTGRES_CTL="$PG_BIN/pg_ctl"
    # Who may run pg_ctl on it (the restart test): the cluster's owner.
    export ETW_TEST_POSTGRES_OWNER="$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)"
    echo "PostgreSQL test cluster on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
