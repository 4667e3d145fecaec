package dev.noblame.confluence.macro;

import static dev.noblame.confluence.markup.Nodes.cell;
import static dev.noblame.confluence.markup.Nodes.el;
import static dev.noblame.confluence.markup.Nodes.h2;
import static dev.noblame.confluence.markup.Nodes.table;
import static dev.noblame.confluence.markup.Nodes.text;

import dev.noblame.action.ActionItem;
import dev.noblame.common.Wire;
import dev.noblame.confluence.markup.Node;
import dev.noblame.confluence.markup.Nodes;
import dev.noblame.confluence.markup.Tag;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Section;
import dev.noblame.render.DocumentLink;
import dev.noblame.render.PageProperties;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code postmortem} macro: a page-properties block with the fixed keys of
 * {@link PageProperties} (severity as a status lozenge, the owner as a user), then the template
 * sections in order, the timeline and contributing factors as tables, and the action items as a
 * live {@code jira} macro when Jira is linked or else a task list with owner and due date.
 */
public final class PostmortemMacro {
    public static final String NAME = "postmortem";
    /** The page-properties id the index macro's report reads. */
    public static final String DETAILS_ID = "noblame-postmortem";

    private PostmortemMacro() {
    }

    public static String title(PostmortemDocument d) {
        return d.incident().id() + ": " + d.incident().title();
    }

    public static Rendered render(PostmortemDocument d, MacroContext ctx) {
        List<Node> page = new ArrayList<>();
        page.add(details(d, ctx));
        for (Section s : Section.values()) {
            List<Node> body = new ArrayList<>(Nodes.rich(d.postmortem().section(s)));
            switch (s) {
                case TIMELINE -> timeline(d.timeline(), body);
                case CONTRIBUTING_FACTORS -> factors(d.postmortem().factors(), body);
                case ACTION_ITEMS -> actions(d, ctx, body);
                case SUPPORTING_INFORMATION -> links(d.links(), body);
                default -> { }
            }
            if (!body.isEmpty()) {
                page.add(h2(s.title()));
                page.addAll(body);
            }
        }
        return new Rendered(title(d), page);
    }

    static Node details(PostmortemDocument d, MacroContext ctx) {
        List<Node.Row> rows = new ArrayList<>();
        for (PageProperties.Property p : PageProperties.of(d)) {
            List<Node> value = switch (p.key()) {
                case PageProperties.SEVERITY -> List.of(severity(d.incident().severity()));
                case PageProperties.OWNER -> List.of(ctx.person(p.value()));
                default -> cell(p.value());
            };
            rows.add(new Node.Row(p.key(), value));
        }
        return new Node.Details(DETAILS_ID, rows);
    }

    public static Node severity(Severity s) {
        Node.Colour colour = switch (s) {
            case SEV1 -> Node.Colour.RED;
            case SEV2 -> Node.Colour.YELLOW;
            case SEV3 -> Node.Colour.BLUE;
            case SEV4 -> Node.Colour.GREY;
        };
        return new Node.Status(colour, s.name());
    }

    private static void timeline(List<TimelineEntry> entries, List<Node> body) {
        if (entries.isEmpty()) {
            return;
        }
        List<List<List<Node>>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            rows.add(List.of(cell(PageProperties.when(e.at())), cell(e.text()), cell(e.source())));
        }
        body.add(table(List.of("Time (UTC)", "Event", "Source"), rows));
    }

    private static void factors(List<ContributingFactor> factors, List<Node> body) {
        if (factors.isEmpty()) {
            return;
        }
        List<List<List<Node>>> rows = new ArrayList<>();
        for (ContributingFactor f : factors) {
            rows.add(List.of(cell(Wire.name(f.category())), cell(f.text()), cell(String.join(", ", f.tags()))));
        }
        body.add(table(List.of("Category", "Factor", "Tags"), rows));
    }

    private static void actions(PostmortemDocument d, MacroContext ctx, List<Node> body) {
        if (ctx.jira().isPresent()) {
            JiraMacro j = ctx.jira().get();
            body.add(new Node.JiraIssues(j.server(), j.serverId(), j.jql(d.incident().id()), JiraMacro.COLUMNS, 100,
                    d.actions().isEmpty() ? List.of() : List.of(taskList(d.actions(), ctx))));
            return;
        }
        if (d.actions().isEmpty()) {
            return;
        }
        body.add(taskList(d.actions(), ctx));
    }

    /** One task per action: title, owner, due date and success criterion; ticked when done. */
    static Node taskList(List<ActionItem> actions, MacroContext ctx) {
        List<Node.Task> tasks = new ArrayList<>();
        for (ActionItem a : actions) {
            List<Node> line = new ArrayList<>();
            line.add(el(Tag.STRONG, text(a.id().toString())));
            line.add(text(" " + a.title()));
            if (a.owner() != null) {
                line.add(text(" — owner: "));
                line.add(ctx.person(a.owner()));
            }
            if (a.dueDate() != null) {
                line.add(text(" — due "));
                line.add(new Node.Date(a.dueDate()));
            }
            if (a.successCriterion() != null) {
                line.add(text(" — done when: " + a.successCriterion()));
            }
            tasks.add(new Node.Task(a.id().number(), a.state().isCompleted(), line));
        }
        return new Node.TaskList(tasks);
    }

    private static void links(List<DocumentLink> links, List<Node> body) {
        if (links.isEmpty()) {
            return;
        }
        List<Node> items = new ArrayList<>();
        for (DocumentLink l : links) {
            items.add(el(Tag.LI, RichText.isSafeUrl(l.url()) ? new Node.Link(l.url(), l.title()) : text(l.title() + ": " + l.url())));
        }
        body.add(el(Tag.UL, items));
    }
}
