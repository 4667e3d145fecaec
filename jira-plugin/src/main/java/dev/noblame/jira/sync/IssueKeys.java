package dev.noblame.jira.sync;

import java.util.Optional;

/**
 * The stored mapping from a NoBlame subject ({@code INC-1}, {@code ACT-3}) to its Jira key. A
 * cache, not the truth: when a process dies between creating an issue and storing its key, the
 * tracker finds the issue again by its label before creating anything.
 */
public interface IssueKeys {
    Optional<String> find(String subject);

    void put(String subject, String key);

    static IssueKeys inMemory() {
        java.util.Map<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        return new IssueKeys() {
            @Override
            public Optional<String> find(String subject) {
                return Optional.ofNullable(map.get(subject));
            }

            @Override
            public void put(String subject, String key) {
                map.put(subject, key);
            }
        };
    }
}
