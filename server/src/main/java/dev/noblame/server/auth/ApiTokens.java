package dev.noblame.server.auth;

import dev.noblame.common.Checks;
import dev.noblame.server.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API tokens: created with a role, stored as SHA-256, shown once, revocable.
 *
 * <p>A token that authenticated is remembered (by its hash) for {@link #REMEMBER}, so busy
 * clients do not cost a database read per request. Revoking clears that memory at once in
 * this process; another replica sharing the database stops accepting the token within
 * {@link #REMEMBER}. Unknown tokens are never remembered, and the memory is bounded.
 */
public final class ApiTokens {
    public static final String PREFIX = "nb_";
    static final Duration REMEMBER = Duration.ofSeconds(5);
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Principal principal, Instant until) {
    }

    private final Transactions tx;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Moves on every revocation: a look-up that began before it must not remember what it read. */
    private final AtomicLong revocations = new AtomicLong();

    public ApiTokens(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A new token: {@code secret} is the only time the token itself exists outside the caller's hands. */
    public record Created(long id, String name, Role role, String secret) {
    }

    public record Listed(long id, String name, Role role, OffsetDateTime createdAt, boolean revoked) {
    }

    public Created create(String name, Role role) {
        Checks.start().notBlank(name, "name").maxLength(name, 200, "name").notNull(role, "role").orThrow();
        String secret = Hashing.newSecret(PREFIX);
        long id = tx.withHandle(h -> h.createUpdate("INSERT INTO api_tokens (token_name, role_name, token_hash, created_at) "
                        + "VALUES (:name, :role, :hash, :now)")
                .bind("name", name.strip()).bind("role", role.name()).bind("hash", Hashing.sha256(secret))
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Created(id, name.strip(), role, secret);
    }

    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = Hashing.sha256(secret);
        Instant now = clock.instant();
        Remembered known = remembered.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.principal());
        }
        long generation = revocations.get();
        Optional<Principal> found = tx.withHandle(h -> h.createQuery("SELECT token_name, role_name FROM api_tokens "
                        + "WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash)
                .map((rs, ctx) -> new Principal(rs.getString("token_name"), Role.valueOf(rs.getString("role_name"))))
                .findOne());
        if (found.isEmpty()) {
            remembered.remove(hash);
            return found;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(hash, new Remembered(found.get(), now.plus(REMEMBER)));
        if (revocations.get() != generation) {
            remembered.remove(hash);
        }
        return found;
    }

    public List<Listed> list() {
        return tx.withHandle(h -> h.createQuery("SELECT id, token_name, role_name, created_at, revoked_at FROM api_tokens ORDER BY id")
                .map((rs, ctx) -> new Listed(rs.getLong("id"), rs.getString("token_name"), Role.valueOf(rs.getString("role_name")),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class) != null))
                .list());
    }

    public boolean revoke(long id) {
        boolean revoked = tx.withHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id "
                        + "AND revoked_at IS NULL")
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).bind("id", id).execute()) == 1;
        revocations.incrementAndGet();
        remembered.clear();
        return revoked;
    }
}
