package dev.noblame.jira.provision;

import java.util.List;

/** What provisioning found and would do, in order. */
public record Plan(String project, List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public List<Step> of(Step.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    public boolean writesNothing() {
        return of(Step.Kind.CREATE).isEmpty();
    }

    public String render() {
        StringBuilder sb = new StringBuilder("Jira provisioning for project ").append(project).append(":\n");
        steps.forEach(s -> sb.append(s.line()).append('\n'));
        int create = of(Step.Kind.CREATE).size();
        int manual = of(Step.Kind.MANUAL).size();
        sb.append(create == 0 ? "Everything NoBlame creates is present; nothing to write." : create + " item(s) to create.");
        if (manual > 0) {
            sb.append(' ').append(manual).append(" step(s) an admin must do by hand (listed above).");
        }
        return sb.append('\n').toString();
    }
}
