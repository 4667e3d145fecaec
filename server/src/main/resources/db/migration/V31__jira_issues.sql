-- Jira adapter state (dev.noblame.server.jira.JdbiJiraState).
-- jira_issue: which Jira issue tracks a NoBlame subject (INC-1, ACT-3). A cache: the adapter
-- finds an issue by its label when a row is missing, so losing a row never duplicates an issue.
CREATE TABLE jira_issue (
    subject   VARCHAR(40)  PRIMARY KEY,
    issue_key VARCHAR(300) NOT NULL
);

-- jira_seen: what NoBlame last saw of an issue (webhook or reconciliation): its version
-- (fields.updated, epoch millis), the action state its status showed and its due date.
-- Older or equal versions are duplicates or out-of-order deliveries and are ignored.
CREATE TABLE jira_seen (
    issue_key    VARCHAR(300) PRIMARY KEY,
    version_ms   BIGINT,
    action_state VARCHAR(40),
    due          DATE
);
