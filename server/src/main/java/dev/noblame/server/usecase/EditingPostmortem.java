package dev.noblame.server.usecase;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.Section;
import dev.noblame.server.AppContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a postmortem's sections, factors and reviewers, starting a draft if none exists.
 * The evidence entry names what changed and who changed it, not the text (the text is in the
 * postmortem; evidence proves that and when it changed).
 */
public final class EditingPostmortem {
    /** Null means "leave as it is"; a section given as empty text is cleared. */
    public record Command(IncidentId incident, Map<Section, String> sections, List<ContributingFactor> factors,
                          Set<String> reviewers, String author) {
    }

    private final AppContext app;

    public EditingPostmortem(AppContext app) {
        this.app = app;
    }

    public Postmortem handle(Command c) {
        return app.tx().inTransaction(() -> {
            Instant now = app.clock().instant();
            Postmortem p = current(app, c.incident(), now);
            boolean created = app.postmortems().find(c.incident()).isEmpty();
            if (c.sections() != null) {
                for (var e : c.sections().entrySet()) {
                    p = p.withSection(e.getKey(), e.getValue(), c.author(), now);
                }
            }
            if (c.factors() != null) {
                p = p.withFactors(c.factors(), c.author(), now);
            }
            if (c.reviewers() != null) {
                p = p.withReviewers(c.reviewers(), now);
            }
            app.postmortems().save(p);
            String sections = c.sections() == null ? "" : c.sections().keySet().stream().map(Wire::name).collect(Collectors.joining(","));
            app.recorder().record(DomainEvent.of(created ? "postmortem.created" : "postmortem.edited", c.incident().toString(), now,
                    "sections", sections,
                    "factors", c.factors() == null ? null : String.valueOf(c.factors().size()),
                    "reviewers", c.reviewers() == null ? null : String.join(",", c.reviewers())), c.author());
            return p;
        });
    }

    /** The stored postmortem, or a fresh draft for an incident that has none yet. */
    static Postmortem current(AppContext app, IncidentId incident, Instant now) {
        if (app.incidents().find(incident).isEmpty()) {
            throw new NotFoundException("incident " + incident);
        }
        Optional<Postmortem> stored = app.postmortems().find(incident);
        return stored.orElseGet(() -> Postmortem.start(incident, now));
    }
}
