package com.streetgov.ui.resident;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRefusedException;
import com.streetgov.matter.domain.Rating;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.photo.domain.PhotoRefusedException;
import com.streetgov.photo.domain.PhotoRepository;
import com.streetgov.photo.domain.PhotoUpload;
import com.streetgov.resident.application.ResidentWindow;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import com.streetgov.ui.api.Open311RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The residents' pages of a district, no login (issue 13, DD031): {@code GET /r/<district>} the form,
 * {@code POST} the submission (then to the tracking page), {@code GET /r/<district>/t/<code>} the
 * matter as its resident may see it, {@code POST} there the rating, {@code GET /r/<district>/board} the
 * public results board (rates and ranking by street, no case contents). Every request runs as the
 * district's resident channel; an unknown district, a malformed, guessed or another district's code
 * all answer the same 404 page. Posts are rate-limited per client address: submissions by their own
 * tight bucket ({@link SubmissionLimiter}), ratings like Open311. The form is multipart with up to
 * three photos ({@link ResidentUploads}); {@code GET /r/<district>/t/<code>/photo/<n>[/thumb]} and
 * {@code /qr.png} serve the tracking page's images to the code's holder only.
 */
@WebServlet(urlPatterns = "/r/*")
@MultipartConfig(fileSizeThreshold = 1 << 20, maxRequestSize = ResidentUploads.REQUEST_MAX)
public class ResidentServlet extends HttpServlet {

    private static final Pattern FORM = Pattern.compile("^/([a-z][a-z0-9-]{1,31})/?$");
    private static final Pattern BOARD = Pattern.compile("^/([a-z][a-z0-9-]{1,31})/board$");
    private static final Pattern TRACK = Pattern.compile("^/([a-z][a-z0-9-]{1,31})/t/([A-Za-z0-9_-]{1,64})$");
    private static final Pattern PHOTO =
            Pattern.compile("^/([a-z][a-z0-9-]{1,31})/t/([A-Za-z0-9_-]{1,64})/photo/([1-9][0-9]?)(/thumb)?$");
    private static final Pattern QR = Pattern.compile("^/([a-z][a-z0-9-]{1,31})/t/([A-Za-z0-9_-]{1,64})/qr\\.png$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DistrictWork districtWork;

    @Inject
    DistrictDirectory districts;

    @Inject
    ResidentWindow window;

    @Inject
    MatterService matters;

    @Inject
    Open311RateLimiter limiter;

    @Inject
    SubmissionLimiter submissions;

    @Inject
    com.streetgov.assessment.application.ResultsService results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher form = FORM.matcher(path);
        Matcher track = TRACK.matcher(path);
        Matcher board = BOARD.matcher(path);
        Matcher photo = PHOTO.matcher(path);
        Matcher qr = QR.matcher(path);
        if (form.matches()) {
            inDistrict(form.group(1), request, response, d -> showForm(d, request, response, 200, Map.of()));
        } else if (board.matches()) {
            inDistrict(board.group(1), request, response, d -> ResidentBoard.show(results, d, request, response));
        } else if (track.matches()) {
            inDistrict(track.group(1), request, response, d -> showTracking(d, track.group(2), request, response));
        } else if (photo.matches()) {
            inDistrict(photo.group(1), request, response, d -> {
                Optional<PhotoRepository.Image> image =
                        window.photo(photo.group(2), Integer.parseInt(photo.group(3)), photo.group(4) != null);
                if (image.isEmpty()) {
                    notFound(request, response);
                } else {
                    ResidentMedia.image(response, image.get());
                }
            });
        } else if (qr.matches()) {
            inDistrict(qr.group(1), request, response, d -> {
                if (window.track(qr.group(2)).isEmpty()) {
                    notFound(request, response);
                } else {
                    ResidentMedia.qr(
                            response,
                            ResidentMedia.trackingLink(request, d.id(), qr.group(2), ResidentPages.language(request)));
                }
            });
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher form = FORM.matcher(path);
        Matcher track = TRACK.matcher(path);
        // Before any work: submissions have their own tight bucket, ratings Open311's.
        OptionalLong wait = form.matches()
                ? submissions.acquire(request.getRemoteAddr())
                : limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            ResidentPages.render(request, response, 429, "busy", Map.of("seconds", wait.getAsLong()));
            return;
        }
        if (form.matches()) {
            inDistrict(form.group(1), request, response, d -> submit(d, request, response));
        } else if (track.matches()) {
            inDistrict(track.group(1), request, response, d -> rate(d, track.group(2), request, response));
        } else {
            notFound(request, response);
        }
    }

    private interface Page {
        void show(DistrictSummary district) throws IOException;
    }

