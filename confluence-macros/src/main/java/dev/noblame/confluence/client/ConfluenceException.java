package dev.noblame.confluence.client;

/**
 * A Confluence call that failed: which host, which call ({@code PUT /wiki/api/v2/pages/123}),
 * the HTTP status (0 when no answer came) and the host's own words, cut short.
 */
public final class ConfluenceException extends RuntimeException {
    private final String host;
    private final String call;
    private final int status;
    private final java.time.Duration retryAfter;

    public ConfluenceException(String host, String call, int status, String detail, java.time.Duration retryAfter, Throwable cause) {
        super("Confluence " + host + ": " + call + " failed" + (status > 0 ? " with HTTP " + status : "") + ": " + detail, cause);
        this.host = host;
        this.call = call;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public String host() {
        return host;
    }

    public String call() {
        return call;
    }

    public int status() {
        return status;
    }

    /** The host's Retry-After hint when it asked us to slow down; null otherwise. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    /** Worth trying again later: no answer, throttled, or the host is struggling. */
    public boolean isTransient() {
        return status == 0 || status == 408 || status == 409 || status == 429 || status >= 500;
    }
}
