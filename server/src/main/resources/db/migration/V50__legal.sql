-- Regulatory clocks and legal hold (DESIGN §3, §6). The clocks themselves are computed from the
-- triggers and filings, never stored. One trigger per regime per incident; determined_at holds
-- the SEC materiality determination or the DORA classification as major.
CREATE TABLE legal_triggers (
    incident_id   BIGINT       NOT NULL,
    regime        VARCHAR(40)  NOT NULL,
    aware_at      TIMESTAMP(6) WITH TIME ZONE,
    determined_at TIMESTAMP(6) WITH TIME ZONE,
    triggered_by  VARCHAR(200),
    triggered_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, regime)
);

-- Reports submitted to a regulator: which deadline of which regime, when, and its reference.
CREATE TABLE regulatory_filings (
    incident_id  BIGINT       NOT NULL,
    regime       VARCHAR(40)  NOT NULL,
    deadline     VARCHAR(40)  NOT NULL,
    submitted_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reference    VARCHAR(200),
    filed_by     VARCHAR(200),
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX regulatory_filings_incident_idx ON regulatory_filings (incident_id);

-- Legal holds, kept after release as history. A hold is active while released_at is null.
CREATE SEQUENCE legal_hold_seq START WITH 1;

CREATE TABLE legal_holds (
    id          BIGINT        PRIMARY KEY,
    incident_id BIGINT        NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    placed_by   VARCHAR(200)  NOT NULL,
    placed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    released_by VARCHAR(200),
    released_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX legal_holds_incident_idx ON legal_holds (incident_id);
