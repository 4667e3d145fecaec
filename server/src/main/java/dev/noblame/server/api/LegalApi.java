package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.compliance.LegalHold;
import dev.noblame.compliance.Regime;
import dev.noblame.compliance.RegulatoryDeadline;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.persistence.JdbiLegal;
import dev.noblame.server.usecase.NotFoundException;
import dev.noblame.server.usecase.PlacingLegalHold;
import dev.noblame.server.usecase.ReadingRegulatoryClocks;
import dev.noblame.server.usecase.RecordingRegulatoryFiling;
import dev.noblame.server.usecase.ReleasingLegalHold;
import dev.noblame.server.usecase.TriggeringLegal;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Regulatory clocks, filings and legal hold of an incident: legal writes, anyone who may read incidents reads. */
final class LegalApi {
    private static final Map<String, Regime> REGIMES = Map.of("gdpr", Regime.GDPR_ART33, "nis2", Regime.NIS2_ART23,
            "sec8k", Regime.SEC_8K_ITEM_1_05, "dora", Regime.DORA);
    private static final String CHOICES = "gdpr|nis2|sec8k|dora";

    private final AppContext app;
    private final JdbiLegal legal;
    private final ReadingRegulatoryClocks reading;

    LegalApi(AppContext app) {
        this.app = app;
        this.legal = new JdbiLegal(app.tx(), app.database().dialect());
        this.reading = new ReadingRegulatoryClocks(legal, app.clock());
    }

    void routes() {
        path("/incidents/{id}", () -> {
            post("/legal-triggers", this::trigger, Permission.LEGAL);
            get("/regulatory-clocks", this::clocks, Permission.READ);
            post("/filings", this::file, Permission.LEGAL);
            get("/legal-hold", this::hold, Permission.READ);
            post("/legal-hold", this::place, Permission.LEGAL);
            delete("/legal-hold", this::release, Permission.LEGAL);
        });
    }

    /** The short names of the API ({@code gdpr}) or the enum's wire names ({@code gdpr_art33}). */
    static Regime regime(Body b) {
        String v = b.requiredText("regime");
        if (v == null || v.isBlank()) {
            return null;
        }
        String key = v.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        Regime r = REGIMES.get(key);
        if (r == null) {
            for (Regime each : Regime.values()) {
                if (Wire.name(each).replace("_", "").equals(key)) {
                    r = each;
                }
            }
        }
        if (r == null) {
            b.problem("regime", "must be one of " + CHOICES + " (got '" + v + "')");
        }
        return r;
    }

    static String shortName(Regime r) {
        return REGIMES.entrySet().stream().filter(e -> e.getValue() == r).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private IncidentId existing(Context ctx) {
        IncidentId id = Params.incident(ctx);
        if (app.incidents().find(id).isEmpty()) {
            throw new NotFoundException("incident " + id);
        }
        return id;
    }

    private void trigger(Context ctx) {
        IncidentId id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        Regime regime = regime(b);
        Instant aware = b.instant("awareAt");
        Instant determined = b.instant("determinedAt");
        Instant classified = b.instant("classifiedAt");
        if (regime == Regime.DORA) {
            if (classified == null && determined == null) {
                b.problem("classifiedAt", "is required: DORA counts from the classification as major");
            }
            determined = classified != null ? classified : determined;
        } else if (classified != null) {
            b.problem("classifiedAt", "applies to dora only");
        }
        if (regime == Regime.GDPR_ART33 || regime == Regime.NIS2_ART23) {
            if (determined != null) {
                b.problem("determinedAt", "applies to sec8k only; " + shortName(regime) + " counts from awareAt");
            }
        }
        b.done();
        new TriggeringLegal(app).handle(new TriggeringLegal.Command(id, regime, aware, determined, Params.by(ctx)));
        ctx.status(201).header("Location", "/api/v1/incidents/" + id + "/regulatory-clocks")
                .json(view(id, reading.of(id), legal.hold(id)));
    }

    private void clocks(Context ctx) {
        IncidentId id = existing(ctx);
        ctx.json(view(id, reading.of(id), legal.hold(id)));
    }

    private void file(Context ctx) {
        IncidentId id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        Regime regime = regime(b);
        String deadline = b.requiredText("deadline");
        Instant submitted = b.instant("submittedAt");
        String reference = b.text("reference");
        if (reference != null && reference.length() > 200) {
            b.problem("reference", "is longer than 200 characters");
        }
        b.done();
        new RecordingRegulatoryFiling(app).handle(new RecordingRegulatoryFiling.Command(id, regime, deadline.strip(), submitted,
                reference == null || reference.isBlank() ? null : reference.strip(), Params.by(ctx)));
        ctx.status(201).json(view(id, reading.of(id), legal.hold(id)));
    }

    private void hold(Context ctx) {
        IncidentId id = existing(ctx);
        ctx.json(holdView(legal.hold(id)));
    }

    private void place(Context ctx) {
        IncidentId id = Params.incident(ctx);
        Body b = Body.parse(ctx.body());
        String reason = b.requiredText("reason");
        if (reason != null && reason.length() > 2000) {
            b.problem("reason", "is longer than 2000 characters");
        }
        b.done();
        String by = Params.by(ctx);
        if (by == null) {
            throw ValidationException.field("by", "a legal hold needs a signed-in caller");
        }
        ctx.status(201).json(holdView(new PlacingLegalHold(app).handle(new PlacingLegalHold.Command(id, reason, by))));
    }

    private void release(Context ctx) {
        IncidentId id = Params.incident(ctx);
        ctx.json(holdView(new ReleasingLegalHold(app).handle(new ReleasingLegalHold.Command(id, Params.by(ctx)))));
    }

    private static Map<String, Object> view(IncidentId id, List<RegulatoryDeadline> deadlines, LegalHold hold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", id.toString());
        m.put("deadlines", deadlines.stream().map(LegalApi::deadline).toList());
        m.put("legalHold", holdView(hold));
        return m;
    }

    private static Map<String, Object> deadline(RegulatoryDeadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regime", shortName(d.regime()));
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("due", d.due());
        m.put("state", Wire.name(d.state()));
        m.put("submittedAt", d.submittedAt());
        m.put("provisional", d.provisional());
        m.put("basis", d.basis());
        return m;
    }

    private static Map<String, Object> holdView(LegalHold h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident", h.incident().toString());
        m.put("active", h.active());
        m.put("reason", h.reason());
        m.put("placedBy", h.by());
        m.put("placedAt", h.since());
        return m;
    }
}
