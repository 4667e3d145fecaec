package dev.noblame.sla;

import dev.noblame.common.DomainException;

/**
 * A policy file that cannot be used. The message names the file, the 1-based line and the dotted
 * key: {@code policy.yaml line 12, key actions.normalDue: must be a duration like ...}.
 */
public final class PolicyException extends DomainException {
    private final String source;
    private final int line;
    private final String key;
    private final String problem;

    public PolicyException(String source, int line, String key, String problem) {
        super(source + " line " + line + ", key " + key + ": " + problem);
        this.source = source;
        this.line = line;
        this.key = key;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
