package com.streetgov.open311.application;

import com.streetgov.matter.application.MatterClock;
import com.streetgov.open311.domain.ClientKey;
import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.open311.domain.Open311Repository;
import com.streetgov.open311.domain.Secret;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current district's Open311 client keys: the district admin creates one per client (the key is
 * returned once and only its SHA-256 is stored) and revokes it; both need a reason and are audited.
 * The Open311 edge asks {@link #authenticate} whether a presented key is an active key of the district.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class ClientKeyService {

    /** Prefix of generated keys, so a leaked key is recognisable in logs and scanners. */
    public static final String PREFIX = "sgk";

    static final int MAX_KEY_LENGTH = 200;

    /** A new key and the secret to hand over once. */
    public record Issued(ClientKey key, String secret) {}

    @Inject
    Open311Repository repository;

    public List<ClientKey> keys() {
        return repository.keys();
    }

    public List<ClientKeyAudit> trail() {
        return repository.trail();
    }

    public Issued create(String client, String reason, String actor) throws RefusedException {
        String name = required(client, Field.CLIENT);
        String why = required(reason, Field.REASON);
        if (repository.keys().stream().anyMatch(k -> k.active() && k.client().equals(name))) {
            throw new RefusedException(Text.of("open311.key.clientTaken", name), "client");
        }
        String secret = Secret.generate(PREFIX);
        return new Issued(store(name, secret, actor, why), secret);
    }

    /**
     * Installs a documented demo key for {@code client} unless a key with that value exists (demo
     * districts only: ops/run and the tests post with it). Start-up seeding only: no role but the
     * system may call it.
     */
    @Allowed({})
    public boolean installDemo(String client, String secret) {
        if (repository.keyByHash(Secret.hash(secret)).isPresent()) {
            return false;
        }
        store(client, secret, "system", "演示数据：演示客户端密钥");
        return true;
    }

    private ClientKey store(String client, String secret, String actor, String reason) {
        LocalDateTime now = now();
        ClientKey key = new ClientKey(
                UUID.randomUUID().toString(),
                client,
                secret.substring(0, Math.min(8, secret.length())),
                actor,
                now,
                null,
                null,
                null);
        repository.add(key, Secret.hash(secret));
        repository.append(new ClientKeyAudit(now, actor, ClientKeyAudit.Action.CREATED, key.id(), client, reason));
        return key;
    }

    public ClientKey revoke(String id, String reason, String actor) throws RefusedException {
        String why = required(reason, Field.REVOKE_REASON);
        ClientKey key = repository.key(id).orElseThrow(() -> new RefusedException("open311.key.notFound"));
        LocalDateTime now = now();
        ClientKey revoked = key.revoke(actor, now);
        repository.update(revoked);
        repository.append(new ClientKeyAudit(now, actor, ClientKeyAudit.Action.REVOKED, id, key.client(), why));
        return revoked;
    }

    /** The active key of this district that {@code presented} is, noting its use; empty for anything else. */
    @Allowed(CallerRole.RESIDENT_CHANNEL)
    public Optional<ClientKey> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        Optional<ClientKey> key = repository.keyByHash(Secret.hash(presented)).filter(ClientKey::active);
        key.ifPresent(k -> repository.touch(k.id(), now()));
        return key;
    }

    /** A field of a key change: its name, its longest, and what a refusal says when it is missing or too long. */
    private enum Field {
        CLIENT("client", 100, Text.of("open311.key.clientMissing"), Text.of("open311.key.clientTooLong", 100)),
        REASON("reason", 1000, Text.of("open311.key.reasonMissing"), Text.of("open311.key.reasonTooLong", 1000)),
        REVOKE_REASON(
                "reason",
                1000,
                Text.of("open311.key.revokeReasonMissing"),
                Text.of("open311.key.revokeReasonTooLong", 1000));

        final String name;
        final int max;
        final Text missing;
        final Text tooLong;

        Field(String name, int max, Text missing, Text tooLong) {
            this.name = name;
            this.max = max;
            this.missing = missing;
            this.tooLong = tooLong;
        }
    }

    private static String required(String value, Field field) throws RefusedException {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field.missing, field.name);
        }
        String v = value.strip();
        if (v.length() > field.max) {
            throw new RefusedException(field.tooLong, field.name);
        }
        return v;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(MatterClock.ZONE);
    }
}
