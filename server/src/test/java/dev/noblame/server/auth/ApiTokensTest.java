package dev.noblame.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.persistence.Database;
import dev.noblame.server.support.Databases;
import dev.noblame.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens authenticate without a database read per request, and revocation still bites. */
class ApiTokensTest {
    @TempDir
    Path dir;

    @Test
    void a_token_revoked_here_stops_working_at_once_even_though_it_was_remembered() {
        try (Database db = Databases.open(Databases.Kind.H2, dir)) {
            ApiTokens tokens = new ApiTokens(db.transactions(), new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));
            ApiTokens.Created created = tokens.create("ci", Role.RESPONDER);
            assertThat(tokens.authenticate(created.secret())).contains(new Principal("ci", Role.RESPONDER));

            assertThat(tokens.revoke(created.id())).isTrue();

            assertThat(tokens.authenticate(created.secret())).isEmpty();
        }
    }

    @Test
    void a_token_revoked_by_another_replica_stops_working_here_within_the_remembered_window() {
        try (Database db = Databases.open(Databases.Kind.H2, dir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
            ApiTokens here = new ApiTokens(db.transactions(), clock);
            ApiTokens otherReplica = new ApiTokens(db.transactions(), clock);
            ApiTokens.Created created = here.create("ci", Role.RESPONDER);
            assertThat(here.authenticate(created.secret())).isPresent();

            otherReplica.revoke(created.id());

            assertThat(otherReplica.authenticate(created.secret())).isEmpty();
            clock.advance(ApiTokens.REMEMBER.minusMillis(1));
            assertThat(here.authenticate(created.secret())).as("still remembered").isPresent();
            clock.advance(Duration.ofMillis(1));
            assertThat(here.authenticate(created.secret())).isEmpty();
        }
    }

    @Test
    void an_unknown_or_malformed_token_is_refused() {
        try (Database db = Databases.open(Databases.Kind.H2, dir)) {
            ApiTokens tokens = new ApiTokens(db.transactions(), new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));
            tokens.create("ci", Role.RESPONDER);

            assertThat(tokens.authenticate("nb_not-a-token")).isEmpty();
            assertThat(tokens.authenticate("Bearer something")).isEmpty();
            assertThat(tokens.authenticate(null)).isEmpty();
        }
    }
}
