package dev.noblame.jenkins.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IssueKeysProperties {

    @Property
    void a_key_is_found_wherever_it_sits_in_a_message(@ForAll @AlphaChars @StringLength(min = 2, max = 8) String project,
                                                      @ForAll @IntRange(min = 1, max = 99999) int number,
                                                      @ForAll @StringLength(max = 30) String before) {
        String key = project.toUpperCase(java.util.Locale.ROOT) + "-" + number;
        String message = before.replaceAll("[\\p{Lu}\\p{Digit}_-]", " ") + " " + key + ": fix";

        assertThat(IssueKeys.in(List.of(message))).contains(key);
    }

    @Test
    void keys_come_from_branches_and_messages_once_each_in_order() {
        assertThat(IssueKeys.in(List.of("feature/SHOP-231-fast", "SHOP-231 and OPS_2-7", "lower-1 A-1"))).containsExactly("SHOP-231", "OPS_2-7");
    }
}
