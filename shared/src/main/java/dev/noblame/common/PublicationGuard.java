package dev.noblame.common;

/**
 * The check renderers and publishers call on what they are about to render or send: a
 * just-culture record (or anything else {@link Restricted}) never leaves NoBlame. It lives in
 * {@code common} so that renderers can call it without depending on the just-culture package.
 */
public final class PublicationGuard {
    /** Named, not imported: renderers may call this guard but must never depend on the culture package. */
    private static final String PACKAGE = "dev.noblame.culture.";

    private PublicationGuard() {
    }

    /** Throws when the value is restricted; returns it otherwise, so it can wrap an argument. */
    public static <T> T requirePublishable(T value) {
        if (value != null && isRestricted(value.getClass())) {
            throw new DomainException(value.getClass().getSimpleName()
                    + " is a restricted just-culture record and is never rendered or published");
        }
        return value;
    }

    /** True for the restricted types and for anything in the just-culture package. */
    public static boolean isRestricted(Class<?> type) {
        return Restricted.class.isAssignableFrom(type) || type.getName().startsWith(PACKAGE);
    }
}
