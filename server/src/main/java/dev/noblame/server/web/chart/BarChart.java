package dev.noblame.server.web.chart;

/** Grouped vertical bars: one group per category, one bar per series. */
public final class BarChart {
    private BarChart() {
    }

    public static String render(Chart chart) {
        Frame frame = new Frame(chart);
        StringBuilder out = new StringBuilder(4096);
        frame.open(out, "bar");
        int seriesCount = chart.series().size();
        double groupWidth = frame.slotWidth() * 0.7;
        double barWidth = seriesCount == 0 ? 0 : groupWidth / seriesCount;
        for (int c = 0; c < chart.categories().size(); c++) {
            double x0 = frame.slotX(c) + (frame.slotWidth() - groupWidth) / 2;
            for (int s = 0; s < seriesCount; s++) {
                Series series = chart.series().get(s);
                Double v = series.values().get(c);
                if (v == null) {
                    continue;
                }
                double y = frame.y(v);
                double h = Frame.TOP + frame.plotHeight() - y;
                out.append("<rect class=\"chart-bar ").append(Frame.seriesClass(s)).append("\" x=\"").append(Svg.num(x0 + s * barWidth))
                        .append("\" y=\"").append(Svg.num(y)).append("\" width=\"").append(Svg.num(Math.max(1, barWidth - 2)))
                        .append("\" height=\"").append(Svg.num(h)).append("\" fill=\"").append(Frame.colour(s)).append("\">")
                        .append("<title>").append(Svg.escape(chart.categories().get(c) + " \u2013 " + series.name() + ": "
                                + chart.format().apply(v))).append("</title></rect>");
            }
        }
        frame.close(out);
        return out.toString();
    }
}
