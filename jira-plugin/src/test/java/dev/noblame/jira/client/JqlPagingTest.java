package dev.noblame.jira.client;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.jira.fake.JiraTestbed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JqlPagingTest {

    @Test
    void cloud_search_follows_next_page_tokens_until_the_last_page() {
        try (JiraTestbed bed = JiraTestbed.cloud()) {
            load(bed, 250);
            List<String> keys = new ArrayList<>();
            new JiraClient(bed.http()).search("project = \"OPS\" AND labels = \"noblame-action\"", List.of("labels"), i -> keys.add(i.key()));

            assertThat(keys).hasSize(250).doesNotHaveDuplicates();
            bed.wiremock.verify(3, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
            bed.wiremock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")).withRequestBody(matchingJsonPath("$.nextPageToken", com.github.tomakehurst.wiremock.client.WireMock.equalTo("200"))));
        }
    }

    @Test
    void data_center_search_pages_by_start_at_until_the_total() {
        try (JiraTestbed bed = JiraTestbed.dataCenter()) {
            load(bed, 201);
            List<String> keys = new ArrayList<>();
            new JiraClient(bed.http()).search("project = \"OPS\" AND labels = \"noblame-action\"", List.of("labels"), i -> keys.add(i.key()));

            assertThat(keys).hasSize(201).doesNotHaveDuplicates();
            bed.wiremock.verify(3, postRequestedFor(urlPathEqualTo("/rest/api/2/search")));
            bed.wiremock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/2/search")).withRequestBody(matchingJsonPath("$.startAt", com.github.tomakehurst.wiremock.client.WireMock.equalTo("200"))));
        }
    }

    private static void load(JiraTestbed bed, int n) {
        for (int i = 1; i <= n; i++) {
            com.google.gson.JsonObject f = new com.google.gson.JsonObject();
            com.google.gson.JsonArray labels = new com.google.gson.JsonArray();
            labels.add("noblame-action");
            f.add("labels", labels);
            bed.jira.load(f);
        }
    }
}
