package dev.noblame.server.web.dashboard;

import dev.noblame.incident.IncidentId;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.postmortem.Postmortem;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a postmortem's text is free of error-severity wording findings, remembered per
 * postmortem until it is edited again ({@code updatedAt} moves), so the dashboard lints each
 * write-up once instead of on every page view. Bounded: past {@link #MAX} postmortems it forgets
 * everything and starts over.
 */
final class WordingVerdicts {
    static final int MAX = 200_000;

    private record Verdict(Instant updatedAt, boolean ok) {
    }

    private final BlamelessLinter linter;
    private final Map<IncidentId, Verdict> verdicts = new ConcurrentHashMap<>();

    WordingVerdicts(BlamelessLinter linter) {
        this.linter = linter;
    }

    boolean ok(Postmortem p) {
        Verdict known = verdicts.get(p.incident());
        if (known != null && known.updatedAt().equals(p.updatedAt())) {
            return known.ok();
        }
        boolean ok = p.sections().values().stream().allMatch(text -> linter.lint(text).stream().noneMatch(f -> f.isError()));
        if (verdicts.size() >= MAX) {
            verdicts.clear();
        }
        verdicts.put(p.incident(), new Verdict(p.updatedAt(), ok));
        return ok;
    }
}
