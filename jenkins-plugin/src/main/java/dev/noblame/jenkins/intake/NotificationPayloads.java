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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the Notification plugin's JSON ({@code {name, url, build:{full_url, number, phase,
 * status, timestamp, duration, scm:{…}, parameters}}}). COMPLETED and FINALIZED become
 * deployments; QUEUED and STARTED are valid and ignored. The plugin knows nothing of services
 * or environments, so the job says them through build parameters ({@code NOBLAME_SERVICE},
 * {@code NOBLAME_ENVIRONMENT}, {@code NOBLAME_ENVIRONMENT_TYPE}, {@code NOBLAME_ROLLED_BACK},
 * {@code NOBLAME_CAUGHT_BEFORE_PRODUCTION}); without them the service is the job name and the
 * environment the configured default.
 */
public final class NotificationPayloads {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    static final String NAME_RULE = "must be 1-100 letters, digits, '.', '_', '/' or '-', starting with a letter or digit";
    private static final List<String> ACTED_ON = List.of("COMPLETED", "FINALIZED");
    private static final List<String> KNOWN_PHASES = List.of("QUEUED", "STARTED", "COMPLETED", "FINALIZED");

    private final int maxBodyBytes;
    private final String defaultEnvironment;
    private final Clock clock;

    public NotificationPayloads(int maxBodyBytes, String defaultEnvironment, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.defaultEnvironment = defaultEnvironment;
        this.clock = clock;
    }

    public IntakeResult parse(byte[] body) {
        JsonFields root = JsonBody.parse(body, maxBodyBytes);
        String name = root.text("name", 300, true);
        JsonFields build = root.object("build", true);
        String fullUrl = build.text("full_url", BuildUrls.MAX_LENGTH, true);
        Long number = build.whole("number", 0, Integer.MAX_VALUE, true);
        String phase = build.text("phase", 20, true);
        String status = build.text("status", 20, false);
        Instant started = build.instant("timestamp", false);
        Long durationMs = build.whole("duration", 0, 365L * 24 * 3600 * 1000, false);
        JsonFields scm = build.object("scm", false);
        String branch = scm.text("branch", 500, false);
        String commit = scm.text("commit", 100, false);
        List<String> changes = scm.texts("changes", 100_000, 4000);
        scm.texts("culprits", 1000, 300); // checked for type only: NoBlame records no culprits
        Map<String, String> params = build.stringMap("parameters", 500);

        String buildUrl = fullUrl == null ? null : BuildUrls.normalise(fullUrl).orElse(null);
        if (fullUrl != null && buildUrl == null) {
            build.problem("full_url", "must be an absolute http(s) URL");
        }
        if (phase != null && !KNOWN_PHASES.contains(phase.toUpperCase(Locale.ROOT))) {
            build.problem("phase", "must be one of " + String.join("|", KNOWN_PHASES) + " (got '" + phase + "')");
        }
        root.orThrow();

        String upperPhase = phase.toUpperCase(Locale.ROOT);
        String eventKey = BuildUrls.eventKey(BuildUrls.jobOf(buildUrl, number), number, upperPhase);
        if (!ACTED_ON.contains(upperPhase)) {
            return new IntakeResult.Ignored(eventKey, "phase " + upperPhase + " is not acted on; COMPLETED and FINALIZED are");
        }
        if (status == null) {
            throw ValidationException.field("build.status", "is required in phase " + upperPhase);
        }
        String service = param(params, "NOBLAME_SERVICE", "SERVICE");
        String environment = param(params, "NOBLAME_ENVIRONMENT", "ENVIRONMENT", "DEPLOY_ENV");
        service = service != null ? service : lastSegment(name);
        environment = environment != null ? environment : defaultEnvironment;
        checkName(service, "build.parameters.NOBLAME_SERVICE");
        checkName(environment, "build.parameters.NOBLAME_ENVIRONMENT");
        EnvironmentType type = environmentType(param(params, "NOBLAME_ENVIRONMENT_TYPE"), environment,
                "build.parameters.NOBLAME_ENVIRONMENT_TYPE");
        DeploymentState state = state(status, "true".equalsIgnoreCase(param(params, "NOBLAME_ROLLED_BACK")));
        boolean caught = "true".equalsIgnoreCase(param(params, "NOBLAME_CAUGHT_BEFORE_PRODUCTION"));

        Instant now = clock.instant();
        Instant startedAt = started != null && !started.isAfter(now) ? started : now;
        Instant finishedAt = durationMs != null && durationMs > 0 ? startedAt.plusMillis(durationMs) : now;
        if (finishedAt.isBefore(startedAt)) {
            finishedAt = startedAt;
        }
        List<String> texts = new ArrayList<>();
        texts.add(branch);
        texts.add(param(params, "NOBLAME_ISSUE_KEYS"));
        List<Commit> commits = commit == null ? List.of() : List.of(new Commit(commit, null, null));
        Deployment d = new Deployment(BuildUrls.deploymentId(buildUrl, name, number), name, number, buildUrl, service,
                environment, type, state, commits, IssueKeys.in(texts), Math.min(changes.size(), 1_000_000), startedAt, finishedAt);
        return new IntakeResult.Accepted(new DeploymentEvent(d, DeploymentEvent.NOTIFICATION, upperPhase, eventKey, caught, branch));
    }

    /** Jenkins results: SUCCESS, UNSTABLE (tests failed: the deploy is not trusted), FAILURE, ABORTED, NOT_BUILT. */
    static DeploymentState state(String status, boolean rolledBack) {
        DeploymentState s = switch (status.toUpperCase(Locale.ROOT)) {
            case "SUCCESS" -> DeploymentState.SUCCESSFUL;
            case "FAILURE", "UNSTABLE" -> DeploymentState.FAILED;
            case "ABORTED", "NOT_BUILT" -> DeploymentState.CANCELLED;
            default -> throw ValidationException.field("build.status",
                    "must be one of SUCCESS|UNSTABLE|FAILURE|ABORTED|NOT_BUILT (got '" + status + "')");
        };
        return rolledBack && s != DeploymentState.CANCELLED ? DeploymentState.ROLLED_BACK : s;
    }

    static EnvironmentType environmentType(String declared, String environment, String field) {
        if (declared != null) {
            return Wire.parse(EnvironmentType.class, declared, field);
        }
        return EnvironmentTypes.guess(environment).orElseThrow(() -> ValidationException.field(field,
                "is required: the type of environment '" + environment + "' cannot be told from its name ("
                        + Wire.choices(EnvironmentType.class) + ")"));
    }

    static void checkName(String value, String field) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw ValidationException.field(field, NAME_RULE);
        }
    }

    private static String param(Map<String, String> params, String... names) {
        for (String n : names) {
            String v = params.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Folder jobs are named {@code team/app/deploy}; the service is the job itself. */
    private static String lastSegment(String name) {
        String n = name.strip();
        int slash = n.lastIndexOf('/');
        return slash >= 0 && slash < n.length() - 1 ? n.substring(slash + 1) : n;
    }
}
