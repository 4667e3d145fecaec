package dev.noblame.server.web.chart;

/** One line per series across the categories (usually months); a missing value breaks the line. */
public final class LineChart {
    private LineChart() {
    }

    public static String render(Chart chart) {
        Frame frame = new Frame(chart);
        StringBuilder out = new StringBuilder(4096);
        frame.open(out, "line");
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            StringBuilder path = new StringBuilder();
            StringBuilder points = new StringBuilder();
            boolean penDown = false;
            for (int c = 0; c < chart.categories().size(); c++) {
                Double v = series.values().get(c);
                if (v == null) {
                    penDown = false;
                    continue;
                }
                String x = Svg.num(frame.slotX(c) + frame.slotWidth() / 2);
                String y = Svg.num(frame.y(v));
                path.append(penDown ? " L" : (path.isEmpty() ? "M" : " M")).append(x).append(' ').append(y);
                penDown = true;
                points.append("<circle class=\"chart-point ").append(Frame.seriesClass(s)).append("\" cx=\"").append(x)
                        .append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"").append(Frame.colour(s)).append("\">")
                        .append("<title>").append(Svg.escape(chart.categories().get(c) + " \u2013 " + series.name() + ": "
                                + chart.format().apply(v))).append("</title></circle>");
            }
            if (!path.isEmpty()) {
                out.append("<path class=\"chart-line ").append(Frame.seriesClass(s)).append("\" d=\"").append(path)
                        .append("\" fill=\"none\" stroke=\"").append(Frame.colour(s)).append("\" stroke-width=\"2.5\"/>");
            }
            out.append(points);
        }
        frame.close(out);
        return out.toString();
    }
}
