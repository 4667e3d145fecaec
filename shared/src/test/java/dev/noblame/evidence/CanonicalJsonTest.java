package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void object_members_are_sorted_by_key_whatever_the_insertion_order() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", 2);
        map.put("B", 3);
        map.put("aa", 4);

        assertThat(CanonicalJson.write(map)).isEqualTo("{\"B\":3,\"a\":2,\"aa\":4,\"b\":1}");
    }

    @Test
    void there_is_no_whitespace_between_tokens_and_nesting_is_canonical_too() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", true);
        inner.put("y", null);
        Map<String, Object> outer = Map.of("list", List.of(1L, "two", false), "inner", inner);

        assertThat(CanonicalJson.write(outer)).isEqualTo("{\"inner\":{\"y\":null,\"z\":true},\"list\":[1,\"two\",false]}");
    }

    @Test
    void strings_escape_quotes_backslashes_and_control_characters_and_nothing_else() {
        String text = "say \"hi\"\\ \b\f\n\r\t \u0001\u001f / é 日本 \u2028 😀";

        assertThat(CanonicalJson.write(text))
                .isEqualTo("\"say \\\"hi\\\"\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f / é 日本 \u2028 😀\"");
    }

    @Test
    void integers_are_plain_decimal_and_floating_point_is_refused() {
        assertThat(CanonicalJson.write(Arrays.asList(0, -7, Long.MAX_VALUE, Long.MIN_VALUE)))
                .isEqualTo("[0,-7,9223372036854775807,-9223372036854775808]");
        assertThatThrownBy(() -> CanonicalJson.write(1.5)).hasMessageContaining("java.lang.Double");
    }

    @Test
    void timestamps_are_utc_with_exactly_six_fractional_digits() {
        assertThat(CanonicalJson.write(Instant.parse("2026-12-04T15:29:27Z"))).isEqualTo("\"2026-12-04T15:29:27.000000Z\"");
        assertThat(CanonicalJson.write(Instant.parse("2026-12-04T15:29:27.1234567Z")))
                .as("nanoseconds beyond the microsecond are dropped, as PostgreSQL would")
                .isEqualTo("\"2026-12-04T15:29:27.123456Z\"");
    }

    @Test
    void unpaired_surrogates_are_replaced_so_that_stored_text_is_hashed_text() {
        assertThat(CanonicalJson.text("a\uD800b\uDC00c😀")).isEqualTo("a\uFFFDb\uFFFDc😀");
        assertThat(CanonicalJson.text("plain")).isSameAs("plain");
    }

    @Test
    void non_string_keys_and_unknown_types_are_refused_with_a_reason() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).hasMessageContaining("keys must be strings");
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).hasMessageContaining("no form for java.lang.Object");
    }
}
