package dev.noblame.server.persistence;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * One use case, one transaction: the domain change, its evidence entries and its outbox
 * messages commit together or not at all. Repositories ask {@link #withHandle} for the
 * handle of the transaction running on this thread, or get a short-lived one outside it.
 */
public final class Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<Set<Object>> done = ThreadLocal.withInitial(HashSet::new);

    Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs the work in a transaction; nested calls join the outer one. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
                done.get().clear();
            }
        });
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * True the first time it is asked with {@code step} in the current transaction, false after:
     * for work a transaction needs once, such as taking a lock it then holds to the end.
     */
    public boolean firstTime(Object step) {
        if (current.get() == null) {
            throw new IllegalStateException("firstTime(" + step + ") outside a transaction");
        }
        return done.get().add(step);
    }

    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} once the transaction running on this thread commits (never if it rolls
     * back), or now when none runs: for telling readers in other threads about a change only when
     * they can see it.
     */
    public void afterCommit(Runnable work) {
        Handle handle = current.get();
        if (handle == null) {
            work.run();
        } else {
            handle.afterCommit(work);
        }
    }

    public <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    }
}