    /** Runs {@code page} as the resident channel of the named district; an unknown one is not found. */
    private void inDistrict(String id, HttpServletRequest request, HttpServletResponse response, Page page)
            throws IOException {
        DistrictId district = DistrictId.of(id);
        try {
            boolean found = districtWork.call(district, Caller.resident(district, ResidentWindow.RESIDENT), () -> {
                Optional<DistrictSummary> summary = districts.district(district);
                if (summary.isEmpty()) {
                    return false;
                }
                try {
                    page.show(summary.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            });
            if (!found) {
                notFound(request, response);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void showForm(
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
        for (String field : List.of("title", "description", "address", "name", "phone")) {
            scope.putIfAbsent(
                    field, Optional.ofNullable(request.getParameter(field)).orElse(""));
        }
        ResidentPages.render(request, response, status, "form", scope);
    }

    private void submit(DistrictSummary district, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<PhotoUpload> photos;
        try {
            photos = ResidentUploads.photos(request);
        } catch (ResidentUploads.TooLarge tooLarge) {
            Map<String, String> texts = ResidentPages.texts(ResidentPages.language(request));
            ResidentPages.render(
                    request,
                    response,
                    413,
                    "refused",
                    Map.of("districtName", district.name(), "problems", List.of(texts.get("photo_REQUEST_TOO_LARGE"))));
            return;
        } catch (PhotoRefusedException refused) {
            showForm(district, request, response, status(refused), Map.of("problems", List.of(text(request, refused))));
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
                null,
                blankToNull(param(request, "name")),
                blankToNull(param(request, "phone")));
        try {
            ResidentWindow.Submitted submitted =
                    window.submit(submission, photos, "on".equals(request.getParameter("shareLocation")));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(
                    "Location",
                    trackingPath(request, district.id(), submitted.code())
                            + (submitted.repeated() ? "&new=2" : "&new=1"));
        } catch (ConstraintViolationException invalid) {
            showForm(
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
        } catch (MatterRefusedException refused) {
            showForm(district, request, response, 422, Map.of("problems", List.of(refused.getMessage())));
        } catch (PhotoRefusedException refused) {
            showForm(district, request, response, status(refused), Map.of("problems", List.of(text(request, refused))));
        }
    }

    /** 413 for sizes, 415 for what is not an image of an accepted type, 400 for too many. */
    private static int status(PhotoRefusedException refused) {
        return switch (refused.reason()) {
            case TOO_LARGE, TOO_MANY_PIXELS -> 413;
            case NOT_AN_IMAGE, HEIC -> 415;
            case TOO_MANY -> 400;
        };
    }

    /** The refusal in the reader's language, naming the file. */
    private static String text(HttpServletRequest request, PhotoRefusedException refused) {
        String pattern = ResidentPages.texts(ResidentPages.language(request))
                .get("photo_" + refused.reason().name());
        return pattern == null
                ? refused.getMessage()
                : new MessageFormat(pattern).format(new Object[] {refused.fileName()});
    }

    private void showTracking(
            DistrictSummary district, String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<ResidentWindow.Tracking> tracking = window.track(code);
        if (tracking.isEmpty()) {
            notFound(request, response);
            return;
        }
        render(district, code, tracking.get(), request, response, 200, List.of());
    }

    private void rate(DistrictSummary district, String code, HttpServletRequest request, HttpServletResponse response)
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
                    : window.rate(code, rating, resolved.isEmpty() ? null : Boolean.valueOf(resolved));
            if (rating != null && rated.isEmpty()) {
                notFound(request, response);
                return;
            }
            if (rating == null) {
                Optional<ResidentWindow.Tracking> current = window.track(code);
                if (current.isEmpty()) {
                    notFound(request, response);
                    return;
                }
                String missing =
                        ResidentPages.texts(ResidentPages.language(request)).get("rate_missing");
                render(district, code, current.get(), request, response, 400, List.of(missing));
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", trackingPath(request, district.id(), code));
        } catch (MatterRefusedException refused) {
            Optional<ResidentWindow.Tracking> current = window.track(code);
            if (current.isEmpty()) {
                notFound(request, response);
                return;
            }
            render(district, code, current.get(), request, response, 422, List.of(refused.getMessage()));
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
                window.photos(code).stream()
                        .map(p ->
                                Map.of("seq", p.seq(), "alt", MessageFormat.format(texts.get("track_photo"), p.seq())))
                        .toList());
        scope.put("hasPhotos", !((List<?>) scope.get("photos")).isEmpty());
        scope.put("problems", problems);
        ResidentPages.render(request, response, status, "tracking", scope);
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResidentPages.render(request, response, 404, "not-found", Map.of());
    }

    private static String trackingPath(HttpServletRequest request, String district, String code) {
        return request.getContextPath() + "/r/" + district + "/t/" + code + "?lang="
                + URLEncoder.encode(ResidentPages.language(request), StandardCharsets.UTF_8);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
