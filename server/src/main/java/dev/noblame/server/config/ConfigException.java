package dev.noblame.server.config;

/** A configuration value is missing or malformed; the message names the key and where it came from. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
