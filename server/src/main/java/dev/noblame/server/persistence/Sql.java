package dev.noblame.server.persistence;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Column conversions shared by the repositories: times as UTC offsets, lists and maps as JSON text. */
final class Sql {
    static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type STRINGS = new TypeToken<List<String>>() { }.getType();
    private static final java.lang.reflect.Type STRING_MAP = new TypeToken<Map<String, String>>() { }.getType();

    private Sql() {
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static String json(Object value) {
        return GSON.toJson(value);
    }

    static List<String> strings(String json) {
        if (json == null || json.equals("[]")) {
            // most lists are empty: skip the parser (it dominates reading 100,000 incidents)
            return List.of();
        }
        List<String> out = GSON.fromJson(json, STRINGS);
        return out == null ? List.of() : out;
    }

    /** Most databases cap the values of one IN list; bulk reads split their ids into lists of this size. */
    static final int IN_CHUNK = 500;

    /** Runs {@code query} per chunk of at most {@link #IN_CHUNK} values and concatenates the results in order. */
    static <V, T> List<T> inChunks(List<V> values, Function<List<V>, List<T>> query) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_CHUNK) {
            out.addAll(query.apply(values.subList(i, Math.min(values.size(), i + IN_CHUNK))));
        }
        return out;
    }

    static Map<String, String> stringMap(String json) {
        Map<String, String> out = GSON.fromJson(json, STRING_MAP);
        return out == null ? Map.of() : out;
    }
}
