package com.streetgov.whatif.domain;

import java.time.LocalDate;
import java.util.List;

/** The current district's matters as routing left them, to be replayed. */
public interface PastMatterRepository {

    /**
     * The matters received from {@code from} to {@code to} inclusive, by number; a unit placement is named
     * by its code (the application names it from the layout of the day).
     */
    List<PastMatter> received(LocalDate from, LocalDate to);
}
