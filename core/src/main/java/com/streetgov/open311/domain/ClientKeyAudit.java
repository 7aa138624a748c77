package com.streetgov.open311.domain;

import java.time.LocalDateTime;

/** One audit entry: who created or revoked which client's key, when, and why. */
public record ClientKeyAudit(
        LocalDateTime at, String actor, Action action, String keyId, String client, String reason) {

    public enum Action {
        CREATED,
        REVOKED
    }
}
