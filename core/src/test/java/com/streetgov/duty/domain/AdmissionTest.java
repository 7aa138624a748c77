package com.streetgov.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Admission: notice and decision clocks on working days, and what a street may refuse. */
class AdmissionTest {

    static final AdmissionPolicy XICHENG = new AdmissionPolicy(30, 15);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendarTest.CALENDAR;

    @Test
    void a_task_needs_thirty_working_days_notice_and_gets_a_fifteen_working_day_decision_clock() throws Exception {
        LocalDate applied = LocalDate.of(2024, 9, 20);
        var tooSoon = assertThrows(
                RefusedException.class,
                () -> AdmissionApplication.apply(
                        "A-1",
                        "垃圾分类入户检查",
                        "区城管委",
                        DutyLevel.STREET,
                        applied,
                        LocalDate.of(2024, 10, 25),
                        XICHENG,
                        CALENDAR));
        // 30 working days from Friday 20 September skip two weekends' worth plus the National Day holidays.
        assertEquals("事项“垃圾分类入户检查”须提前30个工作日申请，最早可于2024-11-06起实施", tooSoon.getMessage());

        AdmissionApplication a = AdmissionApplication.apply(
                "A-1", "垃圾分类入户检查", "区城管委", DutyLevel.STREET, applied, LocalDate.of(2024, 11, 6), XICHENG, CALENDAR);
        assertEquals(LocalDate.of(2024, 10, 16), a.decisionDue());
        assertTrue(a.decisionOverdue(LocalDate.of(2024, 10, 17)));
        assertFalse(a.review().decide(true).decisionOverdue(LocalDate.of(2024, 10, 17)));
    }

    @Test
    void a_task_never_admitted_may_be_refused_and_an_admitted_one_becomes_a_duty_item_from_its_date() throws Exception {
        AdmissionApplication a = AdmissionApplication.apply(
                        "A-2",
                        "老旧小区加装电梯协调",
                        "区住建委",
                        DutyLevel.STREET,
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 8, 1),
                        XICHENG,
                        CALENDAR)
                .review()
                .decide(true)
                .admit();
        AdmissionRegister register = new AdmissionRegister(List.of(a));
        assertEquals(
                Optional.of("事项“共享单车清理”未经准入，街道可以拒绝承接"),
                register.refusal("共享单车清理", LocalDate.of(2024, 9, 1)).map(Text::inDefaultLanguage));
        assertEquals(Optional.empty(), register.refusal("老旧小区加装电梯协调", LocalDate.of(2024, 9, 1)));
        assertTrue(register.refusal("老旧小区加装电梯协调", LocalDate.of(2024, 7, 31)).isPresent(), "not before its date");

        DutyItem item = a.toDutyItem("城市建设", List.of("chengshi"));
        assertFalse(item.activeOn(LocalDate.of(2024, 7, 31)));
        assertTrue(item.activeOn(LocalDate.of(2024, 8, 1)));

        AdmissionApplication revoked = a.revoke(LocalDate.of(2025, 1, 1));
        assertFalse(revoked.toDutyItem("城市建设", List.of("chengshi")).activeOn(LocalDate.of(2025, 1, 1)));
        assertTrue(new AdmissionRegister(List.of(revoked))
                .refusal("老旧小区加装电梯协调", LocalDate.of(2025, 1, 2))
                .isPresent());
    }

    @Test
    void a_rejected_application_cannot_be_admitted() throws Exception {
        AdmissionApplication rejected = AdmissionApplication.apply(
                        "A-3",
                        "临时性统计报表",
                        "区统计局",
                        DutyLevel.WORKSTATION,
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 8, 1),
                        XICHENG,
                        new WorkingDayCalendar(Set.of(), Set.of()))
                .review()
                .decide(false);
        var refused = assertThrows(RefusedException.class, rejected::admit);
        assertEquals("申请“临时性统计报表”当前为“未批准”，不能转为“已准入”", refused.getMessage());
        assertEquals(
                "Application “临时性统计报表” is “Rejected” and cannot become “Admitted”",
                refused.text().render(Locale.ENGLISH));
        assertEquals("申請「临时性统计报表」目前為「未批准」，不能轉為「已准入」", refused.text().render(Locale.TRADITIONAL_CHINESE));
    }
}
