package dev.noblame.server.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.cli.NoBlameCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class RenderCommandTest {
    private static final Path EXAMPLE = Path.of("../docs/examples/postmortem.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void the_example_renders_as_confluence_storage_format_that_parses_with_the_ac_and_ri_namespaces() throws Exception {
        int code = run("render", "--format", "confluence", EXAMPLE.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("ac:name=\"details\"", "ac:name=\"status\"", "<ac:task-list>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(
                "<r xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">" + out + "</r>")));
    }

    @Test
    void the_example_renders_as_markdown_and_html() {
        assertThat(run("render", "--format", "markdown", EXAMPLE.toString())).isZero();
        assertThat(out.toString()).startsWith("# INC-42: ").contains("| TTR minutes | 38 |");

        assertThat(run("render", "--format", "html", EXAMPLE.toString())).isZero();
        assertThat(out.toString()).contains("<!DOCTYPE html>", "<h2>Timeline</h2>");
    }

    @Test
    void a_planted_secret_is_redacted_in_every_format() throws Exception {
        Path file = dir.resolve("leak.json");
        Files.writeString(file, Files.readString(EXAMPLE).replace("The rollback runbook worked first time.",
                "The rollback worked; token ghp_abcdefghijklmnopqrstuvwxyz0123456789 was pasted in chat."));

        for (String format : new String[] {"confluence", "markdown", "html"}) {
            assertThat(run("render", "--format", format, file.toString())).isZero();
        }
        assertThat(out.toString()).contains("The rollback worked").doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    }

    @Test
    void malformed_json_exits_2_with_one_line_naming_the_line() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"incident\": {\"id\": \"INC-1\",,\n}");

        assertThat(run("render", "--format", "html", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bad.json", "json is malformed", "line 2");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_bad_field_exits_2_naming_the_field() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(EXAMPLE).replace("\"dueDate\": \"2026-03-29\"", "\"dueDate\": \"soon\""));

        assertThat(run("render", "--format", "markdown", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("actions[0].dueDate must be a date");
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run("render", "--format", "markdown", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
