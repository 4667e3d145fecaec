package dev.noblame.server.confluence;

import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.server.AppContext;
import java.util.List;
import java.util.Optional;

/** The postmortem document of an incident as the hub holds it now: incident, postmortem, timeline, actions. */
final class PostmortemDocuments {
    private final AppContext app;

    PostmortemDocuments(AppContext app) {
        this.app = app;
    }

    Optional<PostmortemDocument> find(IncidentId id) {
        return app.tx().inTransaction(() -> {
            Optional<Incident> incident = app.incidents().find(id);
            if (incident.isEmpty()) {
                return Optional.<PostmortemDocument>empty();
            }
            Postmortem pm = app.postmortems().find(id).orElseGet(() -> Postmortem.start(id, incident.get().startedAt()));
            return Optional.of(new PostmortemDocument(incident.get(), pm, app.timeline().of(id), app.actions().ofIncident(id), List.of()));
        });
    }

    List<PostmortemDocument> all() {
        return app.tx().inTransaction(() -> app.postmortems().all().stream()
                .map(p -> find(p.incident()))
                .flatMap(Optional::stream)
                .toList());
    }

    /** Remembers the published page on the incident, so the next publish updates that page. */
    void pagePublished(IncidentId id, String pageId) {
        app.tx().run(() -> app.incidents().find(id).ifPresent(i -> {
            if (!i.links().confluencePageId().equals(Optional.of(pageId))) {
                app.incidents().save(i.withLinks(i.links().withConfluencePage(pageId)));
            }
        }));
    }
}
