package dev.noblame.jira.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Test;

class RichTextTest {
    static final Path SPECS = Path.of(System.getProperty("noblame.specs", "../../shared/specs"));
    private static JsonSchema adfSchema;

    static JsonSchema adf() throws Exception {
        if (adfSchema == null) {
            Path file = SPECS.resolve("adf.schema.json");
            assumeTrue(Files.exists(file), "ADF schema not found at " + file.toAbsolutePath() + ": the ADF contract test is skipped");
            adfSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(Files.readString(file));
        }
        return adfSchema;
    }

    static Doc sample(String text) {
        return Doc.builder()
                .heading(2, "Postmortem " + text)
                .paragraph(Doc.strong("Done when: "), Doc.text(text))
                .paragraph(Doc.link("Open in NoBlame", URI.create("https://noblame.example.com/incidents/INC-1")))
                .bullets(List.of(List.of(Doc.text("one " + text)), List.of(Doc.text("two"))))
                .paragraph("")
                .build();
    }

    static Set<ValidationMessage> validate(Doc doc) throws Exception {
        JsonNode node = new ObjectMapper().readTree(Adf.render(doc).toString());
        return adf().validate(node);
    }

    @Test
    void the_adf_we_send_is_valid_against_atlassians_schema() throws Exception {
        assertThat(validate(sample("a <b> & c"))).isEmpty();
    }

    /** jqwik counts an assumption as a rejected try, so a missing schema skips the property with a hook instead. */
    static final class SkipWithoutSchema implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            Path file = SPECS.resolve("adf.schema.json");
            return Files.exists(file) ? SkipResult.doNotSkip()
                    : SkipResult.skip("ADF schema not found at " + file.toAbsolutePath() + ": the ADF contract property is skipped");
        }
    }

    @Property(tries = 60)
    @AddLifecycleHook(SkipWithoutSchema.class)
    void any_text_renders_to_valid_adf(@ForAll @StringLength(max = 40) String text) throws Exception {
        assertThat(validate(sample(text))).isEmpty();
    }

    @Test
    void wiki_markup_escapes_everything_that_would_become_markup() {
        String wiki = WikiMarkup.render(Doc.builder().paragraph("{code}*bold* [link|http://evil] !img.png! -strike- h1. x").build());
        assertThat(wiki).isEqualTo("\\{code\\}\\*bold\\* \\[link\\|http://evil\\] \\!img.png\\! \\-strike\\- h1. x");
    }

    @Test
    void wiki_links_and_headings_keep_their_shape() {
        String wiki = WikiMarkup.render(Doc.builder().heading(2, "Line\nbreak")
                .paragraph(Doc.link("a|b", URI.create("https://x.example/p?a=1&b=[2]"))).build());
        assertThat(wiki).isEqualTo("h2. Line break\n\n[a\\|b|https://x.example/p?a=1&b=%5B2%5D]");
    }
}
