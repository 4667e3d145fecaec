package dev.noblame.server.jenkins;

import dev.noblame.jenkins.intake.IntakeTokens;
import dev.noblame.server.auth.Authenticator;
import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;

/**
 * Who is calling a Jenkins endpoint. A Jenkins proves itself with its intake token in
 * {@code X-NoBlame-Token}, or in the query parameter {@code token} for the Notification plugin,
 * which cannot send headers. A signed-in person (bearer token, session) may call too when their
 * role has the permission the endpoint asks.
 */
final class JenkinsCallers {
    static final String HEADER = "X-NoBlame-Token";

    private final IntakeTokens tokens;

    JenkinsCallers(IntakeTokens tokens) {
        this.tokens = tokens;
    }

    /** The caller's name: the Jenkins' name from jenkins.intake_tokens, or the signed-in user. */
    String identify(Context ctx, Permission orPersonWith) {
        String presented = ctx.header(HEADER);
        if (presented == null || presented.isBlank()) {
            presented = ctx.queryParam("token");
        }
        if (presented != null && !presented.isBlank()) {
            String token = presented.strip();
            return tokens.authenticate(token).orElseThrow(() -> new UnauthorizedResponse(
                    "the Jenkins intake token is unknown: it must be one of jenkins.intake_tokens"));
        }
        Optional<Principal> person = Authenticator.principal(ctx);
        if (person.isPresent()) {
            if (!person.get().may(orPersonWith)) {
                throw new ForbiddenResponse("the " + person.get().role().wireName() + " role may not do this");
            }
            return person.get().name();
        }
        // A person with an API token may call these routes too: say so, not only that Jenkins tokens are off.
        throw new UnauthorizedResponse(tokens.isEmpty()
                ? "send Authorization: Bearer <API token> (Jenkins intake tokens are off: no jenkins.intake_tokens are configured)"
                : "send this Jenkins' intake token in " + HEADER + " (or ?token= for the Notification plugin)"
                        + ", or Authorization: Bearer <API token>");
    }
}
