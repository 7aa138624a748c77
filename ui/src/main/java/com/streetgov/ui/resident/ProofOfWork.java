package com.streetgov.ui.resident;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small proof of work that needs no outside service (issue 13): the server hands out a challenge
 * — a time, random bytes and their HMAC under a key only it holds — and accepts a submission with it
 * only with a nonce such that SHA-256({@code challenge ":" nonce}) starts with {@code bits} zero bits
 * (2<sup>bits</sup> hashes on average, 16,384 at the default 14 — the cost of each extra submission
 * for a flood; the page's loop of {@code crypto.subtle} digests ran about 22,000 a second under Node 20
 * on this 2-core machine, a phone's browser is slower and was not measured). A challenge is good for {@link #LIFETIME} and once. Used challenges
 * are remembered on this instance until they expire (behind a load balancer a challenge could be
 * spent once per instance; the rate limit stays the hard stop).
 */
final class ProofOfWork {

    /** How long a challenge may be answered. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final int bits;
    private final Clock clock;
    private final Map<String, Long> spent = new ConcurrentHashMap<>();

    ProofOfWork(byte[] key, int bits, Clock clock) {
        this.key = key.clone();
        this.bits = bits;
        this.clock = clock;
    }

    /** The number of leading zero bits asked for. */
    int bits() {
        return bits;
    }

    /** A fresh challenge: {@code <millis>.<random>.<hmac>}, URL-safe. */
    String challenge() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String body = clock.millis() + "." + B64.encodeToString(nonce);
        return body + "." + B64.encodeToString(mac(body));
    }

    /**
     * Whether {@code nonce} solves {@code challenge}: one this server issued, not expired, not spent,
     * with enough leading zero bits. A solved challenge is spent.
     */
    boolean accept(String challenge, String nonce) {
        if (challenge == null || nonce == null || challenge.length() > 200 || !nonce.matches("[0-9]{1,12}")) {
            return false;
        }
        int cut = challenge.lastIndexOf('.');
        int first = challenge.indexOf('.');
        if (cut <= 0 || first == cut) {
            return false;
        }
        String body = challenge.substring(0, cut);
        if (!MessageDigest.isEqual(
                B64.encodeToString(mac(body)).getBytes(StandardCharsets.US_ASCII),
                challenge.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(body.substring(0, first));
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.millis();
        if (now < issued || now - issued > LIFETIME.toMillis() || leadingZeros(challenge + ":" + nonce) < bits) {
            return false;
        }
        spent.values().removeIf(expiry -> expiry < now);
        return spent.putIfAbsent(challenge, issued + LIFETIME.toMillis()) == null;
    }

    /** Leading zero bits of the SHA-256 of {@code text} (UTF-8). */
    static int leadingZeros(String text) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
