package dev.noblame.confluence.markup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A page as a small tree that knows nothing of its output syntax. {@link StorageWriter} turns it
 * into Confluence storage format built from Confluence's own macros, {@link PreviewWriter} into
 * the HTML preview the hub shows. Element names come only from {@link Tag} and every string in a
 * node is a value, never markup: this is what makes "no input becomes markup" hold by
 * construction rather than by care at each call site.
 */
public sealed interface Node {

    /** Plain text, escaped on output. */
    record Text(String value) implements Node {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A structural element from the storage-format subset. */
    record Element(Tag tag, List<Node> children) implements Node {
        public Element {
            Objects.requireNonNull(tag, "tag");
            children = List.copyOf(children);
        }
    }

    /** A link; only http(s) and mailto URLs reach this node (see RichText.isSafeUrl). */
    record Link(String url, String text) implements Node {
    }

    /** The {@code status} lozenge. */
    record Status(Colour colour, String title) implements Node {
    }

    /** A page-properties ({@code details}) block: a two-column table, key in th, value in td. */
    record Details(String id, List<Row> rows) implements Node {
        public Details {
            rows = List.copyOf(rows);
        }
    }

    record Row(String key, List<Node> value) {
        public Row {
            value = List.copyOf(value);
        }
    }

    /**
     * A {@code jira} issues macro over a JQL query. Confluence fills it from Jira; the preview,
     * which cannot ask Jira, shows {@code preview} (NoBlame's own view of the same issues).
     */
    record JiraIssues(String server, String serverId, String jql, String columns, int maximumIssues, List<Node> preview) implements Node {
        public JiraIssues {
            preview = List.copyOf(preview);
        }
    }

    /** A task list; body and due date shown per task. */
    record TaskList(List<Task> tasks) implements Node {
        public TaskList {
            tasks = List.copyOf(tasks);
        }
    }

    record Task(long id, boolean complete, List<Node> body) {
        public Task {
            body = List.copyOf(body);
        }
    }

    /** A person, by the opaque id of the deployment: Cloud account id or Data Center user key. */
    record User(UserRef ref) implements Node {
    }

    /** A date Confluence shows as a date lozenge. */
    record Date(LocalDate date) implements Node {
    }

    /** A {@code chart} macro drawn from a data table (storage) or as inline SVG (preview). */
    record Chart(ChartType type, String title, String xLabel, List<String> categories, List<Series> series) implements Node {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A page properties report ({@code detailssummary}) listing pages whose details match the CQL. */
    record DetailsSummary(String cql, List<String> headings, String sortBy, boolean reverseSort, int pageSize,
                          List<List<String>> previewRows) implements Node {
        public DetailsSummary {
            headings = List.copyOf(headings);
            previewRows = List.copyOf(previewRows);
        }
    }

    /** An info panel (notes such as "nothing is overdue"). */
    record Panel(List<Node> body) implements Node {
        public Panel {
            body = List.copyOf(body);
        }
    }

    enum Colour {
        GREY("Grey"), RED("Red"), YELLOW("Yellow"), GREEN("Green"), BLUE("Blue"), PURPLE("Purple");

        private final String parameter;

        Colour(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    enum ChartType {
        LINE("line"), BAR("bar");

        private final String parameter;

        ChartType(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
