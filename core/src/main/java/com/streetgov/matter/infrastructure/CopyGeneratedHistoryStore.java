package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.GeneratedHistoryStore;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.platform.TextConverter;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.DistrictConnections;
import com.streetgov.tenancy.NoDistrictException;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated history with PostgreSQL's {@code COPY}, on the connection of the district's
 * EntityManager in its transaction, as the application's role under row-level security (DD022).
 *
 * <p>{@code COPY … FROM} refuses tables under row-level security, so each batch is copied into
 * temporary tables (no policies; private to the session, dropped at commit) and moved with one
 * {@code insert … select} per table, which the policies check row by row against {@code app.district}.
 * Every row names the district explicitly as well (native SQL is not filtered by EclipseLink).
 */
@ApplicationScoped
public class CopyGeneratedHistoryStore extends TenantRepository implements GeneratedHistoryStore {

    /** Target table, then the columns written, in COPY order (the district first). */
    private static final List<List<String>> TABLES = List.of(
            List.of(
                    "matter",
                    "district_id, number, channel, title, description, address, street, community, grid, category,"
                            + " resident_name, resident_phone, time_limit, time_limit_name, time_measure, time_amount,"
                            + " received_at, due_at, state, item_code, item_name, routing_rule, routing_score,"
                            + " lead_unit, assisting_units, layout_version, routing_reason, answer, rating,"
                            + " return_visit, reopened, version, generated"),
            List.of("matter_event", "district_id, matter_number, seq, at, actor, type, from_state, to_state, note"),
            List.of(
                    "return_visit",
                    "district_id, matter_number, state, created_at, due_at, channel, reached, unreached, contacted,"
                            + " resolved, satisfaction, note, visited_by, visited_at"),
            List.of(
                    "matter_exclusion",
                    "district_id, matter_number, kind, reason, requested_by, requested_at, state, decided_by,"
                            + " decided_at, decision_note"),
            List.of("whistle", "district_id, id, matter_number, street, blown_by, blown_at, report_in_minutes, reason"),
            List.of("whistle_summons", "district_id, whistle_id, department, reported_at, action, rating"));

