package dev.noblame.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PostmortemJsonTest {

    @Test
    void the_documented_example_file_reads() throws Exception {
        String json = Files.readString(Path.of("../docs/examples/postmortem.json"));

        PostmortemDocument d = PostmortemJson.read(json);

        assertThat(d.incident().id().toString()).isEqualTo("INC-42");
        assertThat(d.incident().severity()).isEqualTo(Severity.SEV2);
        assertThat(d.postmortem().section(Section.SUMMARY)).contains("connection-pool");
        assertThat(d.timeline()).hasSize(4);
        assertThat(d.actions()).hasSize(2);
        assertThat(d.links()).hasSize(1);
    }

    @Test
    void a_written_document_reads_back_equal() {
        PostmortemDocument original = PostmortemFixtures.checkoutOutage();

        PostmortemDocument back = PostmortemJson.read(PostmortemJson.write(original));

        assertThat(back).isEqualTo(original);
    }

    @Test
    void the_reporter_is_neither_kept_nor_written() {
        PostmortemDocument d = PostmortemFixtures.checkoutOutage();

        assertThat(d.incident().reporter().isAnonymous()).isTrue();
        assertThat(PostmortemJson.write(d)).doesNotContain("reporter-who-must-not-leak").doesNotContain("reporter");
    }

    @Test
    void enums_are_written_in_lower_snake_case_and_instants_in_iso_8601() {
        String json = PostmortemJson.write(PostmortemFixtures.checkoutOutage());

        assertThat(json).contains("\"severity\": \"sev2\"", "\"what_went_well\":", "\"startedAt\": \"2026-03-01T14:00:00Z\"",
                "\"dueDate\": \"2026-03-29\"", "\"class\": \"prevent\"");
    }

    @Test
    void malformed_json_names_the_line_and_column() {
        assertThatThrownBy(() -> PostmortemJson.read("{\n  \"incident\": {\n    \"id\": \"INC-1\",,\n}"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("json is malformed")
                .hasMessageContaining("line 3");
    }

    @Test
    void a_document_that_is_not_an_object_is_named_as_the_document() {
        assertThatThrownBy(() -> PostmortemJson.read("[1, 2]"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsEntry("document", "must be a JSON object"));
    }

    @Test
    void a_bad_enum_names_its_field_path() {
        String json = minimal().replace("\"sev1\"", "\"sev9\"");

        assertThatThrownBy(() -> PostmortemJson.read(json))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("incident.severity")
                .hasMessageContaining("sev9");
    }

    @Test
    void a_missing_required_field_names_its_path() {
        String json = minimal().replace("\"service\": \"api\",", "");

        assertThatThrownBy(() -> PostmortemJson.read(json))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsEntry("incident.service", "is required"));
    }

    @Test
    void an_unknown_field_is_refused_rather_than_silently_dropped() {
        String json = minimal().replace("\"service\": \"api\",", "\"service\": \"api\", \"justCulture\": {},");

        assertThatThrownBy(() -> PostmortemJson.read(json))
                .hasMessageContaining("incident.justCulture is not a known field");
    }

    @Test
    void a_bad_date_in_an_action_names_the_action_by_index() {
        String json = minimal().replace("\"actions\": []",
                "\"actions\": [{\"id\": \"ACT-1\", \"title\": \"t\", \"class\": \"prevent\", \"dueDate\": \"next week\"}]");

        assertThatThrownBy(() -> PostmortemJson.read(json)).hasMessageContaining("actions[0].dueDate must be a date");
    }

    @Test
    void a_blank_timeline_text_names_the_entry() {
        String json = minimal().replace("\"timeline\": []", "\"timeline\": [{\"at\": \"2026-01-01T00:00:00Z\", \"text\": \" \"}]");

        assertThatThrownBy(() -> PostmortemJson.read(json))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsKey("timeline[0].text"));
    }

    static String minimal() {
        return """
                {"incident": {"id": "INC-7", "title": "t", "severity": "sev1", "service": "api",
                  "startedAt": "2026-01-01T00:00:00Z"},
                 "timeline": [], "actions": []}
                """;
    }
}
