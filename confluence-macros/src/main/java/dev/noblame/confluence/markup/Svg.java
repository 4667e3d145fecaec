package dev.noblame.confluence.markup;

import static dev.noblame.render.Markup.escape;

import java.util.Locale;

/** A small line or bar chart as inline SVG, so the preview needs no script and no image service. */
final class Svg {
    private static final int W = 640;
    private static final int H = 320;
    private static final int PAD = 40;
    private static final String[] COLOURS = {"#0052cc", "#ff5630", "#36b37e", "#ffab00", "#6554c0", "#00b8d9"};

    private Svg() {
    }

    static void chart(Node.Chart c, StringBuilder out) {
        double max = 0;
        for (Node.Series s : c.series()) {
            for (Double v : s.values()) {
                if (v != null && !v.isNaN() && !v.isInfinite()) {
                    max = Math.max(max, v);
                }
            }
        }
        max = max <= 0 ? 1 : max;
        int n = Math.max(1, c.categories().size());
        double step = (W - 2.0 * PAD) / n;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\"><title>").append(escape(c.title()))
                .append("</title>");
        out.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H - PAD).append("\" x2=\"").append(W - PAD)
                .append("\" y2=\"").append(H - PAD).append("\" stroke=\"#6b778c\"/>");
        out.append("<text x=\"4\" y=\"").append(PAD - 8).append("\" font-size=\"11\">").append(DataTable.format(max)).append("</text>");
        for (int i = 0; i < c.categories().size(); i++) {
            out.append("<text x=\"").append(num(PAD + step * i + step / 2)).append("\" y=\"").append(H - PAD + 16)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(escape(c.categories().get(i))).append("</text>");
        }
        for (int si = 0; si < c.series().size(); si++) {
            Node.Series s = c.series().get(si);
            String colour = COLOURS[si % COLOURS.length];
            if (c.type() == Node.ChartType.BAR) {
                bars(s, si, c.series().size(), step, max, colour, out);
            } else {
                line(s, step, max, colour, out);
            }
            out.append("<text x=\"").append(W - PAD).append("\" y=\"").append(14 + 14 * si).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"")
                    .append(colour).append("\">").append(escape(s.name())).append("</text>");
        }
        out.append("</svg>");
    }

    private static void line(Node.Series s, double step, double max, String colour, StringBuilder out) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v == null || v.isNaN() || v.isInfinite()) {
                continue;
            }
            points.append(num(PAD + step * i + step / 2)).append(',').append(num(y(v, max))).append(' ');
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/>");
    }

    private static void bars(Node.Series s, int index, int count, double step, double max, String colour, StringBuilder out) {
        double width = step * 0.8 / count;
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v == null || v.isNaN() || v.isInfinite()) {
                continue;
            }
            double x = PAD + step * i + step * 0.1 + width * index;
            double y = y(v, max);
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                    .append("\" height=\"").append(num(H - PAD - y)).append("\" fill=\"").append(colour).append("\"/>");
        }
    }

    private static double y(double v, double max) {
        return H - PAD - (H - 2.0 * PAD) * Math.max(0, v) / max;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
