package dev.noblame.server.jenkins;

import dev.noblame.jenkins.JenkinsSettings;
import dev.noblame.jenkins.correlation.CorrelatingDeployment;
import dev.noblame.jenkins.correlation.CorrelationPolicy;
import dev.noblame.jenkins.correlation.SuspectingDeployments;
import dev.noblame.jenkins.dora.MeasuringDora;
import dev.noblame.jenkins.gate.DeployGate;
import dev.noblame.jenkins.gate.SlaBreaches;
import dev.noblame.jenkins.intake.LibraryPayloads;
import dev.noblame.jenkins.intake.NotificationPayloads;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.Correlations;
import dev.noblame.ports.Timeline;
import java.util.List;
import dev.noblame.server.AppContext;
import dev.noblame.server.persistence.JdbiCorrelations;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;

/** The Jenkins use cases, built once from the settings over the hub's repositories. */
record JenkinsServices(JenkinsSettings settings, Correlations correlations, NotificationPayloads notifications,
                       LibraryPayloads library, CorrelatingDeployment correlating, SuspectingDeployments suspecting,
                       DeployGate gate, MeasuringDora dora) {

    /** The actor of what correlation does on its own. */
    static final String ACTOR = "jenkins-correlation";

    static JenkinsServices of(AppContext app, JenkinsSettings settings) {
        Correlations correlations = new JdbiCorrelations(app.tx());
        CorrelationPolicy policy = CorrelationPolicy.of(settings);
        SlaPolicy sla = app.slaPolicy();
        // correlation's timeline lines go on the evidence chain too, like every other timeline entry
        Timeline timeline = new Timeline() {
            @Override
            public void append(TimelineEntry entry) {
                app.timeline().append(entry);
                app.recorder().record(entry);
            }

            @Override
            public List<TimelineEntry> of(IncidentId incident) {
                return app.timeline().of(incident);
            }
        };
        CorrelatingDeployment correlating = new CorrelatingDeployment(app.incidents(), app.deployments(), correlations,
                timeline, app.outbox(), app.clock(), policy, e -> app.recorder().record(e, ACTOR));
        SuspectingDeployments suspecting = new SuspectingDeployments(app.incidents(), app.deployments(), correlations,
                timeline, app.clock(), policy, e -> app.recorder().record(e, ACTOR));
        DeployGate gate = new DeployGate(app.incidents(), new SlaBreaches(new SlaEvaluator(sla), app.actions(), app.incidents()),
                service -> settings.gateMaxBreachedPriorityActions().orElse(sla.breachedPriorityActionLimit(service)),
                (event, actor) -> app.recorder().record(event, actor), app.clock());
        return new JenkinsServices(settings, correlations,
                new NotificationPayloads(settings.maxBodyBytes(), settings.defaultEnvironment(), app.clock()),
                new LibraryPayloads(settings.maxBodyBytes(), app.clock()), correlating, suspecting, gate,
                new MeasuringDora(app.deployments(), correlations, app.incidents(), sla, app.clock()));
    }
}
