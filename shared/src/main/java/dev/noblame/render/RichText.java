package dev.noblame.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown-ish language of postmortem sections, parsed into blocks so each renderer
 * (Markdown, HTML, Confluence storage) can emit its own markup from plain values. Nothing in
 * the text is ever passed through as markup: an angle bracket stays a character.
 *
 * <p>Blocks: paragraphs (separated by blank lines), bullet lists ({@code - } or {@code * }),
 * numbered lists ({@code 1. }), headings ({@code ### }). Inline: {@code **strong**},
 * {@code `code`}, and links {@code [text](https://...)} whose URL is http(s) or mailto; any
 * other link stays text.
 */
public final class RichText {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,9}[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?://|mailto:)[^\\s\"'<>`]+$");

    private RichText() {
    }

    public sealed interface Block permits Paragraph, BulletList, NumberedList, Heading {
    }

    public record Paragraph(List<List<Inline>> lines) implements Block {
    }

    public record BulletList(List<List<Inline>> items) implements Block {
    }

    public record NumberedList(List<List<Inline>> items) implements Block {
    }

    public record Heading(List<Inline> text) implements Block {
    }

    public sealed interface Inline permits Plain, Strong, Code, Link {
    }

    public record Plain(String text) implements Inline {
    }

    public record Strong(String text) implements Inline {
    }

    public record Code(String text) implements Inline {
    }

    public record Link(String text, String url) implements Inline {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<List<Inline>> paragraph = new ArrayList<>();
        List<List<Inline>> list = new ArrayList<>();
        boolean numbered = false;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            // the regexes only run on lines whose first character could start a list or heading
            char first = line.isEmpty() ? ' ' : line.charAt(0);
            Matcher bullet = first == '-' || first == '*' ? BULLET.matcher(raw) : null;
            Matcher number = Character.isDigit(first) ? NUMBERED.matcher(raw) : null;
            Matcher heading = first == '#' ? HEADING.matcher(line) : null;
            boolean isBullet = bullet != null && bullet.matches();
            if (line.isEmpty()) {
                flush(blocks, paragraph, list, numbered);
            } else if (isBullet || (number != null && number.matches())) {
                boolean isNumbered = !isBullet;
                if (!paragraph.isEmpty() || (!list.isEmpty() && isNumbered != numbered)) {
                    flush(blocks, paragraph, list, numbered);
                }
                numbered = isNumbered;
                list.add(inline((isNumbered ? number : bullet).group(1).strip()));
            } else if (heading != null && heading.matches()) {
                flush(blocks, paragraph, list, numbered);
                blocks.add(new Heading(inline(heading.group(1).strip())));
            } else {
                if (!list.isEmpty()) {
                    flush(blocks, paragraph, list, numbered);
                }
                paragraph.add(inline(line));
            }
        }
        flush(blocks, paragraph, list, numbered);
        return blocks;
    }

    public static List<Inline> inline(String text) {
        List<Inline> out = new ArrayList<>();
        if (text.indexOf('*') < 0 && text.indexOf('`') < 0 && text.indexOf('[') < 0) {
            out.add(new Plain(text));
            return out;
        }
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.group(3) != null && !isSafeUrl(m.group(4))) {
                continue;
            }
            if (m.start() > last) {
                out.add(new Plain(text.substring(last, m.start())));
            }
            if (m.group(1) != null) {
                out.add(new Strong(m.group(1)));
            } else if (m.group(2) != null) {
                out.add(new Code(m.group(2)));
            } else {
                out.add(new Link(m.group(3), m.group(4)));
            }
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new Plain(text.substring(last)));
        }
        return out;
    }

    /** Only web and mail links survive: {@code javascript:} and friends stay plain text. */
    public static boolean isSafeUrl(String url) {
        return url != null && SAFE_URL.matcher(url).matches();
    }

    /** The text without any markup, for places that take plain text only. */
    public static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            sb.append(textOf(i));
        }
        return sb.toString();
    }

    public static String textOf(Inline i) {
        if (i instanceof Plain p) {
            return p.text();
        } else if (i instanceof Strong s) {
            return s.text();
        } else if (i instanceof Code c) {
            return c.text();
        }
        return ((Link) i).text();
    }

    private static void flush(List<Block> blocks, List<List<Inline>> paragraph, List<List<Inline>> list, boolean numbered) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(List.copyOf(paragraph)));
            paragraph.clear();
        }
        if (!list.isEmpty()) {
            blocks.add(numbered ? new NumberedList(List.copyOf(list)) : new BulletList(List.copyOf(list)));
            list.clear();
        }
    }
}
