package com.streetgov.tenantconfig.format;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A JSON object being read, with its pointer; type errors are collected (not thrown) so that one pass
 * reports every error in the file. Missing or mistyped values read as null / false / empty.
 */
final class Node {

    private final JsonObject object;
    private final String pointer;
    private final List<ErrorAt> errors;

    /** An error at a pointer, located later. */
    record ErrorAt(String pointer, String message) {}

    Node(JsonObject object, String pointer, List<ErrorAt> errors) {
        this.object = object;
        this.pointer = pointer;
        this.errors = errors;
    }

    String pointer() {
        return pointer;
    }

    String at(String key) {
        return pointer + "/" + key;
    }

    void error(String at, String message) {
        errors.add(new ErrorAt(at, message));
    }

    /** Reports keys other than {@code allowed}: a typo must not silently lose data. */
    void onlyKeys(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                error(at(key), "未知的字段“" + key + "”（允许：" + String.join("、", allowed) + "）");
            }
        }
    }

    private JsonValue value(String key, boolean required) {
        JsonValue value = object.get(key);
        if (value == null && required) {
            error(at(key), "缺少必填字段“" + key + "”");
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    String text(String key, boolean required) {
        JsonValue value = value(key, required);
        if (value == null) {
            if (required && object.containsKey(key)) {
                error(at(key), "“" + key + "”不能为空");
            }
            return null;
        }
        if (!(value instanceof JsonString s)) {
            error(at(key), "“" + key + "”应为文字");
            return null;
        }
        if (required && s.getString().isBlank()) {
            error(at(key), "“" + key + "”不能为空");
        }
        return s.getString();
    }

    String code(String key) {
        String value = text(key, true);
        if (value != null && !value.matches("[a-z0-9][a-z0-9-]*")) {
            error(at(key), "代码“" + value + "”只能包含小写字母、数字和“-”");
        }
        return value;
    }

    boolean flag(String key) {
        JsonValue value = value(key, false);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            error(at(key), "“" + key + "”应为 true 或 false");
            return false;
        }
        return value == JsonValue.TRUE;
    }

    Integer whole(String key) {
        JsonValue value = value(key, false);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0) {
            error(at(key), "“" + key + "”应为非负整数");
            return null;
        }
        return n.intValue();
    }

    Double decimal(String key) {
        JsonNumber n = number(key, false);
        return n == null ? null : n.doubleValue();
    }

    /** A required number read exactly (weights, rates): no binary rounding. */
    java.math.BigDecimal exact(String key) {
        JsonNumber n = number(key, true);
        return n == null ? null : n.bigDecimalValue();
    }

    private JsonNumber number(String key, boolean required) {
        JsonValue value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            error(at(key), "“" + key + "”应为数字");
            return null;
        }
        return n;
    }

    LocalDate date(String key) {
        String value = text(key, false);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(at(key), "日期“" + value + "”应写作 YYYY-MM-DD");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            error(at(key), "“" + value + "”不是有效的取值（允许：" + allowed + "）");
            return null;
        }
    }

    Node child(String key) {
        JsonValue value = value(key, true);
        if (value == null) {
            return new Node(JsonValue.EMPTY_JSON_OBJECT, at(key), errors);
        }
        if (!(value instanceof JsonObject o)) {
            error(at(key), "“" + key + "”应为对象 {…}");
            return new Node(JsonValue.EMPTY_JSON_OBJECT, at(key), errors);
        }
        return new Node(o, at(key), errors);
    }

    boolean isText(String key) {
        return object.get(key) instanceof JsonString;
    }

    /** The elements of array {@code key}, each read by {@code reader} (given the element and its pointer). */
    <T> List<T> list(String key, BiFunction<JsonValue, String, T> reader) {
        JsonValue value = value(key, false);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            error(at(key), "“" + key + "”应为数组 […]");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            T item = reader.apply(array.get(i), at(key) + "/" + i);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    <T> List<T> objects(String key, java.util.function.Function<Node, T> reader) {
        return list(key, (value, at) -> {
            if (!(value instanceof JsonObject o)) {
                error(at, "应为对象 {…}");
                return null;
            }
            return reader.apply(new Node(o, at, errors));
        });
    }

    List<String> texts(String key) {
        return list(key, (value, at) -> {
            if (!(value instanceof JsonString s)) {
                error(at, "应为文字");
                return null;
            }
            return s.getString();
        });
    }

    <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        return list(key, (value, at) -> {
            String name = value instanceof JsonString s ? s.getString() : String.valueOf(value);
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                error(at, "“" + name + "”不是有效的取值");
                return null;
            }
        });
    }
}
