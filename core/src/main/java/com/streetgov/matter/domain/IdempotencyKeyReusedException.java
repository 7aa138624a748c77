package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;

/**
 * An idempotency key that already created a matter came back with a different request: the caller
 * reused a key for another matter (HTTP 422), which must not silently return the first one.
 */
public class IdempotencyKeyReusedException extends RefusedException {
    public IdempotencyKeyReusedException(String key) {
        super("matter.idempotencyKeyReused", key);
    }
}
