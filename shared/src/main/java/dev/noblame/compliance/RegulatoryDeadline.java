package dev.noblame.compliance;

import dev.noblame.sla.SlaState;
import java.time.Instant;

/**
 * One deadline of a regulatory clock and where it stands. {@code state} is {@code on_track},
 * {@code due_soon} (the last quarter of its window), {@code breached}, {@code met} or
 * {@code met_late}. A deadline counted from an earlier report that has not been filed yet is
 * {@code provisional}: its due instant assumes that report goes in on its own deadline.
 *
 * @param id    stable id within the regime: {@code notification}, {@code early_warning},
 *              {@code final_report}, {@code form_8k}, {@code initial}, {@code intermediate}
 * @param basis how the due instant was counted, for the person reading it
 */
public record RegulatoryDeadline(Regime regime, String id, String title, Instant due, SlaState state,
                                 Instant submittedAt, boolean provisional, String basis) {
}
