package dev.noblame.compliance;

import dev.noblame.common.Checks;
import java.time.Instant;

/** A report that was submitted: which regime, which deadline ({@link RegulatoryDeadline#id()}), when. */
public record Filing(Regime regime, String deadline, Instant submittedAt) {
    public Filing {
        Checks.start().notNull(regime, "regime").notBlank(deadline, "deadline").notNull(submittedAt, "submittedAt").orThrow();
    }
}
