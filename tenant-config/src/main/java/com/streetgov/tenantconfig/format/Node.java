package com.streetgov.tenantconfig.format;

import com.streetgov.text.Text;
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

    /** An object as the messages draw it; an argument, since braces in a pattern with arguments are syntax. */
    static final String OBJECT = "{…}";

    private final JsonObject object;
    private final String pointer;
    private final List<ErrorAt> errors;

    /** An error at a pointer, located later. */
    record ErrorAt(String pointer, Text message) {}

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

    void error(String at, Text message) {
        errors.add(new ErrorAt(at, message));
    }

    /** An error in words already written (a rule's own finding), kept as written. */
    void error(String at, String words) {
        error(at, Text.literal(words));
    }

    /** Reports keys other than {@code allowed}: a typo must not silently lose data. */
    void onlyKeys(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                error(at(key), Text.of("modelFile.unknownField", key, String.join("、", allowed)));
            }
        }
    }

    private JsonValue value(String key, boolean required) {
        JsonValue value = object.get(key);
        if (value == null && required) {
            error(at(key), Text.of("modelFile.missingField", key));
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    String text(String key, boolean required) {
        JsonValue value = value(key, required);
        if (value == null) {
            if (required && object.containsKey(key)) {
                error(at(key), Text.of("modelFile.blank", key));
            }
            return null;
        }
        if (!(value instanceof JsonString s)) {
            error(at(key), Text.of("modelFile.notText", key));
            return null;
        }
        if (required && s.getString().isBlank()) {
            error(at(key), Text.of("modelFile.blank", key));
        }
        return s.getString();
    }

    String code(String key) {
        String value = text(key, true);
        if (value != null && !value.matches("[a-z0-9][a-z0-9-]*")) {
            error(at(key), Text.of("modelFile.badCode", value));
        }
        return value;
    }

    boolean flag(String key) {
        JsonValue value = value(key, false);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            error(at(key), Text.of("modelFile.notBoolean", key));
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
            error(at(key), Text.of("modelFile.notWholeNumber", key));
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
            error(at(key), Text.of("modelFile.notNumber", key));
            return null;
        }
        return n;
    }

    LocalDate date(String key) {
        String value = text(key, false);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(at(key), Text.of("modelFile.badDate", value));
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
            error(at(key), Text.of("modelFile.notAllowed", value, allowed));
            return null;
        }
    }

    Node child(String key) {
        JsonValue value = value(key, true);
        if (value == null) {
            return new Node(JsonValue.EMPTY_JSON_OBJECT, at(key), errors);
        }
        if (!(value instanceof JsonObject o)) {
            error(at(key), Text.of("modelFile.notObject", key, OBJECT));
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
            error(at(key), Text.of("modelFile.notArray", key));
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
                error(at, Text.of("modelFile.elementNotObject"));
                return null;
            }
            return reader.apply(new Node(o, at, errors));
        });
    }

    List<String> texts(String key) {
        return list(key, (value, at) -> {
            if (!(value instanceof JsonString s)) {
                error(at, Text.of("modelFile.elementNotText"));
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
                error(at, Text.of("modelFile.elementNotAllowed", name));
                return null;
            }
        });
    }
}
