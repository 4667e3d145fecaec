package dev.noblame.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.common.DomainEvent;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Role;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.IntegrationStatus;
import dev.noblame.server.integration.Integrations;
import dev.noblame.server.support.Http.Answer;
import dev.noblame.server.support.RunningHub;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outbox messages written with the change, delivered with retries, parked as dead letters, requeued. */
class OutboxDeliveryTest {
    @TempDir
    Path dir;

    /** A port that fails on demand: "flaky" messages fail twice then succeed; "reject" ones are refused until healed. */
    static final class FlakyPort implements Integration, OutboxHandler {
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        volatile boolean healed;
        AppContext app;

        @Override
        public String name() {
            return "flaky";
        }

        @Override
        public void start(AppContext app) {
            this.app = app;
        }

        @Override
        public void onEvent(DomainEvent event) {
            if (event.type().equals("incident.reported")) {
                String mode = event.data().get("service");
                app.outbox().enqueue("flaky.post", event.subject(), "{\"mode\":\"" + mode + "\"}");
            }
        }

        @Override
        public List<OutboxHandler> outboxHandlers() {
            return List.of(this);
        }

        @Override
        public Set<String> topics() {
            return Set.of("flaky.post");
        }

        @Override
        public Delivery deliver(OutboxMessage m) {
            int n = attempts.computeIfAbsent(m.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
            if (m.payload().contains("reject") && !healed) {
                return Delivery.rejected("the host refused it");
            }
            if (m.payload().contains("flaky") && n <= 2) {
                return Delivery.retry("host busy");
            }
            delivered.add(m.idempotencyKey());
            return Delivery.delivered("ok");
        }

        @Override
        public IntegrationStatus status() {
            return IntegrationStatus.notConfigured("test port");
        }
    }

    @Test
    void messages_enqueued_with_the_change_are_retried_with_backoff_and_rejected_ones_become_dead_letters_until_requeued() throws Exception {
        FlakyPort port = new FlakyPort();
        Map<String, String> settings = Map.of("scheduler.enabled", "false", "outbox.base_backoff_ms", "1",
                "outbox.max_backoff_seconds", "1");
        try (RunningHub hub = RunningHub.start(dir, settings, new Integrations(List.of(port)))) {
            String admin = hub.token(Role.ADMIN);
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"a\",\"service\":\"flaky\"}");
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"b\",\"service\":\"reject\"}");
            hub.http.post("/api/v1/reports", null, "{\"whatHappened\":\"c\",\"service\":\"fine\"}");

            for (int i = 0; i < 20 && port.delivered.size() < 2; i++) {
                hub.hub.outboxWorker().deliverDue();
                Thread.sleep(50);
            }

            assertThat(port.delivered).containsExactlyInAnyOrder("INC-1", "INC-3");
            assertThat(port.attempts.get("INC-1").get()).isEqualTo(3);
            Answer outbox = hub.http.get("/api/v1/outbox", admin);
            var dead = outbox.json().getAsJsonArray("deadLetters");
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).getAsJsonObject().get("lastError").getAsString()).contains("refused");
            long id = dead.get(0).getAsJsonObject().get("id").getAsLong();

            port.healed = true;
            assertThat(hub.http.post("/api/v1/outbox/dead-letters/" + id + "/requeue", admin, "").status()).isEqualTo(200);
            assertThat(hub.http.post("/api/v1/outbox/dead-letters/" + id + "/requeue", admin, "").status()).isEqualTo(409);
            hub.hub.outboxWorker().deliverDue();

            assertThat(port.delivered).contains("INC-2");
            assertThat(hub.http.get("/api/v1/outbox", admin).json().getAsJsonArray("deadLetters")).isEmpty();
        }
    }
}
