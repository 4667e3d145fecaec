package dev.noblame.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.noblame.server.support.RunningHub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
    @TempDir
    Path dir;

    @Test
    void every_registered_route_appears_in_the_openapi_document() {
        try (RunningHub hub = RunningHub.start(dir)) {
            JsonObject paths = JsonParser.parseString(ApiServer.resource("/openapi.json")).getAsJsonObject().getAsJsonObject("paths");
            List<String> missing = new ArrayList<>();
            List<ApiServer.Route> routes = hub.hub.api().routes();
            for (ApiServer.Route r : routes) {
                JsonObject path = paths.getAsJsonObject(r.path());
                if (path == null || !path.has(r.method().toLowerCase(Locale.ROOT))) {
                    missing.add(r.method() + " " + r.path());
                }
            }
            assertThat(routes).hasSizeGreaterThan(15);
            assertThat(missing).as("routes missing from openapi.json").isEmpty();
        }
    }
}
