package com.streetgov.ui.resident;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * tight bucket ({@link SubmissionLimiter}), ratings and suggestions like Open311. The form is multipart
 * with up to three photos ({@link ResidentUploads}); {@code /t/<code>/photo/<n>[/thumb]} and
 * {@code /t/<code>/qr.png} serve the tracking page's images to the code's holder only;
 * {@code /r/assets/resident.js} is the form's script (proof of work, suggestions).
 * {@code /r/<district>/q/<link>} is a questionnaire answered once through its link (issue 14).
 */
@WebServlet(urlPatterns = "/r/*")
@MultipartConfig(fileSizeThreshold = 1 << 20, maxRequestSize = ResidentUploads.REQUEST_MAX)
public class ResidentServlet extends HttpServlet {

    private static final String DISTRICT = "^/([a-z][a-z0-9-]{1,31})";
    private static final String CODE = "/t/([A-Za-z0-9_-]{1,64})";
    private static final Pattern FORM = Pattern.compile(DISTRICT + "/?$");
    private static final Pattern BOARD = Pattern.compile(DISTRICT + "/board$");
    private static final Pattern SUGGEST = Pattern.compile(DISTRICT + "/suggest$");
    private static final Pattern TRACK = Pattern.compile(DISTRICT + CODE + "$");
    private static final Pattern PHOTO = Pattern.compile(DISTRICT + CODE + "/photo/([1-9][0-9]?)(/thumb)?$");
    private static final Pattern QR = Pattern.compile(DISTRICT + CODE + "/qr\\.png$");
    private static final Pattern SURVEY = Pattern.compile(DISTRICT + "/q/([A-Za-z0-9_-]{1,64})$");
    private static final String SCRIPT = "/assets/resident.js";

    @Inject
    DistrictWork districtWork;

    @Inject
    DistrictDirectory districts;

    @Inject
    ResidentForm form;

    @Inject
    ResidentTracking tracking;

    @Inject
    Open311RateLimiter limiter;

    @Inject
    SubmissionLimiter submissions;

    @Inject
    ResidentSurvey survey;

    @Inject
    ResultsService results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m;
        if (path.equals(SCRIPT)) {
            script(response);
        } else if ((m = FORM.matcher(path)).matches()) {
            inDistrict(m.group(1), request, response, d -> form.show(d, request, response, 200, Map.of()));
        } else if ((m = BOARD.matcher(path)).matches()) {
            inDistrict(m.group(1), request, response, d -> ResidentBoard.show(results, d, request, response));
        } else if ((m = TRACK.matcher(path)).matches()) {
            String code = m.group(2);
            inDistrict(m.group(1), request, response, d -> tracking.show(d, code, request, response));
        } else if ((m = PHOTO.matcher(path)).matches()) {
            String code = m.group(2);
            int seq = Integer.parseInt(m.group(3));
            boolean thumbnail = m.group(4) != null;
            inDistrict(m.group(1), request, response, d -> tracking.photo(code, seq, thumbnail, request, response));
        } else if ((m = QR.matcher(path)).matches()) {
            String code = m.group(2);
            inDistrict(m.group(1), request, response, d -> tracking.qr(d, code, request, response));
        } else if ((m = SURVEY.matcher(path)).matches()) {
            String link = m.group(2);
            inDistrict(m.group(1), request, response, d -> survey.show(d, link, request, response));
        } else if ((m = SUGGEST.matcher(path)).matches()) {
            OptionalLong wait = limiter.acquire(request.getRemoteAddr());
            if (wait.isPresent()) {
                busy(request, response, wait.getAsLong());
                return;
            }
            inDistrict(m.group(1), request, response, d -> form.suggest(request, response));
        } else {
            ResidentPages.notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher submit = FORM.matcher(path);
        Matcher rate = TRACK.matcher(path);
        Matcher answer = SURVEY.matcher(path);
        // Before any work: submissions have their own tight bucket, ratings Open311's.
        OptionalLong wait = submit.matches()
                ? submissions.acquire(request.getRemoteAddr())
                : limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            busy(request, response, wait.getAsLong());
            return;
        }
        if (submit.matches()) {
            inDistrict(submit.group(1), request, response, d -> form.submit(d, request, response));
        } else if (rate.matches()) {
            String code = rate.group(2);
            inDistrict(rate.group(1), request, response, d -> tracking.rate(d, code, request, response));
        } else if (answer.matches()) {
            String link = answer.group(2);
            inDistrict(answer.group(1), request, response, d -> survey.answer(d, link, request, response));
        } else {
            ResidentPages.notFound(request, response);
        }
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(seconds));
        ResidentPages.render(request, response, 429, "busy", Map.of("seconds", seconds));
    }

    private static void script(HttpServletResponse response) throws IOException {
        response.setContentType("text/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = ResidentServlet.class.getResourceAsStream("resident.js");
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
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
                ResidentPages.notFound(request, response);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
