package com.streetgov.ui.assessment;

import com.streetgov.tenancy.ReadSource;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line saying where the figures on the screen were read from (DD040) when the district's shard
 * has a standby: the standby and how far behind it is, or the primary and why. Nothing without a
 * standby — then every figure is the primary's, as always.
 */
public final class ReadSourceNote {

    private ReadSourceNote() {}

    /** The line for {@code source}, with id {@code id}; hidden when no standby is configured. */
    public static Span of(String id, ReadSource source) {
        Span note = new Span();
        note.setId(id);
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        note.setVisible(source.kind() != ReadSource.Kind.PRIMARY);
        note.setText(text(note, source));
        note.getElement().setAttribute("data-source", source.kind().name().toLowerCase(java.util.Locale.ROOT));
        return note;
    }

    private static String text(Span on, ReadSource source) {
        String limit = seconds(source.maxLagMillis());
        return switch (source.kind()) {
            case PRIMARY -> "";
            case STANDBY ->
                source.lagMillis() == 0
                        ? on.getTranslation("readSource.standbyCurrent")
                        : on.getTranslation("readSource.standby", seconds(source.lagMillis()), limit);
            case STANDBY_LAGGING ->
                source.lagMillis() == null
                        ? on.getTranslation("readSource.laggingUnknown")
                        : on.getTranslation("readSource.lagging", seconds(source.lagMillis()), limit);
            case STANDBY_UNREACHABLE -> on.getTranslation("readSource.unreachable");
            case STANDBY_PROMOTED -> on.getTranslation("readSource.promoted");
        };
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis)
                .movePointLeft(3)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
