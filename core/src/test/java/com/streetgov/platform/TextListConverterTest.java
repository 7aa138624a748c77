package com.streetgov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of strings in one text column: lossless JSON, and the old "、"-joined values still read. */
class TextListConverterTest {

    final TextListConverter converter = new TextListConverter();

    @Test
    void any_element_survives_a_round_trip() {
        List<String> values = List.of("加装电梯、协调", "引号\"与\\反斜杠", "[括号]", "", "电梯");
        assertEquals(values, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(values)));
        assertEquals(List.of(), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(List.of())));
    }

    @Test
    void values_written_before_the_converter_read_as_before() {
        assertEquals(List.of("低保", "救助"), converter.convertToEntityAttribute("低保、救助"));
        assertEquals(List.of("minsheng"), converter.convertToEntityAttribute("minsheng"));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
        assertEquals(List.of("[旧]", "值"), converter.convertToEntityAttribute("[旧]、值"));
    }

    @Test
    void null_stays_null() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
