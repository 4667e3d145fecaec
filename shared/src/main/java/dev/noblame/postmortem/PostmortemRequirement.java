package dev.noblame.postmortem;

import dev.noblame.incident.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether an incident needs a postmortem (DESIGN §3). Each trigger is a named rule that
 * either fires with a reason or stays silent; every rule that fires is reported, not just the first.
 * Usage: {@code new PostmortemRequirement(policy.postmortemTriggers()).decide(incident)}.
 */
public final class PostmortemRequirement {

    /** A named trigger: returns the reason it fires, or null. */
    public record Trigger(String id, Function<Incident, String> reasonIfFires) {
    }

    private final PostmortemTriggers config;
    private final List<Trigger> active;

    public PostmortemRequirement(PostmortemTriggers config) {
        this.config = Objects.requireNonNull(config, "config");
        this.active = triggersFor(config);
    }

    public static PostmortemRequirement defaults() {
        return new PostmortemRequirement(PostmortemTriggers.DEFAULTS);
    }

    /** The rules this configuration switches on, in the order their reasons are reported. */
    public List<Trigger> triggers() {
        return active;
    }

    public PostmortemDecision decide(Incident incident) {
        List<String> ids = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Trigger t : active) {
            String reason = t.reasonIfFires().apply(incident);
            if (reason != null) {
                ids.add(t.id());
                reasons.add(reason);
            }
        }
        if (!reasons.isEmpty()) {
            return new PostmortemDecision(Requirement.REQUIRED, reasons, ids);
        }
        if (incident.isNearMiss()) {
            return new PostmortemDecision(config.nearMiss(), List.of(nearMissReason(config.nearMiss())), List.of("near_miss"));
        }
        return new PostmortemDecision(Requirement.NOT_REQUIRED,
                List.of("severity " + incident.severity() + " is not in the required severities " + config.severities()
                        + " and no data loss, security exposure or request was recorded"), List.of());
    }

    private static String nearMissReason(Requirement r) {
        return switch (r) {
            case LIGHT_REVIEW -> "near-misses get a light review";
            case REQUIRED -> "the policy requires a postmortem for every near-miss";
            case NOT_REQUIRED -> "the policy does not review near-misses";
        };
    }

    private static List<Trigger> triggersFor(PostmortemTriggers c) {
        List<Trigger> list = new ArrayList<>();
        if (!c.severities().isEmpty()) {
            // Near-misses carry a guessed severity; it did not happen, so severity alone does not trigger.
            list.add(new Trigger("severity", i -> !i.isNearMiss() && c.severities().contains(i.severity())
                    ? "severity " + i.severity() + " is in the required severities " + c.severities() : null));
        }
        if (c.dataLoss()) {
            list.add(new Trigger("data_loss", i -> i.impact().dataLoss() ? "data was lost" : null));
        }
        if (c.securityExposure()) {
            list.add(new Trigger("security_exposure", i -> i.impact().securityExposure()
                    ? "security or data exposure was recorded" : null));
        }
        if (c.onRequest()) {
            list.add(new Trigger("requested", i -> i.impact().postmortemRequested() ? "a postmortem was requested" : null));
        }
        return List.copyOf(list);
    }
}
