package dev.noblame.kpi;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.deployment.Deployment;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts KPIs are computed from, indexed once into flat arrays (times as epoch millis, group
 * names as small ints, factor categories as bit sets) so any number of rollups, by any dimension
 * and period, run over primitives without hashing or allocation per item. Immutable once built.
 * Usage: {@code KpiData.builder(policy).incidents(...).postmortems(...).actions(...).deployments(...).build()}.
 */
public final class KpiData {
    static final long UNKNOWN = Long.MIN_VALUE;
    static final byte NO_CATEGORY = 0;

    // incidents (dismissed ones are left out)
    final int incidentCount;
    final long[] started;
    final long[] detected;
    final long[] mitigated;
    final long[] resolved;
    final boolean[] nearMiss;
    final boolean[] open;
    final boolean[] repeat;
    final int[][] groupCode;          // [dimension ordinal except FACTOR_CATEGORY][incident]
    final byte[] categories;          // bit per FactorCategory ordinal
    final Dictionary[] dictionaries;  // per dimension except FACTOR_CATEGORY

    // actions (wont_do ones are left out: they owe nothing)
    final int actionCount;
    final int[] actionIncident;       // index into the incident arrays, -1 when the incident is unknown
    final long[] actionDue;
    final long[] actionCompleted;
    final byte[] actionCategories;

    // production deployments
    final int deploymentCount;
    final int[] deploymentService;
    final long[] deploymentStarted;
    final boolean[] changeFailure;
    final long[] restoreMillis;
    final long[] leadMillis;

    final Instant asOf;
    final ZoneId zone;

    private KpiData(Builder b) {
        this.asOf = b.asOf;
        this.zone = b.zone;
        List<Incident> incidents = b.incidents.stream().filter(i -> i.status() != IncidentStatus.DISMISSED).toList();
        int n = incidents.size();
        incidentCount = n;
        started = new long[n];
        detected = new long[n];
        mitigated = new long[n];
        resolved = new long[n];
        nearMiss = new boolean[n];
        open = new boolean[n];
        categories = new byte[n];
        int dims = Dimension.values().length - 1;
        groupCode = new int[dims][n];
        dictionaries = new Dictionary[dims];
        for (int d = 0; d < dims; d++) {
            dictionaries[d] = new Dictionary();
        }
        Map<IncidentId, Integer> index = new HashMap<>(n * 2);
        int[][] matchKeys = new int[n][];
        Map<String, Integer> tagCodes = new HashMap<>();
        int categoryCount = FactorCategory.values().length;
        for (int i = 0; i < n; i++) {
            Incident inc = incidents.get(i);
            index.put(inc.id(), i);
            started[i] = inc.startedAt().toEpochMilli();
            detected[i] = millis(inc.detectedAt());
            mitigated[i] = millis(inc.mitigatedAt());
            resolved[i] = millis(inc.resolvedAt());
            nearMiss[i] = inc.isNearMiss();
            open[i] = inc.isOpen();
            groupCode[Dimension.SERVICE.ordinal()][i] = dictionaries[Dimension.SERVICE.ordinal()].code(inc.service());
            groupCode[Dimension.TEAM.ordinal()][i] = dictionaries[Dimension.TEAM.ordinal()].code(inc.team());
            groupCode[Dimension.VENDOR.ordinal()][i] = dictionaries[Dimension.VENDOR.ordinal()].code(inc.vendor());
            groupCode[Dimension.RELEASE.ordinal()][i] = dictionaries[Dimension.RELEASE.ordinal()].code(inc.release());
            Postmortem pm = b.postmortems.get(inc.id());
            if (pm != null && !pm.factors().isEmpty()) {
                matchKeys[i] = factorKeys(pm.factors(), tagCodes, categoryCount);
                for (ContributingFactor f : pm.factors()) {
                    categories[i] |= bit(f.category());
                }
            }
        }
        // A key is category + tag (ContributingFactor.matchKeys), coded as tag * categories + category.
        repeat = RepeatDetector.flag(started, matchKeys, Math.max(1, tagCodes.size() * categoryCount), b.repeatWindow.toMillis());

        SlaEvaluator sla = new SlaEvaluator(b.policy);
        int m = 0;
        int[] ai = new int[b.actions.size()];
        long[] due = new long[ai.length];
        long[] done = new long[ai.length];
        byte[] acat = new byte[ai.length];
        for (ActionItem a : b.actions) {
            if (a.state() == ActionState.WONT_DO) {
                continue;
            }
            Integer inc = index.get(a.incident());
            ai[m] = inc == null ? -1 : inc;
            String service = inc == null ? null : dictionaries[Dimension.SERVICE.ordinal()].name(groupCode[Dimension.SERVICE.ordinal()][inc]);
            due[m] = sla.dueOf(a, service).toEpochMilli();
            done[m] = a.state().isCompleted() && a.completedAt() != null ? a.completedAt().toEpochMilli() : UNKNOWN;
            FactorCategory own = categoryOf(a.factorKey());
            acat[m] = own != null ? bit(own) : inc == null ? NO_CATEGORY : categories[inc];
            m++;
        }
        actionCount = m;
        actionIncident = ai;
        actionDue = due;
        actionCompleted = done;
        actionCategories = acat;

        List<Deployment> prod = b.deployments.stream().filter(Deployment::isProduction).toList();
        int k = prod.size();
        deploymentCount = k;
        deploymentService = new int[k];
        deploymentStarted = new long[k];
        changeFailure = new boolean[k];
        restoreMillis = new long[k];
        leadMillis = new long[k];
        Map<String, Integer> byBuildUrl = new HashMap<>();
        for (int i = 0; i < n; i++) {
            // a near-miss was caught before it hurt: the build it names did not cause an incident
            if (incidents.get(i).isNearMiss()) {
                continue;
            }
            for (String url : incidents.get(i).links().buildUrls()) {
                byBuildUrl.putIfAbsent(url, i);
            }
        }
        for (int j = 0; j < k; j++) {
            Deployment d = prod.get(j);
            deploymentService[j] = dictionaries[Dimension.SERVICE.ordinal()].code(d.service());
            deploymentStarted[j] = d.startedAt().toEpochMilli();
            IncidentId caused = b.causedBy.get(d.id());
            Integer inc = caused != null ? index.get(caused) : d.buildUrl() == null ? null : byBuildUrl.get(d.buildUrl());
            changeFailure[j] = d.state().isFailure() && inc != null;
            restoreMillis[j] = UNKNOWN;
            if (changeFailure[j]) {
                long back = mitigated[inc] != UNKNOWN ? mitigated[inc] : resolved[inc];
                long from = d.finishedAt() != null ? d.finishedAt().toEpochMilli() : deploymentStarted[j];
                restoreMillis[j] = back == UNKNOWN ? UNKNOWN : Math.max(0, back - from);
            }
            leadMillis[j] = d.state() == dev.noblame.deployment.DeploymentState.SUCCESSFUL
                    ? d.leadTime().map(Duration::toMillis).orElse(UNKNOWN) : UNKNOWN;
        }
    }

