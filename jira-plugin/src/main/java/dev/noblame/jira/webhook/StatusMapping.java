package dev.noblame.jira.webhook;

import dev.noblame.action.ActionState;
import dev.noblame.jira.client.JiraIssue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the action state a Jira issue shows. Status categories are the same on every workflow
 * (new, indeterminate, done), so custom status names need no configuration; a done issue whose
 * resolution says it was dropped is wont_do; "Verified effective" = yes on a done issue is
 * verified_effective.
 */
public final class StatusMapping {
    static final Set<String> DROPPED = Set.of("won't do", "won't fix", "wont do", "wont fix", "declined", "duplicate", "cannot reproduce");

    private StatusMapping() {
    }

    public static Optional<ActionState> stateOf(JiraIssue issue, java.util.function.Supplier<String> verifiedFieldId) {
        Optional<String> category = issue.statusCategory();
        if (category.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (category.get()) {
            case "new" -> ActionState.OPEN;
            case "indeterminate" -> ActionState.IN_PROGRESS;
            case "done" -> {
                String resolution = issue.resolutionName().orElse("").toLowerCase(Locale.ROOT);
                if (DROPPED.contains(resolution)) {
                    yield ActionState.WONT_DO;
                }
                boolean verified = issue.text(verifiedFieldId.get()).map(v -> v.strip().equalsIgnoreCase("yes")).orElse(false);
                yield verified ? ActionState.VERIFIED_EFFECTIVE : ActionState.DONE;
            }
            default -> ActionState.IN_PROGRESS;
        });
    }
}
