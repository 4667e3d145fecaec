package dev.noblame.sla;

import dev.noblame.incident.IncidentId;

/** The two clocks of a postmortem: the initial draft and the review meeting, both counted from resolution. */
public record PostmortemSla(IncidentId incident, String service, Deadline draft, Deadline review) {
}
