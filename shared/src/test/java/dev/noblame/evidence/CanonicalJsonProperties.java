package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class CanonicalJsonProperties {
    static final DateTimeFormatter SPEC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Property(tries = 2000)
    void every_timestamp_is_written_exactly_as_the_documented_pattern(
            @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long epochSecond,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant at = Instant.ofEpochSecond(epochSecond, nanos);

        assertThat(CanonicalJson.write(at)).isEqualTo("\"" + SPEC.format(at.truncatedTo(ChronoUnit.MICROS)) + "\"");
    }

    @Property(tries = 1000)
    void text_that_is_valid_utf16_is_kept_and_any_text_becomes_valid(@ForAll String text) {
        String kept = CanonicalJson.text(text);

        assertThat(kept).hasSameSizeAs(text);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < kept.length() && Character.isLowSurrogate(kept.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).isFalse();
            }
        }
        if (text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
            assertThat(kept).isEqualTo(text);
        }
    }
}
