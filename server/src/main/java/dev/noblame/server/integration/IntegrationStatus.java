package dev.noblame.server.integration;

import java.time.Instant;
import java.util.Optional;

/**
 * @param configured   the settings it needs are present and valid
 * @param detail       one line for an operator: what is configured, or which key is missing
 * @param lastSuccess  the last time it talked to its host successfully
 * @param lastError    the last failure, if any since the last success
 */
public record IntegrationStatus(boolean configured, String detail, Optional<Instant> lastSuccess, Optional<String> lastError) {
    public static IntegrationStatus notConfigured(String detail) {
        return new IntegrationStatus(false, detail, Optional.empty(), Optional.empty());
    }
}
