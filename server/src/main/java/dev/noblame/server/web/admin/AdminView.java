package dev.noblame.server.web.admin;

import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.integration.IntegrationStatus;
import dev.noblame.outbox.OutboxRecord;
import java.util.List;

/** What the admin page shows: integrations with their outbox figures, dead letters, tokens, the SLA policy. */
public record AdminView(List<IntegrationRow> integrations, long pending, long dead, List<OutboxRecord> deadLetters,
                        List<ApiTokens.Listed> tokens, List<String> roles, List<PolicyLine> policy,
                        ApiTokens.Created created) {

    /** One integration: its status and the outbox messages of its topics (topics start with its name). */
    public record IntegrationRow(String name, IntegrationStatus status, long backlog, long deadLetters,
                                 java.time.Instant lastDelivered) {
    }

    /** One rule of the SLA policy in force, as a reviewer would read it. */
    public record PolicyLine(String rule, String value) {
    }
}
