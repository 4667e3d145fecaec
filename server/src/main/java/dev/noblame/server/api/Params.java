package dev.noblame.server.api;

import dev.noblame.action.ActionId;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Principal;
import dev.noblame.server.usecase.NotFoundException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Path and query parameters; a malformed id in the path is an unknown resource (404). */
final class Params {
    private Params() {
    }

    static IncidentId incident(Context ctx) {
        try {
            return IncidentId.parse(ctx.pathParam("id"));
        } catch (ValidationException e) {
            throw new NotFoundException("incident " + ctx.pathParam("id"));
        }
    }

    static ActionId action(Context ctx) {
        try {
            return ActionId.parse(ctx.pathParam("id"));
        } catch (ValidationException e) {
            throw new NotFoundException("action " + ctx.pathParam("id"));
        }
    }

    static Instant instant(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z (got '" + v + "')");
        }
    }

    static int integer(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.field(name, "must be a whole number (got '" + v + "')");
        }
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The signed-in caller's name, for "by" fields; null for an anonymous caller. */
    static String by(Context ctx) {
        return Authenticator.principal(ctx).map(Principal::name).orElse(null);
    }
}
