package com.streetgov.open311.application;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.ReceivedQuery;
import com.streetgov.open311.domain.ClientKey;
import com.streetgov.open311.domain.Open311Repository;
import com.streetgov.open311.domain.Secret;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Open311 requests of the current district. A submission becomes a matter and gets a fresh random
 * request id, handed to the submitter once and stored only as its SHA-256. A request is read with
 * that id; a client holding an active key of the district may also read by matter number and list.
 * Whatever is not found — an unknown id, a number without a key, a key of another district — is
 * simply empty, so callers can answer all of them alike.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.RESIDENT_CHANNEL)
public class Open311Requests {

    /** How a rating through Open311 appears in the matter's history. */
    static final String RESIDENT = "居民（Open311）";

    /** Prefix of request ids. */
    public static final String PREFIX = "o311";

    /** The matter created and the request id to hand to the submitter (the only time it exists). */
    public record Submitted(Matter matter, String requestId) {}

    @Inject
    MatterService matters;

    @Inject
    ClientKeyService keys;

    @Inject
    Open311Repository repository;

    @Inject
    MatterRepository matterRepository;

    /** Takes in a submission posted by the client holding {@code apiKey}; empty if the key is not valid here. */
    public Optional<Submitted> submit(String apiKey, Matter.Submission submission) throws RefusedException {
        Optional<ClientKey> client = keys.authenticate(apiKey);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        MatterService.Received received =
                matters.intake(new MatterService.Intake(Channel.OPEN311, null, submission, null), "open311");
        String requestId = Secret.generate(PREFIX);
        repository.addRequest(
                Secret.hash(requestId),
                received.matter().number(),
                client.get().id(),
                received.matter().receivedAt());
        return Optional.of(new Submitted(received.matter(), requestId));
    }

    /** The matter named by a request id, or — with an active key of the district — by its number. */
    public Optional<Matter> read(String id, String apiKey) {
        if (id == null) {
            return Optional.empty();
        }
        if (Secret.looksLikeOne(id)) {
            Optional<Matter> byToken =
                    repository.matterOfRequest(Secret.hash(id)).flatMap(matters::find);
            if (byToken.isPresent()) {
                return byToken;
            }
        }
        if (apiKey == null || keys.authenticate(apiKey).isEmpty()) {
            return Optional.empty();
        }
        return matters.find(id);
    }

    /**
     * The submitter's own rating of their request, with the id they were given — never by number or
     * client key, so only the resident who submitted rates (DD023). It counts as the return visit;
     * {@code resolved} is whether the resident says the matter is resolved (null: not said, then
     * resolved unless not satisfied); {@code comment} is what the resident adds (optional). Empty if the
     * id is unknown here.
     */
    public Optional<Matter> rate(String id, Rating rating, Boolean resolved, String comment) throws RefusedException {
        if (id == null || !Secret.looksLikeOne(id)) {
            return Optional.empty();
        }
        Optional<String> number = repository.matterOfRequest(Secret.hash(id));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matters.rate(number.get(), rating, resolved, comment, RESIDENT));
    }

    /**
     * The district's matters as {@code query} selects them (newest first, at most {@code limit}) for a
     * client with an active key; empty if the key is not valid here.
     */
    public Optional<List<MatterSummary>> list(String apiKey, ReceivedQuery query, int limit) {
        if (keys.authenticate(apiKey).isEmpty()) {
            return Optional.empty();
        }
        // Straight from the repository: the key, checked above, is what admits a client to the list;
        // the residents' channel may not call the staff inbox (DD023).
        return Optional.of(matterRepository.received(query, limit));
    }

    /**
     * The requests named by {@code ids} (request ids or matter numbers), for a client with an active
     * key, each under the id it was named by; ids that name nothing here are left out. Empty if the key
     * is not valid here.
     */
    public Optional<List<Found>> listed(String apiKey, List<String> ids) {
        if (keys.authenticate(apiKey).isEmpty()) {
            return Optional.empty();
        }
        // Two lookups for the whole list, not two per id: the ids' hashes, then the matters with events.
        List<String> distinct = ids.stream().distinct().toList();
        java.util.Map<String, String> byHash = repository.mattersOfRequests(
                distinct.stream().filter(Secret::looksLikeOne).map(Secret::hash).toList());
        java.util.Map<String, String> numberOf = new java.util.LinkedHashMap<>();
        for (String id : distinct) {
            String number = Secret.looksLikeOne(id) ? byHash.get(Secret.hash(id)) : id;
            if (number != null) {
                numberOf.put(id, number);
            }
        }
        java.util.Map<String, Matter> matters = matterRepository.findAll(numberOf.values()).stream()
                .collect(java.util.stream.Collectors.toMap(Matter::number, m -> m));
        return Optional.of(numberOf.entrySet().stream()
                .filter(e -> matters.containsKey(e.getValue()))
                .map(e -> new Found(e.getKey(), matters.get(e.getValue())))
                .toList());
    }

    /** A request and the id its reader named it by. */
    public record Found(String id, Matter matter) {}
}
