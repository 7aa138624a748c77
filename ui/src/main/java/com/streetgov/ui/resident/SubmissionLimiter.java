package com.streetgov.ui.resident;

import com.streetgov.ui.platform.AddressBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many matters one client address may submit on the residents' pages (issue 13): a token bucket
 * (Bucket4j) of {@code streetgov.resident.rate.submissions} per {@code streetgov.resident.rate.seconds},
 * much tighter than Open311's (a person, not a machine client, submits here). Every attempt counts,
 * refused ones too, and the check comes before any work, so a flood stores nothing. In memory on this
 * instance; idle (full) buckets are dropped once there are many.
 *
 * <p>When the rate is high — an address has used {@code streetgov.resident.challenge.after} of its
 * submissions, or all addresses together more than {@code streetgov.resident.challenge.perMinute} in a
 * minute — a submission must also carry a solved {@link ProofOfWork} of
 * {@code streetgov.resident.challenge.bits} bits.
 */
@ApplicationScoped
public class SubmissionLimiter {

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.submissions", defaultValue = "10")
    long submissions;

    @Inject
    @ConfigProperty(name = "streetgov.resident.rate.seconds", defaultValue = "600")
    long seconds;

    @Inject
    @ConfigProperty(name = "streetgov.resident.challenge.after", defaultValue = "8")
    long after;

    @Inject
    @ConfigProperty(name = "streetgov.resident.challenge.perMinute", defaultValue = "120")
    long perMinute;

    @Inject
    @ConfigProperty(name = "streetgov.resident.challenge.bits", defaultValue = "14")
    int bits;

    /** All addresses as one: the district-wide (instance-wide) rate. */
    private static final String EVERYONE = "*";

    private AddressBuckets buckets;
    private AddressBuckets everyone;
    private ProofOfWork work;

    @PostConstruct
    void configure() {
        buckets = new AddressBuckets(submissions, seconds);
        everyone = new AddressBuckets(perMinute, 60);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        work = new ProofOfWork(key, bits, Clock.systemUTC());
    }

    /**
     * Whether {@code address}'s next submission must carry a solved challenge ({@code taken}: this
     * submission's token is already taken and does not count).
     */
    public boolean challengeNeeded(String address, boolean taken) {
        long used = buckets.used(address) - (taken ? 1 : 0);
        return used >= after || everyone.used(EVERYONE) - (taken ? 1 : 0) >= perMinute;
    }

    /** A fresh challenge for the form. */
    public String challenge() {
        return work.challenge();
    }

    /** The leading zero bits a challenge asks for. */
    public int bits() {
        return work.bits();
    }

    /** Whether {@code nonce} solves {@code challenge} (which is then spent). */
    public boolean solved(String challenge, String nonce) {
        return work.accept(challenge, nonce);
    }

    /** Takes one from {@code address}'s bucket: empty if allowed, else the seconds to wait. */
    public OptionalLong acquire(String address) {
        OptionalLong wait = buckets.acquire(address);
        if (wait.isEmpty()) {
            // Counts toward the challenge only; the everyone bucket never refuses by itself.
            everyone.acquire(EVERYONE);
        }
        return wait;
    }
}
