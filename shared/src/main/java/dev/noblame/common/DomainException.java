package dev.noblame.common;

/** A rule of the domain said no. The message is written for the person who asked. */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
