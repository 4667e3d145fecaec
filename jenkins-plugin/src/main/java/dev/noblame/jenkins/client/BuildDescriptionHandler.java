package dev.noblame.jenkins.client;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.jenkins.correlation.BuildPageNote;
import dev.noblame.ports.BuildServer;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import java.util.Set;

/**
 * Delivers {@code jenkins.build.describe} messages: writes the incident line on the build page.
 * Jenkins being down or overloaded is retried; a refusal that will not change by waiting
 * (no such build, no permission, a build URL off the configured Jenkins) becomes a dead letter
 * with Jenkins' own reason.
 */
public final class BuildDescriptionHandler implements OutboxHandler {
    private final BuildServer buildServer;
    private final BuildDescriptions descriptions;

    public BuildDescriptionHandler(BuildServer buildServer, BuildDescriptions descriptions) {
        this.buildServer = buildServer;
        this.descriptions = descriptions;
    }

    @Override
    public Set<String> topics() {
        return Set.of(BuildPageNote.TOPIC);
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        String buildUrl;
        String line;
        try {
            JsonObject p = JsonParser.parseString(message.payload()).getAsJsonObject();
            buildUrl = p.get("buildUrl").getAsString();
            line = descriptions.line(p.get("incident").getAsString(), p.get("title").getAsString(),
                    p.has("outcome") ? p.get("outcome").getAsString() : "linked");
        } catch (RuntimeException e) {
            return Delivery.rejected("payload is not a build description (buildUrl, incident, title): " + e.getMessage());
        }
        try {
            buildServer.describeBuild(buildUrl, line);
            return Delivery.delivered("description written on " + buildUrl);
        } catch (JenkinsException e) {
            return e.retryable() ? Delivery.retry(e.getMessage()) : Delivery.rejected(e.getMessage());
        }
    }
}
