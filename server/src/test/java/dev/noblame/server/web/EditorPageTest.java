package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.auth.Role;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The postmortem editor without JavaScript: every step is a plain form post. */
class EditorPageTest {
    @TempDir
    static Path dir;
    static WebHub hub;

    @BeforeAll
    static void start() {
        hub = WebHub.start(dir);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void saving_a_blaming_sentence_shows_the_finding_and_one_click_applies_the_rewrite() {
        String id = report("Checkout returned 500s for 20 minutes");
        Browser author = hub.signedIn(Role.RESPONDER);
        author.get("/incidents/" + id + "/postmortem");

        Browser.Page saved = author.post("/incidents/" + id + "/postmortem", Map.of("section.summary", "Bob ignored the disk alert."));
        assertThat(saved.status()).isEqualTo(303);
        Document page = author.get(saved.location()).doc();

        assertThat(page.select("#s-summary-box mark.finding").eachText()).contains("Bob", "ignored");
        assertThat(page.select("#s-summary-box ul.lint-findings li").text()).contains("Naming an individual");
        var apply = page.select("#s-summary-box button.apply-suggestion").stream()
                .filter(b -> b.text().contains("the on-call engineer")).findFirst().orElseThrow();

        Browser.Page applied = author.post("/incidents/" + id + "/postmortem/apply",
                Map.of("section.summary", "Bob ignored the disk alert.", "apply", apply.attr("value")));

        assertThat(applied.status()).isEqualTo(303);
        assertThat(hub.hub.app().postmortems().find(dev.noblame.incident.IncidentId.parse(id)).orElseThrow().section(Section.SUMMARY))
                .isEqualTo("The on-call engineer ignored the disk alert.");
    }

    @Test
    void a_postmortem_goes_from_draft_through_review_and_a_redaction_preview_to_published() {
        String id = report("Orders queue stalled");
        Browser author = hub.signedIn(Role.RESPONDER);
        author.get("/incidents/" + id + "/postmortem");
        author.post("/incidents/" + id + "/postmortem", Map.of("section.summary",
                "The orders queue stalled after a config push. Contact ops@example.com for the logs."));
        author.get("/incidents/" + id + "/postmortem");
        author.post("/incidents/" + id + "/postmortem/reviewers", Map.of("reviewers", "test reviewer"));
        assertThat(author.post("/incidents/" + id + "/postmortem/transition", Map.of("to", "in_review")).status()).isEqualTo(303);

        Browser reviewer = hub.signedIn(Role.REVIEWER);
        Document inReview = reviewer.get("/incidents/" + id + "/postmortem").doc();
        assertThat(inReview.select("ol.stepper li[aria-current=step]").text()).isEqualTo("in review");
        assertThat(reviewer.post("/incidents/" + id + "/postmortem/transition", Map.of("to", "approved")).status()).isEqualTo(303);

        Document preview = reviewer.get("/incidents/" + id + "/postmortem/preview").doc();
        assertThat(preview.select(".redaction-preview").text()).doesNotContain("ops@example.com").contains("The orders queue stalled");
        assertThat(preview.select(".redaction-preview .redacted")).isNotEmpty();
        assertThat(preview.select("#publish")).hasSize(1);
        assertThat(reviewer.post("/incidents/" + id + "/postmortem/transition", Map.of("to", "published")).status()).isEqualTo(303);

        assertThat(status(id)).isEqualTo(PostmortemStatus.PUBLISHED);
    }

    @Test
    void an_author_cannot_approve_their_own_postmortem_and_is_told_why() {
        String id = report("Search index lagging");
        Browser both = hub.signedIn(Role.REVIEWER);
        both.get("/incidents/" + id + "/postmortem");
        both.post("/incidents/" + id + "/postmortem", Map.of("section.summary", "The search index lagged by an hour."));
        both.get("/incidents/" + id + "/postmortem");
        both.post("/incidents/" + id + "/postmortem/transition", Map.of("to", "in_review"));

        Browser.Page refused = both.post("/incidents/" + id + "/postmortem/transition", Map.of("to", "approved"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.doc().select("[role=alert]").text()).contains("is an author of this postmortem");
        assertThat(status(id)).isEqualTo(PostmortemStatus.IN_REVIEW);
    }

    @Test
    void each_action_item_shows_what_the_smart_check_finds() {
        String id = report("Certificate expired on the edge");
        Browser author = hub.signedIn(Role.RESPONDER);
        author.get("/incidents/" + id + "/postmortem");
        author.post("/incidents/" + id + "/actions", Map.of("title", "Look into certificate monitoring"));
        author.get("/incidents/" + id + "/postmortem");
        author.post("/incidents/" + id + "/actions", Map.of("title", "Add an expiry alert for every edge certificate",
                "owner", "edge on-call lead", "dueDate", "2030-01-31", "successCriterion", "an alert fires 14 days before expiry in the drill",
                "actionClass", "detect", "priority", "priority"));

        Document page = author.get("/incidents/" + id + "/postmortem").doc();

        assertThat(page.select("#actions tbody tr")).hasSize(2);
        assertThat(page.select("#actions tbody tr").get(0).select(".smart li").text()).contains("no owner").contains("no due date");
        assertThat(page.select("#actions tbody tr").get(1).select(".badge.ok").text()).isEqualTo("SMART");
    }

    @Test
    void a_reader_sees_the_postmortem_but_cannot_change_it() {
        String id = report("DNS resolution slow");
        Browser reader = hub.signedIn(Role.REPORTER);

        Document page = reader.get("/incidents/" + id + "/postmortem").doc();
        Browser.Page refused = reader.post("/incidents/" + id + "/postmortem", Map.of("section.summary", "x"));

        assertThat(page.select("form#editor")).isEmpty();
        assertThat(refused.status()).isEqualTo(403);
    }

    private static String report(String what) {
        Browser b = hub.browser();
        b.get("/report");
        String location = b.post("/report", Map.of("kind", "incident", "whatHappened", what, "service", "shop", "severity", "SEV2"))
                .location();
        return location.replaceAll(".*/(INC-\\d+).*", "$1");
    }

    private static PostmortemStatus status(String id) {
        return hub.hub.app().postmortems().find(dev.noblame.incident.IncidentId.parse(id)).orElseThrow().status();
    }
}
