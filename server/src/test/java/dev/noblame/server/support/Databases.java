package dev.noblame.server.support;

import dev.noblame.server.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh databases for tests: H2 files in a temporary directory, and databases on one embedded
 * PostgreSQL server shared by the whole test run (started on first use, stopped at exit).
 */
public final class Databases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    public enum Kind { H2, POSTGRES }

    public static Database open(Kind kind, Path dir) {
        return Database.open(url(kind, dir), kind == Kind.H2 ? "sa" : "postgres", kind == Kind.H2 ? "" : "postgres", 8);
    }

    /** A JDBC URL of a new, empty database. */
    public static String url(Kind kind, Path dir) {
        if (kind == Kind.H2) {
            return Database.h2Url(dir.resolve("h2-" + COUNTER.incrementAndGet()));
        }
        String name = "test_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
