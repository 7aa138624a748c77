package com.streetgov.ui.resident;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.streetgov.text.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders the residents' pages from Mustache templates (HTML-escaped by default) in the reader's
 * language: {@code ?lang=} (zh-CN, zh-TW, en), zh-CN by default. The texts are the UI's own bundles ({@code resident.*} keys), exposed to a template as
 * {@code m.<key without "resident.", dots as underscores>}.
 */
final class ResidentPages {

    /** The languages offered, by the tag used in links. */
    static final Map<String, Locale> LANGUAGES =
            Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "zh-TW", Locale.TRADITIONAL_CHINESE, "en", Locale.ENGLISH);

    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("com/streetgov/ui/resident");

    private ResidentPages() {}

    /**
     * The language tag of the request: its {@code lang} query parameter (the pages' links and forms
     * carry it), else zh-CN — the district's language, whatever the phone's browser says.
     */
    static String language(HttpServletRequest request) {
        // From the query string alone: reading a parameter would parse a multipart body, which may be
        // the very thing being refused as too large.
        String asked = query(request, "lang");
        return LANGUAGES.containsKey(asked) ? asked : "zh-CN";
    }

    /** {@code text} (a refusal's, say) in the request's language. */
    static String render(HttpServletRequest request, Text text) {
        return text.render(LANGUAGES.get(language(request)));
    }

    /** The page texts in {@code language}. */
    static Map<String, String> texts(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                LANGUAGES.get(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("resident.")) {
                // Mustache reads dots as nesting: form.title → m.form_title
                texts.put(key.substring("resident.".length()).replace('.', '_'), bundle.getString(key));
            }
        }
        return texts;
    }

    /** Writes {@code template} with {@code scope} (plus the texts and language links) as the response. */
    static void render(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String template,
            Map<String, Object> scope)
            throws IOException {
        String language = language(request);
        Map<String, Object> all = new HashMap<>(scope);
        Object problems = scope.get("problems");
        all.put("hasProblems", problems instanceof List<?> list && !list.isEmpty());
        all.put("m", texts(language));
        all.put("lang", language);
        all.put("root", request.getContextPath() + "/r/");
        all.put("htmlLang", language.equals("en") ? "en" : language);
        all.put(
                "languages",
                List.of(
                        Map.of("tag", "zh-CN", "name", "简体", "current", language.equals("zh-CN")),
                        Map.of("tag", "zh-TW", "name", "繁體", "current", language.equals("zh-TW")),
                        Map.of("tag", "en", "name", "English", "current", language.equals("en"))));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // The tracking code is in the address: never send it on to another site.
        response.setHeader("Referrer-Policy", "no-referrer");
        Mustache mustache = TEMPLATES.compile(template + ".mustache");
        try (PrintWriter out = response.getWriter()) {
            mustache.execute(out, all);
        }
    }

    /** The same 404 page for every miss. */
    static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, 404, "not-found", Map.of());
    }

    /** The tracking page of {@code code}, in the request's language. */
    static String trackingPath(HttpServletRequest request, String district, String code) {
        return request.getContextPath() + "/r/" + district + "/t/" + code + "?lang="
                + URLEncoder.encode(language(request), StandardCharsets.UTF_8);
    }

    /**
     * A query parameter decoded as UTF-8, stripped; empty when absent or malformed. Read from the query
     * string itself: the container decodes a query string in its own default charset.
     */
    static String query(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8)
                            .strip();
                } catch (IllegalArgumentException malformed) {
                    return "";
                }
            }
        }
        return "";
    }

    /** A form field, stripped; empty when absent. */
    static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
