package dev.noblame.jira;

import dev.noblame.common.Checks;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Jira adapter needs, read from the flat settings map (YAML {@code jira.url} or
 * environment {@code NOBLAME_JIRA_URL}). Each field names its key.
 *
 * @param url            {@code jira.url}: the site, e.g. https://example.atlassian.net (no trailing /rest)
 * @param deployment     {@code jira.deployment}: cloud (REST v3, Basic email:token) or datacenter (REST v2, Bearer PAT)
 * @param email          {@code jira.email}: Cloud account e-mail for Basic auth
 * @param token          {@code jira.token}: Cloud API token
 * @param pat            {@code jira.pat}: Data Center personal access token
 * @param project        {@code jira.project}: key of the project that holds postmortems and actions
 * @param webhookSecret  {@code jira.webhook_secret}: HMAC secret of the admin webhook (null: webhook refused)
 * @param publicUrl      {@code server.public_url}: NoBlame's own address, target of the remote links
 * @param confluenceUrl  {@code confluence.url}: the Confluence site, for remote links to published pages (optional)
 * @param escalation     {@code jira.escalation.mode}: on breach, add the escalation contact as watcher or make it assignee
 * @param escalateTo     {@code jira.escalation.to}: who is escalated to (Cloud account id, Data Center user name); null: nobody.
 *                       {@code jira.escalation.to.<service>} overrides it per service. Reminder and verification
 *                       timing come from the SLA policy, not from here.
 * @param maxConcurrent  {@code jira.max_concurrent}: cap on requests in flight (default 4)
 * @param maxRetries     {@code jira.max_retries}: retries after 429/503/timeouts before giving up (default 5)
 * @param connectTimeout {@code jira.connect_timeout_ms} (default 5000)
 * @param requestTimeout {@code jira.request_timeout_ms} (default 30000)
 */
