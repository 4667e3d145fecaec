package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.compliance.Regime;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.auth.Role;
import dev.noblame.server.usecase.TriggeringLegal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentRegulatoryClocksPageTest {
    @TempDir
    Path dir;

    @Test
    void the_incident_page_lists_the_regulators_deadlines_once_legal_has_triggered_a_regime() {
        try (WebHub hub = WebHub.start(dir)) {
            Browser b = hub.browser();
            b.get("/report");
            String incident = b.post("/report", Map.of("kind", "incident", "whatHappened", "Customer emails exposed", "service", "crm"))
                    .location().replaceAll(".*/(INC-\\d+).*", "$1");
            Browser responder = hub.signedIn(Role.RESPONDER);
            assertThat(responder.get("/incidents/" + incident).doc().select("#clocks").text()).doesNotContain("GDPR");

            new TriggeringLegal(hub.hub.app()).handle(new TriggeringLegal.Command(IncidentId.parse(incident), Regime.GDPR_ART33,
                    Instant.now().minus(Duration.ofHours(1)), null, "legal counsel"));
            Document page = responder.get("/incidents/" + incident).doc();

            assertThat(page.select("#clocks").text()).contains("GDPR Art. 33: Notify the supervisory authority")
                    .contains("72 hours after awareness").contains("on track");
        }
    }
}
