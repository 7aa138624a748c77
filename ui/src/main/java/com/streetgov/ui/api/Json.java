package com.streetgov.ui.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reads request bodies with a clear Chinese error instead of a 500 on malformed JSON. */
final class Json {

    /** One factory for all calls: {@code jakarta.json.Json.createReader} looks the provider up each time. */
    private static final JsonReaderFactory READERS = jakarta.json.Json.createReaderFactory(null);

    private Json() {}

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("请求体为空，应为 JSON 对象");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(
                    "请求体不是有效的 JSON（第" + at.getLineNumber() + "行第" + at.getColumnNumber() + "列）");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("请求体应为 JSON 对象");
        }
    }
}
