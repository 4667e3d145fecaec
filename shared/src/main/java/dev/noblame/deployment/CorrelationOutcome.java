package dev.noblame.deployment;

/** What correlating one deployment (or one new incident) came to. */
public enum CorrelationOutcome {
    /** A failed production deployment was linked to an open incident. */
    LINKED,
    /** A failed production deployment matched no incident: a SEV3 candidate incident was opened. */
    CANDIDATE_OPENED,
    /** The failure was caught before production (canary, automatic rollback): a near-miss was recorded. */
    NEAR_MISS_RECORDED,
    /** A successful deployment preceded incidents of its service: it is listed on them as a suspect. */
    SUSPECTED,
    /** Nothing to link: a successful deployment with no later incident, or a non-production run. */
    NOTHING_TO_LINK
}
