package com.streetgov.matter.domain;

import java.util.List;

/**
 * Bulk storage of a district's generated demo history (raw rows: matters, their events, return
 * visits, exclusions, whistles and summons), in the caller's transaction and under the district's
 * row-level security.
 */
public interface GeneratedHistoryStore {

    /** Whether the district has any generated matter. */
    boolean hasGenerated();

    /** Writes one batch; returns the number of rows written, all tables together. */
    long write(List<GeneratedMatter> batch);
}
