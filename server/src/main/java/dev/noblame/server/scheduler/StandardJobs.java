package dev.noblame.server.scheduler;

import dev.noblame.outbox.DeliveryRound;
import dev.noblame.outbox.OutboxWorker;
import dev.noblame.server.AppContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The hub's own periodic jobs: outbox delivery, SLA evaluation, evidence checkpoints, outbox housekeeping. */
public final class StandardJobs {
    /** Rounds per run: enough to drain a burst without holding a scheduler thread for long. */
    private static final int MAX_ROUNDS = 20;

    private StandardJobs() {
    }

    public static List<PeriodicJob> of(AppContext app, OutboxWorker worker) {
        var s = app.settings();
        List<PeriodicJob> jobs = new ArrayList<>();
        jobs.add(new PeriodicJob("outbox-delivery", Duration.ofSeconds(s.intValue("outbox.poll_seconds", 5, 1, 3600)),
                () -> deliver(worker)));
        jobs.add(new PeriodicJob("evidence-checkpoint",
                Duration.ofMinutes(s.intValue("evidence.checkpoint_minutes", 60, 1, 7 * 24 * 60)),
                () -> app.evidence().checkpoint()));
        jobs.add(new PeriodicJob("sla-evaluation", Duration.ofMinutes(s.intValue("sla.evaluate_minutes", 15, 1, 24 * 60)),
                new SlaJob(app)));
        int keepDays = s.intValue("outbox.keep_delivered_days", 30, 1, 3650);
        jobs.add(new PeriodicJob("outbox-purge", Duration.ofHours(24),
                () -> app.outboxStore().purgeDelivered(app.clock().instant().minus(Duration.ofDays(keepDays)))));
        return jobs;
    }

    /** Delivers until nothing is due (or a bounded number of rounds); returns how many were delivered. */
    public static int deliver(OutboxWorker worker) {
        int delivered = 0;
        for (int i = 0; i < MAX_ROUNDS; i++) {
            DeliveryRound round = worker.deliverDue();
            delivered += round.delivered();
            if (round.idle()) {
                break;
            }
        }
        return delivered;
    }
}
