package com.streetgov.open311.infrastructure;

import com.streetgov.open311.domain.ClientKey;
import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.open311.domain.Open311Repository;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOpen311Repository implements Open311Repository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<ClientKey> keys() {
        current.joinTransaction();
        return current.createQuery("select k from ClientKeyRecord k order by k.createdAt desc", ClientKeyRecord.class)
                .getResultStream()
                .map(ClientKeyRecord::toKey)
                .toList();
    }

    @Override
    public Optional<ClientKey> key(String id) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(ClientKeyRecord.class, id)).map(ClientKeyRecord::toKey);
    }

    @Override
    public Optional<ClientKey> keyByHash(String hash) {
        current.joinTransaction();
        return current.createQuery("select k from ClientKeyRecord k where k.keyHash = :h", ClientKeyRecord.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst()
                .map(ClientKeyRecord::toKey);
    }

    @Override
    public void add(ClientKey key, String hash) {
        current.joinTransaction();
        current.persist(new ClientKeyRecord(key, hash));
        current.flush();
    }

    @Override
    public void update(ClientKey key) {
        current.joinTransaction();
        current.find(ClientKeyRecord.class, key.id()).update(key);
        current.flush();
    }

    @Override
    public void touch(String id, LocalDateTime at) {
        current.joinTransaction();
        current.createQuery("update ClientKeyRecord k set k.lastUsedAt = :at where k.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void append(ClientKeyAudit entry) {
        current.joinTransaction();
        current.persist(new ClientKeyAuditRecord(entry));
        current.flush();
    }

    @Override
    public List<ClientKeyAudit> trail() {
        current.joinTransaction();
        return current.createQuery(
                        "select a from ClientKeyAuditRecord a order by a.at desc, a.id", ClientKeyAuditRecord.class)
                .getResultStream()
                .map(ClientKeyAuditRecord::toEntry)
                .toList();
    }

    @Override
    public void addRequest(String tokenHash, String matterNumber, String keyId, LocalDateTime at) {
        current.joinTransaction();
        current.persist(new RequestTokenRecord(tokenHash, matterNumber, keyId, at));
        current.flush();
    }

    @Override
    public Optional<String> matterOfRequest(String tokenHash) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(RequestTokenRecord.class, tokenHash))
                .map(r -> r.matterNumber);
    }
}
