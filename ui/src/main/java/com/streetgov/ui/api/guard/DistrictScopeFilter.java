package com.streetgov.ui.api.guard;

import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.ui.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * District endpoints (matters, streets, the reform model) answer a signed-in caller without a district
 * — a vendor operator's token — with 403 before any work, instead of failing deep in the persistence
 * layer.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class DistrictScopeFilter implements ContainerRequestFilter {

    private static final List<String> DISTRICT_PATHS = List.of("matters", "streets", "reform-model");

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentDistrict currentDistrict;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean districtPath = DISTRICT_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        if (districtPath
                && currentUser.get().isPresent()
                && currentDistrict.get().isEmpty()) {
            throw new InvalidInputException(403, "forbidden", null, "该接口只供辖区用户使用；平台运营方账号没有辖区");
        }
    }
}
