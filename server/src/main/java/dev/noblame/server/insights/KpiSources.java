package dev.noblame.server.insights;

import dev.noblame.incident.Incident;
import dev.noblame.ports.Actions;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Deployments;
import dev.noblame.ports.Incidents;
import dev.noblame.ports.Postmortems;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiCorrelations;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The repositories the KPI facts are read from. {@code everyIncident} reads all incidents in id
 * order (the incident port pages; the database adapter reads them in one scan).
 */
record KpiSources(Supplier<? extends Collection<Incident>> everyIncidentSupplier, Incidents incidents, Postmortems postmortems,
                  Actions actions, Deployments deployments, Correlations correlations) {
    static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    static KpiSources of(AppContext app) {
        return new KpiSources(app.incidentStore()::all, app.incidents(), app.postmortems(), app.actions(), app.deployments(),
                new JdbiCorrelations(app.tx()));
    }

    Collection<Incident> everyIncident() {
        return everyIncidentSupplier.get();
    }
}
