package com.streetgov.ui.api.guard;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Checks an {@code application/x-www-form-urlencoded} body before JAX-RS decodes it, which would turn
 * malformed UTF-8 into replacement characters silently: every name and value must be well-formed
 * percent-encoding of UTF-8. (The JDK's URLDecoder replaces too, hence this check.)
 */
final class FormBody {

    private FormBody() {}

    static void check(byte[] body) {
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                pair(body, start, i);
                start = i + 1;
            }
        }
    }

    private static void pair(byte[] body, int from, int to) {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        ByteArrayOutputStream into = name;
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '=' && into == name) {
                into = value;
            } else if (b == '%') {
                if (i + 2 >= to || !hex(body[i + 1]) || !hex(body[i + 2])) {
                    throw refused(name);
                }
                into.write(HexFormat.fromHexDigits(new String(body, i + 1, 2, StandardCharsets.US_ASCII)));
                i += 2;
            } else {
                into.write(b);
            }
        }
        if (!utf8(name.toByteArray()) || !utf8(value.toByteArray())) {
            throw refused(name);
        }
    }

    private static InvalidInputException refused(ByteArrayOutputStream name) {
        String field = utf8(name.toByteArray()) ? name.toString(StandardCharsets.UTF_8) : null;
        return InvalidInputException.field(field, "表单数据" + (field == null ? "" : "中的 " + field) + " 不是有效的 UTF-8 百分号编码");
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
