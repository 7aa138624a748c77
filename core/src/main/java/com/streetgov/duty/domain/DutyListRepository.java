package com.streetgov.duty.domain;

import java.util.List;

/** The current district's duty list. */
public interface DutyListRepository {

    List<DutyItem> findAll();

    /** Replaces the whole list (an import is all or nothing). */
    void replaceAll(List<DutyItem> items);
}
