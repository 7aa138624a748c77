package com.streetgov.duty.domain;

import java.util.List;
import java.util.Optional;

/** The current district's duty list and its streets' own divisions of leads. */
public interface DutyListRepository {

    List<DutyItem> findAll();

    /** One page of the items matching {@code query}, ordered by code. */
    List<DutyItem> page(DutyQuery query, int offset, int limit);

    int count(DutyQuery query);

    List<String> areas();

    Optional<DutyItem> find(String code);

    /** Inserts or replaces one item. */
    void save(DutyItem item);

    void delete(String code);

    /** Replaces the whole list (an import is all or nothing). */
    default void replaceAll(List<DutyItem> all) {
        replaceAll(all, written -> {});
    }

    /** As {@link #replaceAll(List)}, telling {@code progress} how many rows are written so far. */
    void replaceAll(List<DutyItem> all, java.util.function.IntConsumer progress);

    List<StreetAssignment> assignments();

    void saveAssignment(StreetAssignment assignment);
}
