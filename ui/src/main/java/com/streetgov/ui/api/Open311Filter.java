package com.streetgov.ui.api;

import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.ReceivedQuery;
import com.streetgov.ui.api.guard.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The filters of GeoReport v2's {@code GET requests}, checked: {@code service_request_id} (a comma list;
 * when given, the others are ignored, as the spec says), {@code service_code}, {@code start_date} and
 * {@code end_date} (W3C ISO 8601: a date-time with offset, or a date in the district's zone), {@code
 * status} ({@code open}, {@code closed}, or both). Without dates the window is the last {@value
 * #WINDOW_DAYS} days; a window is at most that long. Each refusal is a 400 naming the parameter.
 */
record Open311Filter(
        List<String> ids, String serviceCode, LocalDateTime start, LocalDateTime end, Set<MatterState> states) {

    /** The spec's default and longest window. */
    static final int WINDOW_DAYS = 90;

    /** Most ids one call may name. */
    static final int MAX_IDS = 100;

    static Open311Filter parse(String ids, String serviceCode, String start, String end, String status) {
        List<String> named = ids == null
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (named.size() > MAX_IDS) {
            throw InvalidInputException.field("service_request_id", "service_request_id 一次最多 " + MAX_IDS + " 个");
        }
        LocalDateTime from = date("start_date", start, false);
        LocalDateTime to = date("end_date", end, true);
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.field("start_date", "start_date 不能晚于 end_date");
        }
        if (from != null && to != null && Duration.between(from, to).toDays() > WINDOW_DAYS) {
            throw InvalidInputException.field("start_date", "start_date 到 end_date 不能超过 " + WINDOW_DAYS + " 天");
        }
        String code = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip();
        return new Open311Filter(named, code, from, to, states(status));
    }

    /** Whether the call names its requests (then only those are listed). */
    boolean byIds() {
        return !ids.isEmpty();
    }

    /** The query for the window ending {@code end} (or {@value #WINDOW_DAYS} days after a start), else now. */
    ReceivedQuery query(LocalDateTime now) {
        LocalDateTime to = end != null ? end : start != null ? start.plusDays(WINDOW_DAYS) : now;
        LocalDateTime from = start != null ? start : to.minusDays(WINDOW_DAYS);
        return new ReceivedQuery(serviceCode, from, to, states);
    }

    private static Set<MatterState> states(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<MatterState> states = EnumSet.noneOf(MatterState.class);
        for (String s : status.split(",")) {
            boolean answered;
            switch (s.strip()) {
                case "open" -> answered = false;
                case "closed" -> answered = true;
                default -> throw InvalidInputException.field("status", "status 应为 open、closed 或二者（以逗号分隔）");
            }
            Arrays.stream(MatterState.values())
                    .filter(m -> m.answered() == answered)
                    .forEach(states::add);
        }
        return states.size() == MatterState.values().length ? Set.of() : states;
    }

    /** A W3C date-time with its offset, or a plain date (the start or the end of that day in the district). */
    private static LocalDateTime date(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return endOfDay ? day.atTime(LocalTime.MAX) : day.atStartOfDay();
            }
            return OffsetDateTime.parse(v).atZoneSameInstant(MatterClock.ZONE).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(
                    name, name + " 应为 W3C 格式的 ISO 8601 时间，如 2026-11-05T08:15:30+08:00 或 2026-11-05");
        }
    }
}
