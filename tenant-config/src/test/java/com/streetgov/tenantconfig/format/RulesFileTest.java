package com.streetgov.tenantconfig.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.ExclusionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assessment rules export → import is lossless, and a broken file names line, field and what is wrong. */
class RulesFileTest {

    static final AssessmentRules RULES = new AssessmentRules(
            "2026版",
            LocalDate.of(2026, 1, 19),
            19,
            Denominator.ALL_VISITS,
            new BigDecimal("0.85"),
            new BigDecimal("30"),
            new BigDecimal("35"),
            new BigDecimal("35"),
            25,
            List.of(new ExclusionKind("EMERGENCY", "紧急事项"), new ExclusionKind("REPEAT", "重复诉求")));

    @Test
    void export_then_import_gives_the_same_rules_and_note() throws Exception {
        RulesFile.Read read = RulesFile.read(RulesFile.write(RULES, "据区政府文件"));
        assertEquals(RULES, read.rules());
        assertEquals("据区政府文件", read.note());
        assertEquals(RULES, RulesFile.read(RulesFile.write(RULES, null)).rules());
    }

    @Test
    void weights_are_read_exactly() throws Exception {
        String text = RulesFile.write(RULES, null)
                .replace("\"response\": 30", "\"response\": 30.1")
                .replace("\"resolution\": 35", "\"resolution\": 34.9");
        AssessmentRules read = RulesFile.read(text).rules();
        assertEquals(new BigDecimal("30.1"), read.weightResponse());
        assertEquals(new BigDecimal("34.9"), read.weightResolution());
    }

    @Test
    void errors_name_the_line_and_the_field() {
        String broken = RulesFile.write(RULES, null)
                .replace("\"ALL_VISITS\"", "\"SOME_VISITS\"")
                .replace("\"minValidVisits\"", "\"minValid\"");
        ModelFileException e = assertThrows(ModelFileException.class, () -> RulesFile.read(broken));
        String message = e.getMessage();
        assertTrue(message.contains("/denominator") && message.contains("SOME_VISITS"), message);
        assertTrue(message.contains("未知的字段“minValid”"), message);
        assertTrue(message.contains("第6行"), message);
    }

    @Test
    void the_rules_own_findings_refuse_the_file() {
        String text = RulesFile.write(RULES, null).replace("\"satisfaction\": 35", "\"satisfaction\": 36");
        ModelFileException e = assertThrows(ModelFileException.class, () -> RulesFile.read(text));
        assertTrue(e.getMessage().contains("weights（综合成绩权重）"), e.getMessage());
        assertThrows(ModelFileException.class, () -> RulesFile.read("[1]"));
        assertThrows(ModelFileException.class, () -> RulesFile.read("{\"format\": "));
    }
}
