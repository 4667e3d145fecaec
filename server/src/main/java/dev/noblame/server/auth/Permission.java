package dev.noblame.server.auth;

import io.javalin.security.RouteRole;

/** What a route needs. Routes declare one; {@link Role} says which roles hold it. */
public enum Permission implements RouteRole {
    /** No token needed: anonymous report intake, health, webhooks that check their own signature. */
    PUBLIC,
    /** Read incidents, postmortems, actions, KPIs; use the linter and redactor. */
    READ,
    /** Change incidents, their timeline and action items. */
    RESPOND,
    /** Write postmortems and submit them for review. */
    AUTHOR,
    /** Approve, publish and close postmortems. */
    REVIEW,
    /** Just-culture records. */
    PEOPLE_OPS,
    /** Regulatory clocks and legal holds; evidence verification. */
    LEGAL,
    /** Outbox, dead letters, tokens, integrations. */
    ADMIN
}
