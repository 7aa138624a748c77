package com.streetgov.open311.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random secret (a client key or an Open311 request id): 256 bits from {@link SecureRandom},
 * URL-safe base64 without padding (43 characters), with a prefix saying what it is. Only its SHA-256
 * is stored: with 256 random bits nobody can search for a preimage, so a slow password hash would add
 * nothing, and a plain digest can be looked up by index.
 */
public final class Secret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]{1,8}_[A-Za-z0-9_-]{43}$");

    private Secret() {}

    /** A new secret, e.g. {@code o311_Q2x…} for a request id. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code value} has the shape of a generated secret (cheap check before any lookup). */
    public static boolean looksLikeOne(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The lower-case hex SHA-256 of {@code value}: what is stored and looked up. */
    public static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
