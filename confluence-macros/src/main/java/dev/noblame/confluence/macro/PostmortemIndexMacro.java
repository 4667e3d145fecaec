package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.p;

import dev.noblame.confluence.markup.Node;
import dev.noblame.render.PageProperties;
import dev.noblame.render.PostmortemDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code postmortem-index} macro: a page properties report ({@code detailssummary}) over the
 * pages labelled {@code postmortem}, reading the {@link PostmortemMacro} details block, newest
 * detection first. Confluence fills it live; the preview lists the documents NoBlame holds.
 */
public final class PostmortemIndexMacro {
    public static final String NAME = "postmortem-index";
    public static final List<String> HEADINGS = List.of(PageProperties.SEVERITY, PageProperties.STATUS, PageProperties.SERVICE,
            PageProperties.TEAM, PageProperties.DETECTED, PageProperties.TTR, PageProperties.CATEGORY, PageProperties.OWNER);

    private PostmortemIndexMacro() {
    }

    public static String cql(String space) {
        String cql = "label = \"" + PagePublishing.POSTMORTEM_LABEL + "\"";
        return space == null || space.isBlank() ? cql : cql + " and space = \"" + space.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static Rendered render(List<PostmortemDocument> known, int pageSize, MacroContext ctx) {
        List<PostmortemDocument> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.comparing((PostmortemDocument d) -> d.incident().startedAt()).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (PostmortemDocument d : sorted) {
            List<String> row = new ArrayList<>();
            row.add(PostmortemMacro.title(d));
            List<PageProperties.Property> props = PageProperties.of(d);
            for (String h : HEADINGS) {
                row.add(props.stream().filter(x -> x.key().equals(h)).findFirst().map(PageProperties.Property::value).orElse(""));
            }
            rows.add(row);
        }
        List<Node> page = List.of(
                p("Every postmortem page, from the page properties of each. Open a row to read the postmortem."),
                new Node.DetailsSummary(cql(ctx.space()), HEADINGS, PageProperties.DETECTED, true, Math.max(1, pageSize), rows));
        return new Rendered("Postmortems", page);
    }
}
