package com.streetgov.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void a_joined_text_renders_its_parts_in_the_readers_language() {
        Text joined = Text.of("text.joined", Text.literal("甲"), Text.literal("乙"));
        assertEquals("甲；乙", joined.render(Locale.SIMPLIFIED_CHINESE));
        assertEquals("甲；乙", joined.render(Locale.TRADITIONAL_CHINESE));
        assertEquals("甲; 乙", joined.render(Locale.ENGLISH));
    }

    @Test
    void zh_cn_and_other_regions_fall_to_simplified_and_unknown_languages_to_english() {
        Text joined = Text.of("text.joined", "a", "b");
        assertEquals("a；b", joined.render(Locale.CHINA));
        assertEquals("a；b", joined.render(Locale.CHINESE));
        assertEquals("a; b", joined.render(Locale.GERMAN));
        assertEquals("a；b", joined.inDefaultLanguage());
    }

    @Test
    void a_literal_reads_as_written_in_every_language_even_with_braces_and_quotes() {
        Text said = Text.literal("门口'{0}'堆放杂物");
        assertTrue(said.isLiteral());
        assertEquals("门口'{0}'堆放杂物", said.render(Locale.ENGLISH));
        assertEquals("门口'{0}'堆放杂物", said.render(Locale.TRADITIONAL_CHINESE));
        assertNull(Text.literal(null));
    }

    @Test
    void arguments_are_kept_as_strings_and_nulls_become_empty() {
        Text t = Text.of("text.joined", 3, null);
        assertEquals("3", t.args().get(0));
        assertEquals("", t.args().get(1));
        assertEquals("3；", t.inDefaultLanguage());
    }

    @Test
    void a_missing_key_shows_itself_as_vaadin_does() {
        assertEquals("!no.such.key!", Text.of("no.such.key").render(Locale.ENGLISH));
        assertFalse(Text.known("no.such.key"));
        assertTrue(Text.known(Text.LITERAL));
    }

    @Test
    void a_refusal_says_why_in_the_default_language_and_keeps_the_text_and_field() {
        RefusedException refused = new RefusedException(Text.of("text.joined", "x", "y"), "title");
        assertEquals("x；y", refused.getMessage());
        assertEquals("text.joined", refused.text().key());
        assertEquals("title", refused.field());
    }
}
