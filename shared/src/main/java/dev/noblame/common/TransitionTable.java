package dev.noblame.common;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The explicit table of legal moves of one lifecycle. Anything not listed is refused. */
public final class TransitionTable<S extends Enum<S>> {
    private final String subject;
    private final Map<S, Set<S>> allowed;

    private TransitionTable(String subject, Map<S, Set<S>> allowed) {
        this.subject = subject;
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Builder<S> of(String subject, Class<S> type) {
        return new Builder<>(subject, type);
    }

    public boolean allows(S from, S to) {
        return allowed.get(from).contains(to);
    }

    public Set<S> nextFrom(S from) {
        return Collections.unmodifiableSet(allowed.get(from));
    }

    /** Refuses an illegal move with a message naming both states. */
    public void check(S from, S to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(subject, Wire.name(from), Wire.name(to));
        }
    }

    public static final class Builder<S extends Enum<S>> {
        private final String subject;
        private final Class<S> type;
        private final Map<S, Set<S>> allowed;

        private Builder(String subject, Class<S> type) {
            this.subject = subject;
            this.type = type;
            this.allowed = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                allowed.put(s, EnumSet.noneOf(type));
            }
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            allowed.get(from).addAll(java.util.List.of(to));
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            allowed.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
            return new TransitionTable<>(subject, frozen);
        }
    }
}
