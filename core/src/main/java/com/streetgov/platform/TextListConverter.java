package com.streetgov.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a list of strings in one text column as a JSON array ({@code ["加装电梯、协调","电梯"]}), so
 * that any element, one containing "、" included, reads back unchanged.
 *
 * <p>Rows written before this converter hold the elements joined with "、" ({@code 低保、救助}, the
 * empty string for no element); a value that does not parse as a JSON array is read that old way, so
 * existing data needs no migration and is rewritten as JSON the next time its entity is saved. A null
 * column stays null (and a null list is stored as null). Entities opt in with {@code @Convert}.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    /** The separator of the stored values written before this converter. */
    static final String OLD_SEPARATOR = "、";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("[")) {
            try (var reader = Json.createReader(new StringReader(stored))) {
                return reader.readArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
            } catch (JsonException | ClassCastException notJson) {
                // an old value that merely starts with "[": read it the old way below
            }
        }
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(OLD_SEPARATOR));
    }
}
