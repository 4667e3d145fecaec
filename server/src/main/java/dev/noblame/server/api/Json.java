package dev.noblame.server.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jetbrains.annotations.NotNull;

/** JSON for the API: gson, nulls written out, times as ISO-8601 strings. */
public final class Json implements JsonMapper {
    public static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (v, t, c) -> new JsonPrimitive(v.toString()))
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (v, t, c) -> new JsonPrimitive(v.toString()))
            .registerTypeAdapter(OffsetDateTime.class,
                    (JsonSerializer<OffsetDateTime>) (v, t, c) -> new JsonPrimitive(v.toInstant().toString()))
            .create();

    @NotNull
    @Override
    public String toJsonString(@NotNull Object obj, @NotNull Type type) {
        return GSON.toJson(obj, type);
    }

    @NotNull
    @Override
    public <T> T fromJsonString(@NotNull String json, @NotNull Type targetType) {
        return GSON.fromJson(json, targetType);
    }
}
