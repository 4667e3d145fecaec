package dev.noblame.ports.memory;

import dev.noblame.ports.CheckpointStore;
import dev.noblame.ports.EvidenceStore;
import dev.noblame.ports.contract.EvidenceStoreContract;

class InMemoryEvidenceStoreTest extends EvidenceStoreContract {
    @Override
    protected EvidenceStore newEvidenceStore() {
        return new InMemoryEvidenceStore();
    }

    @Override
    protected CheckpointStore newCheckpointStore() {
        return new InMemoryCheckpointStore();
    }
}
