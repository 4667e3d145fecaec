package dev.noblame.server.cli.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.server.cli.NoBlameCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WritingCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cli = NoBlameCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void lint_json_lists_findings_per_file_and_exits_1_on_an_error_finding() throws Exception {
        Path a = file("a.md", "# Summary\nThe root cause was human error.\n");
        Path b = file("b.md", "The script failed to acquire a lock.\n");
        Run r = run("lint", "--format", "json", a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        var files = json.getAsJsonArray("files");
        assertThat(files).hasSize(2);
        JsonObject first = files.get(0).getAsJsonObject();
        assertThat(first.get("file").getAsString()).isEqualTo(a.toString());
        JsonObject finding = first.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.get("line").getAsInt()).isEqualTo(2);
        assertThat(finding.get("column").getAsInt()).isEqualTo(20);
        assertThat(finding.get("start").getAsInt()).isEqualTo(29);
        assertThat(finding.get("end").getAsInt()).isEqualTo(40);
        assertThat(finding.get("rule").getAsString()).isEqualTo("human-error.cause");
        assertThat(finding.get("severity").getAsString()).isEqualTo("error");
        assertThat(finding.get("message").getAsString()).isNotBlank();
        assertThat(finding.get("suggestion").getAsString()).isNotBlank();
        assertThat(files.get(1).getAsJsonObject().getAsJsonArray("findings")).isEmpty();
    }

    @Test
    void lint_exits_0_when_findings_are_only_warnings() throws Exception {
        Run r = run("lint", file("w.md", "The on-call engineer failed to notice the alert.").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("failure.failed-to").contains("w.md:1:");
    }

    @Test
    void lint_uses_the_names_file_to_recognise_people() throws Exception {
        Path names = file("names.txt", "Xochitl Quispe\n");
        Path text = file("n.md", "Xochitl deleted the production volume.");
        assertThat(run("lint", "--format", "json", text.toString()).out()).doesNotContain("naming.individual");
        assertThat(run("lint", "--format", "json", "--names", names.toString(), text.toString()).out()).contains("naming.individual");
    }

    @Test
    void a_missing_file_exits_2_with_one_line_naming_it() {
        Run r = run("lint", dir.resolve("nope.md").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("nope.md").contains("no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_missing_names_file_and_a_bad_format_exit_2() throws Exception {
        Path text = file("t.md", "fine");
        Run names = run("lint", "--names", dir.resolve("people.txt").toString(), text.toString());
        assertThat(names.exit()).isEqualTo(2);
        assertThat(names.err()).contains("people.txt");
        Run format = run("lint", "--format", "xml", text.toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
    }

    @Test
    void a_file_that_is_not_utf8_exits_2() throws Exception {
        Path bin = Files.write(dir.resolve("bin.dat"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});
        Run r = run("redact", bin.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bin.dat").contains("UTF-8");
    }

    @Test
    void redact_json_has_the_text_and_what_was_replaced_where() throws Exception {
        Path names = file("names.txt", "Priya Raman\n");
        Path text = file("r.md", "Priya Raman mailed ops@example.com from 10.1.2.3; Priya used key AKIAIOSFODNN7EXAMPLE.");
        Run r = run("redact", "--format", "json", "--names", names.toString(), text.toString());
        assertThat(r.exit()).isZero();
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(json.get("text").getAsString())
                .isEqualTo("[NAME-1] mailed [EMAIL-1] from [IP-1]; [NAME-1] used key [SECRET-1].");
        JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(first.get("type").getAsString()).isEqualTo("name");
        assertThat(first.get("start").getAsInt()).isZero();
        assertThat(first.get("end").getAsInt()).isEqualTo(11);
        assertThat(first.get("replacement").getAsString()).isEqualTo("[NAME-1]");
    }

    @Test
    void redact_text_prints_the_redacted_text() throws Exception {
        Run r = run("redact", file("t.md", "Contact ops@example.com\n").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Contact [EMAIL-1]\n");
    }
}
