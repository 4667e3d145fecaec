package dev.noblame.server.web.incident;

import java.time.Instant;

/**
 * One deadline on the incident page: a postmortem draft, a review meeting, a regulator's clock.
 * {@code state} is {@code on_track}, {@code due_soon}, {@code breached}, {@code met}, {@code met_late} or {@code waived}; it picks the badge.
 */
public record ClockRow(String name, Instant due, String state, String note) {
    public String badge() {
        return switch (state) {
            case "met" -> "ok";
            case "breached", "met_late" -> "bad";
            case "due_soon" -> "warn";
            default -> "info";
        };
    }

    public String stateWords() {
        return state.replace('_', ' ');
    }
}
