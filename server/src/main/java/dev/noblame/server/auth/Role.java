package dev.noblame.server.auth;

import dev.noblame.common.Wire;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN §6 and the permission table. Kept as data so a reviewer can read who may
 * do what in one place. Just-culture records are people-ops only; admins run the system but
 * do not read them.
 */
public enum Role {
    REPORTER(EnumSet.of(Permission.READ)),
    RESPONDER(EnumSet.of(Permission.READ, Permission.RESPOND, Permission.AUTHOR)),
    REVIEWER(EnumSet.of(Permission.READ, Permission.RESPOND, Permission.AUTHOR, Permission.REVIEW)),
    ADMIN(EnumSet.of(Permission.READ, Permission.RESPOND, Permission.AUTHOR, Permission.REVIEW, Permission.LEGAL,
            Permission.ADMIN)),
    PEOPLE_OPS(EnumSet.of(Permission.READ, Permission.PEOPLE_OPS)),
    LEGAL(EnumSet.of(Permission.READ, Permission.LEGAL));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return p == Permission.PUBLIC || permissions.contains(p);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Role parse(String text) {
        return Wire.parse(Role.class, text, "role");
    }

    public String wireName() {
        return Wire.name(this).replace('_', '-');
    }
}
