package com.streetgov.ui.api;

import com.streetgov.tenancy.AccessRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A call the role matrix in core refuses is 403 with its Chinese reason (DD023). */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException refused) {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden", refused.getMessage());
    }
}
