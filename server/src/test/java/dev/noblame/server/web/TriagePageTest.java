package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.auth.Role;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriagePageTest {
    @TempDir
    static Path dir;
    static WebHub hub;
    static String incident;

    @BeforeAll
    static void start() {
        hub = WebHub.start(dir);
        Browser b = hub.browser();
        b.get("/report");
        incident = b.post("/report", Map.of("kind", "incident", "whatHappened", "Production table dropped", "service", "db"))
                .location().replaceAll(".*/(INC-\\d+).*", "$1");
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void people_ops_walk_the_decision_tree_one_question_at_a_time_and_keep_the_record_apart() {
        Browser ops = hub.signedIn(Role.PEOPLE_OPS);
        ops.get("/triage");

        Document page = ops.post("/triage/step", Map.of("incident", incident, "person", "the DBA on call",
                "concern", "A manager asked whether the drop was deliberate", "optIn", "true", "answers", "")).doc();
        int questions = 0;
        while (!page.select("form#question").isEmpty() && questions < 20) {
            questions++;
            Map<String, String> form = hidden(page.selectFirst("form#question"));
            form.put("answer", "no");
            page = ops.post("/triage/step", form).doc();
        }

        assertThat(questions).isGreaterThan(1);
        assertThat(page.select("#outcome-title").text()).startsWith("Outcome:");
        Map<String, String> keep = hidden(page.selectFirst("form[action=/triage/records]"));
        Browser.Page kept = ops.post("/triage/records", keep);
        assertThat(kept.status()).isEqualTo(303);
        Document record = ops.get(kept.location()).doc();
        assertThat(record.text()).contains("Restricted to people-ops").contains("the DBA on call");
        assertThat(record.select("ol li")).hasSize(questions);

        // Nothing of it shows on the incident or its postmortem, even to people-ops.
        Browser responder = hub.signedIn(Role.RESPONDER);
        assertThat(responder.get("/incidents/" + incident).body()).doesNotContain("the DBA on call").doesNotContain("JC-");
        assertThat(responder.get("/incidents/" + incident + "/postmortem").body()).doesNotContain("the DBA on call");
    }

    @Test
    void a_triage_needs_the_opt_in_and_one_named_person() {
        Browser ops = hub.signedIn(Role.PEOPLE_OPS);
        ops.get("/triage");

        Browser.Page refused = ops.post("/triage/step", Map.of("incident", incident, "person", "the whole team",
                "concern", "x", "answers", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.doc().select("[role=alert]").text()).contains("one person").contains("opt-in");
    }

    @Test
    void nobody_but_people_ops_reaches_the_triage_not_even_an_admin() {
        Browser admin = hub.signedIn(Role.ADMIN);

        assertThat(admin.get("/triage").status()).isEqualTo(403);
        assertThat(admin.post("/triage/step", Map.of("incident", incident)).status()).isEqualTo(403);
        assertThat(admin.get("/triage/records/JC-1").status()).isEqualTo(403);
    }

    private static Map<String, String> hidden(Element form) {
        Map<String, String> out = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> out.put(i.attr("name"), i.attr("value")));
        return out;
    }
}
