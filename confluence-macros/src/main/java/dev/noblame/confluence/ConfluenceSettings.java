package dev.noblame.confluence;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.confluence.macro.JiraMacro;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Confluence adapter needs, from flat keys (YAML flattened with dots, or the
 * environment through {@link #fromEnvironment}). Validated on construction; each message names
 * the key to fix.
 *
 * @param url         {@code confluence.url}: the site, e.g. {@code https://acme.atlassian.net} (Cloud, with or
 *                    without {@code /wiki}) or {@code https://confluence.acme.com[/context]} (Data Center)
 * @param deployment  {@code confluence.deployment}: {@code cloud} (default when the host ends in atlassian.net) or {@code datacenter}
 * @param email       {@code confluence.email}: Cloud only, the account the API token belongs to
 * @param token       {@code confluence.token}: Cloud only, an API token (Basic auth email:token)
 * @param pat         {@code confluence.pat}: Data Center only, a personal access token (Bearer)
 * @param space       {@code confluence.space}: the default space key pages are published to (optional)
 * @param timeout     {@code confluence.timeout_seconds}: seconds per request, default 30
 * @param jira        {@code confluence.jira_server}, {@code confluence.jira_server_id}, {@code confluence.jira_jql}:
 *                    when any is set, postmortem pages list actions with the Jira macro
 * @param users       {@code confluence.users.<name>}: a NoBlame user name's Confluence account id (Cloud) or user key (DC)
 */
public record ConfluenceSettings(URI url, ConfluenceDeployment deployment, String email, String token, String pat, String space,
                                 Duration timeout, Optional<JiraMacro> jira, Map<String, String> users) {
    public ConfluenceSettings {
        jira = jira == null ? Optional.empty() : jira;
        users = Map.copyOf(users == null ? Map.of() : users);
        if (url == null) {
            throw ValidationException.field("confluence.url", "is required");
        }
        if (deployment == ConfluenceDeployment.CLOUD && (blank(email) || blank(token))) {
            throw ValidationException.field(blank(email) ? "confluence.email" : "confluence.token",
                    "is required for Confluence Cloud (Basic auth with an API token)");
        }
        if (deployment == ConfluenceDeployment.DATACENTER && blank(pat)) {
            throw ValidationException.field("confluence.pat", "is required for Confluence Data Center (a personal access token)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            timeout = Duration.ofSeconds(30);
        }
    }

    public static ConfluenceSettings from(Map<String, String> flat) {
        String rawUrl = value(flat, "confluence.url");
        if (rawUrl == null) {
            throw ValidationException.field("confluence.url", "is required (or set NOBLAME_CONFLUENCE_URL)");
        }
        URI url = url(rawUrl);
        String dep = value(flat, "confluence.deployment");
        ConfluenceDeployment deployment = dep != null ? Wire.parse(ConfluenceDeployment.class, dep, "confluence.deployment")
                : url.getHost().endsWith(".atlassian.net") ? ConfluenceDeployment.CLOUD : ConfluenceDeployment.DATACENTER;
        Duration timeout = Duration.ofSeconds(30);
        String t = value(flat, "confluence.timeout_seconds");
        if (t != null) {
            try {
                long seconds = Long.parseLong(t);
                if (seconds < 1 || seconds > 600) {
                    throw new NumberFormatException();
                }
                timeout = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                throw ValidationException.field("confluence.timeout_seconds", "must be a number of seconds from 1 to 600 (got '" + t + "')");
            }
        }
        Optional<JiraMacro> jira = Optional.empty();
        String server = value(flat, "confluence.jira_server");
        String serverId = value(flat, "confluence.jira_server_id");
        String jql = value(flat, "confluence.jira_jql");
        if (server != null || serverId != null || jql != null) {
            try {
                jira = Optional.of(new JiraMacro(server, serverId, jql));
            } catch (ValidationException e) {
                throw ValidationException.field("confluence.jira_jql", "must contain {incident} where the incident id goes");
            }
        }
        Map<String, String> users = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            if (k.startsWith("confluence.users.") && v != null && !v.isBlank()) {
                users.put(k.substring("confluence.users.".length()), v.strip());
            }
        });
        if (deployment == ConfluenceDeployment.CLOUD && url.getPath().endsWith("/wiki")) {
            // Cloud's API paths start with /wiki themselves; people often paste the site's /wiki address
            String site = url.toString();
            url = URI.create(site.substring(0, site.length() - "/wiki".length()));
        }
        return new ConfluenceSettings(url, deployment, value(flat, "confluence.email"), value(flat, "confluence.token"),
                value(flat, "confluence.pat"), value(flat, "confluence.space"), timeout, jira, users);
    }

    /**
     * The hub's environment convention: {@code NOBLAME_CONFLUENCE_URL} → {@code confluence.url},
     * {@code NOBLAME_CONFLUENCE_JIRA_JQL} → {@code confluence.jira_jql} (the prefix goes, the rest is
     * lower-cased and its first {@code _} becomes {@code .}).
     */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> flat = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("NOBLAME_CONFLUENCE_")) {
                flat.put(k.substring("NOBLAME_".length()).toLowerCase(Locale.ROOT).replaceFirst("_", "."), v);
            }
        });
        return flat;
    }

    /** Whether any Confluence key is set at all: without one, the adapter is simply not configured. */
    public static boolean configured(Map<String, String> flat) {
        return value(flat, "confluence.url") != null;
    }

    public String host() {
        return url.getHost();
    }

    @Override
    public String toString() {
        return "ConfluenceSettings[url=" + url + ", deployment=" + Wire.name(deployment) + ", email=" + email + ", space=" + space
                + ", token=" + (blank(token) ? "unset" : "***") + ", pat=" + (blank(pat) ? "unset" : "***") + "]";
    }

    private static URI url(String raw) {
        try {
            URI u = URI.create(raw.strip());
            if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                throw new IllegalArgumentException();
            }
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
            return URI.create(u.getScheme() + "://" + u.getRawAuthority() + path);
        } catch (IllegalArgumentException e) {
            throw ValidationException.field("confluence.url", "must be an http(s) URL like https://acme.atlassian.net (got '" + raw + "')");
        }
    }

    private static String value(Map<String, String> flat, String key) {
        String v = flat.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
