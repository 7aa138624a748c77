package com.streetgov.ui.api;

import com.streetgov.ui.platform.AddressBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket (Bucket4j) per client address for the public Open311 endpoints:
 * {@code streetgov.open311.rate.requests} requests per {@code streetgov.open311.rate.seconds}, refilled
 * greedily. Buckets live in memory on this instance; idle (full) buckets are dropped once there are
 * many, so a flood of addresses cannot grow the map without bound.
 */
@ApplicationScoped
public class Open311RateLimiter {

    @Inject
    @ConfigProperty(name = "streetgov.open311.rate.requests", defaultValue = "600")
    long requests;

    @Inject
    @ConfigProperty(name = "streetgov.open311.rate.seconds", defaultValue = "60")
    long seconds;

    private AddressBuckets buckets;

    @PostConstruct
    void configure() {
        buckets = new AddressBuckets(requests, seconds);
    }

    /** Takes one from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
    public OptionalLong acquire(String address) {
        return buckets.acquire(address);
    }
}
