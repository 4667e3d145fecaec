package dev.noblame.confluence.macro;

import dev.noblame.render.PostmortemDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The labels and property key a published postmortem page carries; the index and rollups rely on them. */
public final class PagePublishing {
    public static final String POSTMORTEM_LABEL = "postmortem";
    public static final String ROLLUP_LABEL = "postmortem-rollup";
    /** The content property holding the (redacted) postmortem document as JSON. */
    public static final String PROPERTY_KEY = "noblame-postmortem";

    private PagePublishing() {
    }

    public static List<String> labels(PostmortemDocument d) {
        List<String> labels = new ArrayList<>();
        labels.add(POSTMORTEM_LABEL);
        labels.add("svc-" + label(d.incident().service()));
        if (d.incident().team() != null) {
            labels.add("team-" + label(d.incident().team()));
        }
        return labels;
    }

    /** Confluence labels are lower case without spaces; anything else becomes a hyphen. */
    static String label(String s) {
        String l = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^-+|-+$", "");
        return l.isEmpty() ? "unnamed" : l.length() > 200 ? l.substring(0, 200) : l;
    }
}
