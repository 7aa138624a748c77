package com.streetgov.ui.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket (Bucket4j) per client address: {@code requests} per {@code seconds}, refilled
 * greedily. In memory on this instance; idle (full) buckets are dropped once there are many, so a
 * flood of addresses cannot grow the map without bound. The public endpoints' limiters hold one each.
 */
public final class AddressBuckets {

    static final int MAX_TRACKED = 10_000;

    private final long requests;
    private final Bandwidth limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AddressBuckets(long requests, long seconds) {
        this.requests = requests;
        this.limit = Bandwidth.builder()
                .capacity(requests)
                .refillGreedy(requests, Duration.ofSeconds(seconds))
                .build();
    }

    /** How many of its {@code requests} {@code address} has used in the window (0 for an unknown one). */
    public long used(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null ? 0 : Math.max(0, requests - bucket.getAvailableTokens());
    }

    /** Takes one token from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
    public OptionalLong acquire(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= requests);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        address, a -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
