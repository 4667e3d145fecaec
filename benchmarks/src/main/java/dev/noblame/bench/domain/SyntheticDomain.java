package dev.noblame.bench.domain;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.action.ActionState;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible, realistic-looking data set for the domain benchmarks: incidents spread over two
 * years across 60 services, 20 teams, 12 vendors and 300 releases; a postmortem with one to three
 * factors for each incident; ten action items per incident, a third of them with their own due
 * date, most of them done; and production and staging deployments.
 */
public final class SyntheticDomain {
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

    public final List<Incident> incidents;
    public final List<Postmortem> postmortems;
    public final List<ActionItem> actions;
    public final List<Deployment> deployments;
    public final Map<IncidentId, String> serviceOf;

    public SyntheticDomain(int incidentCount, int actionsPerIncident, int deploymentCount, long seed) {
        Random r = new Random(seed);
        String[] services = names("svc-", 60);
        String[] teams = names("team-", 20);
        String[] vendors = names("vendor-", 12);
        String[] releases = names("r", 300);
        long span = Duration.between(START, AS_OF).toMinutes();
        incidents = new ArrayList<>(incidentCount);
        postmortems = new ArrayList<>(incidentCount);
        actions = new ArrayList<>(incidentCount * actionsPerIncident);
        serviceOf = new HashMap<>(incidentCount * 2);
        long actionId = 1;
        for (int i = 1; i <= incidentCount; i++) {
            Instant started = START.plus(Duration.ofMinutes((long) (r.nextDouble() * span)));
            boolean nearMiss = r.nextInt(6) == 0;
            boolean open = !nearMiss && r.nextInt(20) == 0;
            Instant detected = started.plus(Duration.ofMinutes(r.nextInt(90)));
            Instant mitigated = open ? null : detected.plus(Duration.ofMinutes(5 + r.nextInt(240)));
            Instant resolved = open ? null : mitigated.plus(Duration.ofMinutes(r.nextInt(600)));
            IncidentId id = IncidentId.of(i);
            String service = services[r.nextInt(services.length)];
            incidents.add(new Incident(id, nearMiss ? IncidentKind.NEAR_MISS : IncidentKind.INCIDENT, "Synthetic incident " + i,
                    Severity.values()[r.nextInt(4)], service, teams[r.nextInt(teams.length)], "production",
                    r.nextInt(3) == 0 ? vendors[r.nextInt(vendors.length)] : null,
                    r.nextBoolean() ? releases[r.nextInt(releases.length)] : null,
                    started, detected, mitigated, resolved, open ? IncidentStatus.INVESTIGATING : IncidentStatus.RESOLVED,
                    Reporter.anonymous(), Impact.NONE, IncidentLinks.NONE, null));
            serviceOf.put(id, service);
            List<ContributingFactor> factors = new ArrayList<>(3);
            for (int f = 1 + r.nextInt(3); f > 0; f--) {
                factors.add(ContributingFactor.of(FactorCategory.values()[r.nextInt(5)], "condition", "tag-" + r.nextInt(25)));
            }
            postmortems.add(Postmortem.start(id, started).withFactors(factors, "author", started));
            Instant created = resolved != null ? resolved : detected;
            for (int a = 0; a < actionsPerIncident; a++) {
                boolean priority = r.nextInt(4) == 0;
                LocalDate due = r.nextInt(3) == 0 ? LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(7 + r.nextInt(120)) : null;
                int fate = r.nextInt(10);
                ActionState state = fate < 6 ? ActionState.DONE : fate < 8 ? ActionState.OPEN : fate < 9 ? ActionState.IN_PROGRESS
                        : ActionState.WONT_DO;
                Instant completed = state == ActionState.DONE ? created.plus(Duration.ofHours(1 + r.nextInt(24 * 120))) : null;
                actions.add(new ActionItem(ActionId.of(actionId++), id, "Action " + a, "owner-" + r.nextInt(500), due, "0 repeats",
                        ActionClass.PREVENT, priority ? ActionPriority.PRIORITY : ActionPriority.NORMAL, state, null,
                        state == ActionState.WONT_DO ? "superseded" : null, created, completed, null));
            }
        }
        deployments = new ArrayList<>(deploymentCount);
        for (int k = 0; k < deploymentCount; k++) {
            Instant s = START.plus(Duration.ofMinutes((long) (r.nextDouble() * span)));
            int outcome = r.nextInt(20);
            DeploymentState state = outcome == 0 ? DeploymentState.FAILED : outcome == 1 ? DeploymentState.ROLLED_BACK
                    : DeploymentState.SUCCESSFUL;
            deployments.add(new Deployment("dep-" + k, "deploy", k, "https://ci.example/job/deploy/" + k + "/",
                    services[r.nextInt(services.length)], "production",
                    r.nextInt(4) == 0 ? EnvironmentType.STAGING : EnvironmentType.PRODUCTION, state, List.of(), List.of(), 0,
                    s, s.plus(Duration.ofMinutes(3))));
        }
    }

    private static String[] names(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }
}
