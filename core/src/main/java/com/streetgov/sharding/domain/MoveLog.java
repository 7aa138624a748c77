package com.streetgov.sharding.domain;

import java.util.List;

/** Every move of a district between shards, with its per-table figures (the platform database's). */
public interface MoveLog {

    void record(MoveReport report);

    /** The most recent moves, newest first. */
    List<MoveReport> recent(int limit);
}
