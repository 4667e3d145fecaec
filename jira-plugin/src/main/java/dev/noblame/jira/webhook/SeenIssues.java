package dev.noblame.jira.webhook;

import dev.noblame.action.ActionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What NoBlame last saw of each Jira issue: its version ({@code fields.updated}), the action
 * state its status showed and its due date. A delivery at or before the version is a duplicate
 * or came out of order and is ignored; a newer one is applied only where Jira's own value
 * changed since, so NoBlame's edits are not undone by an issue that merely got new fields.
 */
public interface SeenIssues {
    record Seen(Instant version, ActionState state, LocalDate due) {
    }

    Optional<Seen> last(String issueKey);

    void record(String issueKey, Seen seen);

    static SeenIssues inMemory() {
        ConcurrentHashMap<String, Seen> map = new ConcurrentHashMap<>();
        return new SeenIssues() {
            @Override
            public Optional<Seen> last(String issueKey) {
                return Optional.ofNullable(map.get(issueKey));
            }

            @Override
            public void record(String issueKey, Seen seen) {
                map.merge(issueKey, seen, (a, b) -> a.version() != null && b.version() != null && a.version().isAfter(b.version()) ? a : b);
            }
        };
    }
}
