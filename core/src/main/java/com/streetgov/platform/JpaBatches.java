package com.streetgov.platform;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Replaces every row of one tenant-owned entity with new ones inside the caller's transaction, in
 * batches of {@value #BATCH} (flushed and cleared so a large import does not hold every record),
 * telling {@code progress} how many rows are written. The whole replacement commits or not at all.
 */
public final class JpaBatches {

    static final int BATCH = 100;

    private JpaBatches() {}

    /** {@code entity} is the JPQL entity name; the delete is bound to the EntityManager's district. */
    public static <T> void replaceAll(
            EntityManager em, String entity, List<T> items, Function<T, ?> toRecord, IntConsumer progress) {
        em.joinTransaction();
        em.createQuery("delete from " + entity + " e").executeUpdate();
        int written = 0;
        for (T item : items) {
            em.persist(toRecord.apply(item));
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
                progress.accept(written);
            }
        }
        em.flush();
        progress.accept(written);
    }
}
