package dev.noblame.ports.memory;

import dev.noblame.incident.IncidentId;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.ports.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTimeline implements Timeline {
    private final Map<IncidentId, List<TimelineEntry>> entries = new ConcurrentHashMap<>();

    @Override
    public void append(TimelineEntry entry) {
        entries.computeIfAbsent(entry.incident(), k -> new ArrayList<>()).add(entry);
    }

    @Override
    public List<TimelineEntry> of(IncidentId incident) {
        List<TimelineEntry> list = entries.getOrDefault(incident, List.of());
        synchronized (list) {
            return list.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
        }
    }
}
