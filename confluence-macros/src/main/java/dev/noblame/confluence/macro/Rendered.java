package dev.noblame.confluence.macro;

import dev.noblame.confluence.markup.Node;
import dev.noblame.confluence.markup.PreviewPage;
import dev.noblame.confluence.markup.PreviewWriter;
import dev.noblame.confluence.markup.StorageWriter;
import java.util.List;

/** A rendered macro: a page title and its node tree, written on demand as storage format or preview. */
public record Rendered(String title, List<Node> nodes) {
    public Rendered {
        nodes = List.copyOf(nodes);
    }

    public String storage() {
        return StorageWriter.write(nodes);
    }

    /** The preview fragment (body content only). */
    public String preview() {
        return PreviewWriter.write(nodes);
    }

    /** The preview as a standalone page styled like Confluence. */
    public String previewPage() {
        return PreviewPage.wrap(title, preview());
    }
}
