package dev.noblame.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.common.NameDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private final Redactor redactor = Redactor.withDefaults(NameDirectory.of(List.of("Priya Raman", "Will Turner")));

    @Test
    void the_same_value_gets_the_same_placeholder_throughout_a_document() {
        Redaction r = redactor.redact("Mail ops@example.com, then OPS@example.com; also dba@example.com.");
        assertThat(r.text()).isEqualTo("Mail [EMAIL-1], then [EMAIL-1]; also [EMAIL-2].");
        assertThat(r.findings()).extracting(RedactionFinding::replacement).containsExactly("[EMAIL-1]", "[EMAIL-1]", "[EMAIL-2]");
    }

    @Test
    void findings_say_what_was_replaced_where_in_the_original_text() {
        String text = "Key AKIAIOSFODNN7EXAMPLE leaked.";
        RedactionFinding f = redactor.redact(text).findings().get(0);
        assertThat(f.type()).isEqualTo("secret");
        assertThat(f.rule()).isEqualTo("aws-access-key-id");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void directory_names_share_one_placeholder_for_full_and_first_name() {
        Redaction r = redactor.redact("Priya Raman paged the DBA. Priya then rolled back. Will the rollback hold?");
        assertThat(r.text()).isEqualTo("[NAME-1] paged the DBA. [NAME-1] then rolled back. Will the rollback hold?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Server=db;Password=S3cr3t!Pass;User Id=app|Password=[SECRET-1];",
        "driver=sql;pwd=hunter22x;|pwd=[SECRET-1];",
        "Login from 10.20.30.40 failed|from [IP-1] failed",
        "Peer fe80::1ff:fe23:4567:890a dropped|Peer [IP-1] dropped",
        "Call +44 20 7946 0958 now|Call [PHONE-1] now",
        "Call (555) 123-4567.|Call [PHONE-1].",
        "Call 020 7946 0958 now|Call [PHONE-1] now",
        "Owner S-1-5-21-3623811015-3361044348-30300820-1013 here|Owner [SID-1] here",
        "Signed in as CONTOSO\\jdoe at 10:02|CONTOSO\\[USER-1] at 10:02",
        "Copied to \\\\fs01\\home$\\jdoe\\Desktop|\\\\fs01\\home$\\[USER-1]\\Desktop",
        "Card 4111 1111 1111 1111 was charged|Card [CARD-1] was charged",
        "Logged in as CORP\\jdoe.|as CORP\\[USER-1].",
        "Signed in as CORP\\j.doe, then left|as CORP\\[USER-1], then left",
        "Saved to C:\\Users\\jdoe. Then|C:\\Users\\[USER-1]. Then",
        "Saved to \\\\fs01\\users\\jdoe, then|\\\\fs01\\users\\[USER-1], then",
    })
    void personal_data_and_connection_strings_are_replaced(String text, String expectedPart) {
        assertThat(redactor.redact(text).text()).contains(expectedPart);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ticket INC-123 and OPS-42 track it.",
        "Commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (short 9fceb02) introduced it.",
        "Request 123e4567-e89b-12d3-a456-426614174000 timed out.",
        "Hosts run Windows 10.0.19045.3803 and Server 10.0.17763.5458 with KB5034441.",
        "Agent version 4.2.0.1 was rolled out; library 1.2.3 too.",
        "Build #4521 and build 4522 failed at 2024-03-01T10:02:03Z.",
        "Mitigated after 42 minutes (00:42:10); availability 99.95% for the month.",
        "The customer paid with the card ending 4242.",
        "Timestamp 1709287323000 and order number 4111111111111112 are not cards.",
        "Registry key HKLM\\SOFTWARE\\Contoso and NT AUTHORITY\\SYSTEM are not users.",
        "The well-known SID S-1-5-18 is LocalSystem.",
        "token_ttl = 3600 and secret_rotation_days: 90 and password_policy = strict",
        "Retry at 10:02:03 then 10:05; ratio 3:2.",
    })
    void values_a_postmortem_needs_survive(String text) {
        Redaction r = redactor.redact(text);
        assertThat(r.text()).as(r.findings().toString()).isEqualTo(text);
    }
}
