package dev.noblame.culture;

import dev.noblame.incident.IncidentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryJustCultureRecords implements JustCultureRecords {
    private final Map<String, JustCultureRecord> records = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized String nextId() {
        return "JC-" + (++sequence);
    }

    @Override
    public synchronized void add(JustCultureRecord record) {
        if (records.putIfAbsent(record.id(), record) != null) {
            throw new IllegalStateException("just-culture record " + record.id() + " exists already");
        }
    }

    @Override
    public synchronized Optional<JustCultureRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<JustCultureRecord> recent(int limit) {
        List<JustCultureRecord> all = new ArrayList<>(records.values());
        all.sort(Comparator.comparing(JustCultureRecord::createdAt).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized List<JustCultureRecord> ofIncident(IncidentId incident) {
        return records.values().stream().filter(r -> r.incident().equals(incident)).toList();
    }
}
