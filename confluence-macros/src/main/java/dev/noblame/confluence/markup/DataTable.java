package dev.noblame.confluence.markup;

import static dev.noblame.render.Markup.escape;

/** The table behind a chart, shared by the storage chart body and the preview under the SVG. */
final class DataTable {
    private DataTable() {
    }

    static void storage(Node.Chart c, StringBuilder out) {
        out.append("<table><tbody><tr><th>").append(escape(c.xLabel())).append("</th>");
        for (Node.Series s : c.series()) {
            out.append("<th>").append(escape(s.name())).append("</th>");
        }
        out.append("</tr>");
        for (int i = 0; i < c.categories().size(); i++) {
            out.append("<tr><td>").append(escape(c.categories().get(i))).append("</td>");
            for (Node.Series s : c.series()) {
                out.append("<td>").append(format(s.values().get(i))).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    /** Whole numbers without a decimal point, others with one decimal; NaN (no data) as empty. */
    static String format(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
