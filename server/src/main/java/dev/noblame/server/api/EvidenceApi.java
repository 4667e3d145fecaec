package dev.noblame.server.api;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.noblame.evidence.ChainBreak;
import dev.noblame.evidence.Checkpoint;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.evidence.Verification;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.usecase.NotFoundException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Verifying the evidence chain, signing a checkpoint on demand, and an incident's evidence trail. */
final class EvidenceApi {
    private final AppContext app;

    EvidenceApi(AppContext app) {
        this.app = app;
    }

    void routes() {
        get("/evidence/verify", this::verify, Permission.LEGAL);
        post("/evidence/checkpoints", this::checkpoint, Permission.ADMIN);
        get("/incidents/{id}/evidence", this::ofIncident, Permission.LEGAL);
    }

    private void verify(Context ctx) {
        ctx.json(view(app.evidence().verify()));
    }

    static Map<String, Object> view(Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", v.ok());
        m.put("summary", v.summary());
        m.put("entriesChecked", v.entriesChecked());
        m.put("checkpointsChecked", v.checkpointsChecked());
        m.put("headSequence", v.headSequence());
        m.put("headHash", v.headHash());
        ChainBreak b = v.firstBreak();
        if (b != null) {
            Map<String, Object> br = new LinkedHashMap<>();
            br.put("sequence", b.sequence());
            br.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
            br.put("expected", b.expected());
            br.put("found", b.found());
            br.put("message", b.message());
            m.put("firstBreak", br);
        } else {
            m.put("firstBreak", null);
        }
        return m;
    }

    private void checkpoint(Context ctx) {
        var signed = app.evidence().checkpoint();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signed", signed.isPresent());
        m.put("checkpoint", signed.map(EvidenceApi::checkpointView).orElse(null));
        m.put("keyId", EvidenceKeys.keyId(app.evidence().publicKey()));
        ctx.json(m);
    }

    private static Map<String, Object> checkpointView(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", c.sequence());
        m.put("hash", c.hash());
        m.put("signedAt", c.signedAt());
        m.put("keyId", c.keyId());
        m.put("signature", c.signature());
        return m;
    }

    /** The entries whose subject is the incident itself (not its action items), oldest first, paged by sequence. */
    private void ofIncident(Context ctx) {
        var id = Params.incident(ctx);
        if (app.incidents().find(id).isEmpty()) {
            throw new NotFoundException("incident " + id);
        }
        int limit = Math.min(Math.max(Params.integer(ctx, "limit", 200), 1), 1000);
        long after = Params.integer(ctx, "after", 0);
        List<Map<String, Object>> items = app.evidence().ofSubject(id.toString(), after, limit).stream()
                .map(EvidenceApi::entry).toList();
        ctx.json(Map.of("items", items));
    }

    private static Map<String, Object> entry(EvidenceEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", e.sequence());
        m.put("subject", e.subject());
        m.put("type", e.type());
        m.put("occurredAt", e.occurredAt());
        m.put("recordedAt", e.recordedAt());
        m.put("actor", e.actor());
        m.put("data", e.data());
        m.put("prevHash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }
}
