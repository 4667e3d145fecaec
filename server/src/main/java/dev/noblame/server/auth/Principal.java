package dev.noblame.server.auth;

/** Who is calling, as established by a token, a session or a trusted proxy header. */
public record Principal(String name, Role role) {
    public boolean may(Permission p) {
        return role.may(p);
    }
}
