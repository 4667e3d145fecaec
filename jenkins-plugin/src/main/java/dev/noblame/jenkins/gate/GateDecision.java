package dev.noblame.jenkins.gate;

import java.util.List;

/**
 * The deploy gate's answer: {@code {allowed, reasons[]}}. A denial always names its reasons; an
 * allowed answer may carry reasons too (why it was allowed, or that it was overridden).
 */
public record GateDecision(boolean allowed, List<String> reasons, boolean overridden) {
    public GateDecision {
        reasons = List.copyOf(reasons);
        if (!allowed && reasons.isEmpty()) {
            throw new IllegalArgumentException("a denial names its reasons");
        }
    }
}
