package com.streetgov.ui.matter;

import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;
import java.time.LocalDateTime;

/** Translated names and the countdown text of the matter screens. */
final class MatterLabels {

    private MatterLabels() {}

    static String state(MatterState state) {
        return t("matter.state." + state.name());
    }

    static String rating(Rating rating) {
        return t("matter.rating." + rating.name());
    }

    /** "剩余 3 小时 12 分" or "已超期 2 小时 5 分"; empty once answered. */
    static String countdown(LocalDateTime due, LocalDateTime now, boolean answered) {
        if (answered) {
            return t("matter.answered");
        }
        Duration left = Duration.between(now, due);
        boolean late = left.isNegative();
        Duration d = left.abs();
        String span = d.toDays() > 0
                ? t("matter.days", String.valueOf(d.toDays()), String.valueOf(d.toHoursPart()))
                : t("matter.hours", String.valueOf(d.toHours()), String.valueOf(d.toMinutesPart()));
        return t(late ? "matter.overdueBy" : "matter.left", span);
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** A refusal in the UI's language (a refused access says it in Chinese). */
    static String refusal(Exception refused) {
        return refused instanceof RefusedException r ? Translations.of(r.text()) : refused.getMessage();
    }

    static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
