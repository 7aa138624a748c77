package com.streetgov.platform;

/**
 * Recognises a concurrent change refused by optimistic locking — JPA's or EclipseLink's own
 * exception, anywhere in a cause chain (a JTA commit wraps it) — so that callers outside the
 * persistence layer (the REST edge, screens) answer "changed by someone else" without depending on
 * {@code jakarta.persistence}.
 */
public final class Conflicts {

    private static final String ECLIPSELINK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    private Conflicts() {}

    /** Whether {@code thrown} or one of its causes is an optimistic-lock failure. */
    public static boolean isConcurrentChange(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().equals(ECLIPSELINK)) {
                return true;
            }
        }
        return false;
    }
}
