package com.streetgov.tenantconfig.format;

import com.streetgov.platform.Json;
import com.streetgov.text.Text;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Where each value of a JSON text starts, by JSON pointer, so errors can name the line. */
final class JsonLocations {

    private final Map<String, JsonLocation> byPointer = new HashMap<>();

    private static final class Frame {
        final boolean array;
        final String pointer;
        int index = -1;
        String key;

        Frame(boolean array, String pointer) {
            this.array = array;
            this.pointer = pointer;
        }

        String child() {
            if (array) {
                index++;
                return pointer + "/" + index;
            }
            return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        }
    }

    /** Reads the locations of a text that is known to parse. */
    JsonLocations(String json) {
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> stack.peek().key = parser.getString();
                    case START_OBJECT, START_ARRAY -> {
                        String pointer = stack.isEmpty() ? "" : stack.peek().child();
                        byPointer.put(pointer, parser.getLocation());
                        stack.push(new Frame(event == JsonParser.Event.START_ARRAY, pointer));
                    }
                    case END_OBJECT, END_ARRAY -> stack.pop();
                    default -> byPointer.put(stack.peek().child(), parser.getLocation());
                }
            }
        }
    }

    /** The error at {@code pointer}, or at its nearest enclosing value that has a location. */
    FileError error(String pointer, Text message) {
        String at = pointer;
        while (!byPointer.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        JsonLocation location = byPointer.get(at);
        return location == null
                ? new FileError(1, 1, pointer, message)
                : new FileError((int) location.getLineNumber(), (int) location.getColumnNumber(), pointer, message);
    }
}
