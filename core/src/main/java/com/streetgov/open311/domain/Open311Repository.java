package com.streetgov.open311.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The current district's client keys, their audit trail and its Open311 request ids (hashes only). */
public interface Open311Repository {

    List<ClientKey> keys();

    Optional<ClientKey> key(String id);

    /** The key whose SHA-256 is {@code hash}, revoked or not. */
    Optional<ClientKey> keyByHash(String hash);

    void add(ClientKey key, String hash);

    void update(ClientKey key);

    /** Records that the key was used at {@code at}. */
    void touch(String id, LocalDateTime at);

    void append(ClientKeyAudit entry);

    /** The audit trail, newest first. */
    List<ClientKeyAudit> trail();

    /** Remembers the request id (by its hash) of a matter submitted by a client. */
    void addRequest(String tokenHash, String matterNumber, String keyId, LocalDateTime at);

    /** The number of the matter whose request id hashes to {@code tokenHash}. */
    Optional<String> matterOfRequest(String tokenHash);

    /** The matter number of each of these request-id hashes that is known here, by hash (one query). */
    java.util.Map<String, String> mattersOfRequests(java.util.Collection<String> tokenHashes);
}
