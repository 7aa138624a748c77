package com.streetgov.sharding.application;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.sharding.domain.DistrictTransfer;
import com.streetgov.sharding.domain.MoveLog;
import com.streetgov.sharding.domain.MoveReport;
import com.streetgov.sharding.domain.ShardDatabases;
import com.streetgov.sharding.domain.ShardLoad;
import com.streetgov.sharding.domain.TableCheck;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.PlacementChanged;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The vendor's shards (issue 15, DD039): how many districts each holds, where each district lives,
 * and moving a district with all its rows to another shard. A move holds the district's work back
 * (its requests answer 503, retry later), copies under the district's exclusive advisory lock, checks
 * every table's rows and checksum on both sides, and only then switches the directory and removes the
 * rows from the source; any difference or error leaves the district where it was. Logged, recorded.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
@Allowed(CallerRole.VENDOR_OPERATOR)
public class ShardService {

    private static final Logger LOG = Logger.getLogger(ShardService.class.getName());

    @Inject
    ShardDirectory directory;

    @Inject
    ShardDatabases databases;

    @Inject
    DistrictRepository districts;

    @Inject
    MoveLog moves;

    @Inject
    DistrictTransfer transfer;

    @Inject
    Event<PlacementChanged> changed;

    /** Every shard this instance reaches with its location and district count. */
    public List<ShardLoad> shards() {
        Map<String, Integer> load = directory.districtsPerShard();
        return directory.shards().stream()
                .map(s -> new ShardLoad(s, databases.location(s), load.getOrDefault(s, 0)))
                .toList();
    }

    /** Each district (by name) with its shard, as the directory says now. */
    public Map<District, ShardDirectory.Placement> placements() {
        Map<District, ShardDirectory.Placement> all = new LinkedHashMap<>();
        districts.findAll().forEach(d -> all.put(d, directory.placement(d.id())));
        return all;
    }

    /** The most recent moves, newest first. */
    public List<MoveReport> recentMoves() {
        return moves.recent(20);
    }

    /**
     * Moves {@code district} to shard {@code to}. Refused (nothing done) for an unknown district or
     * shard, the shard it is on, or a district being moved; otherwise returns the report, whatever the
     * outcome, and records it.
     */
    public MoveReport move(DistrictId district, String to, String actor) throws RefusedException {
        if (districts.findAll().stream().noneMatch(d -> d.id().equals(district))) {
            throw new RefusedException("sharding.unknownDistrict", district.value());
        }
        if (to == null || !directory.shards().contains(to)) {
            throw new RefusedException("sharding.unknownShard", String.valueOf(to));
        }
        ShardDirectory.Placement placement = directory.placement(district);
        if (placement.paused()) {
            throw new RefusedException("sharding.alreadyMoving", district.value());
        }
        String from = placement.shard();
        if (from.equals(to)) {
            throw new RefusedException("sharding.sameShard", district.value(), to);
        }
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        directory.pause(district, from);
        changed.fire(new PlacementChanged(district));
        long pauseStart = System.nanoTime();
        List<TableCheck> checks = List.of();
        MoveReport.Outcome outcome = MoveReport.Outcome.FAILED;
        String error = null;
        AtomicBoolean switched = new AtomicBoolean();
        try {
            DistrictTransfer.Result result =
                    transfer.transfer(district, databases.owner(from), databases.owner(to), () -> {
                        directory.settle(district, to);
                        switched.set(true);
                    });
            checks = result.tables();
            outcome = result.switched() ? MoveReport.Outcome.MOVED : MoveReport.Outcome.REFUSED;
        } catch (RuntimeException e) {
            error = String.valueOf(e);
            // switched over but not removed from the source: the district lives on the target (said in the error)
            outcome = switched.get() ? MoveReport.Outcome.MOVED : MoveReport.Outcome.FAILED;
            LOG.log(Level.WARNING, "moving " + district + " from " + from + " to " + to + " failed", e);
        } finally {
            if (!switched.get()) {
                directory.settle(district, from);
            }
            changed.fire(new PlacementChanged(district));
        }
        long pauseMillis = (System.nanoTime() - pauseStart) / 1_000_000;
        MoveReport report = new MoveReport(
                district.value(),
                from,
                to,
                actor,
                started,
                OffsetDateTime.now(ZoneOffset.UTC),
                pauseMillis,
                checks,
                outcome,
                error);
        moves.record(report);
        LOG.info(() -> actor + " moved " + district + " from " + from + " to " + to + ": " + report.outcome() + ", "
                + report.tables().size() + " tables, " + report.rows() + " rows, work held back " + pauseMillis
                + " ms");
        return report;
    }
}
