package dev.noblame.server.jenkins;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.jenkins.JenkinsSettings;
import dev.noblame.jenkins.client.BuildDescriptionHandler;
import dev.noblame.jenkins.client.BuildDescriptions;
import dev.noblame.jenkins.client.JenkinsBuildPages;
import dev.noblame.jenkins.client.JenkinsHttp;
import dev.noblame.jenkins.correlation.CorrelatingDeployment;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.server.AppContext;
import dev.noblame.server.config.ConfigException;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.IntegrationStatus;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Jenkins joins the hub: deployment intake (Notification plugin and shared library), correlation
 * with incidents, the deploy gate at {@code /api/v1/gate}, build pages annotated through the
 * outbox, DORA figures. Configured by the {@code jenkins.*} keys ({@link JenkinsSettings}).
 */
public final class JenkinsIntegration implements Integration {
    private AppContext app;
    private JenkinsServices services;
    private JenkinsApi api;

    @Override
    public String name() {
        return "jenkins";
    }

    @Override
    public void start(AppContext context) {
        JenkinsSettings settings;
        try {
            settings = JenkinsSettings.from(context.settings().asMap());
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
        this.app = context;
        this.services = JenkinsServices.of(context, settings);
        this.api = new JenkinsApi(context, services);
    }

    @Override
    public void routes() {
        api.routes();
    }

    @Override
    public void apiRoutes() {
        api.apiRoutes();
    }

    @Override
    public List<OutboxHandler> outboxHandlers() {
        JenkinsSettings s = services.settings();
        if (s.url().isEmpty()) {
            return List.of();
        }
        JenkinsHttp http = new JenkinsHttp(s.url().get(), s.user(), s.token(), s.timeout());
        return List.of(new BuildDescriptionHandler(new JenkinsBuildPages(http), new BuildDescriptions(s.linkBase(), s.safeHtml())));
    }

    /**
     * A newly reported incident lists the successful deployments of its service just before it as
     * suspects. Incidents opened by correlation itself come from a failed deployment: skipped.
     */
    @Override
    public void onEvent(DomainEvent event) {
        onEvents(List.of(event));
    }

    /** A batch of reports is correlated together: one read of the incidents, one query per service. */
    @Override
    public void onEvents(List<DomainEvent> events) {
        List<IncidentId> reported = events.stream()
                .filter(e -> e.type().equals("incident.reported") && !CorrelatingDeployment.SOURCE.equals(e.data().get("source")))
                .map(e -> IncidentId.parse(e.subject()))
                .toList();
        if (reported.isEmpty()) {
            return;
        }
        services.suspecting().suspectsOfAll(app.incidents().withIds(reported));
    }

    @Override
    public IntegrationStatus status() {
        JenkinsSettings s = services.settings();
        String intake = s.intakeTokens().isEmpty() ? "intake off (no jenkins.intake_tokens)" : "intake from " + s.intakeTokens();
        String pages = s.url().map(URI::toString).map(u -> "build pages on " + u + " as " + s.user())
                .orElse("build pages not written (no jenkins.url)");
        boolean configured = !s.intakeTokens().isEmpty();
        return new IntegrationStatus(configured, intake + "; " + pages, Optional.empty(), Optional.empty());
    }
}
