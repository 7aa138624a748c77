package com.streetgov.ui.platform;

import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Long work started from a screen (a large import) on the server's managed executor, bound to the
 * district of the user who started it and checked as that user, so the screen stays responsive and can show progress.
 */
@ApplicationScoped
public class BackgroundWork {

    @Resource
    ManagedExecutorService executor;

    @Inject
    DistrictWork districtWork;

    @Inject
    CurrentCaller currentCaller;

    /** Runs {@code work} for {@code district} as the user who started it (called in their request). */
    public CompletableFuture<Void> inDistrict(DistrictId district, Runnable work) {
        Caller caller = currentCaller.get().orElseThrow(() -> new IllegalStateException("no caller to run work for"));
        return CompletableFuture.runAsync(() -> districtWork.run(district, caller, work), executor);
    }

    /** Runs {@code work} bound to no district, as the user who started it (the vendor's shard moves). */
    public CompletableFuture<Void> asCaller(Runnable work) {
        Caller caller = currentCaller.get().orElseThrow(() -> new IllegalStateException("no caller to run work for"));
        return CompletableFuture.runAsync(
                () -> districtWork.as(caller, () -> {
                    work.run();
                    return null;
                }),
                executor);
    }
}
