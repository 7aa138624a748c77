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
        return em().createQuery("select k from ClientKeyRecord k order by k.createdAt desc", ClientKeyRecord.class)
                .getResultStream()
                .map(ClientKeyRecord::toKey)
                .toList();
    }

    @Override
    public Optional<ClientKey> key(String id) {
        return Optional.ofNullable(em().find(ClientKeyRecord.class, id)).map(ClientKeyRecord::toKey);
    }

    @Override
    public Optional<ClientKey> keyByHash(String hash) {
        return em().createQuery("select k from ClientKeyRecord k where k.keyHash = :h", ClientKeyRecord.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst()
                .map(ClientKeyRecord::toKey);
    }

    @Override
    public void add(ClientKey key, String hash) {
        em().persist(new ClientKeyRecord(key, hash));
        em().flush();
    }

    @Override
    public void update(ClientKey key) {
        em().find(ClientKeyRecord.class, key.id()).update(key);
        em().flush();
    }

    @Override
    public void touch(String id, LocalDateTime at) {
        em().createQuery("update ClientKeyRecord k set k.lastUsedAt = :at where k.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void append(ClientKeyAudit entry) {
        em().persist(new ClientKeyAuditRecord(entry));
        em().flush();
    }

    @Override
    public List<ClientKeyAudit> trail() {
        return em().createQuery(
                        "select a from ClientKeyAuditRecord a order by a.at desc, a.id", ClientKeyAuditRecord.class)
                .getResultStream()
                .map(ClientKeyAuditRecord::toEntry)
                .toList();
    }

    @Override
    public void addRequest(String tokenHash, String matterNumber, String keyId, LocalDateTime at) {
        em().persist(new RequestTokenRecord(tokenHash, matterNumber, keyId, at));
        em().flush();
    }

    @Override
    public Optional<String> matterOfRequest(String tokenHash) {
        return Optional.ofNullable(em().find(RequestTokenRecord.class, tokenHash))
                .map(r -> r.matterNumber);
    }
}
