package dev.noblame.jira.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Atlassian Document Format (Cloud, REST v3). Empty text nodes are left out: ADF forbids them. */
public final class Adf {
    private Adf() {
    }

    public static JsonObject render(Doc doc) {
        JsonObject root = new JsonObject();
        root.addProperty("type", "doc");
        root.addProperty("version", 1);
        JsonArray content = new JsonArray();
        for (Doc.Block b : doc.blocks()) {
            content.add(block(b));
        }
        root.add("content", content);
        return root;
    }

    private static JsonObject block(Doc.Block b) {
        if (b instanceof Doc.Heading h) {
                JsonObject o = node("heading");
                JsonObject attrs = new JsonObject();
                attrs.addProperty("level", h.level());
                o.add("attrs", attrs);
                o.add("content", inlines(List.of(Doc.text(h.text()))));
                return o;
        }
        if (b instanceof Doc.Paragraph p) {
            return paragraph(p.content());
        }
        {
                Doc.Bullets l = (Doc.Bullets) b;
                JsonObject list = node("bulletList");
                JsonArray items = new JsonArray();
                for (List<Doc.Inline> item : l.items()) {
                    JsonObject li = node("listItem");
                    JsonArray liContent = new JsonArray();
                    liContent.add(paragraph(item));
                    li.add("content", liContent);
                    items.add(li);
                }
                list.add("content", items);
                return list;
        }
    }

    private static JsonObject paragraph(List<Doc.Inline> content) {
        JsonObject o = node("paragraph");
        o.add("content", inlines(content));
        return o;
    }

    private static JsonArray inlines(List<Doc.Inline> content) {
        JsonArray out = new JsonArray();
        for (Doc.Inline i : content) {
            String text = i instanceof Doc.Link l
                    ? (l.text().isEmpty() ? l.href().toString() : l.text())
                    : ((Doc.Text) i).text();
            if (text.isEmpty()) {
                continue;
            }
            JsonObject t = node("text");
            t.addProperty("text", text);
            JsonArray marks = new JsonArray();
            if (i instanceof Doc.Text tx && tx.strong()) {
                marks.add(node("strong"));
            }
            if (i instanceof Doc.Link l) {
                JsonObject link = node("link");
                JsonObject attrs = new JsonObject();
                attrs.addProperty("href", l.href().toString());
                link.add("attrs", attrs);
                marks.add(link);
            }
            if (!marks.isEmpty()) {
                t.add("marks", marks);
            }
            out.add(t);
        }
        return out;
    }

    private static JsonObject node(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        return o;
    }
}
