package com.streetgov.ui.api;

import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenantconfig.format.FileError;
import com.streetgov.tenantconfig.format.ModelFileException;
import com.streetgov.tenantconfig.format.ModelFileReader;
import com.streetgov.text.Text;
import com.streetgov.ui.api.guard.JsonBody;
import com.streetgov.ui.security.CurrentUser;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The caller's district's reform model in the streetgov-reform-model/1 format: export (GET) and import
 * (PUT, district administrators). An import with any format error (400, each with line, column and
 * pointer) or rule error (422) changes nothing. Messages are in the API's language, zh-CN.
 */
@Path("reform-model")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReformModelResource {

    /** The body of a refused import. */
    public record ImportErrors(String error, String message, List<ErrorAt> errors, List<RuleFinding> findings) {}

    /** A format error of the file, its message in the API's language. */
    public record ErrorAt(int line, int column, String pointer, String message) {

        static ErrorAt of(FileError e) {
            return new ErrorAt(e.line(), e.column(), e.pointer(), e.message().inDefaultLanguage());
        }
    }

    /** A finding of the district's rules, its message in the API's language. */
    public record RuleFinding(Finding.Severity severity, String rule, String path, String message) {

        static RuleFinding of(Finding f) {
            return new RuleFinding(f.severity(), f.rule(), f.path(), f.message().inDefaultLanguage());
        }

        public boolean isError() {
            return severity == Finding.Severity.ERROR;
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    ReformModelService service;

    @GET
    public Response export() {
        if (currentDistrict.get().isEmpty()) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "a reform model belongs to a district");
        }
        return service.export()
                .map(document -> Response.ok(document).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found", "本区尚无改革模型"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importModel(byte[] body, @QueryParam("reason") String reason) {
        SignedInUser user = currentUser.get().orElseThrow();
        if (currentDistrict.get().isEmpty() || !user.hasRole(Role.DISTRICT_ADMIN)) {
            return ApiError.response(
                    Response.Status.FORBIDDEN, "forbidden", "only the district's administrators import");
        }
        try {
            service.replace(user.username(), ModelFileReader.read(JsonBody.text(body)), reason);
            return Response.ok(service.export().orElseThrow()).build();
        } catch (ModelFileException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ImportErrors(
                            "invalid_file",
                            Text.of("modelFile.errors", e.errors().size()).inDefaultLanguage(),
                            e.errors().stream().map(ErrorAt::of).toList(),
                            List.of()))
                    .build();
        } catch (RefusedException e) {
            return Response.status(422)
                    .entity(new ImportErrors(
                            "invalid_model",
                            e.getMessage(),
                            List.of(),
                            e.blocking().stream().map(RuleFinding::of).toList()))
                    .build();
        }
    }
}
