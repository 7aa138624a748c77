package com.streetgov.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shard directory (issue 15, DD039): which PostgreSQL database holds each district's rows. It
 * lives in the platform database (shard {@value #MAIN}, the one {@code streetgov.db.url} names), tables
 * {@code shard} and {@code district_shard} of V25; a district without a row there lives on main. The
 * other shards this instance reaches are named by {@code streetgov.shards} and reached through the
 * container's data sources {@code jdbc/streetgov-<name>} (ops/app.sh defines them).
 *
 * <p>Read through a snapshot at most {@code streetgov.shards.ttl-millis} old (or dropped at once when
 * this or another instance changes a placement), outside any transaction, so that a district's
 * transaction only ever enlists the one database that holds it. Invariants: a district is placed once
 * (registering it again keeps its shard); a paused district's work is refused, not queued; a stale
 * snapshot can never write into a database the district has left (its row there says so, see
 * {@link DistrictConnections}).
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ShardDirectory {

    /** The platform database, which also holds the districts never placed elsewhere. */
    public static final String MAIN = "main";

    /** The JNDI name of a shard's data source (ops/app.sh creates one per configured shard). */
    public static String jndiName(String shard) {
        return "jdbc/streetgov-" + shard;
    }

    /** Where a district lives and whether it is being moved. */
    public record Placement(String shard, boolean paused) {
        static final Placement MAIN_DEFAULT = new Placement(MAIN, false);
    }

    @Resource(lookup = "java:app/jdbc/streetgov")
    DataSource platform;

    @Inject
    @ConfigProperty(name = "streetgov.shards", defaultValue = " ")
    String configured;

    @Inject
    @ConfigProperty(name = "streetgov.shards.ttl-millis", defaultValue = "2000")
    long ttlMillis;

    private record Snapshot(Map<String, Placement> placements, long readAt) {}

    private volatile Snapshot snapshot;
    private final Map<String, DataSource> dataSources = new ConcurrentHashMap<>();

    /** Every shard this instance reaches: main first, then the configured ones in their order. */
    public List<String> shards() {
        List<String> all = new ArrayList<>(List.of(MAIN));
        Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equals(MAIN))
                .forEach(all::add);
        return all;
    }

    public Placement placement(DistrictId district) {
        return current().placements().getOrDefault(district.value(), Placement.MAIN_DEFAULT);
    }

    /** Every district placed in the directory, by id (districts not in it live on main). */
    public Map<String, Placement> placements() {
        return current().placements();
    }

    /**
     * The data source of the shard that holds {@code district}, or null for main (the persistence
     * unit's own). Refused while the district is being moved, or when it lives on a shard this
     * instance is not configured to reach.
     */
    public DataSource dataSourceFor(DistrictId district) {
        Placement placement = placement(district);
        if (placement.paused()) {
            throw new DistrictElsewhereException(district.value(), "is being moved to another shard");
        }
        return placement.shard().equals(MAIN) ? null : dataSource(placement.shard(), district);
    }

    /** A configured shard's data source (not main's). */
    public DataSource dataSource(String shard) {
        return dataSource(shard, null);
    }

    private DataSource dataSource(String shard, DistrictId district) {
        if (!shards().contains(shard) || shard.equals(MAIN)) {
            throw new DistrictElsewhereException(
                    district == null ? "?" : district.value(),
                    "lives on shard " + shard + ", which this instance is not configured to reach");
        }
        return dataSources.computeIfAbsent(shard, s -> lookup(jndiName(s)));
    }

    /** The container's data source {@code name} (a shard's or a standby's, which ops/app.sh defines). */
    static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("no data source " + name, e);
        }
    }

    /** Drops the snapshot: the next lookup reads the directory (a placement changed somewhere). */
    public void forget() {
        snapshot = null;
    }

    /** The shard with the fewest districts (main first among equals), for a new district. */
    public String leastLoaded() {
        Map<String, Integer> load = districtsPerShard();
        return shards().stream()
                .min((a, b) -> Integer.compare(load.getOrDefault(a, 0), load.getOrDefault(b, 0)))
                .orElse(MAIN);
    }

    /** How many districts each shard holds (from the directory; unplaced districts count for main). */
    public Map<String, Integer> districtsPerShard() {
        Map<String, Integer> load = new LinkedHashMap<>();
        shards().forEach(s -> load.put(s, 0));
        query(
                "select coalesce(ds.shard, 'main'), count(*) from district d"
                        + " left join district_shard ds on ds.district = d.id group by 1",
                r -> load.put(r.getString(1), r.getInt(2)));
        return load;
    }

    /**
     * Registers a new district in the platform's registry and places it on {@code shard}, in a
     * transaction of its own (before any of the district's rows are written on its shard). Idempotent:
     * a district registered before keeps its shard. Returns the district's shard.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public String register(DistrictId id, String name, String alias, String adcode, String shard) {
        if (!shards().contains(shard)) {
            throw new IllegalArgumentException("unknown shard " + shard);
        }
        update(
                "insert into district (id, name, keycloak_org_alias, adcode, here) values (?, ?, ?, ?, ?)"
                        + " on conflict (id) do nothing",
                id.value(),
                name,
                alias,
                adcode,
                shard.equals(MAIN));
        update(
                "insert into district_shard (district, shard) values (?, ?) on conflict (district) do nothing",
                id.value(),
                shard);
        forget();
        return placement(id).shard();
    }

    /** Undoes {@link #register} for a district whose rows were never written (a failed onboarding). */
    @Transactional(TxType.REQUIRES_NEW)
    public void unregister(DistrictId id) {
        update("delete from district_shard where district = ?", id.value());
        update("delete from district where id = ?", id.value());
        forget();
    }

    /** Holds back the district's work (a move begins): its requests are refused until {@link #settle}. */
    @Transactional(TxType.REQUIRES_NEW)
    public void pause(DistrictId id, String shard) {
        update(
                "insert into district_shard (district, shard, paused_since) values (?, ?, now())"
                        + " on conflict (district) do update set paused_since = now()",
                id.value(),
                shard);
        forget();
    }

    /** Places the district on {@code shard} and lets its work run again (a move ends, either way). */
    @Transactional(TxType.REQUIRES_NEW)
    public void settle(DistrictId id, String shard) {
        update(
                "insert into district_shard (district, shard) values (?, ?) on conflict (district) do update"
                        + " set shard = excluded.shard, paused_since = null,"
                        + " placed_at = case when district_shard.shard = excluded.shard then district_shard.placed_at"
                        + " else now() end",
                id.value(),
                shard);
        forget();
    }

    /** Registers the configured shards in the directory (their location for people), at start. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordShards(Map<String, String> locations) {
        locations.forEach((shard, location) -> update(
                "insert into shard (name, location) values (?, ?)"
                        + " on conflict (name) do update set location = excluded.location",
                shard,
                location));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.currentTimeMillis() - s.readAt() > ttlMillis) {
            Map<String, Placement> read = new HashMap<>();
            long at = System.currentTimeMillis();
            query(
                    "select district, shard, paused_since is not null from district_shard",
                    r -> read.put(r.getString(1), new Placement(r.getString(2), r.getBoolean(3))));
            s = new Snapshot(Map.copyOf(read), at);
            snapshot = s;
        }
        return s;
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row each) {
        try (Connection c = platform.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                each.accept(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shard directory", e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = platform.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the shard directory", e);
        }
    }
}
