package dev.noblame.jenkins.correlation;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.noblame.incident.Incident;
import dev.noblame.ports.Outbox;

/**
 * The outbox message that writes the incident onto a build page. The payload carries facts, not
 * markup: the handler renders them (escaped) the way the Jenkins' markup formatter needs.
 */
public final class BuildPageNote {
    public static final String TOPIC = "jenkins.build.describe";
    private static final Gson GSON = new Gson();

    private BuildPageNote() {
    }

    public static void enqueue(Outbox outbox, String buildUrl, Incident incident, String outcome) {
        JsonObject p = new JsonObject();
        p.addProperty("buildUrl", buildUrl);
        p.addProperty("incident", incident.id().toString());
        p.addProperty("title", incident.title());
        p.addProperty("kind", dev.noblame.common.Wire.name(incident.kind()));
        p.addProperty("outcome", outcome);
        outbox.enqueue(TOPIC, buildUrl + "#" + incident.id(), GSON.toJson(p));
    }
}
