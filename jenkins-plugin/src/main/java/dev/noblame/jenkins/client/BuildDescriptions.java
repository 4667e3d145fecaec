package dev.noblame.jenkins.client;

import java.net.URI;
import java.util.Optional;

/**
 * The line NoBlame writes on a build page. Jenkins renders descriptions with its markup formatter:
 * plain text by default (so plain text here), or Safe HTML, where an escaped link is allowed.
 * Incident titles come from reports and pipelines, so they are always escaped for HTML.
 */
public final class BuildDescriptions {
    private final Optional<URI> linkBase;
    private final boolean safeHtml;

    public BuildDescriptions(Optional<URI> linkBase, boolean safeHtml) {
        this.linkBase = linkBase;
        this.safeHtml = safeHtml;
    }

    public String line(String incident, String title, String outcome) {
        String what = switch (outcome) {
            case "linked" -> "linked to incident";
            case "opened" -> "opened incident";
            case "near_miss" -> "recorded near-miss";
            default -> "incident";
        };
        Optional<String> link = linkBase.map(b -> b.resolve("incidents/" + incident).toString());
        if (!safeHtml) {
            return "NoBlame: " + what + " " + incident + " - " + title + link.map(l -> " " + l).orElse("");
        }
        String id = link.map(l -> "<a href=\"" + escape(l) + "\">" + escape(incident) + "</a>").orElse(escape(incident));
        return "NoBlame: " + what + " " + id + " - " + escape(title);
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