    public static Builder builder(SlaPolicy policy) {
        return new Builder(policy);
    }

    public int incidentCount() {
        return incidentCount;
    }

    public int actionCount() {
        return actionCount;
    }

    public int productionDeploymentCount() {
        return deploymentCount;
    }

    /** The instant the figures are "as of": actions not yet due then are not judged on time or late. */
    public Instant asOf() {
        return asOf;
    }

    public ZoneId zone() {
        return zone;
    }

    private static int[] factorKeys(List<ContributingFactor> factors, Map<String, Integer> tagCodes, int categoryCount) {
        int count = 0;
        for (ContributingFactor f : factors) {
            count += f.tags().size();
        }
        int[] keys = new int[count];
        int k = 0;
        for (ContributingFactor f : factors) {
            for (String tag : f.tags()) {
                Integer code = tagCodes.get(tag);
                if (code == null) {
                    code = tagCodes.size();
                    tagCodes.put(tag, code);
                }
                keys[k++] = code * categoryCount + f.category().ordinal();
            }
        }
        return keys;
    }

    static byte bit(FactorCategory c) {
        return (byte) (1 << c.ordinal());
    }

    private static FactorCategory categoryOf(String factorKey) {
        if (factorKey == null) {
            return null;
        }
        String c = factorKey.split(":", 2)[0].trim().toUpperCase(java.util.Locale.ROOT);
        for (FactorCategory f : FactorCategory.values()) {
            if (f.name().equals(c)) {
                return f;
            }
        }
        return null;
    }

    private static long millis(Instant t) {
        return t == null ? UNKNOWN : t.toEpochMilli();
    }

    public static final class Builder {
        private final SlaPolicy policy;
        private Collection<Incident> incidents = List.of();
        private final Map<IncidentId, Postmortem> postmortems = new HashMap<>();
        private Collection<ActionItem> actions = List.of();
        private Collection<Deployment> deployments = List.of();
        private final Map<String, IncidentId> causedBy = new HashMap<>();
        private Duration repeatWindow = Duration.ofDays(180);
        private Instant asOf = Instant.now();
        private ZoneId zone;

        private Builder(SlaPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            this.zone = policy.defaultCalendarValue().zone();
        }

        public Builder incidents(Collection<Incident> list) {
            this.incidents = list;
            return this;
        }

        /** Postmortems give the contributing factors (categories and repeat keys) of their incidents. */
        public Builder postmortems(Collection<Postmortem> list) {
            list.forEach(p -> postmortems.put(p.incident(), p));
            return this;
        }

        public Builder actions(Collection<ActionItem> list) {
            this.actions = list;
            return this;
        }

        public Builder deployments(Collection<Deployment> list) {
            this.deployments = list;
            return this;
        }

        /**
         * Records that a deployment caused an incident (from deployment correlation). Without it, a
         * deployment whose build URL is among an incident's links counts as its cause.
         */
        public Builder causedBy(String deploymentId, IncidentId incident) {
            causedBy.put(deploymentId, incident);
            return this;
        }

        public Builder repeatWindow(Duration window) {
            this.repeatWindow = window;
            return this;
        }

        public Builder asOf(Instant instant) {
            this.asOf = instant;
            return this;
        }

        /** The zone months are cut in for monthly series; defaults to the policy's default calendar zone. */
        public Builder zone(ZoneId z) {
            this.zone = z;
            return this;
        }

        public KpiData build() {
            return new KpiData(this);
        }
    }
}
