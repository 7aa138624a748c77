package com.streetgov.ui.api;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.tenancy.CurrentDistrict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The streets of the caller's district. A street of another district is simply not found. */
@Path("streets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreetResource {

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    DistrictDirectory directory;

    @GET
    public Response all() {
        if (currentDistrict.get().isEmpty()) {
            return noDistrict();
        }
        return Response.ok(directory.streets()).build();
    }

    @GET
    @Path("{streetId}")
    public Response one(@PathParam("streetId") String streetId) {
        if (currentDistrict.get().isEmpty()) {
            return noDistrict();
        }
        return directory
                .street(streetId)
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found", "no such street"));
    }

    private static Response noDistrict() {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "streets are read within a district");
    }
}
