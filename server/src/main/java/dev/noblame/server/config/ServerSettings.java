package dev.noblame.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The hub's own settings, read from the flat {@link Settings}.
 *
 * @param port              server.port: HTTP port (0 picks a free one); default 8080
 * @param dataDir           data.dir: where the embedded database and the checkpoint key live; default ./noblame-data
 * @param dbUrl             db.url: a JDBC URL (jdbc:postgresql://… or jdbc:h2:…); empty means H2 under data.dir
 * @param dbUser            db.user
 * @param dbPassword        db.password
 * @param checkpointEvery   evidence.checkpoint_every: sign a checkpoint after this many entries; default 100
 * @param proxyHeader       auth.proxy_header: a header a trusted reverse proxy sets to the user's name; off when empty
 * @param maxBodyBytes      server.max_body_bytes: larger request bodies get 413; default 1 MiB
 * @param schedulerThreads  scheduler.threads: db-scheduler worker threads; default 2
 */
public record ServerSettings(int port, Path dataDir, Optional<String> dbUrl, Optional<String> dbUser,
                             Optional<String> dbPassword, int checkpointEvery, Optional<String> proxyHeader,
                             int maxBodyBytes, int schedulerThreads) {

    public static ServerSettings from(Settings s) {
        String url = s.get("db.url", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new ConfigException("db.url must start with jdbc:postgresql: or jdbc:h2: (got '" + url + "')");
        }
        return new ServerSettings(
                s.intValue("server.port", 8080, 0, 65535),
                Path.of(s.get("data.dir", "noblame-data")),
                s.get("db.url"),
                s.get("db.user"),
                s.get("db.password"),
                s.intValue("evidence.checkpoint_every", 100, 1, 1_000_000),
                s.get("auth.proxy_header"),
                s.intValue("server.max_body_bytes", 1024 * 1024, 1024, 64 * 1024 * 1024),
                s.intValue("scheduler.threads", 2, 1, 64));
    }
}
