package dev.noblame.jira.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rich text in the few shapes NoBlame writes to Jira (headings, paragraphs, links, bullets),
 * kept apart from either wire format: {@link Adf} renders it for Cloud, {@link WikiMarkup} for
 * Data Center. Text is always plain here; each renderer escapes for its own format.
 */
public record Doc(List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block {
    }

    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6");
            }
            Objects.requireNonNull(text, "text");
        }
    }

    public record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    public record Bullets(List<List<Inline>> items) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    public sealed interface Inline {
    }

    public record Text(String text, boolean strong) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    public record Link(String text, URI href) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }
    }

    public static Text text(String s) {
        return new Text(s, false);
    }

    public static Text strong(String s) {
        return new Text(s, true);
    }

    public static Link link(String text, URI href) {
        return new Link(text, href);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Plain text of the whole document, for logs and tests. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append(h.text());
            } else if (b instanceof Paragraph p) {
                p.content().forEach(i -> sb.append(plain(i)));
            } else if (b instanceof Bullets l) {
                l.items().forEach(item -> {
                    sb.append("- ");
                    item.forEach(i -> sb.append(plain(i)));
                    sb.append('\n');
                });
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    private static String plain(Inline i) {
        return i instanceof Link l ? l.text() : ((Text) i).text();
    }

    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder heading(int level, String text) {
            blocks.add(new Heading(level, text));
            return this;
        }

        public Builder paragraph(String text) {
            return paragraph(text(text));
        }

        public Builder paragraph(Inline... content) {
            blocks.add(new Paragraph(List.of(content)));
            return this;
        }

        public Builder bullets(List<List<Inline>> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items));
            }
            return this;
        }

        public Doc build() {
            return new Doc(blocks);
        }
    }
}
