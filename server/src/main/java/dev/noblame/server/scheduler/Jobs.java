package dev.noblame.server.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the periodic jobs through db-scheduler. Each run of a job is claimed through a row of
 * {@code scheduled_tasks}, so with several {@code serve} replicas on one database each run
 * happens once. A job that fails is logged and tried again at its next interval; the work it
 * did not finish stays in the database for that run (an outbox message stays pending, an
 * unsigned head stays unsigned).
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private final Scheduler scheduler;

    public Jobs(DataSource dataSource, List<PeriodicJob> jobs, int threads, Duration pollingInterval, String replicaName) {
        Set<String> names = new HashSet<>();
        List<RecurringTask<Void>> tasks = new ArrayList<>();
        for (PeriodicJob job : jobs) {
            if (!names.add(job.name())) {
                throw new IllegalArgumentException("two periodic jobs are called " + job.name());
            }
            tasks.add(Tasks.recurring(job.name(), FixedDelay.of(job.interval())).execute((instance, ctx) -> {
                try {
                    job.work().run();
                } catch (RuntimeException e) {
                    LOG.warn("job {} failed; it runs again in {}", job.name(), job.interval(), e);
                    throw e;
                }
            }));
        }
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .schedulerName(new SchedulerName.Fixed(replicaName))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    public Jobs start() {
        scheduler.start();
        return this;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
