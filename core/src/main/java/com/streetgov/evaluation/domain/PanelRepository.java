package com.streetgov.evaluation.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The current district's residents' delegates and co-governance projects. */
public interface PanelRepository {

    /** Every delegate, retired ones included, by street and name. */
    List<Delegate> delegates();

    Optional<Delegate> delegate(String id);

    void add(Delegate delegate, LocalDateTime at);

    /** Marks the delegate retired; false when there is none of that id. */
    boolean retire(String id);

    /** Every project, by year (latest first), street and code. */
    List<Project> projects();

    /** Adds the project or replaces the one of the same code. */
    void save(Project project);

    /** Removes the project; false when there is none of that code. */
    boolean remove(String code);

    /** A delegate's link to a questionnaire: whether it was issued and used. */
    record Turnout(String delegate, boolean voted) {}

    /** The delegates holding a link to {@code questionnaire} of {@code version}, and whether they voted. */
    List<Turnout> turnout(String version, String questionnaire);
}
