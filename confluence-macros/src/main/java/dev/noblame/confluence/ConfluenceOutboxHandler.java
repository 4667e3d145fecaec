package dev.noblame.confluence;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.common.DomainException;
import dev.noblame.common.Wire;
import dev.noblame.confluence.client.ConfluenceException;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.MonthlyPoint;
import dev.noblame.kpi.Rollup;
import dev.noblame.ports.Delivery;
import dev.noblame.ports.OutboxHandler;
import dev.noblame.ports.OutboxMessage;
import dev.noblame.ports.PagePublisher;
import dev.noblame.ports.PageTarget;
import dev.noblame.ports.PublishedPage;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemJson;
import dev.noblame.render.RedactedPostmortem;
import dev.noblame.render.RedactedRollup;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Delivers {@value #TOPIC} messages: a postmortem page or a rollup page. The payload holds the
 * document as NoBlame stores it; redaction runs here, at delivery, on every message, so nothing
 * reaches Confluence without it whoever enqueued the message.
 *
 * <p>Payloads: {@code {"kind":"postmortem","space":"OPS","parentId":null,"incident":"INC-1"}} (the
 * document is read when the message is delivered, so the page shows the state of that moment),
 * {@code {"kind":"postmortem","space":"OPS","document":{...}}} (a given document), and
 * {@code {"kind":"rollup","space":"OPS","parentId":null,"title":"...","by":"service","from":"...","to":"..."}}.
 */
public final class ConfluenceOutboxHandler implements OutboxHandler {
    public static final String TOPIC = "confluence.page.publish";

    /** Where rollup figures come from at delivery time (the hub's KPI data). */
    public interface Rollups {
        Rollup rollup(Dimension by, KpiPeriod period);

        List<MonthlyPoint> monthly(KpiPeriod period);
    }

    /** Where the current postmortem document of an incident comes from at delivery time. */
    public interface Documents {
        java.util.Optional<PostmortemDocument> find(dev.noblame.incident.IncidentId incident);
    }

    /** Told about each published postmortem page, so the hub can remember the page id on the incident. */
    public interface Published {
        void postmortem(PostmortemDocument document, PublishedPage page);
    }

    private final PagePublisher publisher;
    private final Redactor redactor;
    private final Documents documents;
    private final Rollups rollups;
    private final Published published;

    /** {@code documents}, {@code rollups} and {@code published} may be null where the caller has none. */
    public ConfluenceOutboxHandler(PagePublisher publisher, Redactor redactor, Documents documents, Rollups rollups, Published published) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.documents = documents;
        this.rollups = rollups;
        this.published = published == null ? (d, p) -> { } : published;
    }

    /** The payload asking for the page of an incident's postmortem as it stands when delivered. */
    public static String postmortemPayload(dev.noblame.incident.IncidentId incident, PageTarget target) {
        JsonObject o = target(target, "postmortem");
        o.addProperty("incident", incident.toString());
        return o.toString();
    }

    /** The payload asking for a page of this very document. */
    public static String postmortemPayload(PostmortemDocument d, PageTarget target) {
        JsonObject o = target(target, "postmortem");
        o.add("document", JsonParser.parseString(PostmortemJson.write(d)));
        return o.toString();
    }

    public static String postmortemKey(PostmortemDocument d) {
        return d.incident().id() + "@" + Integer.toHexString(PostmortemJson.write(d).hashCode());
    }

    public static String rollupPayload(String title, Dimension by, KpiPeriod period, PageTarget target) {
        JsonObject o = target(target, "rollup");
        o.addProperty("title", title);
        o.addProperty("by", Wire.name(by));
        o.addProperty("from", period.from().toString());
        o.addProperty("to", period.to().toString());
        return o.toString();
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        try {
            JsonObject o = JsonParser.parseString(message.payload()).getAsJsonObject();
            PageTarget target = new PageTarget(string(o, "space"), string(o, "parentId"));
            String kind = string(o, "kind");
            if ("postmortem".equals(kind)) {
                PostmortemDocument d;
                if (o.has("document") && o.get("document").isJsonObject()) {
                    d = PostmortemJson.read(o.get("document").toString());
                } else if (o.has("incident") && documents != null) {
                    var id = dev.noblame.incident.IncidentId.parse(string(o, "incident"));
                    var found = documents.find(id);
                    if (found.isEmpty()) {
                        return Delivery.rejected("no postmortem for " + id);
                    }
                    d = found.get();
                } else {
                    return Delivery.rejected("bad payload: a document or an incident is required");
                }
                PublishedPage page = publisher.publishPostmortem(RedactedPostmortem.of(d, redactor), target);
                published.postmortem(d, page);
                return Delivery.delivered("page " + page.id() + " version " + page.version());
            }
            if ("rollup".equals(kind)) {
                if (rollups == null) {
                    return Delivery.rejected("rollup pages need KPI data, and none is wired into this handler");
                }
                KpiPeriod period = KpiPeriod.of(Instant.parse(string(o, "from")), Instant.parse(string(o, "to")));
                Dimension by = Wire.parse(Dimension.class, string(o, "by"), "by");
                RedactedRollup r = RedactedRollup.of(string(o, "title"), rollups.rollup(by, period), rollups.monthly(period), redactor);
                PublishedPage page = publisher.publishRollup(r, target);
                return Delivery.delivered("page " + page.id() + " version " + page.version());
            }
            return Delivery.rejected("unknown kind '" + kind + "' (expected postmortem or rollup)");
        } catch (ConfluenceException e) {
            return e.isTransient() ? new Delivery.Retry(e.getMessage(), e.retryAfter()) : Delivery.rejected(e.getMessage());
        } catch (DomainException | IllegalStateException | com.google.gson.JsonParseException | java.time.format.DateTimeParseException e) {
            return Delivery.rejected("bad payload: " + e.getMessage());
        }
    }

    private static JsonObject target(PageTarget target, String kind) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", kind);
        o.addProperty("space", target.space());
        if (target.parentId() != null) {
            o.addProperty("parentId", target.parentId());
        }
        return o;
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }
}
