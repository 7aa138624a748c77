package com.streetgov.ui.api.guard;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads request bodies strictly with JSON-P's streaming parser (Parsson at run time): UTF-8 only, at
 * most {@value #MAX_DEPTH} levels of nesting, one value and nothing after it, no duplicate keys, no
 * NUL or other control characters and no unpaired surrogates in any string. Each refusal is an {@link
 * InvalidInputException} (400) with a Chinese message naming the place or member.
 */
public final class JsonBody {

    public static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = jakarta.json.Json.createParserFactory(null);
    private static final JsonReaderFactory READERS = jakarta.json.Json.createReaderFactory(null);

    private JsonBody() {}

    /** The body as a JSON object, after all checks. */
    public static JsonObject object(byte[] body) {
        String text = text(body);
        if (!text.stripLeading().startsWith("{")) {
            throw InvalidInputException.json("请求体应为 JSON 对象（{…}）");
        }
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // e.g. a number beyond Parsson's limits: checked text that still cannot become an object
            throw InvalidInputException.json("请求体不是有效的 JSON 对象");
        }
    }

    /** The body as checked JSON text (any top-level value), for readers with their own format. */
    public static String text(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInputException.json("请求体为空，应为 JSON 对象");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.json("请求体不是有效的 UTF-8 编码");
        }
        check(text);
        return text;
    }

    private static void check(String text) {
        Deque<Set<String>> keys = new ArrayDeque<>();
        String member = null;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        keys.push(new HashSet<>());
                        if (keys.size() > MAX_DEPTH) {
                            throw InvalidInputException.json("JSON 嵌套不能超过 " + MAX_DEPTH + " 层");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> keys.pop();
                    case KEY_NAME -> {
                        member = parser.getString();
                        plain(member, null);
                        if (!keys.peek().add(member)) {
                            throw InvalidInputException.field(member, "JSON 对象中的键“" + member + "”重复");
                        }
                    }
                    case VALUE_STRING -> plain(parser.getString(), member);
                    default -> {}
                }
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw InvalidInputException.json(
                    "请求体不是有效的 JSON（第" + at.getLineNumber() + "行第" + at.getColumnNumber() + "列），或其后还有多余内容");
        } catch (JsonException | IllegalStateException e) {
            throw InvalidInputException.json("请求体不是有效的 JSON");
        }
    }

    /** No control characters but tab and line breaks, and every surrogate paired. */
    private static void plain(String s, String member) {
        String where = member == null ? "JSON 字符串" : member;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw InvalidInputException.field(member, where + " 不能包含控制字符（如 NUL）");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.field(member, where + " 含有不成对的 UTF-16 代理字符");
            }
        }
    }

    /** A member that must be a string when present: absent or null gives null; another type is refused. */
    public static String string(JsonObject json, String member) {
        JsonValue value = json.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw InvalidInputException.field(member, member + " 应为字符串，而不是 " + typeName(value));
    }

    private static String typeName(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> "数字";
            case TRUE, FALSE -> "布尔值";
            case ARRAY -> "数组";
            case OBJECT -> "对象";
            default -> "其他类型";
        };
    }
}
