package com.streetgov.ui.resident;

import static com.streetgov.ui.resident.ResidentPages.blankToNull;
import static com.streetgov.ui.resident.ResidentPages.param;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.photo.domain.PhotoCheck;
import com.streetgov.photo.domain.PhotoUpload;
import com.streetgov.platform.Json;
import com.streetgov.resident.application.ResidentWindow;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The submission form of the residents' page and what happens to a submission: photos read and
 * checked, a proof of work asked for when the rate is high ({@link SubmissionLimiter}), the matter
 * taken in by {@link ResidentWindow}, then 303 to the tracking page; a refusal re-shows the form
 * with what the resident wrote and the problem named in their language. Also the suggestions of what
 * the words may be about ({@code GET /r/<district>/suggest?q=}), offered by the form's script.
 */
@ApplicationScoped
class ResidentForm {

    @Inject
    ResidentWindow window;

    @Inject
    MatterService matters;

    @Inject
    SubmissionLimiter submissions;

    void show(
            DistrictSummary district,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            Map<String, Object> extra)
            throws IOException {
        Map<String, Object> scope = new HashMap<>(extra);
        scope.put("districtName", district.name());
        scope.put("districtId", district.id());
        String chosen = request.getParameter("street");
        scope.put(
                "streets",
                matters.streets().entrySet().stream()
                        .map(e -> Map.of(
                                "code",
                                e.getKey(),
                                "name",
                                e.getValue(),
                                "selected",
                                e.getKey().equals(chosen)))
                        .toList());
        if (submissions.challengeNeeded(request.getRemoteAddr(), status != 200)) {
            scope.put("challenge", submissions.challenge());
            scope.put("challengeBits", submissions.bits());
        }
        scope.put("category", param(request, "category"));
        for (String field : List.of("title", "description", "address", "name", "phone")) {
            scope.putIfAbsent(
                    field, Optional.ofNullable(request.getParameter(field)).orElse(""));
        }
        ResidentPages.render(request, response, status, "form", scope);
    }

    void submit(DistrictSummary district, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PhotoUpload> photos;
        try {
            photos = ResidentUploads.photos(request);
        } catch (ResidentUploads.Unreadable unreadable) {
            Map<String, String> texts = ResidentPages.texts(ResidentPages.language(request));
            ResidentPages.render(
                    request,
                    response,
                    unreadable.status,
                    "refused",
                    Map.of("districtName", district.name(), "problems", List.of(texts.get(unreadable.text))));
            return;
        } catch (RefusedException refused) {
            show(district, request, response, status(refused), Map.of("problems", List.of(text(request, refused))));
            return;
        }
        if (submissions.challengeNeeded(request.getRemoteAddr(), true)
                && !submissions.solved(request.getParameter("pow_challenge"), request.getParameter("pow_nonce"))) {
            String needed = ResidentPages.texts(ResidentPages.language(request)).get("challenge_needed");
            show(district, request, response, 403, Map.of("problems", List.of(needed)));
            return;
        }
        String description = param(request, "description");
        String title = param(request, "title");
        if (title.isEmpty()) {
            title = description.length() > 30 ? description.substring(0, 30) : description;
        }
        String street = param(request, "street");
        Matter.Submission submission = new Matter.Submission(
                title,
                description,
                blankToNull(param(request, "address")),
                blankToNull(street),
                null,
                null,
                blankToNull(param(request, "category")),
                blankToNull(param(request, "name")),
                blankToNull(param(request, "phone")));
        try {
            ResidentWindow.Submitted submitted =
                    window.submit(submission, photos, "on".equals(request.getParameter("shareLocation")));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(
                    "Location",
                    ResidentPages.trackingPath(request, district.id(), submitted.code())
                            + (submitted.repeated() ? "&new=2" : "&new=1"));
        } catch (ConstraintViolationException invalid) {
            show(
                    district,
                    request,
                    response,
                    400,
                    Map.of(
                            "problems",
                            invalid.getConstraintViolations().stream()
                                    .map(ConstraintViolation::getMessage)
                                    .sorted()
                                    .toList()));
        } catch (RefusedException refused) {
            show(district, request, response, status(refused), Map.of("problems", List.of(text(request, refused))));
        }
    }

    /**
     * For a photo: 413 for sizes, 415 for what is not an image of an accepted type, 400 for too many;
     * 422 for any other refusal.
     */
    private static int status(RefusedException refused) {
        return PhotoCheck.Refusal.of(refused)
                .map(reason -> switch (reason) {
                    case TOO_LARGE, TOO_MANY_PIXELS -> 413;
                    case NOT_AN_IMAGE, HEIC -> 415;
                    case TOO_MANY -> 400;
                })
                .orElse(422);
    }

    /**
     * The refusal in the reader's language: a photo's in the page's own words for residents (naming
     * the file), any other as the refusal says it.
     */
    private static String text(HttpServletRequest request, RefusedException refused) {
        String pattern = PhotoCheck.Refusal.of(refused)
                .map(reason ->
                        ResidentPages.texts(ResidentPages.language(request)).get("photo_" + reason.name()))
                .orElse(null);
        return pattern == null
                ? ResidentPages.render(request, refused.text())
                : new MessageFormat(pattern).format(new Object[] {PhotoCheck.Refusal.fileName(refused)});
    }

    /** Up to three duty items the words may be about, as JSON: {@code [{item, name, unit}]}. */
    void suggest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String words = ResidentPages.query(request, "q");
        List<ResidentWindow.Suggested> found = words.length() > 4000
                ? List.of()
                : window.suggest(blankToNull(ResidentPages.query(request, "street")), words);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ResidentWindow.Suggested s : found) {
            list.add(Json.createObjectBuilder()
                    .add("item", s.item())
                    .add("name", s.itemName())
                    .add("unit", s.unitName().orElse("")));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (PrintWriter out = response.getWriter()) {
            out.write(list.build().toString());
        }
    }
}
