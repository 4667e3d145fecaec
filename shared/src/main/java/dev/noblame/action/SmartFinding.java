package dev.noblame.action;

/**
 * One way an action item falls short of SMART. {@code rule} is a stable id ({@code owner-missing});
 * {@code field} names the action's field to fix ({@code owner}, {@code dueDate},
 * {@code successCriterion}, {@code title}); {@code suggestion} says how.
 */
public record SmartFinding(String rule, String field, String message, String suggestion) {
}
