package dev.noblame.server.web;

import dev.noblame.server.config.ConfigException;
import dev.noblame.server.config.Settings;
import dev.noblame.sla.PolicyException;
import dev.noblame.sla.SlaPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SLA policy named by the settings: the file named by {@code sla.policy_file} laid over the
 * bundled defaults, or the defaults alone. The hub keeps the same policy in
 * {@code AppContext.slaPolicy()}, which the web UI uses. Read once at start, so a broken file
 * stops the hub with the line and key at fault instead of failing page by page.
 */
public final class PolicySource {
    public static final String KEY = "sla.policy_file";

    private PolicySource() {
    }

    public static SlaPolicy load(Settings settings) {
        Optional<String> file = settings.get(KEY);
        if (file.isEmpty() || file.get().isBlank()) {
            return SlaPolicy.defaults();
        }
        Path path = Path.of(file.get());
        if (!Files.isRegularFile(path)) {
            throw new ConfigException(KEY + " names " + path + ", which is not a readable file");
        }
        try {
            return SlaPolicy.load(path);
        } catch (PolicyException e) {
            throw new ConfigException(KEY + ": " + e.getMessage());
        }
    }
}
