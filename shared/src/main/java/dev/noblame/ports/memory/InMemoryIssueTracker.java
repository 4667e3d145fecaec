package dev.noblame.ports.memory;

import dev.noblame.action.ActionItem;
import dev.noblame.incident.Incident;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.IssueTracker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Issues as a map from subject ({@code INC-1}, {@code ACT-3}) to key, with the last state tracked. */
public final class InMemoryIssueTracker implements IssueTracker {
    public record Tracked(String key, String subject, String parentKey, Object state) {
    }

    private final String project;
    private final Map<String, Tracked> bySubject = new LinkedHashMap<>();
    private int sequence;

    public InMemoryIssueTracker(String project) {
        this.project = project;
    }

    @Override
    public synchronized String trackPostmortem(Incident incident, Postmortem postmortem) {
        return upsert(incident.id().toString(), null, postmortem);
    }

    @Override
    public synchronized String trackAction(Incident incident, Postmortem postmortem, ActionItem action) {
        String parent = trackPostmortem(incident, postmortem);
        return upsert(action.id().toString(), parent, action);
    }

    public synchronized Optional<Tracked> issueOf(String subject) {
        return Optional.ofNullable(bySubject.get(subject));
    }

    public synchronized int size() {
        return bySubject.size();
    }

    private String upsert(String subject, String parent, Object state) {
        Tracked existing = bySubject.get(subject);
        String key = existing == null ? project + "-" + (++sequence) : existing.key();
        bySubject.put(subject, new Tracked(key, subject, parent, state));
        return key;
    }
}
