package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.photo.domain.PhotoCheck;
import com.streetgov.platform.TextConverter;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A matter's refusals and the generated parts of its history are texts: they read in English and
 * Traditional Chinese as well as in Simplified Chinese (what the API and the logs keep), with a
 * person's own words left as written; stored and read back, a history entry still renders in each
 * reader's language.
 */
class MatterTextsTest {

    static final Locale TW = Locale.TRADITIONAL_CHINESE;

    @Test
    void a_refusal_reads_in_each_language_and_names_the_step_it_refuses() {
        Matter m = MatterWorkflowTest.received();
        RefusedException refused = assertThrows(RefusedException.class, () -> m.accept("minsheng", "a", null));
        assertEquals("诉求M-2当前状态不能签收", refused.getMessage());
        assertEquals(
                "Matter M-2 cannot accept in its current state", refused.text().render(Locale.ENGLISH));
        assertEquals("訴求M-2當前狀態不能簽收", refused.text().render(TW));

        RefusedException noReason = assertThrows(RefusedException.class, () -> {
            m.dispatch(MatterWorkflowTest.TO_MINSHENG, "system", MatterWorkflowTest.T);
            m.reject("minsheng", " ", "a", MatterWorkflowTest.T);
        });
        assertEquals("A rejection needs a reason", noReason.text().render(Locale.ENGLISH));
        assertEquals("退單須說明理由", noReason.text().render(TW));
    }

    @Test
    void generated_history_reads_in_english_and_keeps_the_persons_words() throws Exception {
        Matter m = MatterWorkflowTest.received();
        m.dispatch(MatterWorkflowTest.TO_MINSHENG, "system", MatterWorkflowTest.T);
        m.refer(AllowedStepsTest.MARKET, "  食品安全由区市场监管局处理 ", "clerk", MatterWorkflowTest.T);
        MatterEvent referred = m.events().get(m.events().size() - 1);
        assertEquals("Referred to 区市场监督管理局: 食品安全由区市场监管局处理", referred.note().render(Locale.ENGLISH));
        assertEquals("轉辦区市场监督管理局：食品安全由区市场监管局处理", referred.note().render(TW));

        Matter rated = MatterWorkflowTest.received();
        rated.dispatch(MatterWorkflowTest.TO_MINSHENG, "system", MatterWorkflowTest.T);
        rated.accept("minsheng", "a", MatterWorkflowTest.T);
        rated.respond("已处理", "a", MatterWorkflowTest.T);
        rated.recordReturnVisit(VisitOutcome.reached(false, true, Rating.BASICALLY_SATISFIED, "居民认可")
                .stamped("luohu-staff", MatterWorkflowTest.T, VisitChannel.STAFF));
        List<MatterEvent> events = rated.events();
        Text visit = events.get(events.size() - 2).note();
        assertEquals("已联系上居民；承办单位未联系居民；问题已解决；基本满意。居民认可", visit.inDefaultLanguage());
        assertEquals(
                "Resident reached; the unit had not contacted the resident; resolved; Basically satisfied. 居民认可",
                visit.render(Locale.ENGLISH));
        assertEquals(
                "Basically satisfied (return visit: luohu-staff called)",
                events.get(events.size() - 1).note().render(Locale.ENGLISH));
        assertEquals(
                "無效回訪：拒絕回訪",
                VisitOutcome.unreached(VisitOutcome.Unreached.REFUSED, null)
                        .summary()
                        .render(TW));

        TextConverter column = new TextConverter();
        assertEquals(visit, column.convertToEntityAttribute(column.convertToDatabaseColumn(visit)), "stored as a text");
        assertEquals(
                "居民认可",
                column.convertToDatabaseColumn(Text.literal("居民认可")),
                "a person's words alone are stored as written, as before");
    }

    @Test
    void every_step_rating_and_reason_not_reached_has_its_name_in_every_language() {
        List<Text> names = new ArrayList<>();
        for (MatterStep step : MatterStep.values()) {
            names.add(step.label());
        }
        for (Rating rating : Rating.values()) {
            names.add(rating.label());
        }
        for (VisitOutcome.Unreached why : VisitOutcome.Unreached.values()) {
            names.add(why.label());
        }
        for (Text name : names) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, TW, Locale.ENGLISH)) {
                assertFalse(name.render(locale).startsWith("!"), name + " in " + locale);
            }
        }
        assertEquals("Not satisfied", Rating.NOT_SATISFIED.label().render(Locale.ENGLISH));
    }

    @Test
    void a_photos_and_a_catalogs_refusal_read_in_english() throws Exception {
        RefusedException photo = assertThrows(
                RefusedException.class,
                () -> PhotoCheck.clean(new com.streetgov.photo.domain.PhotoUpload("a.heic", new byte[10]), false));
        assertEquals(
                "The file “a.heic” is not a JPEG or PNG image", photo.text().render(Locale.ENGLISH));
        assertEquals("文件「a.heic」不是 JPEG 或 PNG 圖片", photo.text().render(TW));

        DispatchCatalog broken =
                new DispatchCatalog(List.of(new Department("Bad Code", "区市场监管局", List.of(), "inferred")), List.of());
        assertEquals(
                List.of("The district department code “Bad Code” is malformed (lower-case letters, digits and hyphens,"
                        + " at most 64)"),
                broken.findings(Set.of()).stream()
                        .map(f -> f.render(Locale.ENGLISH))
                        .toList());
    }
}
