package dev.noblame.server.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.noblame.server.config.ServerSettings;
import java.nio.file.Path;
import javax.sql.DataSource;
import dev.noblame.server.persistence.migration.V51__Evidence_without_hash_indexes;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** The connection pool, the schema (Flyway) and JDBI, for H2 or PostgreSQL. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Transactions transactions;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        this.transactions = new Transactions(jdbi);
    }

    public static Database open(ServerSettings settings) {
        String url = settings.dbUrl().orElseGet(() -> h2Url(settings.dataDir()));
        return open(url, settings.dbUser().orElse(url.startsWith("jdbc:h2:") ? "sa" : null),
                settings.dbPassword().orElse(url.startsWith("jdbc:h2:") ? "" : null), 10);
    }

    /**
     * The embedded file database under the data directory, created on first use. WRITE_DELAY=0
     * writes every commit to the file before the commit returns (H2 otherwise batches writes for
     * half a second), so a report answered 201 survives the process being killed.
     * QUERY_CACHE_SIZE: H2 keeps only 8 parsed statements per connection by default, fewer than
     * one report runs (incident, report text, evidence head and entry, the integrations'
     * reactions), so every statement was parsed and planned again on every report.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("noblame") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256";
    }

    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("noblame");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .javaMigrations(new V51__Evidence_without_hash_indexes()).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, Dialect.of(url));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        if (dialect == Dialect.H2) {
            // Compact and close the file cleanly; a crash instead is recovered on the next open.
            try {
                jdbi.useHandle(h -> h.execute("SHUTDOWN"));
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
        dataSource.close();
    }
}
