package dev.noblame.confluence.markup;

import dev.noblame.render.RichText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short builders for node trees, and the conversion of section text (RichText) to nodes. */
public final class Nodes {
    private Nodes() {
    }

    public static Node text(String s) {
        return new Node.Text(s);
    }

    public static Node el(Tag tag, Node... children) {
        return new Node.Element(tag, Arrays.asList(children));
    }

    public static Node el(Tag tag, List<Node> children) {
        return new Node.Element(tag, children);
    }

    public static Node h2(String s) {
        return el(Tag.H2, text(s));
    }

    public static Node p(String s) {
        return el(Tag.P, text(s));
    }

    /** A table with a header row and rows of cells; each cell is a list of nodes. */
    public static Node table(List<String> headers, List<List<List<Node>>> rows) {
        List<Node> head = new ArrayList<>();
        for (String h : headers) {
            head.add(el(Tag.TH, text(h)));
        }
        List<Node> body = new ArrayList<>();
        body.add(el(Tag.TR, head));
        for (List<List<Node>> row : rows) {
            List<Node> cells = new ArrayList<>();
            for (List<Node> cell : row) {
                cells.add(el(Tag.TD, cell));
            }
            body.add(el(Tag.TR, cells));
        }
        return el(Tag.TABLE, el(Tag.TBODY, body));
    }

    public static List<Node> cell(String s) {
        return List.of(text(s));
    }

    /** Section text as nodes: only RichText's blocks and inlines become elements. */
    public static List<Node> rich(String text) {
        List<Node> out = new ArrayList<>();
        for (RichText.Block b : RichText.parse(text)) {
            if (b instanceof RichText.Paragraph p) {
                List<Node> line = new ArrayList<>();
                for (int i = 0; i < p.lines().size(); i++) {
                    if (i > 0) {
                        line.add(el(Tag.BR));
                    }
                    line.addAll(inline(p.lines().get(i)));
                }
                out.add(el(Tag.P, line));
            } else if (b instanceof RichText.BulletList l) {
                out.add(list(Tag.UL, l.items()));
            } else if (b instanceof RichText.NumberedList l) {
                out.add(list(Tag.OL, l.items()));
            } else if (b instanceof RichText.Heading h) {
                out.add(el(Tag.H3, inline(h.text())));
            }
        }
        return out;
    }

    private static Node list(Tag tag, List<List<RichText.Inline>> items) {
        List<Node> lis = new ArrayList<>();
        for (List<RichText.Inline> item : items) {
            lis.add(el(Tag.LI, inline(item)));
        }
        return el(tag, lis);
    }

    public static List<Node> inline(List<RichText.Inline> inlines) {
        List<Node> out = new ArrayList<>();
        for (RichText.Inline i : inlines) {
            if (i instanceof RichText.Strong s) {
                out.add(el(Tag.STRONG, text(s.text())));
            } else if (i instanceof RichText.Code c) {
                out.add(el(Tag.CODE, text(c.text())));
            } else if (i instanceof RichText.Link l) {
                out.add(new Node.Link(l.url(), l.text()));
            } else {
                out.add(text(RichText.textOf(i)));
            }
        }
        return out;
    }
}
