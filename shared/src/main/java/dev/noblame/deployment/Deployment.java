package dev.noblame.deployment;

import dev.noblame.common.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of a pipeline that changed an environment. {@code changeSize} is the number of
 * changed files or lines the pipeline reported (0 when unknown); correlation ranks by it.
 */
public record Deployment(
        String id,
        String pipeline,
        long buildNumber,
        String buildUrl,
        String service,
        String environment,
        EnvironmentType environmentType,
        DeploymentState state,
        List<Commit> commits,
        List<String> issueKeys,
        int changeSize,
        Instant startedAt,
        Instant finishedAt) {

    public Deployment {
        Checks.start()
                .notBlank(id, "id")
                .notBlank(pipeline, "pipeline")
                .require(buildNumber >= 0, "buildNumber", "must not be negative")
                .notBlank(service, "service")
                .notBlank(environment, "environment")
                .notNull(environmentType, "environmentType")
                .notNull(state, "state")
                .notNull(startedAt, "startedAt")
                .require(finishedAt == null || startedAt == null || !finishedAt.isBefore(startedAt), "finishedAt", "is before startedAt")
                .require(changeSize >= 0, "changeSize", "must not be negative")
                .orThrow();
        commits = List.copyOf(commits == null ? List.of() : commits);
        issueKeys = List.copyOf(issueKeys == null ? List.of() : issueKeys);
    }

    public boolean isProduction() {
        return environmentType == EnvironmentType.PRODUCTION;
    }

    public boolean isProductionFailure() {
        return isProduction() && state.isFailure();
    }

    /** Lead time for changes: from the earliest known commit to the end of the deployment. */
    public Optional<Duration> leadTime() {
        if (finishedAt == null) {
            return Optional.empty();
        }
        return commits.stream().map(Commit::committedAt).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .map(first -> Duration.between(first, finishedAt));
    }
}
