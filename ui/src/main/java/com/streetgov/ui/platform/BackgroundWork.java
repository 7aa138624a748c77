package com.streetgov.ui.platform;

import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Long work started from a screen (a large import) on the server's managed executor, bound to the
 * district of the user who started it, so the screen stays responsive and can show progress.
 */
@ApplicationScoped
public class BackgroundWork {

    @Resource
    ManagedExecutorService executor;

    @Inject
    DistrictWork districtWork;

    public CompletableFuture<Void> inDistrict(DistrictId district, Runnable work) {
        return CompletableFuture.runAsync(() -> districtWork.run(district, work), executor);
    }
}
