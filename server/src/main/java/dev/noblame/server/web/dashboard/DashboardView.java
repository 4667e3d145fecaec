package dev.noblame.server.web.dashboard;

import dev.noblame.kpi.KpiFigures;
import dev.noblame.kpi.Rollup;
import dev.noblame.sla.ActionSla;
import java.util.List;

/**
 * The dashboard's model. Charts are SVG markup made by the chart renderer, which escapes every
 * label itself; the template inserts them as they are.
 */
public record DashboardView(String from, String to, String by, KpiFigures total, Rollup rollup, List<Chart> charts,
                            List<Overdue> overdue, Thanks thanks) {

    public record Chart(String id, String heading, String svg) {
    }

    /** An action past its due date, with the incident it came from; phrased as needing help, not as blame. */
    public record Overdue(ActionSla sla, String title, String owner, long daysPast) {
    }

    /**
     * Recognition by count: people who reported (and chose to be named) and authors of good
     * write-ups. Only ever a list of thanks: nobody is listed for not doing something.
     */
    public record Thanks(long nearMisses, long earlyReports, long anonymousReports, long goodWriteUps,
                         List<Count> reporters, List<Count> authors) {
    }

    public record Count(String name, long count) {
    }

    public static final List<String> DIMENSIONS = List.of("service", "team", "vendor", "release", "factor_category");

    public String dimensionLabel(String d) {
        return switch (d) {
            case "factor_category" -> "contributing-factor category";
            default -> d;
        };
    }
}
