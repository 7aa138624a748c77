package com.streetgov.ui.api;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.ui.security.CurrentUser;
import com.streetgov.ui.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Districts: the list is for vendor operators; one district is for its own users and vendors. */
@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DistrictResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DistrictDirectory directory;

    @GET
    public Response all() {
        if (!user().isVendor()) {
            return forbidden("only vendor operators list all districts");
        }
        return Response.ok(directory.allDistricts()).build();
    }

    @GET
    @Path("{districtId}")
    public Response one(@PathParam("districtId") String districtId) {
        DistrictId id;
        try {
            id = DistrictId.of(districtId);
        } catch (IllegalArgumentException e) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", "no such district");
        }
        if (!user().maySee(id)) {
            return forbidden("this district belongs to another tenant");
        }
        return directory
                .district(id)
                .map(d -> Response.ok(d).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found", "no such district"));
    }

    private SignedInUser user() {
        return currentUser.get().orElseThrow();
    }

    private static Response forbidden(String message) {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden", message);
    }
}
