package dev.noblame.jenkins.intake;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the shared library's {@code noblameDeploy} posts:
 * <pre>{@code {"service", "environment", "environmentType"?, "state", "pipeline", "buildNumber",
 *   "buildUrl"?, "branch"?, "issueKeys"?, "commits"?:[{"sha","message","committedAt"}],
 *   "changeSize"?, "startedAt", "finishedAt"?, "canary"?, "automaticRollback"?}}</pre>
 * A report with state {@code started} is phase "started"; any other state is phase "finished".
 */
public final class LibraryPayloads {
    private static final int MAX_COMMITS = 1000;

    private final int maxBodyBytes;
    private final Clock clock;

    public LibraryPayloads(int maxBodyBytes, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public IntakeResult parse(byte[] body) {
        JsonFields root = JsonBody.parse(body, maxBodyBytes);
        String service = root.token("service", NotificationPayloads.NAME, NotificationPayloads.NAME_RULE, true);
        String environment = root.token("environment", NotificationPayloads.NAME, NotificationPayloads.NAME_RULE, true);
        String declaredType = root.text("environmentType", 20, false);
        String stateText = root.text("state", 20, true);
        String pipeline = root.text("pipeline", 300, true);
        Long number = root.whole("buildNumber", 0, Integer.MAX_VALUE, true);
        String rawUrl = root.text("buildUrl", BuildUrls.MAX_LENGTH, false);
        String branch = root.text("branch", 500, false);
        List<String> givenKeys = root.texts("issueKeys", 100, 300);
        List<Commit> commits = new ArrayList<>();
        for (JsonFields c : root.objects("commits", MAX_COMMITS)) {
            String sha = c.text("sha", 100, true);
            String message = c.text("message", 10_000, false);
            Instant at = c.instant("committedAt", false);
            if (sha != null) {
                commits.add(new Commit(sha, message, at));
            }
        }
        Long changeSize = root.whole("changeSize", 0, 100_000_000, false);
        Instant startedAt = root.instant("startedAt", true);
        Instant finishedAt = root.instant("finishedAt", false);
        Boolean canary = root.flag("canary");
        Boolean automaticRollback = root.flag("automaticRollback");

        String buildUrl = rawUrl == null ? null : BuildUrls.normalise(rawUrl).orElse(null);
        if (rawUrl != null && buildUrl == null) {
            root.problem("buildUrl", "must be an absolute http(s) URL");
        }
        for (int i = 0; i < givenKeys.size(); i++) {
            if (!IssueKeys.isKey(givenKeys.get(i))) {
                root.problem("issueKeys[" + i + "]", "must be a Jira issue key like ABC-123");
            }
        }
        DeploymentState state = null;
        EnvironmentType type = null;
        try {
            state = stateText == null ? null : Wire.parse(DeploymentState.class, stateText, "state");
            type = environment == null ? null : NotificationPayloads.environmentType(declaredType, environment, "environmentType");
        } catch (ValidationException e) {
            e.fields().forEach(root::problem);
        }
        Instant now = clock.instant();
        if (startedAt != null && startedAt.isAfter(now.plusSeconds(300))) {
            root.problem("startedAt", "is in the future");
        }
        if (startedAt != null && finishedAt != null && finishedAt.isBefore(startedAt)) {
            root.problem("finishedAt", "is before startedAt");
        }
        root.orThrow();

        if (state != DeploymentState.STARTED && finishedAt == null) {
            finishedAt = now.isBefore(startedAt) ? startedAt : now;
        }
        if (state == DeploymentState.STARTED) {
            finishedAt = null;
        }
        List<String> keys = new ArrayList<>(givenKeys);
        if (keys.isEmpty()) {
            List<String> texts = new ArrayList<>();
            texts.add(branch);
            commits.forEach(c -> texts.add(c.message()));
            keys.addAll(IssueKeys.in(texts));
        }
        String phase = state == DeploymentState.STARTED ? "started" : "finished";
        String jobUrl = buildUrl == null ? "jenkins:" + pipeline + "/" : BuildUrls.jobOf(buildUrl, number);
        Deployment d = new Deployment(BuildUrls.deploymentId(buildUrl, pipeline, number), pipeline, number, buildUrl,
                service, environment, type, state, commits, keys, changeSize == null ? 0 : changeSize.intValue(),
                startedAt, finishedAt);
        boolean caught = Boolean.TRUE.equals(canary) || Boolean.TRUE.equals(automaticRollback);
        return new IntakeResult.Accepted(new DeploymentEvent(d, DeploymentEvent.LIBRARY, phase,
                BuildUrls.eventKey(jobUrl, number, phase), caught, branch));
    }
}
