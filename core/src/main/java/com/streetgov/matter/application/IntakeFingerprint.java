package com.streetgov.matter.application;

import com.streetgov.matter.domain.Matter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The SHA-256 of an intake request, normalized (each field stripped, blank as absent, every field
 * length-prefixed so no two requests share an encoding). Stored with the matter its idempotency key
 * created: a retry with the same key must carry the same request.
 */
final class IntakeFingerprint {

    private IntakeFingerprint() {}

    static String of(MatterService.Intake intake) {
        Matter.Submission s = intake.submission();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Stream.of(
                        s.title(),
                        s.description(),
                        s.address(),
                        s.street(),
                        s.community(),
                        s.grid(),
                        s.category(),
                        s.residentName(),
                        s.residentPhone(),
                        intake.timeLimit())
                .map(IntakeFingerprint::normalized)
                .forEach(field -> {
                    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                    sha.update(bytes);
                });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String normalized(String field) {
        return field == null ? "" : field.strip();
    }

    static boolean same(String stored, String fingerprint) {
        // Matters stored before fingerprints existed have none: their key keeps its old meaning.
        return stored == null || stored.equals(fingerprint);
    }
}
