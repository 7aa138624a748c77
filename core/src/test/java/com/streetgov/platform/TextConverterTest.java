package com.streetgov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.streetgov.text.Text;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextConverterTest {

    private final TextConverter converter = new TextConverter();

    @Test
    void a_nested_text_survives_the_column_and_renders_in_english_afterwards() {
        Text said = Text.of("text.joined", Text.literal("转办“区市场监管局”"), "第二段、含顿号\"和引号\"");
        String column = converter.convertToDatabaseColumn(said);
        Text back = converter.convertToEntityAttribute(column);
        assertEquals(said, back);
        assertEquals("转办“区市场监管局”; 第二段、含顿号\"和引号\"", back.render(Locale.ENGLISH));
    }

    @Test
    void an_old_sentence_or_a_resident_writing_json_reads_literally() {
        assertEquals(Text.literal("已分派至民生保障办公室"), converter.convertToEntityAttribute("已分派至民生保障办公室"));
        String lookalike = "{\"key\": broken";
        assertEquals(Text.literal(lookalike), converter.convertToEntityAttribute(lookalike));
        String wrongShape = "{\"key\":\"x\",\"args\":[1]}";
        assertEquals(Text.literal(wrongShape), converter.convertToEntityAttribute(wrongShape));
        assertNull(converter.convertToEntityAttribute(null));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}
