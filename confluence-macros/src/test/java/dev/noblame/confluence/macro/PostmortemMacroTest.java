package dev.noblame.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.Xml;
import dev.noblame.render.PageProperties;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PostmortemMacroTest {
    static final MacroContext CLOUD = new MacroContext(ConfluenceDeployment.CLOUD, Optional.empty(),
            Map.of("payments team", "557058:aaaa-bbbb"), LocalDate.parse("2026-03-20"), "OPS");

    private final PostmortemDocument doc = PostmortemFixtures.checkoutOutage();

    @Test
    void the_details_block_has_the_fixed_keys_in_order() {
        Document xml = Xml.parse(PostmortemMacro.render(doc, CLOUD).storage());

        Element details = macro(xml, "details");
        List<String> keys = Xml.elements(xml).stream().filter(e -> e.getTagName().equals("th") && isInside(e, details))
                .map(Element::getTextContent).toList();
        assertThat(keys).containsExactlyElementsOf(PageProperties.KEYS);
    }

    @Test
    void severity_is_a_status_lozenge() {
        String storage = PostmortemMacro.render(doc, CLOUD).storage();

        assertThat(storage).contains("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">Yellow</ac:parameter><ac:parameter ac:name=\"title\">SEV2</ac:parameter>");
    }

    @Test
    void the_timeline_is_a_table_in_time_order() {
        String storage = PostmortemMacro.render(doc, CLOUD).storage();

        assertThat(storage).contains("<tr><th>Time (UTC)</th><th>Event</th><th>Source</th></tr>"
                + "<tr><td>2026-03-01 14:00 UTC</td><td>Release reached production</td><td>jenkins</td></tr>");
    }

    @Test
    void without_jira_actions_are_a_task_list_with_owner_as_cloud_account_and_due_date() {
        String storage = PostmortemMacro.render(doc, CLOUD).storage();

        assertThat(storage).contains("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>")
                .contains("<ac:link><ri:user ri:account-id=\"557058:aaaa-bbbb\"/></ac:link>")
                .contains("<time datetime=\"2026-03-29\"/>")
                .doesNotContain("ac:name=\"jira\"");
    }

    @Test
    void on_data_center_users_are_user_keys() {
        String storage = PostmortemMacro.render(doc, CLOUD.on(ConfluenceDeployment.DATACENTER)).storage();

        assertThat(storage).contains("<ri:user ri:userkey=\"557058:aaaa-bbbb\"/>").doesNotContain("ri:account-id");
    }

    @Test
    void with_jira_actions_are_a_jira_macro_over_the_incident_jql() {
        MacroContext ctx = CLOUD.withJira(new JiraMacro("Jira", "1234-abcd", null));

        String storage = PostmortemMacro.render(doc, ctx).storage();

        assertThat(storage).contains("ac:name=\"jira\"")
                .contains("<ac:parameter ac:name=\"jqlQuery\">labels = &quot;noblame-action&quot; AND &quot;Incident ID&quot; ~ &quot;\\&quot;INC-42\\&quot;&quot; ORDER BY duedate ASC</ac:parameter>")
                .contains("<ac:parameter ac:name=\"serverId\">1234-abcd</ac:parameter>")
                .doesNotContain("ac:task-list");
        assertThat(PostmortemMacro.render(doc, ctx).preview()).as("the preview cannot ask Jira, so it lists the actions itself")
                .contains("class=\"jira-issues\"", "task-list", "Add a load test");
    }

    @Test
    void factors_are_a_table_of_category_text_and_tags() {
        String storage = PostmortemMacro.render(doc, CLOUD).storage();

        assertThat(storage).contains("<tr><td>technology</td><td>Pool sized for staging</td><td>release</td></tr>");
    }

    @Test
    void storage_and_preview_are_well_formed_and_the_preview_draws_the_lozenge() {
        Rendered r = PostmortemMacro.render(doc, CLOUD);

        Xml.parse(r.storage());
        Xml.parse(r.preview());
        assertThat(r.preview()).contains("<span class=\"status status-yellow\">SEV2</span>").doesNotContain("ac:");
        assertThat(r.previewPage()).startsWith("<!DOCTYPE html>").contains("<h1>INC-42: Checkout returned 502 after a config rollout</h1>");
    }

    @Test
    void the_reporter_never_appears() {
        Rendered r = PostmortemMacro.render(doc, CLOUD);

        assertThat(r.storage() + r.preview()).doesNotContain("reporter-who-must-not-leak");
    }

    static Element macro(Document xml, String name) {
        return Xml.elements(xml).stream()
                .filter(e -> e.getTagName().equals("ac:structured-macro") && name.equals(e.getAttributeNS(Xml.AC, "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " macro"));
    }

    static boolean isInside(org.w3c.dom.Node n, org.w3c.dom.Node ancestor) {
        for (org.w3c.dom.Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
