-- Jenkins deployment correlation: one decision per key ("deployment:<id>:<state>" or
-- "incident:INC-n:suspects"), with the ranking of every candidate weighed and its reasons.
CREATE TABLE deployment_correlations (
    correlation_key VARCHAR(400) PRIMARY KEY,
    outcome         VARCHAR(30)  NOT NULL,
    deployment_id   VARCHAR(200),
    incident_id     BIGINT,
    ranking         TEXT         NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deployment_correlations_deployment_idx ON deployment_correlations (deployment_id);
CREATE INDEX deployment_correlations_incident_idx ON deployment_correlations (incident_id);

-- Every (deployment, incident) pair a decision weighed, so an incident finds the decisions that ranked it.
CREATE TABLE deployment_correlation_candidates (
    correlation_key VARCHAR(400) NOT NULL REFERENCES deployment_correlations (correlation_key),
    deployment_id   VARCHAR(200) NOT NULL,
    incident_id     BIGINT       NOT NULL,
    PRIMARY KEY (correlation_key, deployment_id, incident_id)
);
CREATE INDEX deployment_correlation_candidates_incident_idx ON deployment_correlation_candidates (incident_id);
CREATE INDEX deployment_correlation_candidates_deployment_idx ON deployment_correlation_candidates (deployment_id);
