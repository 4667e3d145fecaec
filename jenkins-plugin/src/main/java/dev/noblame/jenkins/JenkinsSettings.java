package dev.noblame.jenkins;

import dev.noblame.common.ValidationException;
import dev.noblame.jenkins.intake.IntakeTokens;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the Jenkins integration is configured with. Loaded from flat keys (YAML nested
 * snake_case keys flattened with dots; {@code NOBLAME_JENKINS_URL} becomes {@code jenkins.url}).
 *
 * @param url              {@code jenkins.url}: the Jenkins that build pages are written to; empty
 *                         disables writing build descriptions (intake and gate still work)
 * @param user             {@code jenkins.user}: the Jenkins user whose API token is {@code token}
 * @param token            {@code jenkins.token}: that user's API token (needs Run/Update on the jobs)
 * @param intakeTokens     {@code jenkins.intake_tokens}: {@code name:token,...}, one per Jenkins that
 *                         may post deployments; only their hashes are kept
 * @param windowBefore     {@code jenkins.correlation.window_before} (default 0m): how long before a
 *                         deployment started an incident may have started and still be linked (clock skew)
 * @param windowAfter      {@code jenkins.correlation.window_after} (default 2h): how long after a
 *                         deployment started an incident may start and still be linked or suspect it
 * @param gateMaxBreachedPriorityActions {@code jenkins.gate.max_breached_priority_actions} (default: the SLA
 *                         policy's limit per service): a production deploy is denied when the service has
 *                         more breached priority actions
 * @param maxBodyBytes     {@code jenkins.intake.max_body_bytes} (default 262144): larger intake bodies are refused
 * @param defaultEnvironment {@code jenkins.notification.default_environment} (default production): the
 *                         environment of a Notification-plugin build that names none in its parameters
 * @param linkBase         {@code jenkins.description.link_base}: NoBlame's public URL, so build pages link
 *                         back to the incident; empty writes the incident id only
 * @param safeHtml         {@code jenkins.description.safe_html} (default false): Jenkins runs the Safe HTML
 *                         markup formatter, so the description may carry an escaped {@code <a>} link
 * @param timeout          {@code jenkins.timeout} (default 10s): connect and request timeout of Jenkins calls
 */
public record JenkinsSettings(
        Optional<URI> url,
        String user,
        String token,
        IntakeTokens intakeTokens,
        Duration windowBefore,
        Duration windowAfter,
        OptionalInt gateMaxBreachedPriorityActions,
        int maxBodyBytes,
        String defaultEnvironment,
        Optional<URI> linkBase,
        boolean safeHtml,
        Duration timeout) {

    public static final String PREFIX = "jenkins.";

    public JenkinsSettings {
        url = url == null ? Optional.empty() : url;
        linkBase = linkBase == null ? Optional.empty() : linkBase;
        intakeTokens = intakeTokens == null ? IntakeTokens.none() : intakeTokens;
    }

    /** Defaults only: no Jenkins to write to, no intake token. */
    public static JenkinsSettings defaults() {
        return from(Map.of());
    }

    /** Reads and validates; a {@link ValidationException} names every bad key. */
    public static JenkinsSettings from(Map<String, String> flat) {
        SettingsReader r = new SettingsReader(withNestedAliases(flat));
        URI url = r.httpUrl("jenkins.url");
        String user = r.text("jenkins.user");
        String token = r.text("jenkins.token");
        if (url != null) {
            if (user == null) {
                r.problem("jenkins.user", "is required when jenkins.url is set");
            }
            if (token == null) {
                r.problem("jenkins.token", "is required when jenkins.url is set (a Jenkins API token)");
            }
        } else if (user != null || token != null) {
            r.problem("jenkins.url", "is required when jenkins.user or jenkins.token is set");
        }
        IntakeTokens intake = IntakeTokens.none();
        try {
            intake = IntakeTokens.parse(r.text("jenkins.intake_tokens"), "jenkins.intake_tokens");
        } catch (ValidationException e) {
            e.fields().forEach(r::problem);
        }
        Duration before = r.duration("jenkins.correlation.window_before", Duration.ZERO);
        Duration after = r.duration("jenkins.correlation.window_after", Duration.ofHours(2));
        if (before.isNegative()) {
            r.problem("jenkins.correlation.window_before", "must not be negative");
        }
        if (after.isNegative() || after.isZero()) {
            r.problem("jenkins.correlation.window_after", "must be positive");
        }
        int maxBreached = r.integer("jenkins.gate.max_breached_priority_actions", -1, 0, 10_000);
        int maxBody = r.integer("jenkins.intake.max_body_bytes", 256 * 1024, 1024, 16 * 1024 * 1024);
        String env = Optional.ofNullable(r.text("jenkins.notification.default_environment")).orElse("production");
        URI linkBase = r.httpUrl("jenkins.description.link_base");
        boolean safeHtml = r.flag("jenkins.description.safe_html", false);
        Duration timeout = r.duration("jenkins.timeout", Duration.ofSeconds(10));
        if (timeout.isNegative() || timeout.isZero()) {
            r.problem("jenkins.timeout", "must be positive");
        }
        if (!r.problems().isEmpty()) {
            throw new ValidationException(r.problems());
        }
        return new JenkinsSettings(Optional.ofNullable(url), user, token, intake, before, after,
                maxBreached < 0 ? OptionalInt.empty() : OptionalInt.of(maxBreached), maxBody,
                env, Optional.ofNullable(linkBase), safeHtml, timeout);
    }

    /** Picks the {@code jenkins.*} keys out of environment variables: {@code NOBLAME_JENKINS_URL} → {@code jenkins.url}. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> flat = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("NOBLAME_JENKINS_")) {
                String rest = k.substring("NOBLAME_JENKINS_".length()).toLowerCase(Locale.ROOT);
                flat.put(PREFIX + ENV_ALIASES.getOrDefault(rest, rest), v);
            }
        });
        return flat;
    }

    /**
     * An environment variable turns only its first underscore into a dot
     * ({@code NOBLAME_JENKINS_CORRELATION_WINDOW_AFTER} → {@code jenkins.correlation_window_after}):
     * such keys are read as their nested form. The nested form wins when both are given.
     */
    static Map<String, String> withNestedAliases(Map<String, String> flat) {
        Map<String, String> out = new LinkedHashMap<>();
        if (flat == null) {
            return out;
        }
        flat.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                String alias = ENV_ALIASES.get(k.substring(PREFIX.length()));
                if (alias != null) {
                    out.putIfAbsent(PREFIX + alias, v);
                    return;
                }
            }
            out.put(k, v);
        });
        flat.forEach((k, v) -> {
            if (k.startsWith(PREFIX) && ENV_ALIASES.containsValue(k.substring(PREFIX.length()))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Environment names cannot carry dots: the nested keys have an underscore-joined alias. */
    private static final Map<String, String> ENV_ALIASES = Map.of(
            "correlation_window_before", "correlation.window_before",
            "correlation_window_after", "correlation.window_after",
            "gate_max_breached_priority_actions", "gate.max_breached_priority_actions",
            "intake_max_body_bytes", "intake.max_body_bytes",
            "notification_default_environment", "notification.default_environment",
            "description_link_base", "description.link_base",
            "description_safe_html", "description.safe_html");

    public boolean writesBuildPages() {
        return url.isPresent();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "JenkinsSettings[url=" + url.map(URI::toString).orElse("-") + ", user=" + user + ", token="
                + (token == null ? "-" : "***") + ", intakeTokens=" + intakeTokens + ", windowBefore=" + windowBefore
                + ", windowAfter=" + windowAfter + ", gateMaxBreachedPriorityActions=" + gateMaxBreachedPriorityActions
                + ", maxBodyBytes=" + maxBodyBytes + ", defaultEnvironment=" + defaultEnvironment + "]";
    }
}
