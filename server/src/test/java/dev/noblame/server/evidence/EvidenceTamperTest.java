package dev.noblame.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.server.auth.Role;
import dev.noblame.server.cli.NoBlameCommand;
import dev.noblame.server.support.Http.Answer;
import dev.noblame.server.support.RunningHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change lands on the hash chain, and an edit behind the application's back is named. */
class EvidenceTamperTest {
    @TempDir
    Path dir;

    @Test
    void reports_transitions_and_timeline_entries_are_chained_and_a_row_edited_with_sql_is_named_as_the_first_break() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("evidence.checkpoint_every", "3", "scheduler.enabled", "false"))) {
            String responder = hub.token(Role.RESPONDER);
            String legal = hub.token(Role.LEGAL);
            for (int i = 0; i < 4; i++) {
                assertThat(hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Report " + i + "\",\"service\":\"api\"}")
                        .status()).isEqualTo(201);
            }
            hub.http.post("/api/v1/incidents/INC-1/transitions", responder, "{\"to\":\"investigating\"}");
            hub.http.post("/api/v1/incidents/INC-1/timeline", responder, "{\"text\":\"Paged the on-call\"}");

            Answer intact = hub.http.get("/api/v1/evidence/verify", legal);
            assertThat(intact.json().get("ok").getAsBoolean()).as(intact.body()).isTrue();
            assertThat(intact.json().get("entriesChecked").getAsLong()).isEqualTo(6);
            assertThat(intact.json().get("checkpointsChecked").getAsLong()).isEqualTo(2);
            Answer trail = hub.http.get("/api/v1/incidents/INC-1/evidence", legal);
            assertThat(trail.json().getAsJsonArray("items")).hasSize(3);
            String anonymousActor = hub.hub.app().tx().withHandle(h ->
                    h.createQuery("SELECT actor FROM evidence_entry WHERE sequence = 1").mapTo(String.class).one());
            assertThat(anonymousActor).isNull();

            hub.hub.app().tx().withHandle(h -> h.execute(
                    "UPDATE evidence_entry SET data = REPLACE(data, 'api', 'web') WHERE sequence = 2"));

            Answer broken = hub.http.get("/api/v1/evidence/verify", legal);
            assertThat(broken.json().get("ok").getAsBoolean()).isFalse();
            assertThat(broken.json().getAsJsonObject("firstBreak").get("sequence").getAsLong()).isEqualTo(2);
            assertThat(broken.json().getAsJsonObject("firstBreak").get("kind").getAsString()).isEqualTo("altered_entry");
        }

        StringWriter out = new StringWriter();
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("evidence", "verify", "--data", dir.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN at 2");
    }

    @Test
    void verify_on_an_intact_chain_exits_zero_and_on_a_missing_database_exits_two() {
        try (RunningHub hub = RunningHub.start(dir)) {
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Report\",\"service\":\"api\"}");
        }
        StringWriter out = new StringWriter();
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("evidence", "verify", "--data", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("evidence chain OK: 1 entries");

        var err = new StringWriter();
        var other = NoBlameCommand.commandLine();
        other.setErr(new PrintWriter(err));
        assertThat(other.execute("evidence", "verify", "--data", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no NoBlame database");
    }

    @Test
    void checkpoints_signed_before_a_key_rotation_still_verify_from_the_command_line() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("evidence.checkpoint_every", "1", "scheduler.enabled", "false"))) {
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Report\",\"service\":\"api\"}");
        }
        EvidenceKeys.rotate(dir);

        StringWriter out = new StringWriter();
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("evidence", "verify", "--data", dir.toString())).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("evidence chain OK: 1 entries, 1 signed checkpoints");
    }

    @Test
    void without_a_public_key_a_failed_checkpoint_is_explained_and_names_the_way_out() {
        try (RunningHub hub = RunningHub.start(dir, Map.of("evidence.checkpoint_every", "1", "scheduler.enabled", "false"))) {
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"Report\",\"service\":\"api\"}");
        }
        var err = new StringWriter();
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("noblame");
        int exit = cli.execute("evidence", "verify", "--db", url, "--data", dir.resolve("no-keys-here").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no evidence public key found").contains("--key FILE");
    }
}
