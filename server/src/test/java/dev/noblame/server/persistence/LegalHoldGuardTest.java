package dev.noblame.server.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.DomainException;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Role;
import dev.noblame.server.support.Http.Answer;
import dev.noblame.server.support.RunningHub;
import dev.noblame.server.usecase.PlacingLegalHold;
import dev.noblame.server.usecase.ReleasingLegalHold;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard every purge of incident data calls: refused while the incident is held, allowed once released. */
class LegalHoldGuardTest {
    @TempDir
    Path dir;

    @Test
    void deleting_incident_data_is_refused_while_a_hold_is_in_force_and_allowed_after_release() {
        try (RunningHub hub = RunningHub.start(dir)) {
            Answer a = hub.http.post("/api/v1/reports", hub.token(Role.RESPONDER), "{\"whatHappened\":\"Logs shipped to a vendor\","
                    + "\"service\":\"logging\"}");
            IncidentId id = IncidentId.parse(a.field("id"));
            AppContext app = hub.hub.app();
            JdbiLegal legal = new JdbiLegal(app.tx(), app.database().dialect());
            assertThatCode(() -> legal.checkDeletion(id, "the timeline")).doesNotThrowAnyException();

            new PlacingLegalHold(app).handle(new PlacingLegalHold.Command(id, "Regulator inquiry 7", "counsel"));

            assertThatThrownBy(() -> legal.checkDeletion(id, "the timeline")).isInstanceOf(DomainException.class)
                    .hasMessageContaining("cannot delete the timeline").hasMessageContaining("Regulator inquiry 7");
            new ReleasingLegalHold(app).handle(new ReleasingLegalHold.Command(id, "counsel"));
            assertThatCode(() -> legal.checkDeletion(id, "the timeline")).doesNotThrowAnyException();
        }
    }
}
