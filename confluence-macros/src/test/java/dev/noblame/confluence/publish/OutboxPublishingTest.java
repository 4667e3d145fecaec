package dev.noblame.confluence.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.ConfluenceOutboxHandler;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.PageTarget;
import dev.noblame.ports.PublishedPage;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The confluence.page.publish topic: redaction on delivery, and what each failure comes to. */
class OutboxPublishingTest {
    private static final String SECRET = "AKIAZ7Q3EXAMPLEKEY12";
    private static final String PERSON = "Priya Raman";
    private static final Redactor REDACTOR = Redactor.withDefaults(List.of(PERSON));
    private static final PageTarget OPS = new PageTarget("OPS", null);

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void neither_a_planted_secret_nor_a_persons_name_reaches_confluence(ConfluenceDeployment deployment) {
        String text = PERSON + " pasted key " + SECRET + " into the deploy job; Priya then rotated it.";
        PostmortemDocument doc = PostmortemFixtures.document(42, "Key " + SECRET + " leaked by " + PERSON, text, "checkout",
                "payments", text, "Rotate " + SECRET, PERSON);
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            Scenarios.noPageYet(c);
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR, null, null, null);

            Delivery d = handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(doc, OPS)));

            assertThat(d).isInstanceOf(Delivery.Delivered.class);
            assertThat(c.requests()).hasSizeGreaterThanOrEqualTo(4);
            for (var e : c.requests()) {
                String sent = e.getRequest().getUrl() + "\n" + e.getRequest().getBodyAsString();
                assertThat(sent).doesNotContain(SECRET).doesNotContain("Priya").doesNotContain("Raman");
            }
            String page = c.requests().stream().filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                    .map(e -> e.getRequest().getBodyAsString()).filter(b -> b.contains("ac:structured-macro")).findFirst().orElseThrow();
            assertThat(page).contains("pasted key").contains("into the deploy job");
        }
    }

    @Test
    void a_published_postmortem_is_reported_back_with_its_page() {
        try (FakeConfluence c = new FakeConfluence(ConfluenceDeployment.CLOUD)) {
            Scenarios.noPageYet(c);
            List<PublishedPage> seen = new ArrayList<>();
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR, null, null, (doc, page) -> seen.add(page));

            handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(PostmortemFixtures.checkoutOutage(), OPS)));

            assertThat(seen).containsExactly(new PublishedPage("123", 1, true));
        }
    }

    @Test
    void an_incident_payload_publishes_the_document_as_it_stands_at_delivery() {
        try (FakeConfluence c = new FakeConfluence(ConfluenceDeployment.CLOUD)) {
            Scenarios.noPageYet(c);
            PostmortemDocument doc = PostmortemFixtures.checkoutOutage();
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR,
                    id -> id.equals(doc.incident().id()) ? java.util.Optional.of(doc) : java.util.Optional.empty(), null, null);

            Delivery ok = handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(doc.incident().id(), OPS)));
            Delivery missing = handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(dev.noblame.incident.IncidentId.of(9), OPS)));

            assertThat(ok).isInstanceOf(Delivery.Delivered.class);
            assertThat(missing).isInstanceOfSatisfying(Delivery.Rejected.class, r -> assertThat(r.reason()).contains("INC-9"));
        }
    }

    @Test
    void an_overloaded_confluence_means_retry_after_its_own_hint() {
        try (FakeConfluence c = new FakeConfluence(ConfluenceDeployment.DATACENTER)) {
            Scenarios.noPageYet(c);
            c.stub(post(urlPathEqualTo("/confluence/rest/api/content"))
                    .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR, null, null, null);

            Delivery d = handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(PostmortemFixtures.checkoutOutage(), OPS)));

            assertThat(d).isInstanceOfSatisfying(Delivery.Retry.class, r -> {
                assertThat(r.after()).isEqualTo(Duration.ofSeconds(120));
                assertThat(r.reason()).contains("HTTP 503", "POST /rest/api/content");
            });
        }
    }

    @Test
    void a_forbidden_space_is_a_dead_letter_not_an_endless_retry() {
        try (FakeConfluence c = new FakeConfluence(ConfluenceDeployment.DATACENTER)) {
            Scenarios.noPageYet(c);
            c.stub(post(urlPathEqualTo("/confluence/rest/api/content")).willReturn(FakeConfluence.status(403)));
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR, null, null, null);

            Delivery d = handler.deliver(message(ConfluenceOutboxHandler.postmortemPayload(PostmortemFixtures.checkoutOutage(), OPS)));

            assertThat(d).isInstanceOf(Delivery.Rejected.class);
        }
    }

    @Test
    void a_malformed_payload_is_rejected_with_the_field_named() {
        try (FakeConfluence c = new FakeConfluence(ConfluenceDeployment.CLOUD)) {
            ConfluenceOutboxHandler handler = new ConfluenceOutboxHandler(c.publisher(), REDACTOR, null, null, null);

            Delivery d = handler.deliver(message("{\"kind\":\"postmortem\",\"space\":\"OPS\",\"document\":{\"incident\":{\"id\":\"INC-1\"}}}"));

            assertThat(d).isInstanceOfSatisfying(Delivery.Rejected.class, r -> assertThat(r.reason()).contains("incident.severity"));
            assertThat(c.requests()).isEmpty();
        }
    }

    private static OutboxMessage message(String payload) {
        return new OutboxMessage(1, ConfluenceOutboxHandler.TOPIC, "INC-42@1", payload, 0);
    }
}