    /** The matter's assisting units as {@link MatterEntity} stores them. */
    private static final TextListConverter ASSISTING_UNITS = new TextListConverter();

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @Override
    public boolean hasGenerated() {
        Object found = em().createNativeQuery(
                        "select exists (select 1 from matter where district_id = ?1 and generated)")
                .setParameter(1, district())
                .setHint(NATIVE, true)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    @Override
    public long write(List<GeneratedMatter> batch) {
        String district = district();
        CopyText[] rows = {
            new CopyText(), new CopyText(), new CopyText(), new CopyText(), new CopyText(), new CopyText()
        };
        for (GeneratedMatter m : batch) {
            matter(rows[0].row(district), m);
            for (MatterEvent e : m.events()) {
                rows[1].row(district)
                        .add(m.number())
                        .add(e.seq())
                        .add(e.at())
                        .add(e.actor())
                        .add(e.type())
                        .add(e.from() == null ? null : e.from().name())
                        .add(e.to() == null ? null : e.to().name())
                        .add(TextConverter.toColumn(e.note()));
            }
            GeneratedMatter.Visit v = m.visit();
            rows[2].row(district)
                    .add(m.number())
                    .add("DONE")
                    .add(v.createdAt())
                    .add(v.dueAt())
                    .add(v.channel())
                    .add(v.reached())
                    .add(v.unreached())
                    .add(v.contacted())
                    .add(v.resolved())
                    .add(v.satisfaction())
                    .add(v.note())
                    .add(v.visitedBy())
                    .add(v.visitedAt());
            if (m.exclusion() != null) {
                GeneratedMatter.Exclusion x = m.exclusion();
                rows[3].row(district)
                        .add(m.number())
                        .add(x.kind())
                        .add(x.reason())
                        .add(x.requestedBy())
                        .add(x.requestedAt())
                        .add("APPROVED")
                        .add(x.decidedBy())
                        .add(x.decidedAt())
                        .add(x.decisionNote());
            }
            if (m.whistle() != null) {
                Whistle w = m.whistle();
                rows[4].row(district)
                        .add(w.id())
                        .add(m.number())
                        .add(w.street())
                        .add(w.blownBy())
                        .add(w.blownAt())
                        .add(w.reportInMinutes())
                        .add(w.reason());
                for (Whistle.Summons s : w.summons()) {
                    rows[5].row(district)
                            .add(w.id())
                            .add(s.department())
                            .add(s.reportedAt())
                            .add(s.action())
                            .add(s.rating() == null ? null : s.rating().name());
                }
            }
        }
        try {
            Connection connection = connection(district);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long written = 0;
            for (int t = 0; t < TABLES.size(); t++) {
                if (rows[t].count() == 0) {
                    continue;
                }
                String table = TABLES.get(t).get(0);
                String columns = TABLES.get(t).get(1);
                String scratch = "generated_" + table;
                update("create temp table if not exists " + scratch + " (like " + table
                        + " including defaults) on commit drop");
                copy.copyIn("copy " + scratch + " (" + columns + ") from stdin", new StringReader(rows[t].text()));
                // Through the EntityManager, so that its transaction knows it wrote and commits.
                written += em().createNativeQuery("insert into " + table + " (" + columns + ") select " + columns
                                + " from " + scratch + " where district_id = ?1")
                        .setParameter(1, district)
                        .setHint(NATIVE, true)
                        .executeUpdate();
                update("truncate " + scratch);
            }
            if (neverAnalyzed()) {
                // V17: statistics, so that the foreign-key checks of the next batches look matters up
                // by primary key (planned without any, they scanned the district's matters).
                em().createNativeQuery("select analyze_matter_tables() is null")
                        .setHint(NATIVE, true)
                        .getSingleResult();
            }
            return written;
        } catch (SQLException | IOException e) {
            throw new PersistenceException("cannot write generated history of " + district, e);
        }
    }

    private boolean neverAnalyzed() {
        Object tuples = em().createNativeQuery("select reltuples from pg_class where oid = 'matter'::regclass")
                .setHint(NATIVE, true)
                .getSingleResult();
        return tuples == null || ((Number) tuples).doubleValue() < 0;
    }

    private void update(String sql) {
        em().createNativeQuery(sql).setHint(NATIVE, true).executeUpdate();
    }

    private static void matter(CopyText row, GeneratedMatter m) {
        RoutingDecision r = m.routing();
        var s = m.submission();
        row.add(m.number())
                .add(m.channel().name())
                .add(s.title())
                .add(s.description())
                .add(s.address())
                .add(s.street())
                .add(s.community())
                .add(s.grid())
                .add(s.category())
                .add(s.residentName())
                .add(s.residentPhone())
                .add(m.limit().code())
                .add(m.limit().name())
                .add(m.limit().measure().name())
                .add(m.limit().amount())
                .add(m.receivedAt())
                .add(m.dueAt())
                .add("CLOSED")
                .add(r.itemCode())
                .add(r.itemName())
                .add(r.rule().name())
                .add(r.score())
                .add(r.leadUnit())
                .add(ASSISTING_UNITS.convertToDatabaseColumn(r.assistingUnits()))
                .add(r.layoutVersion())
                .add(TextConverter.toColumn(r.reason()))
                .add(m.answer())
                .add(m.rating() == null ? null : m.rating().name())
                .add(m.returnVisitNote())
                .add(0)
                .add(0)
                .add(true);
    }

    /**
     * The JDBC connection the district's EntityManager holds in this transaction (begun on the database
     * now, so that the temporary tables live until the commit); a query through the EntityManager first
     * makes it acquire one (and {@link DistrictConnections} set the district on it),
     * and the same setting is then read back on the unwrapped connection.
     */
    private Connection connection(String district) throws SQLException {
        // A statement through the EntityManager begins its transaction on the database and makes it
        // acquire its connection, on which DistrictConnections sets the district. (Beginning it with
        // UnitOfWork.beginEarlyTransaction instead left a resource-local transaction uncommitted.) A bulk
        // load must not run into a statement timeout, should the pool ever set one.
        update("set local statement_timeout = 0");
        // The foreign-key checks of the rows below look their matter up by primary key. Planned while
        // the matter table is still small (a fresh database, statistics not yet gathered) they would
        // scan it instead, and the backend keeps that plan: loading became quadratic (51 s for 9,000
        // matters). Index lookups are right at any size.
        update("set local enable_seqscan = off");
        // That setting prices every plan above the JIT thresholds; compiling each statement, the
        // triggers' included, cost far more than it saved (DD026).
        update("set local jit = off");
        // DD027 makes the application's connections plan every execution afresh; for a bulk load that
        // is a plan per foreign-key check of a million rows. Once the matter tables have statistics
        // (below, after the first batch) the cached plans are right, so the load lets PostgreSQL keep them.
        update("set local plan_cache_mode = auto");
        Connection connection = em().unwrap(Connection.class);
        if (connection == null || connection.getAutoCommit()) {
            throw new IllegalStateException("no connection in a transaction of the district");
        }
        try (PreparedStatement check = connection.prepareStatement("select current_setting(?, true)")) {
            check.setString(1, DistrictConnections.SETTING);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                if (!district.equals(rs.getString(1))) {
                    throw new IllegalStateException("the connection is not bound to " + district);
                }
            }
        }
        return connection;
    }

    private String district() {
        Object district = em().getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        if (district == null) {
            throw new NoDistrictException();
        }
        return district.toString();
    }
}
