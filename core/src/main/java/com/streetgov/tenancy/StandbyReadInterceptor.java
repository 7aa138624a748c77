package com.streetgov.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs a {@link StandbyRead} operation on the district's standby when {@link Standbys} says it is
 * near enough. After {@link AccessInterceptor} (refused calls read nothing) and before the operation's
 * own transaction opens ({@code @Transactional} is at {@code PLATFORM_BEFORE + 200}), so that the
 * transaction enlists the standby's connection alone. Called inside a running transaction, or without
 * a district, it changes nothing. A read that fails on the standby because the standby went away is
 * run again on the primary, so a standby can make figures older but never unavailable.
 */
@StandbyRead
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class StandbyReadInterceptor {

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    Standbys standbys;

    @Inject
    TenantEntityManagers entityManagers;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object route(InvocationContext invocation) throws Exception {
        if (StandbyContext.active() || transactions.getTransactionKey() != null) {
            return invocation.proceed();
        }
        Optional<DistrictId> district;
        try {
            district = currentDistrict.get();
        } catch (ContextNotActiveException e) {
            district = Optional.empty();
        }
        if (district.isEmpty()) {
            return invocation.proceed();
        }
        Optional<DataSource> standby = standbys.usable(district.get());
        if (standby.isEmpty()) {
            return invocation.proceed();
        }
        DistrictId d = district.get();
        try {
            return StandbyContext.reading(d, standby.get(), () -> entityManagers.open(d), invocation::proceed);
        } catch (Exception failure) {
            if (standbys.stillUsable(d)) {
                throw failure;
            }
            // The standby went away or fell behind during the read: the operation only reads, so it is
            // simply run again on the primary (its transaction on the standby has rolled back).
            return invocation.proceed();
        }
    }
}
