package dev.noblame.jenkins.intake;

import dev.noblame.deployment.EnvironmentType;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses the type of an environment from its name when the pipeline did not say it. The
 * words are the ones teams use; an unknown name gives nothing and the caller asks for the type.
 */
public final class EnvironmentTypes {
    private EnvironmentTypes() {
    }

    public static Optional<EnvironmentType> guess(String environment) {
        if (environment == null) {
            return Optional.empty();
        }
        String e = environment.toLowerCase(Locale.ROOT);
        if (e.matches("(.*[^a-z])?(prod|production|prd|live)([^a-z].*)?")) {
            return Optional.of(EnvironmentType.PRODUCTION);
        }
        if (e.matches("(.*[^a-z])?(staging|stage|stg|preprod|pre-prod|uat|canary)([^a-z].*)?")) {
            return Optional.of(EnvironmentType.STAGING);
        }
        if (e.matches("(.*[^a-z])?(test|testing|qa|ci|sit|integration)([^a-z].*)?")) {
            return Optional.of(EnvironmentType.TESTING);
        }
        if (e.matches("(.*[^a-z])?(dev|development|sandbox|local)([^a-z].*)?")) {
            return Optional.of(EnvironmentType.DEVELOPMENT);
        }
        return Optional.empty();
    }
}
