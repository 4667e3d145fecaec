package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.auth.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSecurityTest {
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
    void every_page_carries_a_strict_content_security_policy_and_has_no_inline_script_or_style() {
        Browser b = hub.signedIn(Role.ADMIN);
        for (String path : List.of("/report", "/signin", "/incidents", "/dashboard", "/admin")) {
            Browser.Page page = b.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self'").contains("style-src 'self'").contains("default-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            Document doc = page.doc();
            assertThat(doc.select("[style]")).as(path + " style attributes").isEmpty();
            assertThat(doc.select("style")).as(path + " style elements").isEmpty();
            for (Element script : doc.select("script")) {
                assertThat(script.attr("src")).as(path + " inline script").isNotEmpty();
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> assertThat(a.getKey()).as(path + " event handler").doesNotStartWith("on"));
            }
        }
    }

    @Test
    void signing_in_with_a_token_sets_an_http_only_same_site_session_cookie() {
        Browser b = hub.browser();
        b.get("/signin");

        Browser.Page answer = b.post("/signin", Map.of("token", hub.token(Role.RESPONDER), "next", "/incidents"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/incidents");
        String setCookie = answer.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("noblame_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(b.get("/incidents").status()).isEqualTo(200);
    }

    @Test
    void the_csrf_cookie_is_http_only_and_same_site_strict() {
        Browser.Page page = hub.browser().get("/report");

        String setCookie = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("nb_csrf=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void an_unknown_token_is_refused_with_a_plain_message() {
        Browser b = hub.browser();
        b.get("/signin");

        Browser.Page answer = b.post("/signin", Map.of("token", "nb_not-a-real-token", "next", "/incidents"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.doc().select("[role=alert]").text()).contains("unknown or has been revoked");
    }

    @Test
    void pages_other_than_the_report_send_a_visitor_to_sign_in_and_back() {
        Browser.Page answer = hub.browser().get("/incidents?kind=near_miss");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/signin?next=%2Fincidents%3Fkind%3Dnear_miss");
    }

    @Test
    void the_sign_in_page_never_sends_anyone_to_another_site() {
        Browser b = hub.browser();
        b.get("/signin");

        Browser.Page answer = b.post("/signin", Map.of("token", hub.token(Role.REPORTER), "next", "//evil.example/"));

        assertThat(answer.location()).isEqualTo("/incidents");
    }

    @Test
    void admin_needs_the_admin_role_and_triage_is_for_people_ops_only() {
        Browser responder = hub.signedIn(Role.RESPONDER);
        Browser admin = hub.signedIn(Role.ADMIN);
        Browser peopleOps = hub.signedIn(Role.PEOPLE_OPS);

        assertThat(responder.get("/admin").status()).isEqualTo(403);
        assertThat(admin.get("/admin").status()).isEqualTo(200);
        assertThat(admin.get("/triage").status()).isEqualTo(403);
        assertThat(admin.get("/incidents").doc().select("header nav a[href=/triage]")).isEmpty();
        assertThat(peopleOps.get("/triage").status()).isEqualTo(200);
        assertThat(peopleOps.get("/incidents").doc().select("header nav a[href=/triage]")).hasSize(1);
    }

    @Test
    void signing_out_ends_the_session() {
        Browser b = hub.signedIn(Role.RESPONDER);
        b.get("/incidents");

        Browser.Page out = b.post("/signout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(b.get("/incidents").status()).isEqualTo(303);
    }
}
