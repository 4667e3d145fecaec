package dev.noblame.server.persistence;

import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import dev.noblame.ports.OutboxStore;
import dev.noblame.ports.contract.EvidenceStoreContract;
import dev.noblame.ports.contract.OutboxStoreContract;
import dev.noblame.server.support.Databases;
import dev.noblame.server.support.Databases.Kind;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBI evidence, checkpoint and outbox stores pass the same contract suites as the
 * in-memory ones (from the shared test-jar), on H2 and on PostgreSQL.
 */
class StoreContractsTest {
    @TempDir
    Path dir;

    Database db;

    Database open(Kind kind) {
        db = Databases.open(kind, dir);
        return db;
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Nested
    class EvidenceOnH2 extends EvidenceStoreContract {
        @Override
        protected EvidenceStore newEvidenceStore() {
            return new JdbiEvidenceStore(open(Kind.H2).transactions());
        }

        @Override
        protected CheckpointStore newCheckpointStore() {
            return new JdbiCheckpointStore(db.transactions());
        }
    }

    @Nested
    class EvidenceOnPostgres extends EvidenceStoreContract {
        @Override
        protected EvidenceStore newEvidenceStore() {
            return new JdbiEvidenceStore(open(Kind.POSTGRES).transactions());
        }

        @Override
        protected CheckpointStore newCheckpointStore() {
            return new JdbiCheckpointStore(db.transactions());
        }
    }

    @Nested
    class OutboxOnH2 extends OutboxStoreContract {
        @Override
        protected OutboxStore newStore(Clock clock) {
            return new JdbiOutboxStore(open(Kind.H2).transactions(), clock);
        }
    }

    @Nested
    class OutboxOnPostgres extends OutboxStoreContract {
        @Override
        protected OutboxStore newStore(Clock clock) {
            return new JdbiOutboxStore(open(Kind.POSTGRES).transactions(), clock);
        }
    }
}
