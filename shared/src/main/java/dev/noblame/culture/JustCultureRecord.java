package dev.noblame.culture;

import dev.noblame.common.Checks;
import dev.noblame.common.Restricted;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The result of a just-culture triage. A separate record type, deliberately unrelated to
 * {@code Postmortem} and {@code Incident}: neither refers to it, it refers to the incident by
 * id only, and {@link PublicationGuard} refuses it anywhere text is rendered or published.
 * Visible to people-ops only; stored apart from the postmortem.
 */
public record JustCultureRecord(
        String id,
        TriageRequest request,
        List<TriageFlow.Answer> answers,
        Culpability culpability,
        String response,
        String advice,
        Instant createdAt) implements Restricted {

    public static final Set<String> VISIBLE_TO = Set.of("people-ops");

    public JustCultureRecord {
        Checks.start()
                .notBlank(id, "id")
                .notNull(request, "request")
                .notNull(culpability, "culpability")
                .notBlank(response, "response")
                .notNull(createdAt, "createdAt")
                .orThrow();
        answers = List.copyOf(answers == null ? List.of() : answers);
    }

    public IncidentId incident() {
        return request.incident();
    }

    @Override
    public Set<String> visibleTo() {
        return VISIBLE_TO;
    }
}
