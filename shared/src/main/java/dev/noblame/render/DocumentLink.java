package dev.noblame.render;

import dev.noblame.common.Checks;

/** A link under "Supporting information": a dashboard, a log query, a ticket. */
public record DocumentLink(String title, String url) {
    public DocumentLink {
        Checks.start().notBlank(title, "title").maxLength(title, 500, "title")
                .notBlank(url, "url").maxLength(url, 2000, "url").orThrow();
        title = title.strip();
        url = url.strip();
    }
}
