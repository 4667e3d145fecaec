package dev.noblame.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.cli.NoBlameCommand;
import dev.noblame.server.support.Http;
import dev.noblame.server.support.Http.Answer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash loses nothing that was acknowledged: `serve` runs as its own process, takes a burst
 * of reports, is killed with SIGKILL mid-burst, and after a restart every report that was
 * answered 201 is there and the evidence chain verifies.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void every_report_answered_201_survives_a_sigkill_mid_burst_and_the_chain_verifies() throws Exception {
        String admin = createAdminToken();
        int port = freePort();
        Path log = dir.resolve("serve.log");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();

        Process first = serve(port, log);
        Http http = new Http("http://localhost:" + port);
        awaitHealthy(http, first);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            senders.submit(() -> {
                while (running.get()) {
                    String text = "burst report " + sent.incrementAndGet();
                    try {
                        Answer a = http.post("/api/v1/reports", null,
                                "{\"whatHappened\":\"" + text + "\",\"service\":\"crash-test\"}");
                        if (a.status() == 201) {
                            acknowledged.put(a.field("id"), text);
                        }
                    } catch (RuntimeException connectionLost) {
                        // the server died under this request: it was never acknowledged
                    }
                }
            });
        }
        long until = System.currentTimeMillis() + 20_000;
        while (acknowledged.size() < 150 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        first.destroyForcibly();
        first.waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThan(20);

        Process second = serve(port, log);
        try {
            awaitHealthy(http, second);
            for (Map.Entry<String, String> report : acknowledged.entrySet()) {
                Answer a = http.get("/api/v1/incidents/" + report.getKey(), admin);
                assertThat(a.status()).as("acknowledged %s", report.getKey()).isEqualTo(200);
                assertThat(a.field("whatHappened")).isEqualTo(report.getValue());
            }
            Answer verify = http.get("/api/v1/evidence/verify", admin);
            assertThat(verify.json().get("ok").getAsBoolean()).as(verify.body()).isTrue();
            assertThat(verify.json().get("entriesChecked").getAsLong()).isGreaterThanOrEqualTo(acknowledged.size());
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        assertThat(output).as("anonymous reports leave no address or agent in the logs")
                .doesNotContain("127.0.0.1").doesNotContain("Java-http-client").doesNotContain("burst report");
    }

    private String createAdminToken() {
        StringWriter out = new StringWriter();
        var cli = NoBlameCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("token", "create", "--role", "admin", "--data", dir.toString())).isZero();
        return out.toString().strip();
    }

    private Process serve(int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                NoBlameCommand.class.getName(), "serve", "--port", String.valueOf(port), "--data", dir.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private static void awaitHealthy(Http http, Process process) throws InterruptedException {
        long until = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
        while (System.currentTimeMillis() < until) {
            assertThat(process.isAlive()).as("serve exited early").isTrue();
            try {
                if (http.get("/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not become healthy within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
