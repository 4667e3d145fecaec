package dev.noblame.ports;

/** A page as published: its id in the wiki, the version now current, and whether this call created it. */
public record PublishedPage(String id, int version, boolean created) {
}
