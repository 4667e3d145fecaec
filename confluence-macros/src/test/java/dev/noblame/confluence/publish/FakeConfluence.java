package dev.noblame.confluence.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.ConfluencePublisher;
import dev.noblame.confluence.ConfluenceSettings;
import dev.noblame.confluence.client.CloudPageApi;
import dev.noblame.confluence.client.ConfluenceHttp;
import dev.noblame.confluence.client.DataCenterPageApi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A WireMock Confluence for one deployment, and a publisher wired to it that never really sleeps. */
final class FakeConfluence implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);

    final WireMockServer server;
    final ConfluenceDeployment deployment;
    final List<java.time.Duration> sleeps = new ArrayList<>();

    FakeConfluence(ConfluenceDeployment deployment) {
        this.deployment = deployment;
        this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    ConfluenceSettings settings() {
        Map<String, String> flat = new HashMap<>();
        flat.put("confluence.url", server.baseUrl() + (deployment == ConfluenceDeployment.DATACENTER ? "/confluence" : ""));
        flat.put("confluence.deployment", deployment == ConfluenceDeployment.CLOUD ? "cloud" : "datacenter");
        flat.put("confluence.email", "bot@example.com");
        flat.put("confluence.token", "cloud-token");
        flat.put("confluence.pat", "dc-pat");
        flat.put("confluence.space", "OPS");
        flat.put("confluence.users.payments team", "557058:team-account");
        return ConfluenceSettings.from(flat);
    }

    ConfluencePublisher publisher() {
        ConfluenceSettings s = settings();
        ConfluenceHttp http = new ConfluenceHttp(s, sleeps::add);
        return new ConfluencePublisher(deployment == ConfluenceDeployment.CLOUD ? new CloudPageApi(http) : new DataCenterPageApi(http), s, CLOCK);
    }

    /** The path prefix requests go to: {@code /wiki/...} on Cloud, the context path on Data Center. */
    String v1() {
        return deployment == ConfluenceDeployment.CLOUD ? "/wiki/rest/api" : "/confluence/rest/api";
    }

    void stub(MappingBuilder m) {
        server.stubFor(m);
    }

    List<ServeEvent> requests() {
        List<ServeEvent> all = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(all);
        return all;
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return okJson(body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("{\"message\":\"status " + status + "\"}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
