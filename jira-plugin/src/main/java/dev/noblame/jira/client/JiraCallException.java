package dev.noblame.jira.client;

import java.time.Duration;

/**
 * The one failure of a Jira call: which host, which call, which status, and in words what is
 * missing. {@link #retryable()} tells the outbox to try later; the rest will not heal by waiting.
 */
public final class JiraCallException extends RuntimeException {

    /** What went wrong, in the words an admin acts on. */
    public enum Kind {
        CREDENTIALS(false), PERMISSION(false), NOT_FOUND(false), BAD_REQUEST(false), CONFLICT(false),
        THROTTLED(true), UNAVAILABLE(true), SERVER_ERROR(true), TRANSPORT(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final String host;
    private final String call;
    private final int status;
    private final Kind kind;
    private final Duration retryAfter;

    public JiraCallException(String host, String call, int status, Kind kind, String detail, Duration retryAfter, Throwable cause) {
        super(message(host, call, status, kind, detail), cause);
        this.host = host;
        this.call = call;
        this.status = status;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static JiraCallException of(String host, String call, int status, String body, Duration retryAfter) {
        Kind kind = switch (status) {
            case 401 -> Kind.CREDENTIALS;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 429 -> Kind.THROTTLED;
            case 503 -> Kind.UNAVAILABLE;
            default -> status >= 500 ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
        };
        return new JiraCallException(host, call, status, kind, JiraErrors.summary(body), retryAfter, null);
    }

    public String host() {
        return host;
    }

    public String call() {
        return call;
    }

    /** The HTTP status, or 0 when no response came (timeout, refused connection). */
    public int status() {
        return status;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind.retryable;
    }

    /** The host's own hint from Retry-After or X-RateLimit-Reset; null when it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static String message(String host, String call, int status, Kind kind, String detail) {
        String what = switch (kind) {
            case CREDENTIALS -> "Jira did not accept the credentials: check jira.email and jira.token (Cloud) or jira.pat (Data Center)";
            case PERMISSION -> "the Jira account lacks permission for this call: configuration calls need Jira administrator, "
                    + "issue calls need browse, create and edit in the project";
            case NOT_FOUND -> "Jira has no such item or the account cannot see it: check jira.project and that the account can browse it";
            case BAD_REQUEST -> "Jira refused the request as invalid";
            case CONFLICT -> "Jira reports a conflict (the item exists already)";
            case THROTTLED -> "Jira is rate-limiting us";
            case UNAVAILABLE -> "Jira is unavailable";
            case SERVER_ERROR -> "Jira failed with a server error";
            case TRANSPORT -> "no answer from Jira (timeout or connection failure)";
        };
        return what + " [" + call + " on " + host + (status > 0 ? ", HTTP " + status : "") + "]"
                + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
