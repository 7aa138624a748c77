package com.streetgov.ui.api;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Router;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.api.guard.JsonBody;
import com.streetgov.ui.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Residents' matters over JSON: POST takes one in (an {@code Idempotency-Key} header makes a retry
 * return the matter the first call created, 200 instead of 201), GET reads one with its routing and
 * history, POST .../rating records the resident's rating. Bodies are read strictly ({@link JsonBody});
 * bad bodies get 400 and refused steps 422 (through the API's exception mapper), each with a Chinese
 * message; nothing is half-written.
 */
@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    MatterService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response intake(byte[] body, @HeaderParam("Idempotency-Key") String key) throws RefusedException {
        if (currentDistrict.get().isEmpty()) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "a matter belongs to a district");
        }
        MatterService.Intake intake = MatterRequest.of(JsonBody.object(body)).intake(key);
        String actor = currentUser.get().map(u -> u.username()).orElse("api");
        MatterService.Received received = intakeOnce(intake, actor);
        MatterView view = view(
                received.matter(),
                received.routingProblem() == null
                        ? null
                        : received.routingProblem().inDefaultLanguage(),
                received.suggestions());
        return received.created()
                ? Response.created(URI.create("matters/" + view.number()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    /**
     * Two concurrent first calls with one key race to insert; the unique index lets one win, and the
     * loser returns what the winner created.
     */
    private MatterService.Received intakeOnce(MatterService.Intake intake, String actor) throws RefusedException {
        try {
            return service.intake(intake, actor);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (intake.idempotencyKey() == null || intake.idempotencyKey().isBlank()) {
                throw e;
            }
            return service.intake(intake, actor);
        }
    }

    private MatterView view(Matter m, String problem, List<Router.Suggestion> suggestions) {
        return MatterView.of(
                m,
                problem,
                suggestions,
                service.units(m.submission().street(), m.receivedAt().toLocalDate()));
    }

    @GET
    @Path("{number}")
    public Response read(@PathParam("number") String number) {
        return service.find(number)
                .map(m -> Response.ok(view(m, null, List.of())).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "not_found", "没有编号为" + number + "的诉求"));
    }

    @POST
    @Path("{number}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("number") String number, byte[] body) {
        String given = JsonBody.string(JsonBody.object(body), "rating");
        Rating rating;
        try {
            rating = Rating.valueOf(given == null ? "" : given);
        } catch (IllegalArgumentException e) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST,
                    "invalid_rating",
                    "rating 应为 SATISFIED、BASICALLY_SATISFIED 或 NOT_SATISFIED");
        }
        try {
            return Response.ok(view(service.rate(number, rating, null, "居民（API）"), null, List.of()))
                    .build();
        } catch (RefusedException e) {
            return ApiError.response(422, "refused", e.getMessage());
        }
    }
}
