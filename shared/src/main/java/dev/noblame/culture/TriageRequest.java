package dev.noblame.culture;

import dev.noblame.common.Checks;
import dev.noblame.incident.IncidentId;

/**
 * Why a triage is being started. Triage is opt-in and only for a concern that already exists
 * about one person; it is never a routine step of a postmortem.
 *
 * @param incident the incident the concern arose from
 * @param person the one person the concern is about (a directory id or name)
 * @param concern the concern as raised, in the words of whoever raised it
 * @param requestedBy who starts the triage (people-ops or a manager with that role)
 * @param optIn the requester confirms the concern exists and triage is wanted
 */
public record TriageRequest(IncidentId incident, String person, String concern, String requestedBy, boolean optIn) {
    public TriageRequest {
        Checks.start()
                .notNull(incident, "incident")
                .notBlank(person, "person")
                .require(person == null || !looksLikeSeveralPeople(person), "person",
                        "must name one person: triage is about an existing concern about one individual, never a group")
                .notBlank(concern, "concern")
                .notBlank(requestedBy, "requestedBy")
                .require(optIn, "optIn", "must be true: triage is opt-in and only for a concern that already exists")
                .orThrow();
        person = person.strip();
        concern = concern.strip();
    }

    private static boolean looksLikeSeveralPeople(String p) {
        String s = " " + p.toLowerCase(java.util.Locale.ROOT) + " ";
        return p.contains(",") || p.contains(";") || p.contains("&") || s.contains(" and ") || s.contains(" team ")
                || s.endsWith(" team ") || s.contains(" everyone ") || s.contains(" all ");
    }
}
