package com.streetgov.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The PostgreSQL login role the application runs as: it owns no table, is neither superuser nor
 * BYPASSRLS, and holds only the grants the row-level security callback gives it (DML on tables,
 * usage on sequences). Migrations run as the owner and create this role if the cluster lacks it.
 *
 * @param name a plain lower-case identifier (it is written into the migrations as a placeholder)
 * @param password its password, set when the role is created (an existing role keeps its own)
 */
public record ApplicationRole(String name, String password) {

    private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    public ApplicationRole {
        Objects.requireNonNull(name, "role name");
        Objects.requireNonNull(password, "role password");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain role name (lower-case letters, digits, '_'): " + name);
        }
    }

    /** Creates the role through {@code owner} unless the cluster has it; roles are cluster-wide. */
    public void ensureExists(DataSource owner) {
        try (Connection c = owner.getConnection()) {
            if (exists(c)) {
                return;
            }
            // The server quotes name and password; CREATE ROLE takes no bind parameters.
            String create;
            try (PreparedStatement s = c.prepareStatement("select format('create role %I with login password %L"
                    + " nosuperuser nocreatedb nocreaterole nobypassrls noreplication', ?, ?)")) {
                s.setString(1, name);
                s.setString(2, password);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    create = rs.getString(1);
                }
            }
            try (var s = c.createStatement()) {
                s.execute(create);
            } catch (SQLException e) {
                // Another migration of another database on this cluster created it meanwhile.
                if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the application's database role " + name, e);
        }
    }

    private boolean exists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Refuses a data source whose user escapes row-level security: a superuser, a BYPASSRLS role or
     * the owner of a table with {@code district_id} (owners are exempt from their tables' policies).
     */
    public static void requireSubjectToRowSecurity(DataSource application) {
        try (Connection c = application.getConnection();
                PreparedStatement s = c.prepareStatement(
                        """
                        select r.rolname, r.rolsuper, r.rolbypassrls,
                               (select count(*) from pg_class t
                                 where t.relowner = r.oid and t.relnamespace = current_schema()::regnamespace
                                   and exists (select 1 from pg_attribute a where a.attrelid = t.oid
                                               and a.attname = 'district_id' and not a.attisdropped))
                          from pg_roles r where r.rolname = current_user
                        """);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getBoolean(2) || rs.getBoolean(3) || rs.getLong(4) > 0) {
                throw new IllegalStateException("the application connects to PostgreSQL as " + rs.getString(1)
                        + ", which escapes row-level security (superuser, BYPASSRLS or owner of tenant tables):"
                        + " set streetgov.db.user to a role that owns no table (streetgov.db.owner.user migrates)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the application's database role", e);
        }
    }
}
