package dev.noblame.incident;

/** Facts about the impact that decide whether a postmortem is required regardless of severity. */
public record Impact(boolean dataLoss, boolean securityExposure, boolean postmortemRequested) {
    public static final Impact NONE = new Impact(false, false, false);
}
