package com.streetgov.matter.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current district's matters, their whistles and its time limits. */
public interface MatterRepository {

    /**
     * A new matter number, dated {@code day} and counted per district and day (e.g. 20261122-000042):
     * unique within the district, and no hint of other districts' volume.
     */
    String nextNumber(LocalDate day);

    Optional<Matter> find(String number);

    /** The matters of these numbers that exist in the district, in no particular order (two queries). */
    List<Matter> findAll(java.util.Collection<String> numbers);

    Optional<Matter> findByKey(String idempotencyKey);

    /** Stores a new matter with the fingerprint of the request that created it (null: none). */
    void add(Matter matter, String requestFingerprint);

    default void add(Matter matter) {
        add(matter, null);
    }

    /** The fingerprint of the request that created the matter, if one was stored. */
    String requestFingerprint(String number);

    /** Stores a matter's state and the events after the first {@code knownEvents}. */
    void update(Matter matter, int knownEvents);

    List<MatterSummary> inbox(InboxQuery query, int offset, int limit);

    int count(InboxQuery query);

    /** Matters as {@code query} selects them, newest first, at most {@code limit}. */
    List<MatterSummary> received(ReceivedQuery query, int limit);

    List<Whistle> whistles(String matterNumber);

    Optional<Whistle> whistle(String id);

    void save(Whistle whistle);

    /** The district's time limits in display order. */
    List<TimeLimit> timeLimits();

    /**
     * The district's newest matters (at most {@code limit}) whose duty item a person decided — category
     * chosen at intake, manual re-route, judged dispute — as labelled texts; generated demo history is
     * not a person's decision and is left out.
     */
    List<LabelledText> labelledTexts(int limit);

    /** Matters of {@code street} received at or after {@code since}, oldest first, at most {@code limit}. */
    List<NearDuplicate.Recent> receivedSince(String street, java.time.LocalDateTime since, int limit);

    void replaceTimeLimits(List<TimeLimit> limits);
}
