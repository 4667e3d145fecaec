package dev.noblame.ports;

import dev.noblame.render.RedactedPostmortem;
import dev.noblame.render.RedactedRollup;

/**
 * Publishes pages to the team's wiki (Confluence). It takes only redacted content: the types
 * cannot be made without going through redaction, so a caller cannot skip it. Publishing is an
 * upsert: the same postmortem or rollup title updates its page rather than making a second one.
 */
public interface PagePublisher {
    PublishedPage publishPostmortem(RedactedPostmortem postmortem, PageTarget target);

    PublishedPage publishRollup(RedactedRollup rollup, PageTarget target);
}
