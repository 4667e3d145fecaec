package dev.noblame.server.api;

import dev.noblame.common.DomainException;
import dev.noblame.common.IllegalTransitionException;
import dev.noblame.common.ValidationException;
import dev.noblame.server.usecase.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP answers: {@code {"error", "message", "fields"}}.
 * 400 names each bad field, 404 unknown ids, 409 illegal transitions (naming both states) and
 * other refusals of the domain, 413 oversized bodies, 401/403 sign-in and permissions.
 * Logs carry the exception, never the request's address or agent.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400, "validation", e.getMessage(), e.fields()));
        routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, "not_found", e.getMessage(), Map.of()));
        routes.exception(IllegalTransitionException.class, (e, ctx) -> {
            Map<String, Object> body = body("illegal_transition", e.getMessage(), Map.of("to", e.getMessage()));
            body.put("from", e.from());
            body.put("to", e.to());
            ctx.status(409).json(body);
        });
        routes.exception(DomainException.class, (e, ctx) -> answer(ctx, 409, "conflict", e.getMessage(), Map.of()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                answer(ctx, e.getStatus(), code(e.getStatus()), e.getMessage(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed: {} {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path, e);
            answer(ctx, 500, "internal", "something went wrong on our side; the change was not saved", Map.of());
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        routes.error(405, ctx -> answer(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here", Map.of()));
    }

    static void answer(Context ctx, int status, String error, String message, Map<String, String> fields) {
        ctx.status(status).json(body(error, message, fields));
    }

    private static Map<String, Object> body(String error, String message, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        body.put("fields", fields);
        return body;
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }
}
