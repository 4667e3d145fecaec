/**
 * The tamper-evident evidence log (DESIGN §6). {@link dev.noblame.evidence.EvidenceLog} seals
 * facts onto a SHA-256 hash chain ({@link dev.noblame.evidence.EvidenceChain},
 * {@link dev.noblame.evidence.CanonicalJson}) kept by a {@link dev.noblame.ports.EvidenceStore},
 * and signs Ed25519 checkpoints ({@link dev.noblame.evidence.CheckpointSigner},
 * {@link dev.noblame.evidence.EvidenceKeys}) kept by a {@link dev.noblame.ports.CheckpointStore};
 * {@link dev.noblame.evidence.ChainVerifier} names the first break.
 *
 * <p>A table layout that round-trips every field exactly (the hash depends on it), valid on
 * H2 and PostgreSQL:
 * <pre>
 * CREATE TABLE evidence_entry (
 *   sequence    BIGINT PRIMARY KEY CHECK (sequence &gt; 0),
 *   subject     VARCHAR(200) NOT NULL,
 *   type        VARCHAR(100) NOT NULL,
 *   occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
 *   recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
 *   actor       VARCHAR(200),                 -- NULL for anonymous reports
 *   data        TEXT NOT NULL,                -- CanonicalJson.write(entry.data()); read back as Map&lt;String,String&gt;
 *   prev_hash   CHAR(64) NOT NULL UNIQUE,
 *   hash        CHAR(64) NOT NULL UNIQUE);
 * CREATE INDEX evidence_entry_subject ON evidence_entry (subject, sequence);
 * CREATE TABLE evidence_lock (id INT PRIMARY KEY);  -- one row, id 1: latest() locks it FOR UPDATE
 * CREATE TABLE evidence_checkpoint (
 *   sequence  BIGINT PRIMARY KEY,
 *   hash      CHAR(64) NOT NULL,
 *   signed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
 *   key_id    VARCHAR(16) NOT NULL,
 *   signature VARCHAR(100) NOT NULL);         -- base64 of 64 bytes
 * </pre>
 * Grant the application no UPDATE or DELETE on these tables where the database allows it.
 */
package dev.noblame.evidence;
