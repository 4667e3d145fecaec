package dev.noblame.server.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.Impact;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.sla.SlaPolicy;
import dev.noblame.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InsightsTest {
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private final KpiWorld world = new KpiWorld();
    private final GatedPostmortems postmortems = new GatedPostmortems(world.postmortems);
    private final MutableClock clock = new MutableClock(KpiWorld.NOW);
    private Insights insights;

    @AfterEach
    void stop() {
        postmortems.open();
        if (insights != null) {
            insights.close();
        }
    }

    private Insights insights(int syncBelow) {
        KpiSources sources = new KpiSources(() -> world.incidents.withIds(world.reported), world.incidents, postmortems,
                world.actions, world.deployments, world.correlations);
        insights = new Insights(sources, world.changes, SlaPolicy.defaults(), clock, MAX_AGE, Duration.ZERO, syncBelow);
        return insights;
    }

    @Test
    void the_first_question_waits_for_the_first_index_built_at_start() throws Exception {
        world.report(false, 0, 0, 3);
        CountDownLatch building = postmortems.close();
        Insights insights = insights(0).start();
        assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();

        Future<Insights.Snapshot> question = Executors.newSingleThreadExecutor().submit(insights::current);
        Thread.sleep(100);
        assertThat(question).isNotDone();
        postmortems.open();

        assertThat(question.get(5, TimeUnit.SECONDS).data().incidentCount()).isEqualTo(1);
        assertThat(postmortems.reads).hasValue(1);
    }

    @Test
    void while_changes_are_read_in_the_background_questions_get_the_current_snapshot_at_once() throws Exception {
        world.report(false, 0, 0, 3);
        Insights insights = insights(0).start();
        Instant firstAsOf = insights.current().asOf();
        CountDownLatch refreshing = postmortems.close();
        clock.advance(Duration.ofSeconds(30));

        world.report(false, 1, 1, 2);
        Insights.Snapshot during = insights.current();

        assertThat(refreshing.await(5, TimeUnit.SECONDS)).as("a refresh started in the background").isTrue();
        assertThat(during.data().incidentCount()).isEqualTo(1);
        assertThat(during.changesPending()).isTrue();
        assertThat(during.asOf()).isEqualTo(firstAsOf);
        assertThat(insights.current().data().incidentCount()).as("asked again mid-refresh").isEqualTo(1);

        postmortems.open();
        eventually(() -> insights.current().data().incidentCount() == 2);
        Insights.Snapshot after = insights.current();
        assertThat(after.changesPending()).isFalse();
        assertThat(after.asOf()).isEqualTo(firstAsOf.plusSeconds(30));
    }

    @Test
    void only_one_refresh_runs_at_a_time_however_many_questions_and_changes_come() throws Exception {
        world.report(false, 0, 0, 3);
        Insights insights = insights(0).start();
        insights.current();
        ExecutorService askers = Executors.newFixedThreadPool(4);
        List<Future<?>> asked = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int team = t;
            asked.add(askers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    world.report(false, i, team, i);
                    insights.current();
                }
                return null;
            }));
        }
        for (Future<?> f : asked) {
            f.get(20, TimeUnit.SECONDS);
        }
        askers.shutdown();

        eventually(() -> !insights.current().changesPending() && insights.current().data().incidentCount() == 201);
        assertThat(postmortems.mostAtOnce).hasValue(1);
    }

    @Test
    void a_small_index_applies_waiting_changes_in_the_question_so_callers_read_their_own_writes() {
        world.report(false, 0, 0, 3);
        Insights insights = insights(Insights.SMALL).start();
        insights.current();

        world.report(true, 1, 1, 1);
        Insights.Snapshot now = insights.current();

        assertThat(now.data().incidentCount()).isEqualTo(2);
        assertThat(now.changesPending()).isFalse();
    }

    @Test
    void after_max_age_everything_is_read_again_which_catches_changes_made_without_an_event() {
        world.report(false, 0, 0, 3);
        Insights insights = insights(0).start();
        insights.current();
        int readsBefore = postmortems.reads.get();
        IncidentId quiet = world.incidents.nextId();
        world.incidents.save(new Report(IncidentKind.INCIDENT, "imported", KpiWorld.NOW.minusSeconds(7200), "search", Severity.SEV3,
                null, "production", Reporter.anonymous(), Impact.NONE).toIncident(quiet, KpiWorld.NOW));
        world.reported.add(quiet);

        assertThat(insights.current().data().incidentCount()).as("no event: not known yet").isEqualTo(1);
        clock.advance(MAX_AGE);
        assertThat(insights.current().changesPending()).as("too old: a full read is under way").isTrue();

        eventually(() -> insights.current().data().incidentCount() == 2);
        assertThat(insights.current().asOf()).isEqualTo(KpiWorld.NOW.plus(MAX_AGE));
        assertThat(postmortems.reads.get()).isEqualTo(readsBefore + 1);
    }

    @Test
    void a_failed_refresh_keeps_serving_the_previous_snapshot_and_the_next_one_reads_everything() {
        world.report(false, 0, 0, 3);
        Insights insights = insights(0).start();
        insights.current();
        postmortems.failNextRead();

        world.report(false, 1, 0, 2);
        assertThat(insights.current().data().incidentCount()).isEqualTo(1);
        eventually(() -> postmortems.reads.get() >= 2);
        eventually(() -> insights.current().data().incidentCount() == 2);
        assertThat(insights.current().changesPending()).isFalse();
    }

    @Test
    void before_start_a_question_builds_the_index_itself() {
        world.report(false, 0, 0, 3);

        assertThat(insights(0).current().data().incidentCount()).isEqualTo(1);
    }

    private static void eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(until);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
