package com.streetgov.sharding.domain;

import com.streetgov.tenancy.DistrictId;
import java.util.List;
import javax.sql.DataSource;

/**
 * Carries one district's rows from one database to another (DD039): copies them while the district's
 * work is held back on the source, checks every table on both sides, and only when all are equal
 * commits the copy, runs {@code switchOver} (the directory now names the target) and removes the rows
 * from the source. Otherwise nothing changes on either side.
 */
public interface DistrictTransfer {

    /** What happened: the per-table figures, and whether the switch-over ran. */
    record Result(List<TableCheck> tables, boolean switched) {}

    /** Throws an unchecked exception when the transfer fails (a database error): then nothing changed. */
    Result transfer(DistrictId district, DataSource source, DataSource target, Runnable switchOver);
}
