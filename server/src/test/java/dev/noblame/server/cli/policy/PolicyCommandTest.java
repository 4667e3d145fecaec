package dev.noblame.server.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.cli.NoBlameCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void without_a_file_prints_the_default_rules() {
        int code = run("policy", "check");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("draft due: 72 hours after resolution").contains("priority actions, tier 1: 4 weeks");
    }

    @Test
    void a_valid_file_is_laid_over_the_defaults() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yaml"), "services:\n  payments:\n    tier: 1\n    owner: payments-lead\n");

        int code = run("policy", "check", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("service payments: tier 1, calendar standard, owner payments-lead");
    }

    @Test
    void a_bad_file_exits_2_naming_the_line_and_the_key() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yaml"), "actions:\n  normalDue: soon\n");

        int code = run("policy", "check", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("policy.yaml line 2, key actions.normalDue");
    }
}
