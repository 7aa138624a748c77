package com.streetgov.ui.platform;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.streetgov.matter.application.RoutingContexts;
import com.streetgov.matter.domain.RoutingContextDropped;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.PlacementChanged;
import com.streetgov.tenancy.ShardDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Passes per-district cache invalidations to every instance of a Payara Micro cluster (issue 15,
 * DD038) through a topic of the data grid Payara runs (Hazelcast, JNDI {@code payara/Hazelcast}):
 * when this instance drops a district's routing context because its configuration changed here
 * (after the change committed), the others drop theirs, so the very next routing anywhere reads the
 * change. A message carries the sender's id (its own messages are ignored), whether to relearn, and
 * the district. Without a data grid (a single instance started with clustering off) it does nothing.
 */
@ApplicationScoped
public class DataGridInvalidation {

    static final String TOPIC = "streetgov.routing-contexts";
    private static final Logger LOG = Logger.getLogger(DataGridInvalidation.class.getName());

    @Inject
    RoutingContexts contexts;

    @Inject
    ShardDirectory shards;

    private final String self = UUID.randomUUID().toString();
    private volatile ITopic<String> topic;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HazelcastInstance grid = grid();
        if (grid == null) {
            LOG.info("no data grid: routing caches are this instance's own (clustering off)");
            return;
        }
        ITopic<String> t = grid.getTopic(TOPIC);
        t.addMessageListener(this::received);
        topic = t;
        LOG.info(() -> "passing routing-cache invalidations through the data grid ("
                + grid.getCluster().getMembers().size() + " member(s) now)");
    }

    void dropped(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingContextDropped dropped) {
        ITopic<String> t = topic;
        if (t != null) {
            t.publish(self + " " + (dropped.relearn() ? "relearn" : "config") + " "
                    + dropped.district().value());
        }
    }

    /** A placement changed in the shard directory here (DD039): the others drop their snapshot too. */
    void placed(@Observes PlacementChanged changed) {
        ITopic<String> t = topic;
        if (t != null) {
            t.publish(self + " placement " + changed.district().value());
        }
    }

    private void received(Message<String> message) {
        String[] parts = message.getMessageObject().split(" ", 3);
        if (parts.length != 3 || parts[0].equals(self)) {
            return;
        }
        if (parts[1].equals("placement")) {
            shards.forget();
            return;
        }
        try {
            contexts.forget(DistrictId.of(parts[2]), parts[1].equals("relearn"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot drop the routing context of " + parts[2], e);
        }
    }

    private static HazelcastInstance grid() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            return found instanceof HazelcastInstance h
                            && h.getLifecycleService().isRunning()
                    ? h
                    : null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
