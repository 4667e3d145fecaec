package dev.noblame.jenkins.gate;

import java.time.Instant;

/**
 * How many priority action items of a service are past their SLA. The gate asks this rather than
 * judging SLAs itself: the hub plugs in the SLA evaluator of the domain; {@link OverdueByDueDate}
 * is the plain reading (past the due date and not done) for use without it.
 */
@FunctionalInterface
public interface BreachedPriorityActions {
    int count(String service, Instant now);
}
