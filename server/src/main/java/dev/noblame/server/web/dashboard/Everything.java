package dev.noblame.server.web.dashboard;

import dev.noblame.incident.Incident;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.ports.Incidents;
import java.util.ArrayList;
import java.util.List;

/** Pages through a repository that returns at most {@link IncidentQuery#MAX_LIMIT} rows a call. */
final class Everything {
    private Everything() {
    }

    static List<Incident> incidents(Incidents incidents, IncidentQuery query) {
        List<Incident> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<Incident> page = incidents.list(query.page(offset, IncidentQuery.MAX_LIMIT));
            out.addAll(page);
            if (page.size() < IncidentQuery.MAX_LIMIT) {
                return out;
            }
            offset += page.size();
        }
    }
}
