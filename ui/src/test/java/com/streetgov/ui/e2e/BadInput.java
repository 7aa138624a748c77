package com.streetgov.ui.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The vocabulary of the bad-input corpus: a case is a name, a request and what the answer must be (a
 * status — or any 4xx — and a text the JSON body must contain, naming the field or problem). Requests
 * go through java.net.http, or a raw socket for bytes a well-behaved client refuses to send.
 */
final class BadInput {

    /** Any 4xx (where another part of the product decides which, e.g. Open311 keys or rate limits). */
    static final int ANY_4XX = -4;

    /**
     * Refused by the container's HTTP parser before the application (a NUL or invalid UTF-8 in the
     * decoded path, non-ASCII bytes in a header): a bare 400 with an empty body, which shows nothing.
     */
    static final String BY_HTTP_PARSER = null;

    /** HTTP/1.1: a refused header on a shared HTTP/2 connection would spoil the cases after it. */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What came back. */
    record Reply(int status, String body) {}

    /** Sends one request against the running application at {@code base}. */
    interface Call {
        Reply send(Ctx ctx) throws Exception;
    }

    /** One case of the corpus. */
    /** A case; {@code page}: the answer is one of the residents' HTML pages, not JSON. */
    record Case(String name, Call call, int status, String names, boolean page) {}

    /** The application's address and the tokens of the callers the cases use, by username. */
    record Ctx(String base, int port, Map<String, String> tokens, String matter) {}

    private BadInput() {}

    static Case of(String name, int status, String names, Call call) {
        return new Case(name, call, status, names, false);
    }

    /** A case answered by a residents' page (HTML, in the reader's language). */
    static Case page(String name, int status, String names, Call call) {
        return new Case(name, call, status, names, true);
    }

    /** A request with an optional caller (username), headers (name, value pairs) and body. */
    static Call http(String method, String path, String user, byte[] body, String... headers) {
        return ctx -> {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(ctx.base() + path)).timeout(Duration.ofSeconds(60));
            if (user != null) {
                b.header("Authorization", "Bearer " + ctx.tokens().get(user));
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            b.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            return send(b.build());
        };
    }

    /** Like {@link #http} with the body sent chunked (no Content-Length), produced lazily. */
    static Call chunked(String method, String path, String user, Supplier<InputStream> body, String... headers) {
        return ctx -> {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(ctx.base() + path)).timeout(Duration.ofSeconds(60));
            if (user != null) {
                b.header("Authorization", "Bearer " + ctx.tokens().get(user));
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return send(b.method(method, HttpRequest.BodyPublishers.ofInputStream(body))
                    .build());
        };
    }

    private static Reply send(HttpRequest request) throws Exception {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            // The server may answer 413 and close before a huge body is sent whole.
            return new Reply(-1, "client I/O: " + e.getMessage());
        }
    }

    static Call json(String method, String path, String user, String body, String... headers) {
        List<String> h = new ArrayList<>(List.of("Content-Type", "application/json"));
        h.addAll(List.of(headers));
        return http(method, path, user, utf8(body), h.toArray(String[]::new));
    }

    static Call form(String path, String body) {
        return http("POST", path, null, utf8(body), "Content-Type", "application/x-www-form-urlencoded");
    }

    static Call get(String path, String user, String... headers) {
        return http("GET", path, user, null, headers);
    }

    /**
     * A raw HTTP/1.1 request: {@code head} is the request line and headers ({@code {token:USER}} is
     * replaced by that caller's token); {@code body} follows with its Content-Length.
     */
    static Call raw(String head, byte[] body) {
        return ctx -> {
            String h = head;
            for (var t : ctx.tokens().entrySet()) {
                h = h.replace("{token:" + t.getKey() + "}", t.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(h.getBytes(StandardCharsets.UTF_8));
            out.write(("Host: localhost:" + ctx.port() + "\r\nConnection: close\r\nContent-Length: " + body.length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            try (Socket socket = new Socket("localhost", ctx.port())) {
                socket.setSoTimeout(30_000);
                OutputStream os = socket.getOutputStream();
                os.write(out.toByteArray());
                os.flush();
                return parse(socket.getInputStream().readAllBytes());
            }
        };
    }

    private static Reply parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Reply(-1, text);
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.split(" ")[1]);
        String body = text.substring(end + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            StringBuilder joined = new StringBuilder();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int i = 0;
            while (i < bytes.length) {
                int eol = indexOf(bytes, i);
                int size = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII).strip(), 16);
                if (size == 0) {
                    break;
                }
                joined.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
                i = eol + 2 + size + 2;
            }
            body = joined.toString();
        }
        return new Reply(status, body);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} bytes of JSON-ish filler, produced lazily. */
    static InputStream filler(long count) {
        return new InputStream() {
            long left = count;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
    }
}
