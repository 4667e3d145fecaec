package dev.noblame.server.auth;

import dev.noblame.common.Checks;
import dev.noblame.server.persistence.Transactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** API tokens: created with a role, stored as SHA-256, shown once, revocable. */
public final class ApiTokens {
    public static final String PREFIX = "nb_";

    private final Transactions tx;
    private final Clock clock;

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
        return tx.withHandle(h -> h.createQuery("SELECT token_name, role_name FROM api_tokens WHERE token_hash = :hash "
                        + "AND revoked_at IS NULL")
                .bind("hash", Hashing.sha256(secret))
                .map((rs, ctx) -> new Principal(rs.getString("token_name"), Role.valueOf(rs.getString("role_name"))))
                .findOne());
    }

    public List<Listed> list() {
        return tx.withHandle(h -> h.createQuery("SELECT id, token_name, role_name, created_at, revoked_at FROM api_tokens ORDER BY id")
                .map((rs, ctx) -> new Listed(rs.getLong("id"), rs.getString("token_name"), Role.valueOf(rs.getString("role_name")),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class) != null))
                .list());
    }

    public boolean revoke(long id) {
        return tx.withHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).bind("id", id).execute()) == 1;
    }
}
