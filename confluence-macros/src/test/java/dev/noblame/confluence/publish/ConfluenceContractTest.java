package dev.noblame.confluence.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.ports.PageTarget;
import dev.noblame.render.PostmortemFixtures;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.RedactedPostmortem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every request the publisher sends, in every publishing scenario, is valid against Atlassian's
 * official OpenAPI documents: Cloud pages against the v2 document, labels and properties (and
 * all of Data Center, whose REST API is the v1 content API) against the v1 document. The
 * documents live in {@code ../shared/specs} next to the repository (or {@code -Dnoblame.specs=DIR});
 * without them these tests are skipped.
 */
class ConfluenceContractTest {
    private static OpenApiInteractionValidator v1;
    private static OpenApiInteractionValidator v2;

    @BeforeAll
    static void loadSpecs() {
        Path dir = Path.of(System.getProperty("noblame.specs", "../../shared/specs"));
        assumeTrue(Files.isRegularFile(dir.resolve("confluence-v1.openapi.json")) && Files.isRegularFile(dir.resolve("confluence-v2.openapi.json")),
                "Confluence OpenAPI documents not found in " + dir.toAbsolutePath().normalize()
                        + "; contract tests skipped (set -Dnoblame.specs=DIR to run them)");
        v1 = OpenApiInteractionValidator.createForSpecificationUrl(dir.resolve("confluence-v1.openapi.json").toUri().toString()).build();
        v2 = OpenApiInteractionValidator.createForSpecificationUrl(dir.resolve("confluence-v2.openapi.json").toUri().toString())
                .withBasePathOverride("/wiki/api/v2").build();
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void creating_a_page_sends_only_valid_requests(ConfluenceDeployment deployment) {
        validate(deployment, Scenarios::noPageYet);
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void updating_a_page_sends_only_valid_requests(ConfluenceDeployment deployment) {
        validate(deployment, Scenarios::pageAtVersion4);
    }

    @ParameterizedTest
    @EnumSource(ConfluenceDeployment.class)
    void retrying_after_a_conflict_sends_only_valid_requests(ConfluenceDeployment deployment) {
        validate(deployment, Scenarios::someoneSavesInBetween);
    }

    @org.junit.jupiter.api.Test
    void the_validator_does_catch_a_request_the_documents_forbid() {
        Request updateWithoutVersion = new SimpleRequest.Builder("PUT", "/wiki/api/v2/pages/123")
                .withContentType("application/json").withBody("{\"id\":\"123\",\"status\":\"current\",\"title\":\"t\"}").build();

        assertThat(v2.validateRequest(updateWithoutVersion).hasErrors()).isTrue();
    }

    private static void validate(ConfluenceDeployment deployment, Consumer<FakeConfluence> scenario) {
        try (FakeConfluence c = new FakeConfluence(deployment)) {
            scenario.accept(c);
            c.publisher().publishPostmortem(RedactedPostmortem.of(PostmortemFixtures.checkoutOutage(), Redactor.withDefaults()), new PageTarget("OPS", "999"));

            List<ServeEvent> requests = c.requests();
            assertThat(requests).hasSizeGreaterThanOrEqualTo(5);
            List<String> problems = new ArrayList<>();
            for (ServeEvent e : requests) {
                LoggedRequest r = e.getRequest();
                String path = r.getUrl().split("\\?", 2)[0];
                // Data Center serves the v1 content API under its context path; the document has it under /wiki
                String specPath = deployment == ConfluenceDeployment.DATACENTER ? path.replaceFirst("^/confluence", "/wiki") : path;
                ValidationReport report = (specPath.startsWith("/wiki/api/v2") ? v2 : v1).validateRequest(toRequest(r, specPath));
                if (report.hasErrors()) {
                    problems.add(r.getMethod() + " " + r.getUrl() + ": " + report.getMessages().stream()
                            .map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining("; ")));
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    private static Request toRequest(LoggedRequest r, String path) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path);
        String[] parts = r.getUrl().split("\\?", 2);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        for (String name : r.getAllHeaderKeys()) {
            b.withHeader(name, r.getHeaders().getHeader(name).values());
        }
        if (r.getBodyAsString() != null && !r.getBodyAsString().isEmpty()) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }
}
