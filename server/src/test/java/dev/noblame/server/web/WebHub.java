package dev.noblame.server.web;

import dev.noblame.server.Hub;
import dev.noblame.server.auth.Role;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A hub with the web UI on a fresh embedded database in a temporary directory, on a free port. */
public final class WebHub implements AutoCloseable {
    public final Hub hub;
    public final String base;

    private WebHub(Hub hub) {
        this.hub = hub;
        this.base = "http://localhost:" + hub.port();
    }

    public static WebHub start(Path dir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("data.dir", dir.toString());
        Hub hub = Hub.create(Settings.of(settings), Integrations.standard());
        WebUi web = WebUi.of(hub);
        return new WebHub(hub.withWeb(web::configure).start());
    }

    public String token(Role role) {
        return hub.tokens().create("test " + role.wireName(), role).secret();
    }

    Browser browser() {
        return new Browser(base);
    }

    /** A browser already signed in with a new token of the role. */
    Browser signedIn(Role role) {
        Browser b = browser();
        b.get("/signin");
        Browser.Page p = b.post("/signin", Map.of("token", token(role), "next", "/incidents"));
        if (p.status() != 303) {
            throw new IllegalStateException("sign-in answered " + p.status() + ": " + p.body());
        }
        return b;
    }

    @Override
    public void close() {
        hub.close();
    }
}
