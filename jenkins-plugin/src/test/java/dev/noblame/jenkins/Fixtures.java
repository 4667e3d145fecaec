package dev.noblame.jenkins;

import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.jenkins.intake.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Builders that say what a test needs and default the rest. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private Fixtures() {
    }

    public static byte[] fixture(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeploymentBuilder deployment() {
        return new DeploymentBuilder();
    }

    public static IncidentBuilder incident(long number) {
        return new IncidentBuilder(number);
    }

    public static final class DeploymentBuilder {
        private String service = "checkout";
        private String environment = "production";
        private EnvironmentType type = EnvironmentType.PRODUCTION;
        private DeploymentState state = DeploymentState.FAILED;
        private long number = 42;
        private int changeSize = 120;
        private Instant startedAt = T0;
        private Instant finishedAt = T0.plusSeconds(240);
        private List<Commit> commits = List.of();
        private boolean caught;

        public DeploymentBuilder service(String s) {
            service = s;
            return this;
        }

        public DeploymentBuilder in(String env, EnvironmentType t) {
            environment = env;
            type = t;
            return this;
        }

        public DeploymentBuilder state(DeploymentState s) {
            state = s;
            if (s == DeploymentState.STARTED) {
                finishedAt = null;
            }
            return this;
        }

        public DeploymentBuilder number(long n) {
            number = n;
            return this;
        }

        public DeploymentBuilder changeSize(int n) {
            changeSize = n;
            return this;
        }

        public DeploymentBuilder startedAt(Instant t) {
            startedAt = t;
            finishedAt = t.plusSeconds(240);
            return this;
        }

        public DeploymentBuilder commits(Commit... c) {
            commits = List.of(c);
            return this;
        }

        public DeploymentBuilder caughtBeforeProduction() {
            caught = true;
            return this;
        }

        public String buildUrl() {
            return "https://ci.example.com/job/" + service + "-deploy/" + number + "/";
        }

        public Deployment build() {
            return new Deployment(buildUrl(), service + "-deploy", number, buildUrl(), service, environment, type, state,
                    commits, List.of(), changeSize, startedAt, state == DeploymentState.STARTED ? null : finishedAt);
        }

        public DeploymentEvent event() {
            return new DeploymentEvent(build(), DeploymentEvent.LIBRARY, state == DeploymentState.STARTED ? "started" : "finished",
                    buildUrl() + "#" + state, caught, "main");
        }
    }

    public static final class IncidentBuilder {
        private final long number;
        private String service = "checkout";
        private Severity severity = Severity.SEV2;
        private IncidentStatus status = IncidentStatus.INVESTIGATING;
        private IncidentKind kind = IncidentKind.INCIDENT;
        private Instant startedAt = T0.plusSeconds(600);
        private Instant mitigatedAt;
        private Instant resolvedAt;
        private String environment = "production";

        IncidentBuilder(long number) {
            this.number = number;
        }

        public IncidentBuilder service(String s) {
            service = s;
            return this;
        }

        public IncidentBuilder severity(Severity s) {
            severity = s;
            return this;
        }

        public IncidentBuilder status(IncidentStatus s) {
            status = s;
            return this;
        }

        public IncidentBuilder nearMiss() {
            kind = IncidentKind.NEAR_MISS;
            return this;
        }

        public IncidentBuilder environment(String e) {
            environment = e;
            return this;
        }

        public IncidentBuilder startedAt(Instant t) {
            startedAt = t;
            return this;
        }

        public IncidentBuilder startedMinutesAfterT0(long minutes) {
            startedAt = T0.plusSeconds(60 * minutes);
            return this;
        }

        public IncidentBuilder mitigatedAt(Instant t) {
            mitigatedAt = t;
            return this;
        }

        public IncidentBuilder resolvedAt(Instant t) {
            resolvedAt = t;
            status = IncidentStatus.RESOLVED;
            return this;
        }

        public Incident build() {
            return new Incident(IncidentId.of(number), kind, "Checkout errors " + number, severity, service, null, environment,
                    null, null, startedAt, startedAt, mitigatedAt, resolvedAt, status, Reporter.anonymous(), null,
                    IncidentLinks.NONE, null);
        }
    }
}
