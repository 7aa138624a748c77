package com.streetgov.reform.domain;

import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.text.Text;
import java.util.List;

/**
 * The named edits of a draft's layout: rename, add, remove, merge and split units, and assign legacy
 * sections (the crosswalk). Only a draft may be edited; a submitted, filed, effective or superseded
 * version is refused, and so is an edit that cannot be meant (an unknown unit, a unit merged into
 * itself). Each edit says what it did as a text, for the audit trail (rendered in the reader's language
 * when read); the layout logic is {@link LayoutEdits}.
 */
public final class DraftLayout {

    private DraftLayout() {}

    /** The edited version, the audit summary, and the unit the edit is about (a new one, or null). */
    public record Edited(ModelVersion version, Text summary, String unit) {}

    /** One named edit of a draft version. */
    public interface Change {
        Edited apply(ModelVersion draft) throws RefusedException;
    }

    /** The version {@code code} of {@code model}, if it is a draft; refused otherwise. */
    public static ModelVersion draft(ReformModel model, String code) throws RefusedException {
        ModelVersion v = model.version(code)
                .orElseThrow(() -> new RefusedException(Text.of("reform.version.notFound", code), List.of()));
        if (v.status() != VersionStatus.DRAFT) {
            throw new RefusedException(
                    Text.of("reform.version.draftOnly", v.title(), StatusLabels.of(v.status())), List.of());
        }
        return v;
    }

    public static Edited rename(ModelVersion v, String unitCode, String newName) throws RefusedException {
        Unit u = unit(v, unitCode);
        String name = strip(newName);
        return new Edited(
                LayoutEdits.renameUnit(v, u.code(), name), Text.of("reform.audit.renamed", u.name(), name), u.code());
    }

    public static Edited add(ModelVersion v, String name, UnitKind kind) {
        String code = freeCode(v);
        String stripped = strip(name);
        return new Edited(LayoutEdits.addUnit(v, code, stripped, kind), Text.of("reform.audit.added", stripped), code);
    }

    public static Edited remove(ModelVersion v, String unitCode) throws RefusedException {
        Unit u = unit(v, unitCode);
        return new Edited(LayoutEdits.removeUnit(v, u.code()), Text.of("reform.audit.removed", u.name()), null);
    }

    /** Units {@code merged} go into {@code intoCode}; naming the target itself among them is harmless. */
    public static Edited merge(ModelVersion v, String intoCode, List<String> merged) throws RefusedException {
        Unit into = unit(v, intoCode);
        List<String> others =
                merged.stream().filter(c -> !c.equals(into.code())).distinct().toList();
        if (others.isEmpty()) {
            throw new RefusedException(Text.of("reform.merge.nothingPicked", into.name()), List.of());
        }
        StringBuilder names = new StringBuilder();
        for (String code : others) {
            names.append(names.isEmpty() ? "" : "、").append(unit(v, code).name());
        }
        return new Edited(
                LayoutEdits.mergeUnits(v, into.code(), others),
                Text.of("reform.audit.merged", names, into.name()),
                into.code());
    }

    public static Edited split(ModelVersion v, String unitCode, String newName, List<String> movedSections)
            throws RefusedException {
        Unit u = unit(v, unitCode);
        String code = freeCode(v);
        String name = strip(newName);
        return new Edited(
                LayoutEdits.splitUnit(v, u.code(), code, name, movedSections),
                Text.of("reform.audit.split", u.name(), name),
                code);
    }

    /** Sets the unit's legacy sections, kept in the order the version lists them. */
    public static Edited assign(ModelVersion v, String unitCode, List<String> sections) throws RefusedException {
        Unit u = unit(v, unitCode);
        List<String> codes = v.legacySections().stream()
                .map(LegacySection::code)
                .filter(sections::contains)
                .toList();
        return new Edited(
                LayoutEdits.assignLegacySections(v, u.code(), codes),
                Text.of("reform.audit.assigned", u.name(), codes.size()),
                u.code());
    }

    private static Unit unit(ModelVersion v, String code) throws RefusedException {
        return v.unit(code)
                .orElseThrow(() -> new RefusedException(Text.of("reform.unit.notFound", v.title(), code), List.of()));
    }

    /** A unit code not yet used in the version. */
    static String freeCode(ModelVersion v) {
        int n = v.units().size() + 1;
        while (v.unit("unit-" + n).isPresent()) {
            n++;
        }
        return "unit-" + n;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
