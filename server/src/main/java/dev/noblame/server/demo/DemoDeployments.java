package dev.noblame.server.demo;

import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Incident;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.AppContext;
import dev.noblame.server.usecase.EditingIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Deployments of the demo services: a production release every couple of days and staging
 * runs in between, mostly successful; every third incident follows a failed or rolled-back
 * production deployment whose build is linked to it (what the change failure rate counts).
 */
final class DemoDeployments {
    private final AppContext app;
    private final Random random;

    DemoDeployments(AppContext app, Random random) {
        this.app = app;
        this.random = random;
    }

    int seed(Instant from, Instant to) {
        int count = 0;
        for (String service : DemoScenarios.SERVICES) {
            long build = 100;
            for (Instant t = from.plus(Duration.ofHours(random.nextInt(48))); t.isBefore(to); t = t.plus(Duration.ofHours(30 + random.nextInt(36)))) {
                boolean production = random.nextInt(3) > 0;
                DeploymentState state = random.nextInt(25) == 0 ? DeploymentState.FAILED : DeploymentState.SUCCESSFUL;
                app.deployments().save(deployment(service, ++build, t, production, state));
                count++;
            }
        }
        int n = 0;
        for (Incident incident : app.incidents().list(IncidentQuery.all())) {
            if (incident.isNearMiss() || n++ % 3 != 0) {
                continue;
            }
            Instant started = incident.startedAt().minus(Duration.ofMinutes(15 + random.nextInt(30)));
            DeploymentState state = n % 2 == 0 ? DeploymentState.ROLLED_BACK : DeploymentState.FAILED;
            Deployment cause = deployment(incident.service(), 9000 + incident.id().number(), started, true, state);
            app.deployments().save(cause);
            count++;
            new EditingIncident(app).handle(new EditingIncident.Command(incident.id(), null, null, null, null, null,
                    List.of(cause.buildUrl()), null, "jenkins"));
        }
        return count;
    }

    private Deployment deployment(String service, long build, Instant started, boolean production, DeploymentState state) {
        String env = production ? "production" : "staging";
        Instant committed = started.minus(Duration.ofHours(2 + random.nextInt(70)));
        List<Commit> commits = List.of(
                new Commit(sha(), "Tidy configuration for " + service, committed),
                new Commit(sha(), "OPS-" + (100 + random.nextInt(60)) + " handle empty responses", committed.plus(Duration.ofHours(1))));
        return new Deployment(service + "-" + env + "-" + build, service + "/main", build,
                "https://jenkins.example.com/job/" + service + "/job/main/" + build + "/", service, env,
                production ? EnvironmentType.PRODUCTION : EnvironmentType.STAGING, state, commits, List.of(),
                5 + random.nextInt(400), started, started.plus(Duration.ofMinutes(4 + random.nextInt(12))));
    }

    private String sha() {
        return String.format("%040x", new java.math.BigInteger(160, random));
    }
}
