package dev.noblame.common;

/**
 * Marks data that is visible to restricted roles only and is never rendered, published or sent
 * outside NoBlame. {@link PublicationGuard} refuses anything that carries it.
 */
public interface Restricted {
    /** The roles that may see it, e.g. people-ops. */
    java.util.Set<String> visibleTo();
}
