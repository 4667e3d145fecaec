package dev.noblame.jira.provision;

/**
 * One line of the plan. {@code PRESENT}: nothing to do. {@code CREATE}: the apply run writes it.
 * {@code MANUAL}: the API cannot do it on this deployment; {@code detail} says what the admin does.
 */
public record Step(Kind kind, String what, String detail, Runnable apply) {
    public enum Kind { PRESENT, CREATE, MANUAL }

    static Step present(String what) {
        return new Step(Kind.PRESENT, what, "", null);
    }

    static Step create(String what, Runnable apply) {
        return new Step(Kind.CREATE, what, "", apply);
    }

    static Step manual(String what, String detail) {
        return new Step(Kind.MANUAL, what, detail, null);
    }

    public String line() {
        return switch (kind) {
            case PRESENT -> "  present  " + what;
            case CREATE -> "  create   " + what;
            case MANUAL -> "  by hand  " + what + ": " + detail;
        };
    }
}
