package com.streetgov.ui.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reads request bodies with a clear Chinese error instead of a 500 on malformed JSON. */
final class Json {

    private Json() {}

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("请求体为空，应为 JSON 对象");
        }
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
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
