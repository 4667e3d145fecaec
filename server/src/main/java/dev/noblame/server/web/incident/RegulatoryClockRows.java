package dev.noblame.server.web.incident;

import dev.noblame.compliance.RegulatoryDeadline;
import dev.noblame.incident.Incident;
import dev.noblame.server.usecase.ReadingRegulatoryClocks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The incident page's deadlines with the regulators' clocks added after the SLA ones: each
 * deadline of a regime legal has triggered (GDPR, NIS2, SEC 8-K, DORA), with how it was counted.
 */
public final class RegulatoryClockRows implements Function<Incident, List<ClockRow>> {
    private final Function<Incident, List<ClockRow>> before;
    private final ReadingRegulatoryClocks regulatory;

    public RegulatoryClockRows(Function<Incident, List<ClockRow>> before, ReadingRegulatoryClocks regulatory) {
        this.before = before;
        this.regulatory = regulatory;
    }

    @Override
    public List<ClockRow> apply(Incident incident) {
        List<ClockRow> rows = new ArrayList<>(before.apply(incident));
        for (RegulatoryDeadline d : regulatory.of(incident.id())) {
            rows.add(new ClockRow(d.title(), d.due(), IncidentClocks.state(d.state()), note(d)));
        }
        return rows;
    }

    private static String note(RegulatoryDeadline d) {
        if (d.submittedAt() != null) {
            return "filed " + d.submittedAt();
        }
        return d.provisional() ? d.basis() + " (provisional until the earlier report is filed)" : d.basis();
    }
}
