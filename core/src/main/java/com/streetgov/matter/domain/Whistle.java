package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 街乡吹哨、部门报到: a street (or a community commissioner) summons district departments on a
 * matter; each must report in before the deadline and act; the street rates each response.
 *
 * <p>Invariants: at least one department is summoned; a department reports in once; only a department
 * that has reported in can be rated.
 */
public record Whistle(
        String id,
        String matterNumber,
        String street,
        String blownBy,
        LocalDateTime blownAt,
        int reportInMinutes,
        String reason,
        List<Summons> summons) {

    /** One summoned department: when it reported in, what it did, how the street rated it. */
    public record Summons(String department, LocalDateTime reportedAt, String action, Rating rating) {
        public boolean reported() {
            return reportedAt != null;
        }
    }

    public Whistle {
        summons = List.copyOf(summons);
    }

    public static Whistle blow(
            String id,
            String matterNumber,
            String street,
            String blownBy,
            LocalDateTime at,
            int reportInMinutes,
            String reason,
            List<String> departments)
            throws RefusedException {
        List<String> named = departments.stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
        if (named.isEmpty()) {
            throw new RefusedException("matter.whistle.noDepartment");
        }
        if (reportInMinutes <= 0) {
            throw new RefusedException("matter.whistle.minutesPositive");
        }
        return new Whistle(
                id,
                matterNumber,
                street,
                blownBy,
                at,
                reportInMinutes,
                reason,
                named.stream().map(d -> new Summons(d, null, null, null)).toList());
    }

    public LocalDateTime deadline() {
        return blownAt.plusMinutes(reportInMinutes);
    }

    public boolean late(Summons s) {
        return s.reported() && s.reportedAt().isAfter(deadline());
    }

    public Whistle reportIn(String department, LocalDateTime at, String action) throws RefusedException {
        Summons s = find(department);
        if (s.reported()) {
            throw new RefusedException("matter.whistle.alreadyReported", department);
        }
        if (action == null || action.isBlank()) {
            throw new RefusedException("matter.whistle.actionMissing");
        }
        return with(new Summons(department, at, action.strip(), null));
    }

    public Whistle rate(String department, Rating rating) throws RefusedException {
        Summons s = find(department);
        if (!s.reported()) {
            throw new RefusedException("matter.whistle.notReported", department);
        }
        return with(new Summons(department, s.reportedAt(), s.action(), rating));
    }

    public Optional<Summons> summonsOf(String department) {
        return summons.stream().filter(s -> s.department().equals(department)).findFirst();
    }

    private Summons find(String department) throws RefusedException {
        return summonsOf(department).orElseThrow(() -> new RefusedException("matter.whistle.notSummoned", department));
    }

    private Whistle with(Summons changed) {
        List<Summons> next = new ArrayList<>();
        summons.forEach(s -> next.add(s.department().equals(changed.department()) ? changed : s));
        return new Whistle(id, matterNumber, street, blownBy, blownAt, reportInMinutes, reason, next);
    }
}
