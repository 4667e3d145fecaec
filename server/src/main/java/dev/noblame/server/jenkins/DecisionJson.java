package dev.noblame.server.jenkins;

import dev.noblame.common.Wire;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.RankedCandidate;
import dev.noblame.jenkins.correlation.CorrelationResult;
import dev.noblame.jenkins.gate.GateDecision;
import dev.noblame.kpi.DeliveryFigures;
import dev.noblame.kpi.DurationStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the Jenkins endpoints (documented in openapi.json). */
final class DecisionJson {
    private DecisionJson() {
    }

    static Map<String, Object> of(CorrelationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", Wire.name(r.outcome()));
        m.put("incident", r.incident().map(Object::toString).orElse(null));
        m.put("replayed", r.replayed());
        m.put("detail", r.detail());
        m.put("ranking", ranking(r.ranking()));
        return m;
    }

    static Map<String, Object> of(Correlation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key());
        m.put("outcome", Wire.name(c.outcome()));
        m.put("deployment", c.deploymentId());
        m.put("incident", c.incident().map(Object::toString).orElse(null));
        m.put("decidedAt", c.decidedAt());
        m.put("ranking", ranking(c.ranking()));
        return m;
    }

    static Map<String, Object> of(GateDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("allowed", d.allowed());
        m.put("reasons", d.reasons());
        m.put("overridden", d.overridden());
        return m;
    }

    static Map<String, Object> of(DeliveryFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("productionDeployments", f.productionDeployments());
        m.put("deploymentsPerDay", f.deploymentsPerDay());
        m.put("changeFailures", f.changeFailures());
        m.put("changeFailureRate", f.changeFailureRate());
        m.put("timeToRestore", stats(f.timeToRestore()));
        m.put("leadTime", stats(f.leadTime()));
        return m;
    }

    private static Map<String, Object> stats(DurationStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        m.put("meanSeconds", s.mean() == null ? null : s.mean().toSeconds());
        m.put("medianSeconds", s.median() == null ? null : s.median().toSeconds());
        m.put("p90Seconds", s.p90() == null ? null : s.p90().toSeconds());
        return m;
    }

    private static List<Map<String, Object>> ranking(List<RankedCandidate> ranking) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RankedCandidate c : ranking) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("deployment", c.deploymentId());
            m.put("incident", c.incident().toString());
            m.put("score", c.score());
            m.put("reasons", c.reasons());
            out.add(m);
        }
        return out;
    }
}
