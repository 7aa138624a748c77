package com.streetgov.ui.resident;

import com.streetgov.ui.platform.AddressBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
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

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.submissions", defaultValue = "10")
    long submissions;

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.seconds", defaultValue = "600")
    long seconds;

    private AddressBuckets buckets;

    @PostConstruct
    void configure() {
        buckets = new AddressBuckets(submissions, seconds);
    }

    /** Takes one from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
    public OptionalLong acquire(String address) {
        return buckets.acquire(address);
    }
}
