package dev.noblame.server.usecase;

import dev.noblame.compliance.Filing;
import dev.noblame.compliance.LegalTrigger;
import dev.noblame.compliance.RegulatoryClocks;
import dev.noblame.compliance.RegulatoryDeadline;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.persistence.JdbiLegal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every deadline of every regime triggered on an incident, computed now from the stored triggers and filings. */
public final class ReadingRegulatoryClocks {
    private final JdbiLegal legal;
    private final Clock clock;
    private final RegulatoryClocks clocks = new RegulatoryClocks();

    public ReadingRegulatoryClocks(JdbiLegal legal, Clock clock) {
        this.legal = legal;
        this.clock = clock;
    }

    public List<RegulatoryDeadline> of(IncidentId incident) {
        List<Filing> filings = legal.filings(incident);
        List<RegulatoryDeadline> out = new ArrayList<>();
        for (LegalTrigger t : legal.triggers(incident)) {
            out.addAll(clocks.deadlines(t, filings, clock.instant()));
        }
        return out;
    }
}
