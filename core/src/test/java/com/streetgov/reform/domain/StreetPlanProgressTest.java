package com.streetgov.reform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Street plans against the district's deadline (the fixture: 30 days from 2016-04-01). */
class StreetPlanProgressTest {

    @Test
    void a_street_without_a_filed_plan_is_overdue_after_the_deadline() throws Exception {
        ReformModel model = ModelValidatorTest.valid();
        StreetPlanProgress nanhu =
                StreetPlanProgress.of(model, LocalDate.of(2016, 5, 2)).get(0);
        assertEquals(LocalDate.of(2016, 5, 1), nanhu.deadline().orElseThrow());
        assertTrue(nanhu.plan().isEmpty());
        assertTrue(nanhu.overdue());
        assertFalse(
                StreetPlanProgress.of(model, LocalDate.of(2016, 5, 1)).get(0).overdue(), "due, not yet late");

        ModelVersion draft = StreetPlanProgress.draftFor(model, "nanhu").orElseThrow();
        ReformModel withPlan =
                VersionLifecycle.replaceVersions(model, List.of(model.versions().get(0), draft));
        ReformModel filed = VersionLifecycle.file(
                VersionLifecycle.submit(withPlan, draft.code()), draft.code(), LocalDate.of(2016, 4, 20));
        StreetPlanProgress after =
                StreetPlanProgress.of(filed, LocalDate.of(2016, 5, 2)).get(0);
        assertEquals(VersionStatus.FILED, after.plan().orElseThrow().status());
        assertFalse(after.overdue());
        assertTrue(StreetPlanProgress.of(filed, LocalDate.of(2016, 5, 2)).get(1).overdue(), "huangbei still has none");
    }
}
