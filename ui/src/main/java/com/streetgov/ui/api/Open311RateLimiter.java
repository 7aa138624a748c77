package com.streetgov.ui.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket (Bucket4j) per client address for the public Open311 endpoints:
 * {@code streetgov.open311.rate.requests} requests per {@code streetgov.open311.rate.seconds}, refilled
 * greedily. Buckets live in memory on this instance; idle (full) buckets are dropped once there are
 * many, so a flood of addresses cannot grow the map without bound.
 */
@ApplicationScoped
public class Open311RateLimiter {

    static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "streetgov.open311.rate.requests", defaultValue = "600")
    long requests;

    @Inject
    @ConfigProperty(name = "streetgov.open311.rate.seconds", defaultValue = "60")
    long seconds;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private Bandwidth limit;

    @PostConstruct
    void configure() {
        limit = Bandwidth.builder()
                .capacity(requests)
                .refillGreedy(requests, Duration.ofSeconds(seconds))
                .build();
    }

    /** Takes one request from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
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
