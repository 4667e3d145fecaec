package dev.noblame.server.jira;

import dev.noblame.action.ActionState;
import dev.noblame.jira.sync.IssueKeys;
import dev.noblame.jira.webhook.SeenIssues;
import dev.noblame.server.persistence.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Jira adapter's memory in the hub's database, so a restart neither forgets which issue
 * tracks what nor re-applies an old webhook. Upserts are an update then an insert, which both
 * H2 and PostgreSQL run the same way; a lost insert race falls back to the update.
 */
final class JdbiJiraState implements IssueKeys, SeenIssues {
    private final Transactions tx;

    JdbiJiraState(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> find(String subject) {
        return tx.withHandle(h -> h.createQuery("SELECT issue_key FROM jira_issue WHERE subject = :s")
                .bind("s", subject).mapTo(String.class).findOne());
    }

    @Override
    public void put(String subject, String key) {
        tx.withHandle(h -> {
            int n = h.createUpdate("UPDATE jira_issue SET issue_key = :k WHERE subject = :s").bind("s", subject).bind("k", key).execute();
            if (n == 0) {
                try {
                    h.createUpdate("INSERT INTO jira_issue (subject, issue_key) VALUES (:s, :k)").bind("s", subject).bind("k", key).execute();
                } catch (RuntimeException raced) {
                    h.createUpdate("UPDATE jira_issue SET issue_key = :k WHERE subject = :s").bind("s", subject).bind("k", key).execute();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Seen> last(String issueKey) {
        return tx.withHandle(h -> h.createQuery("SELECT version_ms, action_state, due FROM jira_seen WHERE issue_key = :k")
                .bind("k", issueKey)
                .map((rs, ctx) -> {
                    long v = rs.getLong("version_ms");
                    Instant version = rs.wasNull() ? null : Instant.ofEpochMilli(v);
                    String state = rs.getString("action_state");
                    java.sql.Date due = rs.getDate("due");
                    return new Seen(version, state == null ? null : ActionState.valueOf(state), due == null ? null : due.toLocalDate());
                }).findOne());
    }

    @Override
    public void record(String issueKey, Seen seen) {
        Long version = seen.version() == null ? null : seen.version().toEpochMilli();
        String state = seen.state() == null ? null : seen.state().name();
        LocalDate due = seen.due();
        tx.withHandle(h -> {
            // never move the version backwards: an older sight loses to the one already stored
            int n = h.createUpdate("UPDATE jira_seen SET version_ms = :v, action_state = :s, due = :d WHERE issue_key = :k "
                            + "AND (version_ms IS NULL OR :v IS NULL OR version_ms <= :v)")
                    .bind("k", issueKey).bind("v", version).bind("s", state).bind("d", due).execute();
            if (n == 0 && h.createQuery("SELECT COUNT(*) FROM jira_seen WHERE issue_key = :k").bind("k", issueKey)
                    .mapTo(Integer.class).one() == 0) {
                h.createUpdate("INSERT INTO jira_seen (issue_key, version_ms, action_state, due) VALUES (:k, :v, :s, :d)")
                        .bind("k", issueKey).bind("v", version).bind("s", state).bind("d", due).execute();
            }
            return null;
        });
    }
}
