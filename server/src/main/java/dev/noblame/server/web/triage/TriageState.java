package dev.noblame.server.web.triage;

import dev.noblame.common.ValidationException;
import dev.noblame.culture.TriageFlow;
import dev.noblame.culture.TriageRequest;
import dev.noblame.incident.IncidentId;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A triage in progress, carried in the form itself (hidden fields) rather than stored: nothing
 * is kept until people-ops choose to keep the record. {@code answers} reads
 * {@code question:yes,question:no}; the flow is replayed from it on every step, so going back
 * is dropping the last answer.
 */
public record TriageState(String incident, String person, String concern, boolean optIn, String answers) {
    public TriageState {
        incident = incident == null ? "" : incident.strip();
        person = person == null ? "" : person;
        concern = concern == null ? "" : concern;
        answers = answers == null ? "" : answers.strip();
    }

    public static TriageState empty() {
        return new TriageState("", "", "", false, "");
    }

    public static TriageState from(Context ctx) {
        return new TriageState(ctx.formParam("incident"), ctx.formParam("person"), ctx.formParam("concern"),
                "true".equals(ctx.formParam("optIn")), ctx.formParam("answers"));
    }

    /** The flow with every recorded answer replayed; bad input is named by field. */
    public TriageFlow replay(String requestedBy) {
        IncidentId id;
        try {
            id = IncidentId.parse(incident);
        } catch (ValidationException e) {
            throw ValidationException.field("incident", "must look like INC-12 (got '" + incident + "')");
        }
        TriageFlow flow = TriageFlow.start(new TriageRequest(id, person, concern, requestedBy, optIn));
        for (String a : steps()) {
            String[] parts = a.split(":");
            if (parts.length != 2) {
                throw ValidationException.field("answers", "cannot be read; start the triage again");
            }
            flow = flow.answer(parts[0], "yes".equals(parts[1]));
        }
        return flow;
    }

    public TriageState plus(String question, boolean yes) {
        return new TriageState(incident, person, concern, optIn, (answers.isEmpty() ? "" : answers + ",") + question + ":" + (yes ? "yes" : "no"));
    }

    public TriageState back() {
        List<String> s = new ArrayList<>(steps());
        if (!s.isEmpty()) {
            s.remove(s.size() - 1);
        }
        return new TriageState(incident, person, concern, optIn, String.join(",", s));
    }

    List<String> steps() {
        return answers.isEmpty() ? List.of() : List.of(answers.split(","));
    }
}
