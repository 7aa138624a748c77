package com.streetgov.sharding.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a district's move found and did: per table the counts and checksums on both sides, how long the
 * district's work was held back, and the outcome — moved (every table equal, the directory switched),
 * refused (a table differed: nothing changed) or failed (an error: nothing changed).
 */
public record MoveReport(
        String district,
        String from,
        String to,
        String actor,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        long pauseMillis,
        List<TableCheck> tables,
        Outcome outcome,
        String error) {

    public enum Outcome {
        MOVED,
        REFUSED,
        FAILED
    }

    public long rows() {
        return tables.stream().mapToLong(TableCheck::sourceRows).sum();
    }

    public boolean moved() {
        return outcome == Outcome.MOVED;
    }

    /** The report's text: one line per table, then the error if any. */
    public String text() {
        StringBuilder b = new StringBuilder();
        tables.forEach(t -> b.append(t.line()).append('\n'));
        if (error != null) {
            b.append(error).append('\n');
        }
        return b.toString();
    }
}
