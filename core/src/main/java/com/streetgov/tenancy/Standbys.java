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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shards' streaming-replication standbys (issue 15 item 3, DD040): which shards have one
 * ({@code streetgov.standbys}, e.g. {@code main,s2}; data sources {@code jdbc/streetgov-<shard>-standby},
 * which ops/app.sh defines), and whether a district's {@link StandbyRead} operations read from it now.
 *
 * <p>A standby is looked at once per {@code streetgov.standby.check-millis} (default 1 s) per shard,
 * outside any transaction: the primary's current WAL position (remembered, {@link PrimaryPositions}),
 * then on the standby whether it is in recovery, the position it has replayed and the age of the last
 * transaction it replayed. Caught up, its lag is 0; behind, the smaller of that age and the time since
 * the primary was last seen at a position it has replayed.
 * Invariants: reads go to a standby only if it is still a standby and at most
 * {@code streetgov.standby.max-lag-millis} (default 30 s) behind; otherwise, and whenever it does not
 * answer, they go to the primary, so a standby can make dashboards older but never unavailable.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class Standbys {

    private static final Logger LOG = Logger.getLogger(Standbys.class.getName());

    /** The JNDI name of a shard's standby data source. */
    public static String jndiName(String shard) {
        return ShardDirectory.jndiName(shard) + "-standby";
    }

    /** WAL positions as bytes since 0/0, so that Java can compare them. */
    private static final String PRIMARY_POSITION = "select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint";

    private static final String STANDBY_STATE = "select pg_is_in_recovery(),"
            + " pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint,"
            + " (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::bigint";

    @Resource(lookup = "java:app/jdbc/streetgov")
    DataSource platform;

    @Inject
    ShardDirectory shards;

    @Inject
    @ConfigProperty(name = "streetgov.standbys", defaultValue = " ")
    String configured;

    @Inject
    @ConfigProperty(name = "streetgov.standby.max-lag-millis", defaultValue = "30000")
    long maxLagMillis;

    @Inject
    @ConfigProperty(name = "streetgov.standby.check-millis", defaultValue = "1000")
    long checkMillis;

    private record Look(ReadSource source, long at) {}

    private final Map<String, Look> looks = new ConcurrentHashMap<>();
    private final Map<String, PrimaryPositions> positions = new ConcurrentHashMap<>();
    private final Map<String, DataSource> dataSources = new ConcurrentHashMap<>();

    /** The shards configured with a standby. */
    public Set<String> shardsWithStandby() {
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Where {@code district}'s standby reads go now. */
    public ReadSource source(DistrictId district) {
        return source(shards.placement(district));
    }

    /** The standby to read {@code district}'s rows from now, if one is configured and near enough. */
    public Optional<DataSource> usable(DistrictId district) {
        ShardDirectory.Placement placement = shards.placement(district);
        return source(placement).standby() ? Optional.of(standby(placement.shard())) : Optional.empty();
    }

    private ReadSource source(ShardDirectory.Placement placement) {
        if (placement.paused() || !shardsWithStandby().contains(placement.shard())) {
            return ReadSource.primary();
        }
        return look(placement.shard());
    }

    /**
     * After a read on the standby failed: looks at it again at once. True if it is still a usable
     * standby (the failure was the read's own), false if reads now go to the primary.
     */
    public boolean stillUsable(DistrictId district) {
        looks.remove(shards.placement(district).shard());
        return usable(district).isPresent();
    }

    private ReadSource look(String shard) {
        Look last = looks.get(shard);
        long now = System.currentTimeMillis();
        if (last != null && now - last.at() < checkMillis) {
            return last.source();
        }
        // One look at a time per shard: the others wait for it (at most a connection timeout, 3 s).
        synchronized (lockFor(shard)) {
            last = looks.get(shard);
            if (last != null && System.currentTimeMillis() - last.at() < checkMillis) {
                return last.source();
            }
            ReadSource source = lookNow(shard);
            if (last == null || last.source().kind() != source.kind()) {
                LOG.info(() ->
                        "standby of shard " + shard + ": " + source.kind() + ", lag " + source.lagMillis() + " ms");
            }
            looks.put(shard, new Look(source, System.currentTimeMillis()));
            return source;
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String shard) {
        return locks.computeIfAbsent(shard, s -> new Object());
    }

    private ReadSource lookNow(String shard) {
        long position;
        long seenAt = System.currentTimeMillis();
        try (Connection c = primary(shard).getConnection();
                PreparedStatement s = c.prepareStatement(PRIMARY_POSITION);
                ResultSet r = s.executeQuery()) {
            r.next();
            position = r.getLong(1);
        } catch (SQLException | RuntimeException e) {
            // The primary itself is away: how far behind the standby is cannot be told, so it is not read.
            return new ReadSource(ReadSource.Kind.STANDBY_LAGGING, null, maxLagMillis);
        }
        PrimaryPositions seen = positions.computeIfAbsent(shard, s -> new PrimaryPositions());
        seen.saw(seenAt, position);
        try (Connection c = standby(shard).getConnection();
                PreparedStatement s = c.prepareStatement(STANDBY_STATE);
                ResultSet r = s.executeQuery()) {
            r.next();
            boolean inRecovery = r.getBoolean(1);
            Object replayed = r.getObject(2);
            Object age = r.getObject(3);
            if (replayed == null) {
                return ReadSource.decide(inRecovery, false, null, maxLagMillis);
            }
            long at = ((Number) replayed).longValue();
            Long bound = ReadSource.tighter(
                    age == null ? null : ((Number) age).longValue(), seen.behindAtMost(System.currentTimeMillis(), at));
            return ReadSource.decide(inRecovery, at >= position, bound, maxLagMillis);
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "standby of shard " + shard + " did not answer: " + e);
            return new ReadSource(ReadSource.Kind.STANDBY_UNREACHABLE, null, maxLagMillis);
        }
    }

    private DataSource primary(String shard) {
        return shard.equals(ShardDirectory.MAIN) ? platform : shards.dataSource(shard);
    }

    private DataSource standby(String shard) {
        return dataSources.computeIfAbsent(shard, s -> ShardDirectory.lookup(jndiName(s)));
    }
}
