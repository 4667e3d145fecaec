package dev.noblame.jenkins.correlation;

import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.incident.Incident;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Weighs how likely a deployment and an incident belong together, with the reasons written out.
 * Three signals, weighted: service match (the same service, and the same environment on top),
 * time proximity (the sooner after the deploy the incident started, the likelier), and change
 * size (big changes break more; log-scaled so a 10,000-line change does not drown the others).
 */
public final class CandidateRanking {
    static final double SERVICE_WEIGHT = 0.5;
    static final double TIME_WEIGHT = 0.35;
    static final double CHANGE_WEIGHT = 0.15;
    /** Earlier-than-deploy incidents only fit through clock skew: they count half. */
    static final double BEFORE_PENALTY = 0.5;

    private final CorrelationPolicy policy;

    public CandidateRanking(CorrelationPolicy policy) {
        this.policy = policy;
    }

    public RankedCandidate weigh(Deployment d, Incident i) {
        List<String> reasons = new ArrayList<>();
        double service;
        if (!d.service().equals(i.service())) {
            service = 0;
            reasons.add("different service ('" + i.service() + "')");
        } else if (sameEnvironment(d, i)) {
            service = 1;
            reasons.add("same service '" + d.service() + "' and environment '" + d.environment() + "'");
        } else {
            service = 0.7;
            reasons.add("same service '" + d.service() + "', other environment ('" + i.environment() + "')");
        }
        Duration gap = Duration.between(d.startedAt(), i.startedAt());
        double time;
        if (gap.isNegative()) {
            double span = Math.max(1, policy.before().toSeconds());
            time = BEFORE_PENALTY * clamp(1 - gap.abs().toSeconds() / span);
            reasons.add("incident started " + human(gap.abs()) + " before the deployment started");
        } else {
            time = clamp(1 - gap.toSeconds() / (double) Math.max(1, policy.after().toSeconds()));
            reasons.add("incident started " + human(gap) + " after the deployment started");
        }
        double change = clamp(Math.log10(1 + d.changeSize()) / 3);
        reasons.add(d.changeSize() == 0 ? "change size unknown" : "change size " + d.changeSize());
        double score = SERVICE_WEIGHT * service + TIME_WEIGHT * time + CHANGE_WEIGHT * change;
        return new RankedCandidate(d.id(), i.id(), round(score), reasons);
    }

    /** Best first; ties go to the closer start, then to the lower id, so the order is stable. */
    public static Comparator<Scored> order() {
        return Comparator.comparingDouble((Scored s) -> -s.candidate().score())
                .thenComparing(s -> s.gap().abs())
                .thenComparing(s -> s.candidate().incident())
                .thenComparing(s -> s.candidate().deploymentId());
    }

    /** A candidate with the gap it was weighed on, for tie-breaking. */
    public record Scored(RankedCandidate candidate, Duration gap) {
        public static Scored of(RankedCandidate c, Deployment d, Incident i) {
            return new Scored(c, Duration.between(d.startedAt(), i.startedAt()));
        }
    }

    private static boolean sameEnvironment(Deployment d, Incident i) {
        String e = i.environment().toLowerCase(Locale.ROOT);
        return e.equals(d.environment().toLowerCase(Locale.ROOT))
                || (d.environmentType() == EnvironmentType.PRODUCTION && (e.equals("production") || e.equals("prod")));
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + "s";
        }
        if (s < 7200) {
            return (s / 60) + "m";
        }
        return (s / 3600) + "h" + ((s % 3600) / 60 == 0 ? "" : " " + (s % 3600) / 60 + "m");
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
