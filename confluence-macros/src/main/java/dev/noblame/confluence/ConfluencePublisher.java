package dev.noblame.confluence;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.noblame.confluence.client.CloudPageApi;
import dev.noblame.confluence.client.ConfluenceException;
import dev.noblame.confluence.client.ConfluenceHttp;
import dev.noblame.confluence.client.DataCenterPageApi;
import dev.noblame.confluence.client.PageApi;
import dev.noblame.confluence.macro.MacroContext;
import dev.noblame.confluence.macro.PagePublishing;
import dev.noblame.confluence.macro.PostmortemMacro;
import dev.noblame.confluence.macro.Rendered;
import dev.noblame.confluence.macro.RollupMacro;
import dev.noblame.confluence.macro.TrendMacros;
import dev.noblame.confluence.markup.Node;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.ports.PagePublisher;
import dev.noblame.ports.PageTarget;
import dev.noblame.ports.PublishedPage;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemJson;
import dev.noblame.render.RedactedPostmortem;
import dev.noblame.render.RedactedRollup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facade in domain words: publish a postmortem or a rollup as a page. Creates the page or
 * updates it with version + 1, re-reading and retrying when someone else saved in between (409),
 * then sets the labels ({@code postmortem}, {@code svc-…}, {@code team-…}) and keeps the
 * postmortem's JSON as a content property.
 */
public final class ConfluencePublisher implements PagePublisher {
    static final int CONFLICT_ATTEMPTS = 3;
    /** Confluence Cloud refuses content property values above about 32 kB. */
    static final int PROPERTY_LIMIT = 32_000;

    private final PageApi api;
    private final ConfluenceSettings settings;
    private final Clock clock;

    public ConfluencePublisher(PageApi api, ConfluenceSettings settings, Clock clock) {
        this.api = api;
        this.settings = settings;
        this.clock = clock;
    }

    public static ConfluencePublisher connect(ConfluenceSettings settings, Clock clock) {
        ConfluenceHttp http = ConfluenceHttp.of(settings);
        PageApi api = settings.deployment() == ConfluenceDeployment.CLOUD ? new CloudPageApi(http) : new DataCenterPageApi(http);
        return new ConfluencePublisher(api, settings, clock);
    }

    /** The macro context for pages rendered against these settings. */
    public MacroContext context(String space) {
        return new MacroContext(settings.deployment(), settings.jira(), settings.users(), LocalDate.now(clock), space);
    }

    @Override
    public PublishedPage publishPostmortem(RedactedPostmortem postmortem, PageTarget target) {
        PostmortemDocument d = postmortem.document();
        Rendered page = PostmortemMacro.render(d, context(target.space()));
        PublishedPage published = upsert(target, d.incident().links().confluencePageId(), page.title(), page.storage());
        api.addLabels(published.id(), PagePublishing.labels(d));
        putProperty(published.id(), PagePublishing.PROPERTY_KEY, property(d));
        return published;
    }

    @Override
    public PublishedPage publishRollup(RedactedRollup rollup, PageTarget target) {
        Rendered table = RollupMacro.render(rollup.title(), rollup.rollup(), context(target.space()));
        List<Node> nodes = new ArrayList<>(table.nodes());
        if (!rollup.months().isEmpty()) {
            nodes.addAll(TrendMacros.kpiTrend(rollup.title(), rollup.months()).nodes());
        }
        Rendered page = new Rendered(rollup.title(), nodes);
        PublishedPage published = upsert(target, Optional.empty(), page.title(), page.storage());
        api.addLabels(published.id(), List.of(PagePublishing.ROLLUP_LABEL));
        return published;
    }

    /** Finds the page (by its stored id, else by title), then creates or updates it; a 409 means re-read and go again. */
    PublishedPage upsert(PageTarget target, Optional<String> knownId, String title, String storage) {
        for (int attempt = 1; ; attempt++) {
            Optional<PageApi.PageVersion> existing = knownId.flatMap(api::get).or(() -> api.findByTitle(target.space(), title));
            try {
                if (existing.isEmpty()) {
                    PageApi.PageVersion created = api.create(target.space(), target.parentId(), title, storage);
                    return new PublishedPage(created.id(), Math.max(1, created.version()), true);
                }
                PageApi.PageVersion current = existing.get();
                PageApi.PageVersion updated = api.update(current.id(), target.space(), title, storage, current.version() + 1);
                return new PublishedPage(current.id(), updated.version() > 0 ? updated.version() : current.version() + 1, false);
            } catch (ConfluenceException e) {
                if (e.status() != 409 || attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void putProperty(String pageId, String key, JsonElement value) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<PageApi.PropertyVersion> current = api.getProperty(pageId, key);
                if (current.isEmpty()) {
                    api.createProperty(pageId, key, value);
                } else {
                    api.updateProperty(pageId, key, value, current.get().version() + 1);
                }
                return;
            } catch (ConfluenceException e) {
                if (e.status() != 409 || attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The document as JSON; when too big for a property, without the section texts the page itself carries. */
    static JsonElement property(PostmortemDocument d) {
        String json = PostmortemJson.write(d);
        if (json.length() > PROPERTY_LIMIT) {
            Postmortem p = d.postmortem();
            Postmortem slim = new Postmortem(p.incident(), p.status(), Map.of(),
                    p.factors(), p.authors(), p.reviewers(), p.approvals(), p.notRequiredReason(), p.createdAt(), p.updatedAt());
            json = PostmortemJson.write(new PostmortemDocument(d.incident(), slim, List.of(), d.actions(), d.links()));
        }
        return JsonParser.parseString(json);
    }
}
