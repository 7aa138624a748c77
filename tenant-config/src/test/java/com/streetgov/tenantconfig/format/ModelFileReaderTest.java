package com.streetgov.tenantconfig.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A bad file is rejected whole, each error pointing at its line and element. */
class ModelFileReaderTest {

    static String dongcheng() {
        return Templates.text("dongcheng");
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void broken_json_names_the_line() {
        String broken = "{\n  \"format\": \"streetgov-reform-model/1\",\n  \"template\": {\n    \"id\": oops\n  }\n}";
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(broken));
        assertEquals(1, e.errors().size());
        assertEquals(4, e.errors().get(0).line());
        assertTrue(e.errors().get(0).message().inDefaultLanguage().startsWith("JSON 格式错误"), e.getMessage());
    }

    @Test
    void every_bad_element_is_reported_with_its_line_and_pointer() throws Exception {
        String text = ModelFileWriter.write(Templates.load("dongcheng"));
        String bad = text.replaceFirst("\"kind\": \"DEPARTMENT\"", "\"kind\": \"BUREAU\"")
                .replaceFirst("\"effectiveFrom\": \"2018-05-19\"", "\"effectiveFrom\": \"2018-13-40\"")
                .replaceFirst("\"tbc\": false", "\"tbc\": false, \"colour\": \"red\"");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(bad));
        List<FileError> errors = e.errors();
        assertEquals(3, errors.size(), e.getMessage());
        FileError kind = errors.stream()
                .filter(x -> x.pointer().endsWith("/kind"))
                .findFirst()
                .orElseThrow();
        assertTrue(kind.pointer().matches("/versions/0/units/\\d+/kind"), kind.pointer());
        assertEquals(lineOf(bad, "\"BUREAU\""), kind.line());
        assertTrue(kind.message().inDefaultLanguage().contains("“BUREAU”不是有效的取值"), kind.toString());
        FileError date = errors.stream()
                .filter(x -> x.pointer().endsWith("/effectiveFrom"))
                .findFirst()
                .orElseThrow();
        assertEquals("日期“2018-13-40”应写作 YYYY-MM-DD", date.message().inDefaultLanguage());
        assertEquals(lineOf(bad, "2018-13-40"), date.line());
        FileError unknown = errors.stream()
                .filter(x -> x.pointer().endsWith("/colour"))
                .findFirst()
                .orElseThrow();
        assertTrue(unknown.message().inDefaultLanguage().startsWith("未知的字段“colour”"), unknown.toString());
        assertEquals(
                "第" + date.line() + "行第" + date.column() + "列 " + date.pointer() + "：日期“2018-13-40”应写作 YYYY-MM-DD",
                date.toString());
        assertEquals(
                "Line " + date.line() + ", column " + date.column() + " " + date.pointer()
                        + ": Date “2018-13-40” should be written YYYY-MM-DD",
                date.text().render(Locale.ENGLISH));
        assertEquals(
                "第" + date.line() + "行第" + date.column() + "欄 " + date.pointer() + "：日期「2018-13-40」應寫作 YYYY-MM-DD",
                date.text().render(Locale.TRADITIONAL_CHINESE));
        assertTrue(
                kind.message().render(Locale.ENGLISH).startsWith("“BUREAU” is not a valid value (allowed: "),
                kind.toString());
    }

    @Test
    void a_missing_required_field_is_named() {
        String bad = dongcheng().replaceFirst("\"name\"\\s*:\\s*\"东城区\"", "\"nom\": \"东城区\"");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(bad));
        assertTrue(
                e.errors().stream()
                        .anyMatch(x -> x.pointer().equals("/district/name")
                                && x.message().inDefaultLanguage().equals("缺少必填字段“name”")),
                e.getMessage());
    }
}
