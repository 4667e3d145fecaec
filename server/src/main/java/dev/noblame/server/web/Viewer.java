package dev.noblame.server.web;

import dev.noblame.server.auth.Permission;
import dev.noblame.server.auth.Principal;
import dev.noblame.server.auth.Role;
import java.util.Optional;

/**
 * Who is looking at a page: a signed-in user with a role, or nobody (the report form needs no
 * sign-in). Pages decide what to show from the role's permissions only.
 */
public record Viewer(Optional<Principal> principal) {
    public static final Viewer NOBODY = new Viewer(Optional.empty());

    public Viewer {
        principal = principal == null ? Optional.empty() : principal;
    }

    public boolean signedIn() {
        return principal.isPresent();
    }

    public String userId() {
        return principal.map(Principal::name).orElse(null);
    }

    public String role() {
        return principal.map(p -> p.role().wireName()).orElse("");
    }

    public boolean may(Permission p) {
        return p == Permission.PUBLIC || principal.map(who -> who.may(p)).orElse(false);
    }

    /** Just-culture records are for people-ops only; admins run the system but do not read them. */
    public boolean canTriage() {
        return principal.map(p -> p.role() == Role.PEOPLE_OPS).orElse(false);
    }

    public boolean isAdmin() {
        return may(Permission.ADMIN);
    }
}
