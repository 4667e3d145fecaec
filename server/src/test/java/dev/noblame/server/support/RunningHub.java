package dev.noblame.server.support;

import dev.noblame.server.Hub;
import dev.noblame.server.auth.Role;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A hub on a fresh embedded H2 database in a temporary directory, listening on a free port. */
public final class RunningHub implements AutoCloseable {
    public final Hub hub;
    public final Http http;

    private RunningHub(Hub hub) {
        this.hub = hub;
        this.http = new Http("http://localhost:" + hub.port());
    }

    public static RunningHub start(Path dir) {
        return start(dir, Map.of());
    }

    public static RunningHub start(Path dir, Map<String, String> extra) {
        return start(dir, extra, Integrations.standard());
    }

    public static RunningHub start(Path dir, Map<String, String> extra, Integrations integrations) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("data.dir", dir.toString());
        settings.putAll(extra);
        return new RunningHub(Hub.create(Settings.of(settings), integrations).start());
    }

    public String token(Role role) {
        return hub.tokens().create("test " + role.wireName(), role).secret();
    }

    @Override
    public void close() {
        hub.close();
    }
}
