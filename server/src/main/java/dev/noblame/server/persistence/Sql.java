package dev.noblame.server.persistence;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
        List<String> out = GSON.fromJson(json, STRINGS);
        return out == null ? List.of() : out;
    }

    static Map<String, String> stringMap(String json) {
        Map<String, String> out = GSON.fromJson(json, STRING_MAP);
        return out == null ? Map.of() : out;
    }
}
