package dev.noblame.server.web.postmortem;

import dev.noblame.action.ActionItem;
import dev.noblame.action.SmartFinding;
import dev.noblame.common.Wire;
import dev.noblame.incident.Incident;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import java.util.List;

/**
 * The postmortem editor's model. {@code canEdit}, {@code canReview} come from the viewer's role;
 * {@code next} lists the moves the lifecycle allows from here that the viewer may make.
 */
public record EditorView(Incident incident, Postmortem postmortem, boolean stored, List<SectionView> sections,
                         List<ActionView> actions, boolean canEdit, boolean canReview, List<Move> next) {

    /** An action item with what the SMART check says about it. */
    public record ActionView(ActionItem item, List<SmartFinding> findings) {
        public boolean smart() {
            return findings.isEmpty();
        }
    }

    /** A lifecycle move offered as a button. */
    public record Move(String to, String label, boolean needsReason) {
    }

    /** The steps of the stepper, in order; closed and not_required are shown as words instead. */
    public static final List<PostmortemStatus> STEPS = List.of(PostmortemStatus.DRAFT, PostmortemStatus.IN_REVIEW,
            PostmortemStatus.APPROVED, PostmortemStatus.PUBLISHED);

    public String stepClass(PostmortemStatus step) {
        PostmortemStatus s = postmortem.status();
        if (s == step) {
            return "current";
        }
        int here = STEPS.indexOf(s == PostmortemStatus.CLOSED ? PostmortemStatus.PUBLISHED : s);
        return here > STEPS.indexOf(step) || s == PostmortemStatus.CLOSED ? "done" : "";
    }

    public String stepCurrent(PostmortemStatus step) {
        return postmortem.status() == step ? "step" : null;
    }

    public boolean editable() {
        return canEdit && postmortem.isEditable();
    }

    public List<ContributingFactor> factors() {
        return postmortem.factors();
    }

    public long findingCount() {
        return sections.stream().mapToLong(s -> s.findings().size()).sum();
    }

    public String status() {
        return Wire.name(postmortem.status());
    }

    public String base() {
        return "/incidents/" + incident.id();
    }
}
