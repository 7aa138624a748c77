package com.streetgov.ui.resident;

import static com.streetgov.ui.resident.ResidentPages.param;

import com.streetgov.matter.domain.Rating;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.photo.domain.PhotoRepository;
import com.streetgov.resident.application.ResidentWindow;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matter as its resident follows it by the tracking code: the page (state, deadline, the unit in
 * charge, the answer, the photos, on the first visit the code and its QR code), the rating once after
 * the answer, and the page's images. Any code that does not find a matter of this district gets the
 * same 404 page.
 */
@ApplicationScoped
class ResidentTracking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ResidentWindow window;

    void show(DistrictSummary district, String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<ResidentWindow.Tracking> tracking = window.track(code);
        if (tracking.isEmpty()) {
            ResidentPages.notFound(request, response);
            return;
        }
        render(district, code, tracking.get(), request, response, 200, List.of());
    }

    void rate(DistrictSummary district, String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Rating rating;
        try {
            rating = Rating.valueOf(param(request, "rating"));
        } catch (IllegalArgumentException e) {
            rating = null;
        }
        String resolved = param(request, "resolved");
        try {
            Optional<ResidentWindow.Tracking> rated = rating == null
                    ? Optional.empty()
                    : window.rate(
                            code,
                            rating,
                            resolved.isEmpty() ? null : Boolean.valueOf(resolved),
                            param(request, "comment"));
            if (rating != null && rated.isEmpty()) {
                ResidentPages.notFound(request, response);
                return;
            }
            if (rating == null) {
                Optional<ResidentWindow.Tracking> current = window.track(code);
                if (current.isEmpty()) {
                    ResidentPages.notFound(request, response);
                    return;
                }
                String missing =
                        ResidentPages.texts(ResidentPages.language(request)).get("rate_missing");
                render(district, code, current.get(), request, response, 400, List.of(missing));
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", ResidentPages.trackingPath(request, district.id(), code));
        } catch (RefusedException refused) {
            Optional<ResidentWindow.Tracking> current = window.track(code);
            if (current.isEmpty()) {
                ResidentPages.notFound(request, response);
                return;
            }
            render(
                    district,
                    code,
                    current.get(),
                    request,
                    response,
                    422,
                    List.of(ResidentPages.render(request, refused.text())));
        }
    }

    private void render(
            DistrictSummary district,
            String code,
            ResidentWindow.Tracking t,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            List<String> problems)
            throws IOException {
        Map<String, String> texts = ResidentPages.texts(ResidentPages.language(request));
        Map<String, Object> scope = new HashMap<>();
        scope.put("districtName", district.name());
        scope.put("districtId", district.id());
        scope.put("code", code);
        scope.put("fresh", "1".equals(request.getParameter("new")) || "2".equals(request.getParameter("new")));
        scope.put("repeated", "2".equals(request.getParameter("new")));
        scope.put("number", t.number());
        scope.put("title", t.title());
        scope.put(
                "state",
                texts.getOrDefault("state_" + t.state().name(), t.state().name()));
        scope.put("street", t.streetName());
        scope.put("handler", t.unitName().or(() -> t.referredTo()).orElse(texts.get("handler_none")));
        scope.put("received", TIME.format(t.receivedAt()));
        scope.put("due", TIME.format(t.dueAt()));
        scope.put("overdue", t.overdue());
        t.answer().ifPresent(a -> scope.put("answer", a));
        t.rating().ifPresent(r -> scope.put("rating", texts.getOrDefault("rating_" + r.name(), r.name())));
        scope.put("mayRate", t.mayRate());
        scope.put(
                "photos",
                t.photos().stream()
                        .map(p ->
                                Map.of("seq", p.seq(), "alt", MessageFormat.format(texts.get("track_photo"), p.seq())))
                        .toList());
        scope.put("hasPhotos", !((List<?>) scope.get("photos")).isEmpty());
        scope.put("problems", problems);
        ResidentPages.render(request, response, status, "tracking", scope);
    }

    /** Photo {@code seq} of the code's matter, or its thumbnail. */
    void photo(String code, int seq, boolean thumbnail, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<PhotoRepository.Image> image = window.photo(code, seq, thumbnail);
        if (image.isEmpty()) {
            ResidentPages.notFound(request, response);
        } else {
            ResidentMedia.image(response, image.get());
        }
    }

    /** The QR code of the code's tracking link. */
    void qr(DistrictSummary district, String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (window.track(code).isEmpty()) {
            ResidentPages.notFound(request, response);
        } else {
            ResidentMedia.qr(response, ResidentMedia.trackingLink(request, district.id(), code));
        }
    }
}
