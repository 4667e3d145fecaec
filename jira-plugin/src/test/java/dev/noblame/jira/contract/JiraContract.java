package dev.noblame.jira.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks requests against Atlassian's Jira platform REST v3 OpenAPI document. Data Center's v2
 * shares v3's request shapes for every call NoBlame makes except search (v2 {@code /search} with
 * {@code startAt}; v3 has only {@code /search/jql} with tokens), so v2 requests are checked at
 * their v3 path, and v2 search is checked by the paging tests alone: no official v2 document
 * is published to check it against. Rich text differs too (wiki markup strings where v3 has ADF):
 * see {@code asV3RichText}.
 */
final class JiraContract {
    static final Path SPECS = Path.of(System.getProperty("noblame.specs", "../../shared/specs"));
    private static OpenApiInteractionValidator validator;

    private JiraContract() {
    }

    static synchronized OpenApiInteractionValidator validator() {
        Path spec = SPECS.resolve("jira-platform-v3.openapi.json");
        assumeTrue(Files.exists(spec), "Jira OpenAPI document not found at " + spec.toAbsolutePath()
                + ": contract tests are skipped (set -Dnoblame.specs=DIR to run them)");
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString()).build();
        }
        return validator;
    }

    /** True when the request has a v3 counterpart to check against. */
    static boolean checkable(LoggedRequest r) {
        String path = r.getUrl().replaceAll("\\?.*", "");
        return !path.equals("/rest/api/2/search");
    }

    /**
     * v2 comments carry wiki markup where v3 carries ADF; the wiki text is checked by the
     * renderer's own tests, so here it stands in as an empty ADF document and the rest of the
     * request is checked as sent.
     */
    private static String asV3RichText(String body) {
        com.google.gson.JsonElement e = com.google.gson.JsonParser.parseString(body);
        if (e.isJsonObject() && e.getAsJsonObject().has("body") && e.getAsJsonObject().get("body").isJsonPrimitive()) {
            com.google.gson.JsonObject doc = new com.google.gson.JsonObject();
            doc.addProperty("type", "doc");
            doc.addProperty("version", 1);
            doc.add("content", new com.google.gson.JsonArray());
            e.getAsJsonObject().add("body", doc);
        }
        return e.toString();
    }

    /** One line per problem, naming the request; empty when the request conforms. */
    static List<String> problems(LoggedRequest logged) {
        boolean v2 = logged.getUrl().startsWith("/rest/api/2/");
        String url = logged.getUrl().replaceFirst("^/rest/api/2/", "/rest/api/3/");
        String path = url.replaceAll("\\?.*", "");
        SimpleRequest.Builder b = new SimpleRequest.Builder(Request.Method.valueOf(logged.getMethod().getName()), path);
        if (!logged.getBodyAsString().isEmpty()) {
            b.withBody(v2 ? asV3RichText(logged.getBodyAsString()) : logged.getBodyAsString());
        }
        for (var header : logged.getHeaders().all()) {
            b.withHeader(header.key(), header.values());
        }
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        ValidationReport report = validator().validateRequest(b.build());
        List<String> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                out.add(logged.getMethod() + " " + logged.getUrl() + ": " + m.getKey() + " " + m.getMessage());
            }
        }
        return out;
    }
}
