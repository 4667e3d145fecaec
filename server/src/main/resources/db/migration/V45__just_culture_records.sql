-- Just-culture records (DESIGN §3, §6): a table of their own that no postmortem or incident
-- table refers to. Written once, never updated; people-ops read them through the web UI only.
CREATE SEQUENCE just_culture_seq START WITH 1;

CREATE TABLE just_culture_records (
    id          VARCHAR(40) PRIMARY KEY,
    incident_id BIGINT      NOT NULL,
    record_json TEXT        NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX just_culture_incident_idx ON just_culture_records (incident_id);
