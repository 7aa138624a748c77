package com.streetgov.matter.domain;

/**
 * An idempotency key that already created a matter came back with a different request: the caller
 * reused a key for another matter (HTTP 422), which must not silently return the first one.
 */
public class IdempotencyKeyReusedException extends MatterRefusedException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key“" + key + "”已用于另一份不同内容的诉求；新诉求请换一个新的键");
    }
}
