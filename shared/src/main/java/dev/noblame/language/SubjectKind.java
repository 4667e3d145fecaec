package dev.noblame.language;

/** Who a phrase is about, as far as sentence structure tells. */
enum SubjectKind {
    /** A person named by name (directory or recognisable first name). */
    NAMED,
    /** A person by pronoun or role: he, they, the on-call engineer, the DBA team. */
    PERSON,
    /** A system, an artefact or anything else that is not a person: the script, the failover. */
    THING,
    /** No subject found in the clause (a fragment, an imperative). */
    NONE;

    boolean isPerson() {
        return this == NAMED || this == PERSON;
    }
}
