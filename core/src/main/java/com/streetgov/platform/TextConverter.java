package com.streetgov.platform;

import com.streetgov.text.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a {@link Text} in one text column as JSON — {@code {"key":"matter.referred","args":["区市场监管局",
 * {"key":"text.literal","args":["食品安全"]}]}} — so that it renders in the language of whoever reads
 * it later.
 *
 * <p>Rows written before texts were stored this way hold a Chinese sentence; a value that is not such
 * a JSON object reads as that sentence, {@link Text#literal(String) literally}, so existing data needs
 * no migration. For the same reason a person's own words alone ({@link Text#literal(String)}) are stored
 * as written, unless they themselves look like such a JSON object: they take no more room than before
 * (an answer fills its 4,000 characters). Null stays null. Entities opt in with {@code @Convert}.
 */
@Converter
public class TextConverter implements AttributeConverter<Text, String> {

    /** How a stored text begins. */
    private static final String JSON_START = "{\"key\"";

    @Override
    public String convertToDatabaseColumn(Text text) {
        if (text == null) {
            return null;
        }
        if (text.isLiteral() && !((String) text.args().get(0)).startsWith(JSON_START)) {
            return (String) text.args().get(0);
        }
        return json(text).toString();
    }

    @Override
    public Text convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(JSON_START)) {
            try (var reader = Json.createReader(new StringReader(stored))) {
                return text(reader.readObject());
            } catch (JsonException | ClassCastException | NullPointerException notOurs) {
                // fall through: a sentence that merely looks like JSON
            }
        }
        return Text.literal(stored);
    }

    /** The JSON form of {@code text}, also for writers that bypass JPA (COPY). */
    public static String toColumn(Text text) {
        return new TextConverter().convertToDatabaseColumn(text);
    }

    private static JsonObject json(Text text) {
        JsonArrayBuilder args = Json.createArrayBuilder();
        for (Object arg : text.args()) {
            if (arg instanceof Text nested) {
                args.add(json(nested));
            } else {
                args.add((String) arg);
            }
        }
        return Json.createObjectBuilder()
                .add("key", text.key())
                .add("args", args)
                .build();
    }

    private static Text text(JsonObject object) {
        JsonArray array = object.getJsonArray("args");
        List<Object> args = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            args.add(value instanceof JsonObject nested ? text(nested) : ((JsonString) value).getString());
        }
        return new Text(object.getString("key"), args);
    }
}
