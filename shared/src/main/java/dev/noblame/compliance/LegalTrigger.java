package dev.noblame.compliance;

import dev.noblame.common.Checks;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import java.time.Instant;

/**
 * A legal or compliance decision that starts a regulatory clock. {@code awareAt} is when the
 * organisation became aware (GDPR, NIS2, DORA); {@code determinedAt} is the SEC materiality
 * determination or the DORA classification as major. Use the named factories; each checks that
 * the instants its regime counts from are there.
 */
public record LegalTrigger(IncidentId incident, Regime regime, Instant awareAt, Instant determinedAt, String by) {
    public LegalTrigger {
        Checks.start()
                .notNull(incident, "incident")
                .notNull(regime, "regime")
                .require(regime == null || regime == Regime.SEC_8K_ITEM_1_05 || awareAt != null || regime == Regime.DORA,
                        "awareAt", "is required: " + (regime == null ? "" : regime.title()) + " counts from awareness")
                .require(regime != Regime.SEC_8K_ITEM_1_05 || determinedAt != null, "determinedAt",
                        "is required: the 8-K clock counts from the materiality determination")
                .require(regime != Regime.DORA || determinedAt != null, "determinedAt",
                        "is required: DORA counts from the classification as major")
                .require(awareAt == null || determinedAt == null || !determinedAt.isBefore(awareAt), "determinedAt",
                        "is before awareAt")
                .orThrow();
    }

    public static LegalTrigger gdpr(IncidentId incident, Instant awareAt, String by) {
        return new LegalTrigger(incident, Regime.GDPR_ART33, awareAt, null, by);
    }

    public static LegalTrigger nis2(IncidentId incident, Instant awareAt, String by) {
        return new LegalTrigger(incident, Regime.NIS2_ART23, awareAt, null, by);
    }

    public static LegalTrigger sec8k(IncidentId incident, Instant materialityDeterminedAt, String by) {
        return new LegalTrigger(incident, Regime.SEC_8K_ITEM_1_05, null, materialityDeterminedAt, by);
    }

    /** {@code awareAt} may be null when unknown; then only the 4-hours-from-classification limit applies. */
    public static LegalTrigger dora(IncidentId incident, Instant awareAt, Instant classifiedMajorAt, String by) {
        return new LegalTrigger(incident, Regime.DORA, awareAt, classifiedMajorAt, by);
    }

    /** The instant the clock starts from (the determination where there is one, else awareness). */
    public Instant startsAt() {
        return determinedAt != null ? determinedAt : awareAt;
    }

    public DomainEvent startedEvent(Instant at) {
        return DomainEvent.of("compliance.clock_started", incident.toString(), at, "regime", Wire.name(regime),
                "awareAt", awareAt == null ? null : awareAt.toString(),
                "determinedAt", determinedAt == null ? null : determinedAt.toString(), "by", by);
    }
}
