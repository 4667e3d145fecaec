package dev.noblame.server.web.admin;

import dev.noblame.common.ValidationException;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Role;
import dev.noblame.server.integration.Integration;
import dev.noblame.server.integration.Integrations;
import dev.noblame.outbox.OutboxRecord;
import dev.noblame.outbox.TopicStats;
import dev.noblame.server.web.Web;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Integration status, outbox backlog and dead letters, API tokens, and the SLA policy in force.
 * Admins only. A new token's secret is shown once, on the page that answers the form, and never
 * put in a URL.
 */
public final class AdminPages {
    /** Dead letters listed on the page; the API pages through all of them. */
    static final int DEAD_LETTERS_SHOWN = 50;

    private final AppContext app;
    private final Web web;
    private final ApiTokens tokens;
    private final Integrations integrations;
    private final Supplier<List<AdminView.PolicyLine>> policy;

    public AdminPages(AppContext app, Web web, ApiTokens tokens, Integrations integrations,
                      Supplier<List<AdminView.PolicyLine>> policy) {
        this.app = app;
        this.web = web;
        this.tokens = tokens;
        this.integrations = integrations;
        this.policy = policy;
    }

    public void view(Context ctx) {
        if (web.allow(ctx, Permission.ADMIN)) {
            show(ctx, null, null);
        }
    }

    public void createToken(Context ctx) {
        if (!web.allow(ctx, Permission.ADMIN)) {
            return;
        }
        try {
            Role role = Role.parse(ctx.formParam("role"));
            ApiTokens.Created created = tokens.create(ctx.formParam("name"), role);
            ctx.header("Cache-Control", "no-store");
            show(ctx, created, null);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, null, e.getMessage());
        }
    }

    public void revokeToken(Context ctx) {
        if (!web.allow(ctx, Permission.ADMIN)) {
            return;
        }
        try {
            tokens.revoke(Long.parseLong(String.valueOf(ctx.formParam("id"))));
            Web.seeOther(ctx, "/admin#tokens");
        } catch (NumberFormatException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, null, "The token to revoke was not named.");
        }
    }

    private void show(Context ctx, ApiTokens.Created created, String problem) {
        List<TopicStats> topics = app.outboxStore().topics();
        List<AdminView.IntegrationRow> rows = new ArrayList<>();
        for (Integration i : integrations.all()) {
            List<TopicStats> own = topics.stream().filter(t -> owns(i.name(), t.topic())).toList();
            rows.add(new AdminView.IntegrationRow(i.name(), i.status(),
                    own.stream().mapToLong(TopicStats::pending).sum(), own.stream().mapToLong(TopicStats::dead).sum(),
                    own.stream().map(TopicStats::lastDeliveredAt).filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null)));
        }
        List<OutboxRecord> dead = app.outboxStore().deadLetters(0, DEAD_LETTERS_SHOWN);
        AdminView view = new AdminView(rows, topics.stream().mapToLong(TopicStats::pending).sum(),
                topics.stream().mapToLong(TopicStats::dead).sum(), dead, tokens.list(),
                Arrays.stream(Role.values()).map(Role::wireName).toList(), policy.get(), created);
        web.render(ctx, "admin/admin.jte", web.page(ctx, "Admin", "admin"), "v", view, "problem", problem);
    }

    /** Topics are named for the integration that owns them: {@code jira.action.upsert}. */
    static boolean owns(String integration, String topic) {
        return topic.startsWith(integration + ".");
    }
}
