package com.streetgov.sharding.infrastructure;

import com.streetgov.sharding.domain.TableCheck;
import com.streetgov.tenancy.DistrictId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies one district's rows from one PostgreSQL database to another with PostgreSQL's own COPY, as
 * the owner of the tables, and checks them (DD039). Works on two open transactions the caller commits
 * or rolls back: {@link #lock} first on the source (the district's exclusive advisory lock: every
 * transaction of the district holds it shared, so this waits for the running ones and holds back new
 * ones), then {@link #copy}, {@link #check}, and after the switch {@link #removeFrom} the source.
 *
 * <p>Triggers are off in both sessions ({@code session_replication_role = replica}, as logical
 * replication and pg_restore do): the day counts of the results are rows of their own and are copied
 * like every other table; foreign keys are not re-checked row by row — the copy is of a consistent
 * snapshot, and the checksums prove it arrived whole.
 */
public final class DistrictCopy {

    private DistrictCopy() {}

    /** Starts a move's session on {@code c}: its own transaction, UTC text for timestamps, no triggers. */
    public static void begin(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local timezone = 'UTC'");
            s.execute("set local lock_timeout = '30s'");
            s.execute("set local session_replication_role = replica");
        }
    }

    /** Takes the district's advisory lock exclusively on the source (until its transaction ends). */
    public static void lock(Connection source, DistrictId district) throws SQLException {
        try (PreparedStatement s =
                source.prepareStatement("select pg_advisory_xact_lock(hashtext('streetgov.district'), hashtext(?))")) {
            s.setString(1, district.value());
            s.execute();
        }
    }

    /**
     * Every table with a {@code district_id} column, each after the tables it references (so a copy in
     * this order never inserts a row before the row it points at).
     */
    public static List<String> tenantTables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet r = c.createStatement()
                .executeQuery("select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid"
                        + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')"
                        + " and a.attname = 'district_id' and not a.attisdropped")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        try (ResultSet r = c.createStatement()
                .executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c"
                        + " where c.contype = 'f' and c.connamespace = current_schema()::regnamespace")) {
            while (r.next()) {
                String from = unquote(r.getString(1));
                String to = unquote(r.getString(2));
                if (tables.contains(from) && tables.contains(to) && !from.equals(to)) {
                    references.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> left = new TreeSet<>(tables);
        while (!left.isEmpty()) {
            String next = left.stream()
                    .filter(t -> ordered.containsAll(references.getOrDefault(t, Set.of())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    /** The columns of {@code table} COPY writes (stored generated columns are computed, not copied). */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass"
                + " and attnum > 0 and not attisdropped and attgenerated = '' order by attnum")) {
            s.setString(1, quote(table));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(quote(r.getString(1)));
                }
            }
        }
        return columns;
    }

    /**
     * Writes the district's anchor row on the target (or marks the target's registry row as holding the
     * district again), then streams each table's rows of the district from source to target.
     */
    public static void copy(Connection source, Connection target, DistrictId district, List<String> tables)
            throws SQLException {
        try (PreparedStatement read = source.prepareStatement(
                        "select name, keycloak_org_alias, adcode, created_at from district where id = ?");
                PreparedStatement write = target.prepareStatement("insert into district"
                        + " (id, name, keycloak_org_alias, adcode, created_at, here) values (?, ?, ?, ?, ?, true)"
                        + " on conflict (id) do update set here = true")) {
            read.setString(1, district.value());
            try (ResultSet r = read.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("district " + district + " has no row on the source");
                }
                write.setString(1, district.value());
                for (int i = 1; i <= 4; i++) {
                    write.setObject(i + 1, r.getObject(i));
                }
                write.executeUpdate();
            }
        }
        var out = source.unwrap(PGConnection.class).getCopyAPI();
        var in = target.unwrap(PGConnection.class).getCopyAPI();
        for (String table : tables) {
            String columns = String.join(", ", columns(source, table));
            CopyOut from = out.copyOut("copy (select " + columns + " from " + quote(table) + " where district_id = "
                    + literal(district) + ") to stdout (format binary)");
            CopyIn to = in.copyIn("copy " + quote(table) + " (" + columns + ") from stdin (format binary)");
            try {
                byte[] chunk;
                while ((chunk = from.readFromCopy()) != null) {
                    to.writeToCopy(chunk, 0, chunk.length);
                }
                to.endCopy();
            } finally {
                if (to.isActive()) {
                    to.cancelCopy();
                }
                if (from.isActive()) {
                    from.cancelCopy();
                }
            }
        }
    }

    /** Each table's rows of the district and their checksum, on both sides, in table order. */
    public static List<TableCheck> check(Connection source, Connection target, DistrictId district, List<String> tables)
            throws SQLException {
        List<TableCheck> checks = new ArrayList<>();
        for (String table : tables) {
            List<String> columns = columns(source, table);
            String[] s = sum(source, table, columns, district);
            String[] t = sum(target, table, columns, district);
            checks.add(new TableCheck(table, Long.parseLong(s[0]), Long.parseLong(t[0]), s[1], t[1]));
        }
        return checks;
    }

    private static String[] sum(Connection c, String table, List<String> columns, DistrictId district)
            throws SQLException {
        String row = "row(" + String.join(", ", columns) + ")::text";
        try (PreparedStatement s = c.prepareStatement("select count(*), coalesce(md5(string_agg(h, '' order by h)), '')"
                + " from (select md5(" + row + ") h from " + quote(table) + " where district_id = ?) x")) {
            s.setString(1, district.value());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new String[] {String.valueOf(r.getLong(1)), r.getString(2)};
            }
        }
    }

    /**
     * Removes the district's rows from the source, referencing tables first, and marks its row there as
     * no longer holding the district (kept: a transaction opened on a stale directory finds it and
     * stops instead of writing here).
     */
    public static void removeFrom(Connection source, DistrictId district, List<String> tables) throws SQLException {
        for (int i = tables.size() - 1; i >= 0; i--) {
            try (PreparedStatement s =
                    source.prepareStatement("delete from " + quote(tables.get(i)) + " where district_id = ?")) {
                s.setString(1, district.value());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = source.prepareStatement("update district set here = false where id = ?")) {
            s.setString(1, district.value());
            s.executeUpdate();
        }
    }

    private static String literal(DistrictId district) {
        // DistrictId admits [a-z][a-z0-9-] only; COPY takes no parameters.
        return "'" + district.value() + "'";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String unquote(String regclass) {
        return regclass.startsWith("\"")
                ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"")
                : regclass;
    }
}
