package dev.noblame.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.DomainException;
import dev.noblame.common.IllegalTransitionException;
import dev.noblame.common.Transition;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostmortemLifecycleTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final Postmortem draft = Postmortem.start(IncidentId.of(3), T)
            .withSection(Section.SUMMARY, "Checkout failed for 20 minutes.", "sam", T);

    @Test
    void submitting_a_draft_for_review_yields_an_event() {
        Transition<Postmortem> t = draft.submitForReview(T, "sam");

        assertThat(t.after().status()).isEqualTo(PostmortemStatus.IN_REVIEW);
        assertThat(t.event().type()).isEqualTo("postmortem.in_review");
        assertThat(t.event().data()).containsEntry("from", "draft").containsEntry("to", "in_review");
    }

    @Test
    void publishing_a_draft_is_refused_naming_both_states() {
        assertThatThrownBy(() -> draft.publish(T, "sam"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("postmortem cannot go from draft to published");
    }

    @Test
    void goes_draft_in_review_approved_published_closed() {
        Postmortem p = draft.submitForReview(T, "sam").after();
        p = p.approve(T, "riley").after();
        p = p.publish(T, "riley").after();
        p = p.close(T, "riley").after();

        assertThat(p.status()).isEqualTo(PostmortemStatus.CLOSED);
        assertThat(p.approvals()).containsExactly("riley");
    }

    @Test
    void an_author_cannot_approve_their_own_postmortem() {
        Postmortem inReview = draft.submitForReview(T, "sam").after();

        assertThatThrownBy(() -> inReview.approve(T, "sam")).isInstanceOf(DomainException.class).hasMessageContaining("author");
    }

    @Test
    void not_required_keeps_its_reason_and_needs_one() {
        assertThat(draft.markNotRequired(T, "lead", "duplicate of INC-2").after().notRequiredReason()).isEqualTo("duplicate of INC-2");
        assertThatThrownBy(() -> draft.markNotRequired(T, "lead", "")).hasMessageContaining("reason");
    }
}
