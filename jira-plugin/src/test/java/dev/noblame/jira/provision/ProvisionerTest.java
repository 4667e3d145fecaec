package dev.noblame.jira.provision;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.jira.client.JiraCallException;
import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.fake.JiraTestbed;
import org.junit.jupiter.api.Test;

class ProvisionerTest {

    @Test
    void a_dry_run_plans_every_missing_item_and_writes_nothing() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            Plan plan = new Provisioner(new JiraClient(bed.http())).plan("OPS");

            assertThat(plan.of(Step.Kind.CREATE)).extracting(Step::what).contains(
                    "issue type \"Postmortem\"", "issue type \"Postmortem action\"",
                    "issue link type \"Postmortem action\" (has action / is action for)",
                    "custom field \"Incident ID\"", "custom field \"Severity\"", "custom field \"SLA due\"",
                    "custom field \"SLA state\"", "custom field \"Action class\"", "custom field \"Verified effective\"",
                    "context \"NoBlame OPS\" of field \"Incident ID\"");
            assertThat(plan.render()).contains("create   issue type \"Postmortem\"");
            bed.wiremock.verify(0, postRequestedFor(anyUrl()));
            bed.wiremock.verify(0, putRequestedFor(anyUrl()));
        }
    }

    @Test
    void apply_creates_types_link_type_fields_and_contexts_and_a_second_run_writes_nothing() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            Provisioner provisioner = new Provisioner(new JiraClient(bed.http()));
            Plan first = provisioner.apply("OPS");
            assertThat(first.of(Step.Kind.CREATE)).hasSize(2 + 1 + 6 + 6);
            bed.wiremock.verify(2, postRequestedFor(urlPathMatching("/rest/api/3/issuetype")));
            bed.wiremock.verify(6, postRequestedFor(urlPathMatching("/rest/api/3/field")));
            bed.wiremock.verify(6, postRequestedFor(urlPathMatching("/rest/api/3/field/customfield_\\d+/context")));
            bed.wiremock.verify(1, postRequestedFor(urlPathMatching("/rest/api/3/issueLinkType")));
            bed.wiremock.resetRequests();

            bed.jira.addToProject("Postmortem");
            bed.jira.addToProject("Postmortem action");
            Plan second = new Provisioner(new JiraClient(bed.http())).apply("OPS");

            assertThat(second.writesNothing()).isTrue();
            assertThat(second.of(Step.Kind.MANUAL)).isEmpty();
            assertThat(second.render()).contains("Everything NoBlame creates is present; nothing to write.");
            bed.wiremock.verify(0, postRequestedFor(anyUrl()));
            bed.wiremock.verify(0, putRequestedFor(anyUrl()));
        }
    }

    @Test
    void types_missing_from_the_projects_scheme_are_named_as_a_step_for_the_admin() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            Plan plan = new Provisioner(new JiraClient(bed.http())).apply("OPS");
            assertThat(plan.of(Step.Kind.MANUAL)).extracting(Step::detail)
                    .anyMatch(d -> d.contains("issue type scheme of project OPS"));
        }
    }

    @Test
    void a_team_managed_project_gets_exact_instructions_for_what_rest_cannot_do() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            bed.jira.teamManaged();
            Plan plan = new Provisioner(new JiraClient(bed.http())).plan("OPS");

            assertThat(plan.render())
                    .contains("project OPS is team-managed: in Project settings → Issue types, add an issue type named exactly \"Postmortem\"")
                    .contains("team-managed projects cannot use global custom fields");
            assertThat(plan.of(Step.Kind.CREATE)).extracting(Step::what).noneMatch(w -> w.startsWith("issue type") || w.startsWith("context"));
        }
    }

    @Test
    void data_center_creates_through_rest_v2_and_leaves_contexts_to_the_admin() {
        try (JiraTestbed bed = JiraTestbed.dataCenter()) {
            Plan plan = new Provisioner(new JiraClient(bed.http())).apply("OPS");

            bed.wiremock.verify(2, postRequestedFor(urlPathMatching("/rest/api/2/issuetype")));
            bed.wiremock.verify(6, postRequestedFor(urlPathMatching("/rest/api/2/field")));
            assertThat(plan.of(Step.Kind.MANUAL)).extracting(Step::detail).anyMatch(d -> d.contains("no REST API for custom field contexts"));

            bed.wiremock.resetRequests();
            assertThat(new Provisioner(new JiraClient(bed.http())).apply("OPS").writesNothing()).isTrue();
            bed.wiremock.verify(0, postRequestedFor(anyUrl()));
        }
    }

    @Test
    void an_unknown_project_stops_provisioning_before_any_write() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            assertThatThrownBy(() -> new Provisioner(new JiraClient(bed.http())).apply("NOPE"))
                    .isInstanceOf(JiraCallException.class).hasMessageContaining("jira.project");
            bed.wiremock.verify(1, anyRequestedFor(anyUrl()));
        }
    }
}
