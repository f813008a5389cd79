package org.plenary.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a creating POST, so that a member state's retry never creates a second object.
 * <p>
 * Used inside the creating transaction: {@link #claim} inserts the key (a concurrent request with the same key waits
 * on the row until this transaction ends, then sees it), the creation runs, {@link #complete} records what was
 * created. A failed creation rolls the claim back with everything else, so the key stays free for the retry. Keys
 * are per caller scope (a member state, or one secretariat user), and compared with a fingerprint of the request:
 * the same key with a different request is refused.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,255}";

    private final EntityManager entityManager;
    private final Clock clock;
    private final ObjectMapper canonical;

    public IdempotencyKeys(EntityManager entityManager, Clock clock, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** Whose keys these are: a member state's (whichever of its systems retries), or one secretariat user's. */
    public static String scopeOf(Caller caller) {
        return caller.memberState().map(state -> "member-state:" + state).orElse("user:" + caller.name());
    }

    /**
     * Claims the key for this request, or finds what an earlier request with it created.
     *
     * @param key       the header's value; null means the client sent none, and nothing is recorded
     * @param operation what is being created where, e.g. {@code POST /meetings/C20-VC/contributions}
     * @param request   the request body, compared as canonical JSON
     * @return the id of the object the first request with this key created; empty when this request goes ahead
     * @throws IdempotencyKeyReused when the key was used for a different request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> claim(String scope, String key, String operation, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        if (!key.matches(KEY_PATTERN)) {
            throw new InvalidField(HEADER, "Pattern", "must be 1 to 255 visible ASCII characters");
        }
        String fingerprint = fingerprint(operation, request);
        int inserted = entityManager.createNativeQuery("""
                        insert into idempotent_request (scope, idem_key, operation, fingerprint, created_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, fingerprint).setParameter(5, clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = entityManager.createNativeQuery(
                        "select fingerprint, resource_id from idempotent_request where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Object[] row = earlier.get(0);
        if (!fingerprint.equals(row[0]) || row[1] == null) {
            throw new IdempotencyKeyReused(key);
        }
        return Optional.of((String) row[1]);
    }

    /** Records what the request that claimed the key created, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, String resourceId) {
        if (key == null) {
            return;
        }
        entityManager.createNativeQuery(
                        "update idempotent_request set resource_id = ?3 where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, resourceId)
                .executeUpdate();
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] body = canonical.writeValueAsBytes(request);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
