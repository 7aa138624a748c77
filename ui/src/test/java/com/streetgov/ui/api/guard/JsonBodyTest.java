package com.streetgov.ui.api.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict JSON reader refuses what the API must not take in, with the place or member named. */
class JsonBodyTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static InvalidInputException refused(byte[] body) {
        return assertThrows(InvalidInputException.class, () -> JsonBody.object(body));
    }

    @Test
    void a_plain_object_is_read() {
        assertEquals(
                "路灯", JsonBody.string(JsonBody.object(utf8(" {\"title\":\"路灯\",\"x\":[1,{\"y\":null}]} ")), "title"));
        assertEquals("😀", JsonBody.string(JsonBody.object(utf8("{\"t\":\"\\ud83d\\ude00\"}")), "t"));
    }

    @Test
    void nesting_is_accepted_to_thirty_two_levels_and_refused_beyond() {
        String ok = "{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}";
        JsonBody.object(utf8(ok));
        String deep = "{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}";
        assertTrue(refused(utf8(deep)).getMessage().contains("嵌套不能超过 32 层"));
        refused(utf8("[".repeat(5000) + "]".repeat(5000)));
    }

    @Test
    void trailing_data_wrong_top_level_types_and_empty_bodies_are_refused() {
        assertTrue(refused(utf8("{}{}")).getMessage().startsWith("请求体不是有效的 JSON"));
        refused(utf8("{} x"));
        assertTrue(refused(utf8("[]")).getMessage().contains("JSON 对象"));
        refused(utf8("\"title\""));
        refused(utf8("42"));
        refused(utf8("null"));
        refused(utf8(""));
        refused(utf8("   "));
        refused(null);
    }

    @Test
    void nul_controls_unpaired_surrogates_and_invalid_utf8_are_refused_naming_the_member() {
        InvalidInputException nul = refused(utf8("{\"title\":\"a\\u0000b\"}"));
        assertEquals("title", nul.field());
        assertTrue(nul.getMessage().contains("NUL"));
        assertEquals("address", refused(utf8("{\"address\":\"\\u001b[31m\"}")).field());
        assertEquals("title", refused(utf8("{\"title\":\"\\ud800\"}")).field());
        assertEquals("title", refused(utf8("{\"title\":\"x\\udc00y\"}")).field());
        assertTrue(refused(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'})
                .getMessage()
                .contains("UTF-8"));
        refused(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        refused(utf8("\uFEFF{}"));
    }

    @Test
    void duplicate_keys_and_wrong_member_types_are_refused_naming_the_member() {
        assertEquals("title", refused(utf8("{\"title\":\"a\",\"title\":\"b\"}")).field());
        var json = JsonBody.object(utf8("{\"title\":42,\"t\":true,\"n\":null}"));
        InvalidInputException type = assertThrows(InvalidInputException.class, () -> JsonBody.string(json, "title"));
        assertEquals("title", type.field());
        assertTrue(type.getMessage().contains("数字"));
        assertThrows(InvalidInputException.class, () -> JsonBody.string(json, "t"));
        assertNull(JsonBody.string(json, "n"));
        assertNull(JsonBody.string(json, "absent"));
    }
}
