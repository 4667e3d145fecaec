-- SLA reminders, escalations and effectiveness checks already sent, by their stable key, so a
-- run (on any replica) never sends one twice.
CREATE TABLE sla_notices (
    notice_key  VARCHAR(300) PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    sent_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
