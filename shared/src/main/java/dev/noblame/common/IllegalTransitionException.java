package dev.noblame.common;

/** A lifecycle refused a move; the message names both states. */
public final class IllegalTransitionException extends DomainException {
    private final String subject;
    private final String from;
    private final String to;

    public IllegalTransitionException(String subject, String from, String to) {
        super(subject + " cannot go from " + from + " to " + to);
        this.subject = subject;
        this.from = from;
        this.to = to;
    }

    public String subject() {
        return subject;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