public record JiraSettings(
        URI url,
        JiraDeployment deployment,
        String email,
        String token,
        String pat,
        String project,
        String webhookSecret,
        URI publicUrl,
        URI confluenceUrl,
        EscalationMode escalation,
        String escalateTo,
        Map<String, String> escalateToByService,
        int maxConcurrent,
        int maxRetries,
        Duration connectTimeout,
        Duration requestTimeout) {

    public enum EscalationMode { WATCHER, ASSIGNEE }

    public JiraSettings {
        Checks checks = Checks.start()
                .notNull(url, "jira.url")
                .notNull(deployment, "jira.deployment")
                .require(project != null && project.matches("[A-Z][A-Z0-9_]{1,254}"), "jira.project",
                        "must be a project key like OPS (got '" + project + "')")
                .require(maxConcurrent >= 1 && maxConcurrent <= 64, "jira.max_concurrent", "must be between 1 and 64")
                .require(maxRetries >= 0 && maxRetries <= 20, "jira.max_retries", "must be between 0 and 20")
;
        if (deployment == JiraDeployment.CLOUD) {
            checks.notBlank(email, "jira.email").notBlank(token, "jira.token");
        } else if (deployment == JiraDeployment.DATACENTER) {
            checks.notBlank(pat, "jira.pat");
        }
        checks.orThrow();
        escalation = escalation == null ? EscalationMode.WATCHER : escalation;
        escalateToByService = Map.copyOf(escalateToByService == null ? Map.of() : escalateToByService);
    }

    /** Reads the flat map; a missing or bad value fails with a message naming its key. */
    public static JiraSettings from(Map<String, String> flat) {
        Map<String, String> problems = new LinkedHashMap<>();
        URI url = uri(flat, "jira.url", true, problems);
        URI publicUrl = uri(flat, "server.public_url", false, problems);
        URI confluenceUrl = uri(flat, "confluence.url", false, problems);
        JiraDeployment deployment = null;
        EscalationMode escalation = EscalationMode.WATCHER;
        try {
            deployment = Wire.parse(JiraDeployment.class, flat.getOrDefault("jira.deployment", "cloud"), "jira.deployment");
        } catch (ValidationException e) {
            problems.putAll(e.fields());
        }
        try {
            String mode = flat.get("jira.escalation.mode");
            if (mode != null && !mode.isBlank()) {
                escalation = Wire.parse(EscalationMode.class, mode, "jira.escalation.mode");
            }
        } catch (ValidationException e) {
            problems.putAll(e.fields());
        }
        Map<String, String> byService = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            if (k.startsWith("jira.escalation.to.") && blank(v) != null) {
                byService.put(k.substring("jira.escalation.to.".length()), v.strip());
            }
        });
        int concurrent = integer(flat, "jira.max_concurrent", 4, problems);
        int retries = integer(flat, "jira.max_retries", 5, problems);
        int connect = integer(flat, "jira.connect_timeout_ms", 5_000, problems);
        int request = integer(flat, "jira.request_timeout_ms", 30_000, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new JiraSettings(url, deployment, blank(flat.get("jira.email")), blank(flat.get("jira.token")),
                blank(flat.get("jira.pat")), blank(flat.get("jira.project")), blank(flat.get("jira.webhook_secret")),
                publicUrl == null ? URI.create("http://localhost:8080") : publicUrl, confluenceUrl, escalation,
                blank(flat.get("jira.escalation.to")), byService, concurrent, retries,
                Duration.ofMillis(connect), Duration.ofMillis(request));
    }

    /** True when the map names a Jira site at all; the hub wires the integration only then. */
    public static boolean configured(Map<String, String> flat) {
        return blank(flat.get("jira.url")) != null;
    }

    /** Who a breach of an action of this service escalates to: the service's own contact, else the default. */
    public Optional<String> escalationContact(String service) {
        return Optional.ofNullable(service == null ? null : escalateToByService.get(service)).or(() -> Optional.ofNullable(escalateTo));
    }

    /** The site without a trailing slash, for building request URIs. */
    public String base() {
        String s = url.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** NoBlame's page of an incident, target of the remote link. */
    public URI incidentPage(String incident) {
        String s = publicUrl.toString();
        return URI.create((s.endsWith("/") ? s : s + "/") + "incidents/" + incident);
    }

    /** The published Confluence page, when both the site and the page are known. */
    public Optional<URI> confluencePage(Optional<String> pageId) {
        if (confluenceUrl == null || pageId.isEmpty()) {
            return Optional.empty();
        }
        String s = confluenceUrl.toString();
        return Optional.of(URI.create((s.endsWith("/") ? s : s + "/") + "pages/viewpage.action?pageId="
                + java.net.URLEncoder.encode(pageId.get(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    public JiraSettings withProject(String key) {
        return new JiraSettings(url, deployment, email, token, pat, key, webhookSecret, publicUrl, confluenceUrl, escalation, escalateTo,
                escalateToByService, maxConcurrent, maxRetries, connectTimeout, requestTimeout);
    }

    @Override
    public String toString() {
        // secrets stay out of logs
        return "JiraSettings[url=" + url + ", deployment=" + Wire.name(deployment) + ", project=" + project + "]";
    }

    private static URI uri(Map<String, String> flat, String key, boolean required, Map<String, String> problems) {
        String v = blank(flat.get(key));
        if (v == null) {
            if (required) {
                problems.put(key, "is required (or set " + envName(key) + ")");
            }
            return null;
        }
        try {
            URI u = URI.create(v);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                problems.put(key, "must be an http(s) URL (got '" + v + "')");
                return null;
            }
            return u;
        } catch (IllegalArgumentException e) {
            problems.put(key, "must be an http(s) URL (got '" + v + "')");
            return null;
        }
    }

    private static int integer(Map<String, String> flat, String key, int dflt, Map<String, String> problems) {
        String v = blank(flat.get(key));
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            problems.put(key, "must be a whole number (got '" + v + "')");
            return dflt;
        }
    }

    static String envName(String key) {
        return "NOBLAME_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
