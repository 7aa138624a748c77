package com.streetgov.tenancy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The one way for a repository to reach the request's district: {@link #em()} is the
 * {@link TenantScoped} EntityManager (bound to {@link CurrentDistrict}), joined to the caller's JTA
 * transaction. Repositories extend this class instead of injecting the EntityManager and calling
 * {@code joinTransaction()} themselves.
 *
 * <p>Invariants: the EntityManager is always the request's district one, never chosen by the
 * repository (work for a named district opens its own through {@link TenantEntityManagers#open}); every
 * use joins the running transaction first, so writes commit or roll back with it; joining again within
 * the same transaction is harmless; called without a transaction, {@link #em()} fails as
 * {@code joinTransaction()} does, rather than work outside one.
 */
public abstract class TenantRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    protected TenantRepository() {}

    /**
     * The request's district EntityManager, joined to the current transaction. (Not final: CDI proxies
     * the application-scoped repositories by subclassing them.) Inside a {@link StandbyRead} operation
     * routed to a standby (DD040), the operation's EntityManager on that standby instead.
     */
    protected EntityManager em() {
        EntityManager em = StandbyContext.entityManager().orElse(current);
        em.joinTransaction();
        return em;
    }
}
