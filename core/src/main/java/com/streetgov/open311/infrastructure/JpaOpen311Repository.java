package com.streetgov.open311.infrastructure;

import com.streetgov.open311.domain.ClientKey;
import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.open311.domain.Open311Repository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOpen311Repository extends TenantRepository implements Open311Repository {

    @Override
    public List<ClientKey> keys() {
        return em().createQuery("select k from ClientKeyEntity k order by k.createdAt desc", ClientKeyEntity.class)
                .getResultStream()
                .map(ClientKeyEntity::toKey)
                .toList();
    }

    @Override
    public Optional<ClientKey> key(String id) {
        return Optional.ofNullable(em().find(ClientKeyEntity.class, id)).map(ClientKeyEntity::toKey);
    }

    @Override
    public Optional<ClientKey> keyByHash(String hash) {
        return em().createQuery("select k from ClientKeyEntity k where k.keyHash = :h", ClientKeyEntity.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst()
                .map(ClientKeyEntity::toKey);
    }

    @Override
    public void add(ClientKey key, String hash) {
        em().persist(new ClientKeyEntity(key, hash));
        em().flush();
    }

    @Override
    public void update(ClientKey key) {
        em().find(ClientKeyEntity.class, key.id()).update(key);
        em().flush();
    }

    @Override
    public void touch(String id, LocalDateTime at) {
        em().createQuery("update ClientKeyEntity k set k.lastUsedAt = :at where k.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void append(ClientKeyAudit entry) {
        em().persist(new ClientKeyAuditEntity(entry));
        em().flush();
    }

    @Override
    public List<ClientKeyAudit> trail() {
        return em().createQuery(
                        "select a from ClientKeyAuditEntity a order by a.at desc, a.id", ClientKeyAuditEntity.class)
                .getResultStream()
                .map(ClientKeyAuditEntity::toEntry)
                .toList();
    }

    @Override
    public void addRequest(String tokenHash, String matterNumber, String keyId, LocalDateTime at) {
        em().persist(new RequestTokenEntity(tokenHash, matterNumber, keyId, at));
        em().flush();
    }

    @Override
    public Optional<String> matterOfRequest(String tokenHash) {
        return Optional.ofNullable(em().find(RequestTokenEntity.class, tokenHash))
                .map(r -> r.matterNumber);
    }

    @Override
    public java.util.Map<String, String> mattersOfRequests(java.util.Collection<String> tokenHashes) {
        if (tokenHashes.isEmpty()) {
            return java.util.Map.of();
        }
        return em().createQuery("select r from RequestTokenEntity r where r.tokenHash in :h", RequestTokenEntity.class)
                .setParameter("h", tokenHashes)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> r.tokenHash, r -> r.matterNumber));
    }
}
