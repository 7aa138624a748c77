package com.streetgov.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.text.RefusedException;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A revoked key stays revoked; the refusal says when, in each language. */
class ClientKeyTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void a_revoked_key_cannot_be_revoked_again() throws Exception {
        ClientKey key = new ClientKey("k1", "市民App", "sgk_abcd", "admin", T, null, null, null);
        ClientKey revoked = key.revoke("admin", T.plusDays(1));
        var refused = assertThrows(RefusedException.class, () -> revoked.revoke("admin", T.plusDays(2)));
        assertEquals("该密钥已于2026-11-03T09:00停用", refused.getMessage());
        assertEquals(
                "This client key was revoked at 2026-11-03T09:00",
                refused.text().render(Locale.ENGLISH));
        assertEquals("該密鑰已於2026-11-03T09:00停用", refused.text().render(Locale.TRADITIONAL_CHINESE));
    }
}
