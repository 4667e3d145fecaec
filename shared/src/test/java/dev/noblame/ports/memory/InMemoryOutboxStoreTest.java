package dev.noblame.ports.memory;

import dev.noblame.ports.OutboxStore;
import dev.noblame.ports.contract.OutboxStoreContract;
import java.time.Clock;

class InMemoryOutboxStoreTest extends OutboxStoreContract {
    @Override
    protected OutboxStore newStore(Clock clock) {
        return new InMemoryOutboxStore(clock);
    }
}
