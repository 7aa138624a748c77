package com.streetgov.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The {@link StandbyRead} operation running on this thread, if any: its district, the standby it reads
 * from, and the one EntityManager on that standby its repositories share (opened at first use, closed
 * when the operation returns, after its transaction ended).
 */
final class StandbyContext {

    private static final ThreadLocal<StandbyContext> CURRENT = new ThreadLocal<>();

    private final DistrictId district;
    private final DataSource standby;
    private final Supplier<EntityManager> opener;
    private EntityManager em;

    private StandbyContext(DistrictId district, DataSource standby, Supplier<EntityManager> opener) {
        this.district = district;
        this.standby = standby;
        this.opener = opener;
    }

    interface Work {
        Object run() throws Exception;
    }

    static boolean active() {
        return CURRENT.get() != null;
    }

    /** Runs {@code work} reading {@code district}'s rows from {@code standby}. */
    static Object reading(DistrictId district, DataSource standby, Supplier<EntityManager> opener, Work work)
            throws Exception {
        StandbyContext context = new StandbyContext(district, standby, opener);
        CURRENT.set(context);
        try {
            return work.run();
        } finally {
            CURRENT.remove();
            if (context.em != null && context.em.isOpen()) {
                context.em.close();
            }
        }
    }

    /** The standby {@code district}'s EntityManagers open on now, if an operation reads it from one. */
    static Optional<DataSource> standbyFor(DistrictId district) {
        StandbyContext context = CURRENT.get();
        return context != null && context.district.equals(district) ? Optional.of(context.standby) : Optional.empty();
    }

    /** The operation's EntityManager on the standby, if one runs on this thread. */
    static Optional<EntityManager> entityManager() {
        StandbyContext context = CURRENT.get();
        if (context == null) {
            return Optional.empty();
        }
        if (context.em == null) {
            context.em = context.opener.get();
        }
        return Optional.of(context.em);
    }
}
