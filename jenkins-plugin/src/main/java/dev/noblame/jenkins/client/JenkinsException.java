package dev.noblame.jenkins.client;

/**
 * A call to Jenkins that did not work, carrying the host, the call ({@code POST /job/x/12/submitDescription})
 * and the HTTP status (-1 when no answer came). {@link #retryable()} tells the outbox worker
 * whether trying again later can help.
 */
public final class JenkinsException extends RuntimeException {
    private final String host;
    private final String call;
    private final int status;

    public JenkinsException(String host, String call, int status, String message, Throwable cause) {
        super("Jenkins at " + host + ": " + call + (status > 0 ? " answered " + status : " failed") + ": " + message, cause);
        this.host = host;
        this.call = call;
        this.status = status;
    }

    public JenkinsException(String host, String call, int status, String message) {
        this(host, call, status, message, null);
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

    /** No answer, a timeout, too many requests or a server error: worth another try. */
    public boolean retryable() {
        return status < 0 || status == 408 || status == 429 || status >= 500;
    }
}
