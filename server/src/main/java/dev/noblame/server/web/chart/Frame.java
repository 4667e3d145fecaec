package dev.noblame.server.web.chart;

import java.util.List;

/**
 * The parts every chart shares: the svg element with its accessible name, the value axis with
 * grid lines, the category labels and the legend. Colours come from CSS classes
 * ({@code chart-s0}, {@code chart-s1}, ...) with presentation attributes as the fallback, because
 * the Content-Security-Policy forbids inline {@code style} attributes.
 */
final class Frame {
    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 52;
    static final int RIGHT = 16;
    static final int TOP = 40;
    static final int BOTTOM = 44;
    /** Colours that keep at least 3:1 contrast against white (WCAG non-text contrast). */
    static final String[] PALETTE = {"#1f5fa8", "#b35900", "#2e7d32", "#7b3fa0", "#a3233a", "#00707a"};

    final Chart chart;
    final double top;
    final double step;

    Frame(Chart chart) {
        this.chart = chart;
        this.step = niceStep(chart.max() / 4);
        this.top = Math.max(step, Math.ceil(chart.max() / step) * step);
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    double y(double value) {
        return TOP + plotHeight() - value / top * plotHeight();
    }

    /** Left edge of a category's slot along the x axis. */
    double slotX(int i) {
        return LEFT + plotWidth() * i / Math.max(1, chart.categories().size());
    }

    double slotWidth() {
        return plotWidth() / Math.max(1, chart.categories().size());
    }

    static String colour(int seriesIndex) {
        return PALETTE[seriesIndex % PALETTE.length];
    }

    static String seriesClass(int seriesIndex) {
        return "chart-s" + (seriesIndex % PALETTE.length);
    }

    void open(StringBuilder out, String kind) {
        String id = chart.id();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-").append(kind)
                .append("\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Svg.escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(chart.description())).append("</desc>");
        legend(out);
        axes(out);
        if (chart.isEmpty()) {
            out.append("<text class=\"chart-empty\" x=\"").append(LEFT + plotWidth() / 2).append("\" y=\"")
                    .append(Svg.num(TOP + plotHeight() / 2)).append("\" text-anchor=\"middle\" fill=\"#444\">")
                    .append("No data for this period</text>");
        }
    }

    void close(StringBuilder out) {
        out.append("</svg>");
    }

    private void legend(StringBuilder out) {
        List<Series> series = chart.series();
        double x = LEFT;
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name();
            out.append("<g class=\"chart-legend\"><rect class=\"").append(seriesClass(i)).append("\" x=\"").append(Svg.num(x))
                    .append("\" y=\"12\" width=\"12\" height=\"12\" fill=\"").append(colour(i)).append("\"/>")
                    .append("<text x=\"").append(Svg.num(x + 17)).append("\" y=\"22\" fill=\"#222\">")
                    .append(Svg.escape(name)).append("</text></g>");
            x += 17 + 7.5 * name.length() + 20;
        }
    }

    private void axes(StringBuilder out) {
        out.append("<g class=\"chart-axis\">");
        for (double v = 0; v <= top + step / 1000; v += step) {
            String y = Svg.num(y(v));
            out.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(v == 0 ? "#555" : "#ddd").append("\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.num(y(v) + 4))
                    .append("\" text-anchor=\"end\" fill=\"#333\">").append(Svg.escape(chart.format().apply(v))).append("</text>");
        }
        int n = chart.categories().size();
        int every = Math.max(1, (int) Math.ceil(n * 64.0 / plotWidth()));
        for (int i = 0; i < n; i += every) {
            String label = chart.categories().get(i);
            double cx = slotX(i) + slotWidth() / 2;
            out.append("<text x=\"").append(Svg.num(cx)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.escape(fit(label, slotWidth() * every)))
                    .append("<title>").append(Svg.escape(label)).append("</title></text>");
        }
        out.append("</g>");
    }

    /** Cuts a label to the room it has (about 7 px a character at the chart's font size). */
    static String fit(String label, double room) {
        int max = Math.max(3, (int) (room / 7));
        return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
    }
}
