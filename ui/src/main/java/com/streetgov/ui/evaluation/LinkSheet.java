package com.streetgov.ui.evaluation;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A printable sheet of questionnaire links: one card per link with its QR code (SVG, crisp on paper and
 * small: one path per row of modules) and the address written out, eight to an A4 page.
 */
final class LinkSheet {

    private LinkSheet() {}

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("com/streetgov/ui/evaluation").compile("link-sheet.mustache");

    /** The sheet as a standalone HTML page (Mustache escapes the title, street and addresses). */
    static String html(String title, String street, List<String> links) {
        return html(
                title,
                links.stream()
                        .map(link -> Map.entry(street == null ? "" : street, link))
                        .toList());
    }

    /** The sheet with each card's own label under the title (e.g. a delegate's street and name). */
    static String html(String title, List<Map.Entry<String, String>> labelledLinks) {
        List<Map<String, String>> cards = labelledLinks.stream()
                .map(l -> Map.of("title", title, "street", l.getKey(), "url", l.getValue(), "svg", svg(l.getValue())))
                .toList();
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, Map.of("title", title, "cards", cards));
        return out.toString();
    }

    /** The QR code of {@code text} as an SVG element, error correction M, a quiet zone of two modules. */
    static String svg(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            throw new IllegalStateException(tooLong); // a link is far below a QR code's capacity
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    int run = 1;
                    while (x + run < m.getWidth() && m.get(x + run, y)) {
                        run++;
                    }
                    path.append('M')
                            .append(x)
                            .append(' ')
                            .append(y)
                            .append('h')
                            .append(run)
                            .append("v1h-")
                            .append(run)
                            .append('z');
                    x += run - 1;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** A link downloading {@code html} as {@code questionnaire-links.html}. */
    static Anchor download(String html, String label) {
        byte[] sheet = html.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(sheet),
                        "questionnaire-links.html",
                        "text/html;charset=UTF-8",
                        sheet.length)),
                label);
        download.getElement().setAttribute("download", true);
        return download;
    }

    /** The address of a link's secret: this server as it was reached, then {@code /r/<district>/q/<secret>}. */
    static String address(String districtId, String secret) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String url = request.getRequestURL().toString();
        String uri = request.getRequestURI();
        return url.substring(0, url.length() - uri.length()) + request.getContextPath() + "/r/" + districtId + "/q/"
                + secret;
    }
}
