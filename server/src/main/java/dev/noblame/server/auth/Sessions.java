package dev.noblame.server.auth;

import dev.noblame.server.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Web sessions, kept in the database so any replica can serve any request. A session is
 * started from something that proved who the user is (an API token today, single sign-on
 * later); the browser holds only a random id in an HttpOnly, SameSite=Strict cookie, and the
 * table holds its hash.
 */
public final class Sessions {
    public static final String COOKIE = "noblame_session";
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final Transactions tx;
    private final Clock clock;

    public Sessions(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Starts a session and returns the cookie value. */
    public String start(Principal who) {
        String id = Hashing.newSecret("s_");
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        tx.withHandle(h -> h.createUpdate("INSERT INTO web_sessions (session_hash, user_name, role_name, created_at, expires_at) "
                        + "VALUES (:hash, :name, :role, :now, :expires)")
                .bind("hash", Hashing.sha256(id)).bind("name", who.name()).bind("role", who.role().name())
                .bind("now", now).bind("expires", now.plus(LIFETIME)).execute());
        return id;
    }

    public Optional<Principal> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return tx.withHandle(h -> h.createQuery("SELECT user_name, role_name FROM web_sessions WHERE session_hash = :hash "
                        + "AND expires_at > :now")
                .bind("hash", Hashing.sha256(cookieValue)).bind("now", now)
                .map((rs, ctx) -> new Principal(rs.getString("user_name"), Role.valueOf(rs.getString("role_name"))))
                .findOne());
    }

    public void end(String cookieValue) {
        if (cookieValue != null) {
            tx.withHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE session_hash = :hash")
                    .bind("hash", Hashing.sha256(cookieValue)).execute());
        }
    }
}
