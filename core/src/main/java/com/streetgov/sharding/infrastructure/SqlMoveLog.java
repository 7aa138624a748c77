package com.streetgov.sharding.infrastructure;

import com.streetgov.sharding.domain.MoveLog;
import com.streetgov.sharding.domain.MoveReport;
import com.streetgov.sharding.domain.TableCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The move log as rows of {@code district_move} in the platform database (V25). */
@ApplicationScoped
public class SqlMoveLog implements MoveLog {

    @Resource(lookup = "java:app/jdbc/streetgov")
    DataSource platform;

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void record(MoveReport r) {
        try (Connection c = platform.getConnection();
                PreparedStatement s = c.prepareStatement("insert into district_move (district, from_shard, to_shard,"
                        + " actor, started_at, finished_at, pause_ms, tables, row_count, outcome, report)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.district());
            s.setString(2, r.from());
            s.setString(3, r.to());
            s.setString(4, r.actor());
            s.setObject(5, r.startedAt());
            s.setObject(6, r.finishedAt());
            s.setLong(7, r.pauseMillis());
            s.setInt(8, r.tables().size());
            s.setLong(9, r.rows());
            s.setString(10, r.outcome().name().toLowerCase(Locale.ROOT));
            s.setString(11, r.text());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the move of " + r.district(), e);
        }
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public List<MoveReport> recent(int limit) {
        List<MoveReport> moves = new ArrayList<>();
        try (Connection c = platform.getConnection();
                PreparedStatement s = c.prepareStatement("select district, from_shard, to_shard, actor, started_at,"
                        + " finished_at, pause_ms, outcome, report from district_move order by id desc limit ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    moves.add(new MoveReport(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getObject(5, OffsetDateTime.class),
                            r.getObject(6, OffsetDateTime.class),
                            r.getLong(7),
                            tables(r.getString(9)),
                            MoveReport.Outcome.valueOf(r.getString(8).toUpperCase(Locale.ROOT)),
                            null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the move log", e);
        }
        return moves;
    }

    /** The tables back from the report's lines ({@link TableCheck#line}); other lines are left out. */
    static List<TableCheck> tables(String report) {
        List<TableCheck> tables = new ArrayList<>();
        for (String line : report.split("\n")) {
            String[] p = line.split(" ");
            if (p.length >= 3 && p[1].contains("/") && p[2].contains("/")) {
                String[] rows = p[1].split("/", -1);
                String[] sums = p[2].split("/", -1);
                try {
                    tables.add(
                            new TableCheck(p[0], Long.parseLong(rows[0]), Long.parseLong(rows[1]), sums[0], sums[1]));
                } catch (NumberFormatException e) {
                    // not a table's line
                }
            }
        }
        return tables;
    }
}
