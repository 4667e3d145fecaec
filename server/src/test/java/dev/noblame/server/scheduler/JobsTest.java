package dev.noblame.server.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.persistence.Database;
import dev.noblame.server.support.Databases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several replicas on one PostgreSQL: db-scheduler's row claims make each run of a job happen once. */
class JobsTest {
    @TempDir
    Path dir;

    @Test
    void two_schedulers_on_one_postgresql_run_each_job_once() throws Exception {
        try (Database db = Databases.open(Databases.Kind.POSTGRES, dir)) {
            AtomicInteger sla = new AtomicInteger();
            AtomicInteger outbox = new AtomicInteger();
            List<PeriodicJob> jobs = List.of(
                    new PeriodicJob("sla-evaluation", Duration.ofHours(1), sla::incrementAndGet),
                    new PeriodicJob("outbox-delivery", Duration.ofHours(1), () -> {
                        outbox.incrementAndGet();
                        sleep(300);
                    }));

            try (Jobs a = new Jobs(db.dataSource(), jobs, 2, Duration.ofMillis(200), "replica-a").start();
                 Jobs b = new Jobs(db.dataSource(), jobs, 2, Duration.ofMillis(200), "replica-b").start()) {
                long deadline = System.currentTimeMillis() + 20_000;
                while ((sla.get() == 0 || outbox.get() == 0) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(2_000);
            }

            assertThat(sla.get()).isEqualTo(1);
            assertThat(outbox.get()).isEqualTo(1);
            long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scheduled_tasks").mapTo(Long.class).one());
            assertThat(rows).isEqualTo(2);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
