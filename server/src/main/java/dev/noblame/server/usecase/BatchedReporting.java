package dev.noblame.server.usecase;

import dev.noblame.incident.Incident;
import dev.noblame.server.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Report intake with group commit. Every report extends the one evidence chain, so reports are
 * written one transaction at a time; what limits intake is the cost of each commit (a write to
 * the database file). A single writer takes the reports waiting at that moment, writes them all
 * in one transaction (one batched insert per table, one append to the chain), and answers each
 * caller only after that commit, so an acknowledged report is as durable as before and a burst
 * costs one commit instead of hundreds. If a batch
 * fails, its reports are retried one per transaction so one bad report cannot fail the others.
 */
public final class BatchedReporting implements AutoCloseable {
    static final int MAX_BATCH = 256;

    private record Pending(ReportingIncident.Command command, CompletableFuture<Incident> answer) {
    }

    private final ReportingIncident reporting;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread writer;
    private volatile boolean open = true;

    public BatchedReporting(AppContext app) {
        this.reporting = new ReportingIncident(app);
        this.writer = new Thread(this::run, "noblame-intake");
        writer.setDaemon(true);
        writer.start();
    }

    /** Reports and waits for the commit. */
    public Incident handle(ReportingIncident.Command command) {
        CompletableFuture<Incident> answer = new CompletableFuture<>();
        if (!open || !queue.offer(new Pending(command, answer))) {
            return reporting.handle(command);
        }
        try {
            return answer.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the report was not stored within 60 s", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<Incident> stored;
        try {
            stored = reporting.handleAll(batch.stream().map(Pending::command).toList());
        } catch (RuntimeException batchFailed) {
            for (Pending p : batch) {
                try {
                    p.answer().complete(reporting.handle(p.command()));
                } catch (RuntimeException e) {
                    p.answer().completeExceptionally(e);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(stored.get(i));
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
