package dev.noblame.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The driver's own arithmetic, checked without a server: what it prints must be what happened. */
class LoadPhaseTest {
    final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

    @Test
    void a_request_budget_sends_exactly_that_many_and_counts_them_by_status() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LoadPhase phase = new LoadPhase("t", () -> calls.incrementAndGet() % 10 == 0 ? 503 : 201, 4, 0, Duration.ZERO,
                Duration.ZERO, 1000, quiet);

        PhaseResult result = phase.run();

        assertThat(calls.get()).isEqualTo(1000);
        assertThat(result.requests()).isEqualTo(1000);
        assertThat(result.statuses()).containsEntry(201, 900L).containsEntry(503, 100L);
        assertThat(result.failures()).isEqualTo(100);
    }

    @Test
    void a_target_rate_is_kept_and_warm_up_requests_are_not_measured() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LoadPhase phase = new LoadPhase("t", () -> {
            calls.incrementAndGet();
            return 200;
        }, 2, 400, Duration.ofMillis(500), Duration.ofSeconds(1), 0, quiet);

        PhaseResult result = phase.run();

        // bounds leave room for a busy machine: the schedule caps the counts, never the floor
        assertThat(result.requests()).isBetween(300L, 400L);
        assertThat(calls.get()).isBetween(450, 600);
        assertThat(result.perSecond()).isBetween(250.0, 410.0);
        assertThat(result.requests() + result.notSent()).isEqualTo(400);
    }

    @Test
    void a_server_slower_than_the_schedule_shows_as_latency_and_unsent_requests() throws Exception {
        LoadPhase phase = new LoadPhase("t", () -> {
            Thread.sleep(20);
            return 200;
        }, 1, 200, Duration.ZERO, Duration.ofSeconds(1), 0, quiet);

        PhaseResult result = phase.run();

        assertThat(result.perSecond()).isLessThan(60);
        assertThat(result.notSent()).isGreaterThan(100);
        assertThat(result.ms(99)).as("latency counts from when each request was due").isGreaterThan(500);
    }

    @Test
    void a_server_too_slow_for_the_warm_up_schedule_is_still_measured_afterwards() throws Exception {
        LoadPhase phase = new LoadPhase("t", () -> {
            Thread.sleep(20);
            return 200;
        }, 1, 200, Duration.ofMillis(500), Duration.ofSeconds(1), 0, quiet);

        PhaseResult result = phase.run();

        assertThat(result.requests()).as("the warm-up backlog is dropped, not served during the measurement")
                .isBetween(20L, 50L);
        assertThat(result.notSent()).isGreaterThan(100);
    }

    @Test
    void durations_read_as_people_write_them() {
        LoadDriver.DurationConverter convert = new LoadDriver.DurationConverter();

        assertThat(convert.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(convert.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(convert.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(convert.convert("180d")).isEqualTo(Duration.ofDays(180));
        assertThat(convert.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    }
}
