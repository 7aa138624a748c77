package com.streetgov.ui.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The residents' proof of work: only a solved, fresh, unspent challenge of this server passes. */
class ProofOfWorkTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    static ProofOfWork work(Clock clock) {
        return new ProofOfWork("server key of 32 bytes, not this".getBytes(), 10, clock);
    }

    /** The first nonce with enough zero bits, as the page's script finds it. */
    static String solve(String challenge, int bits) {
        for (int nonce = 0; ; nonce++) {
            if (ProofOfWork.leadingZeros(challenge + ":" + nonce) >= bits) {
                return String.valueOf(nonce);
            }
        }
    }

    /** A nonce that does not solve it. */
    static String wrong(String challenge, int bits) {
        for (int nonce = 0; ; nonce++) {
            if (ProofOfWork.leadingZeros(challenge + ":" + nonce) < bits) {
                return String.valueOf(nonce);
            }
        }
    }

    @Test
    void aSolvedChallengePassesOnce() {
        ProofOfWork work = work(Clock.fixed(NOW, ZoneOffset.UTC));
        String challenge = work.challenge();
        String nonce = solve(challenge, 10);
        assertTrue(work.accept(challenge, nonce));
        assertFalse(work.accept(challenge, nonce), "spent");
    }

    @Test
    void anUnsolvedOneDoesNot() {
        ProofOfWork work = work(Clock.fixed(NOW, ZoneOffset.UTC));
        String challenge = work.challenge();
        assertFalse(work.accept(challenge, wrong(challenge, 10)));
        assertFalse(work.accept(challenge, null));
        assertFalse(work.accept(challenge, "-1"));
        assertFalse(work.accept(challenge, "12345678901234567890"));
        assertTrue(work.accept(challenge, solve(challenge, 10)), "a failed try does not spend it");
    }

    @Test
    void aChallengeMadeUpOrAlteredOrOfAnotherServerFails() {
        ProofOfWork work = work(Clock.fixed(NOW, ZoneOffset.UTC));
        String challenge = work.challenge();
        String altered = NOW.toEpochMilli() + 1 + challenge.substring(challenge.indexOf('.'));
        assertFalse(work.accept(altered, solve(altered, 10)), "the time is under the HMAC");
        ProofOfWork other =
                new ProofOfWork("another server's key, 32 bytes..".getBytes(), 10, Clock.fixed(NOW, ZoneOffset.UTC));
        String foreign = other.challenge();
        assertFalse(work.accept(foreign, solve(foreign, 10)));
        String madeUp = NOW.toEpochMilli() + ".AAAA.AAAA";
        assertFalse(work.accept(madeUp, solve(madeUp, 10)));
        assertFalse(work.accept("no dots", "1"));
        assertFalse(work.accept("x".repeat(500), "1"));
    }

    @Test
    void aChallengeExpires() {
        Clock issuedAt = Clock.fixed(NOW, ZoneOffset.UTC);
        String challenge = work(issuedAt).challenge();
        String nonce = solve(challenge, 10);
        ProofOfWork later =
                work(Clock.fixed(NOW.plus(ProofOfWork.LIFETIME).plus(Duration.ofSeconds(1)), ZoneOffset.UTC));
        assertFalse(later.accept(challenge, nonce));
        ProofOfWork inTime = work(Clock.fixed(NOW.plus(Duration.ofMinutes(9)), ZoneOffset.UTC));
        assertTrue(inTime.accept(challenge, nonce));
    }

    @Test
    void leadingZeroBitsAreCounted() {
        // SHA-256("") = e3b0c442…: no leading zero bit; some nonce gives at least 10.
        assertEquals(0, ProofOfWork.leadingZeros(""));
        ProofOfWork work = work(Clock.fixed(NOW, ZoneOffset.UTC));
        assertNotEquals(work.challenge(), work.challenge(), "fresh each time");
        String c = work.challenge();
        assertTrue(ProofOfWork.leadingZeros(c + ":" + solve(c, 10)) >= 10);
    }
}
