package dev.noblame.server.persistence;

/** The few statements H2 and PostgreSQL spell differently; everything else is shared SQL. */
public enum Dialect {
    H2, POSTGRES;

    public static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : H2;
    }

    public String nextValue(String sequence) {
        return this == POSTGRES ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence;
    }

    /** {@code count} next values of the sequence, one per row. */
    public String nextValues(String sequence, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 (got " + count + ")");
        }
        return this == POSTGRES
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, " + count + ")"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, " + count + ")";
    }

    /** Lifts a sequence so it stays ahead of ids written explicitly (imports, tests). */
    public String raiseSequence(String sequence, long atLeast) {
        return this == POSTGRES
                ? "SELECT setval('" + sequence + "', GREATEST((SELECT last_value FROM " + sequence + "), " + atLeast + "))"
                : "ALTER SEQUENCE " + sequence + " RESTART WITH " + (atLeast + 1);
    }
}
