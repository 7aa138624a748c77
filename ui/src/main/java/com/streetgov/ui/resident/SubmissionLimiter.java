package com.streetgov.ui.resident;

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
 * How many matters one client address may submit on the residents' pages (issue 13): a token bucket
 * (Bucket4j) of {@code streetgov.resident.rate.submissions} per {@code streetgov.resident.rate.seconds},
 * much tighter than Open311's (a person, not a machine client, submits here). Every attempt counts,
 * refused ones too, and the check comes before any work, so a flood stores nothing. In memory on this
 * instance; idle (full) buckets are dropped once there are many.
 */
@ApplicationScoped
public class SubmissionLimiter {

    static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.submissions", defaultValue = "10")
    long submissions;

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.seconds", defaultValue = "600")
    long seconds;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private Bandwidth limit;

    @PostConstruct
    void configure() {
        limit = Bandwidth.builder()
                .capacity(submissions)
                .refillGreedy(submissions, Duration.ofSeconds(seconds))
                .build();
    }

    /** Takes one submission from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
    public OptionalLong acquire(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= submissions);
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
