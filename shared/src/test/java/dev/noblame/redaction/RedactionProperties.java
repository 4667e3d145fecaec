package dev.noblame.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RedactionProperties {
    private static final Redactor REDACTOR = Redactor.withDefaults();

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> domain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        return net.jqwik.api.Combinators.combine(local, domain).as((l, d) -> l + "." + l.charAt(0) + "@" + d + ".example.com");
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("The alert fired at 10:02.", "See INC-42 and commit 9fceb02.", "Rollback took 12 minutes.",
                "Windows 10.0.19045.3803 hosts", "card ending 4242", "", "\n").list().ofMaxSize(5).map(l -> String.join(" ", l));
    }

    @Property(tries = 200)
    void a_planted_email_never_survives_and_keeps_one_placeholder(@ForAll("emails") String email, @ForAll("prose") String before,
                                                                @ForAll("prose") String after) {
        String text = before + " mail " + email + " then " + email.toUpperCase() + " " + after;
        Redaction r = REDACTOR.redact(text);
        assertThat(r.text()).doesNotContainIgnoringCase(email);
        assertThat(r.text()).contains("[EMAIL-1]").doesNotContain("[EMAIL-2]");
    }

    @Property(tries = 200)
    void text_without_findings_comes_back_unchanged_and_findings_point_into_the_original(@ForAll String text) {
        Redaction r = REDACTOR.redact(text);
        if (r.findings().isEmpty()) {
            assertThat(r.text()).isEqualTo(text);
        }
        r.findings().forEach(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
    }
}
