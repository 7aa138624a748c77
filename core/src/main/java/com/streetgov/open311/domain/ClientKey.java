package com.streetgov.open311.domain;

import com.streetgov.text.RefusedException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A district's key for one Open311 client (e.g. a resident app). The key itself is shown once, when
 * it is created; afterwards only its {@code hint} (first characters) identifies it to people.
 *
 * <p>Invariants: a revoked key stays revoked and names who revoked it and when.
 */
public record ClientKey(
        String id,
        String client,
        String hint,
        String createdBy,
        LocalDateTime createdAt,
        String revokedBy,
        LocalDateTime revokedAt,
        LocalDateTime lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public Optional<LocalDateTime> lastUsed() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** This key, revoked by {@code actor} at {@code at}. */
    public ClientKey revoke(String actor, LocalDateTime at) throws RefusedException {
        if (!active()) {
            throw new RefusedException("open311.key.revoked", revokedAt);
        }
        return new ClientKey(id, client, hint, createdBy, createdAt, actor, at, lastUsedAt);
    }
}
