package dev.noblame.jenkins.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stand-in for {@code currentBuild} (RunWrapper): the properties the library reads and writes. */
public final class StandInBuild {
    private String description;
    private String currentResult = "SUCCESS";
    private long startTimeInMillis = 1_740_823_200_000L; // 2025-03-01T10:00:00Z
    private int number = 77;
    private final List<Map<String, Object>> changeSets = new ArrayList<>();

    public String getDescription() {
        return description;
    }

    public void setDescription(Object d) {
        description = d == null ? null : d.toString();
    }

    public String getCurrentResult() {
        return currentResult;
    }

    public void setCurrentResult(String r) {
        currentResult = r;
    }

    public long getStartTimeInMillis() {
        return startTimeInMillis;
    }

    public int getNumber() {
        return number;
    }

    /** Each change set has {@code items}; each item commitId, msg, timestamp and affectedFiles [{path}]. */
    public List<Map<String, Object>> getChangeSets() {
        return changeSets;
    }

    public StandInBuild commit(String sha, String message, long timestamp, String... files) {
        if (changeSets.isEmpty()) {
            changeSets.add(new LinkedHashMap<>(Map.of("items", new ArrayList<Map<String, Object>>())));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) changeSets.get(0).get("items");
        List<Map<String, Object>> affected = new ArrayList<>();
        for (String f : files) {
            affected.add(Map.of("path", f));
        }
        items.add(Map.of("commitId", sha, "msg", message, "timestamp", timestamp, "affectedFiles", affected));
        return this;
    }
}
