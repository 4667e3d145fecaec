package dev.noblame.jenkins.gate;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.jenkins.intake.EnvironmentTypes;
import java.util.regex.Pattern;

/**
 * Which deploy is asking: a service and an environment; the environment's type is given or told
 * from its name ("production", "prod", "live" …). Only production deploys are gated.
 */
public record GateQuery(String service, String environment, EnvironmentType environmentType) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");

    public GateQuery {
        if (service == null || !NAME.matcher(service).matches()) {
            throw ValidationException.field("service", "is required: 1-100 letters, digits, '.', '_', '/' or '-'");
        }
        if (environment == null || !NAME.matcher(environment).matches()) {
            throw ValidationException.field("environment", "is required: 1-100 letters, digits, '.', '_', '/' or '-'");
        }
    }

    /** From request parameters; {@code type} may be null and is then told from the environment's name. */
    public static GateQuery of(String service, String environment, String type) {
        EnvironmentType t;
        if (type != null && !type.isBlank()) {
            t = Wire.parse(EnvironmentType.class, type, "environmentType");
        } else {
            t = EnvironmentTypes.guess(environment).orElse(EnvironmentType.STAGING);
        }
        return new GateQuery(service, environment, t);
    }

    public boolean isProduction() {
        return environmentType == EnvironmentType.PRODUCTION;
    }
}
