package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.platform.DatabaseMigrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every table with a {@code district_id} column, whichever migration added it, is under row-level
 * security with the district policy for the application's role (DD022); the role owns nothing.
 */
class RowLevelSecurityCoverageIT {

    static final String APP = TestDatabase.APPLICATION.name();
    static final String RULE = "current_setting('app.district'::text, true)";

    static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.fresh("streetgov_it_rls_coverage");
    }

    /** Tables with district_id and whether each has RLS on and the policy as it must be; one line each. */
    static List<String> uncovered(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                        select t.relname, t.relrowsecurity, t.relforcerowsecurity,
                               p.polcmd, p.polpermissive, array_to_string(p.polroles::regrole[], ','),
                               pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
                          from pg_class t
                          left join pg_policy p on p.polrelid = t.oid and p.polname = 'district_isolation'
                         where t.relnamespace = current_schema()::regnamespace and t.relkind in ('r', 'p')
                           and exists (select 1 from pg_attribute a where a.attrelid = t.oid
                                       and a.attname = 'district_id' and not a.attisdropped)
                         order by t.relname
                        """)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String using = rs.getString(7);
                String check = rs.getString(8);
                boolean ok = rs.getBoolean(2)
                        && "*".equals(rs.getString(4))
                        && rs.getBoolean(5)
                        && APP.equals(rs.getString(6))
                        && using != null
                        && using.contains("district_id")
                        && using.contains(RULE)
                        && using.equals(check);
                problems.add(table
                        + (ok
                                ? ""
                                : " NOT COVERED: rls=" + rs.getBoolean(2) + " cmd=" + rs.getString(4) + " roles="
                                        + rs.getString(6) + " using=" + using + " check=" + check));
            }
        }
        return problems;
    }

    @Test
    void every_table_with_district_id_has_row_level_security_and_the_district_policy() throws SQLException {
        try (Connection c = db.connect()) {
            List<String> tables = uncovered(c);
            assertTrue(tables.size() >= 20, () -> "expected every tenant-owned table, found " + tables);
            assertEquals(
                    List.of(),
                    tables.stream().filter(t -> t.contains("NOT COVERED")).toList());
            assertTrue(tables.contains("matter") && tables.contains("duty_item") && tables.contains("street"));
            assertFalse(tables.contains("district"), "the tenant registry is not tenant-owned");
        }
    }

    @Test
    void a_table_a_later_migration_adds_is_covered_at_the_next_migrate() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("create table later_feature (district_id varchar(32) not null references district (id),"
                    + " id integer not null, primary key (district_id, id))");
            assertTrue(uncovered(c).stream().anyMatch(t -> t.startsWith("later_feature NOT COVERED")));
            DatabaseMigrations.migrate(db.owner(), TestDatabase.APPLICATION);
            List<String> after = uncovered(c);
            assertTrue(after.contains("later_feature"), after::toString);
            s.execute("drop table later_feature");
        }
    }

    @Test
    void the_application_role_owns_nothing_escapes_nothing_and_cannot_read_the_migration_history() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = '" + APP
                            + "'")) {
                assertTrue(rs.next());
                for (int i = 1; i <= 4; i++) {
                    assertFalse(rs.getBoolean(i), "role attribute " + i);
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from pg_class where relowner = '" + APP
                    + "'::regrole and relnamespace = current_schema()::regnamespace")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs =
                    s.executeQuery("select has_table_privilege('" + APP + "', 'flyway_schema_history', 'select')")) {
                rs.next();
                assertFalse(rs.getBoolean(1));
            }
        }
    }
}
