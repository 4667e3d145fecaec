package dev.noblame.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of secret the redactor promises to catch, planted in postmortem prose: recall
 * must be 100%. Look-alikes a postmortem needs must come through untouched.
 */
class PlantedSecretsTest {
    record Plant(String kind, String secret, String sentence) {
        String text() {
            return sentence.replace("{}", secret);
        }
    }

    private static final String PEM_BODY = "MIIEowIBAAKCAQEAvQ2x1kq3kP0m9yZ7bq8x\nQ1x2c3v4b5n6m7a8s9d0f1g2h3j4k5l6\n";

    static final List<Plant> PLANTS = List.of(
            new Plant("aws access key id", "AKIAIOSFODNN7EXAMPLE", "The key {} was found in the build log."),
            new Plant("aws sts key id", "ASIAY34FZKBOKMUTVV7A", "Temporary credentials {} were reused."),
            new Plant("aws secret key (named)", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = {}"),
            new Plant("aws secret key (bare)", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "The second key was {} in the paste."),
            new Plant("github classic token", "ghp_1234567890abcdefghijABCDEFGHIJ123456", "A token {} was pushed to the repo."),
            new Plant("github fine-grained token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF0123456789ab",
                    "The runner used {} for checkout."),
            new Plant("github oauth token", "gho_16C7e42F292c6912E7710c838347Ae178B4a", "OAuth token {} leaked."),
            new Plant("gitlab personal token", "glpat-Zx8vQ2kLm9PqR4sT7uWy", "CI printed {} in the job log."),
            new Plant("gitlab runner token", "glrt-t3_4kQ9zP2mN7xV1bL8cR5w", "Runner registered with {}."),
            new Plant("slack bot token", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "The bot token {} was in the wiki."),
            new Plant("slack user token", "xoxp-123456789012-123456789012-123456789012-0123456789abcdef0123456789abcdef", "Token: {}"),
            new Plant("slack webhook", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "Alerts posted to {}."),
            new Plant("atlassian api token", "ATATT3xFfGF0T4JNjRa3NxDz4z1XqOgZ0bEXAMPLE1234567890abcdef=A1B2C3D4", "The Jira token {} was shared."),
            new Plant("azure storage account key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                    "DefaultEndpointsProtocol=https;AccountName=contosologs;AccountKey={};EndpointSuffix=core.windows.net"),
            new Plant("azure key (bare)", "Xc9wvdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                    "The storage key {} was rotated."),
            new Plant("azure sas signature", "sv=2022-11-02&ss=b&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D",
                    "SharedAccessSignature={}"),
            new Plant("rsa private key", "-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY + "-----END RSA PRIVATE KEY-----", "Key:\n{}\nend"),
            new Plant("openssh private key", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + PEM_BODY + "-----END OPENSSH PRIVATE KEY-----", "{}"),
            new Plant("pkcs8 private key", "-----BEGIN PRIVATE KEY-----\n" + PEM_BODY + "-----END PRIVATE KEY-----", "Found {} in a gist."),
            new Plant("pgp private key", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n" + PEM_BODY + "-----END PGP PRIVATE KEY BLOCK-----", "{}"),
            new Plant("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                    "The session cookie {} was replayed."),
            new Plant("sql connection string password", "S3cr3t!Pass", "Server=db01;Database=orders;User Id=svc;Password={};"),
            new Plant("odbc pwd", "Tr0ub4dor&3", "Driver={ODBC};Server=db;Uid=app;pwd={};"),
            new Plant("url credentials", "hunter2Pass", "postgres://app:{}@db.internal:5432/orders"),
            new Plant("bearer token", "mF_9.B5f-4.1JqM_kQ2zP7vL", "Authorization: Bearer {}"),
            new Plant("generic secret", "q9X!v2#Lm7@Rt4", "client_secret = {}"),
            new Plant("generic token", "tok_8fK2mQ9vX4pL7zR3", "The deploy used token: {}"),
            new Plant("generic api key", "a1B2c3D4e5F6g7H8i9J0", "API_KEY=\"{}\""),
            new Plant("password assignment", "Winter2024!", "The service account password: {}"));

    @Test
    void every_planted_secret_is_replaced_recall_100_percent() {
        Redactor redactor = Redactor.withDefaults();
        List<String> missed = new ArrayList<>();
        for (Plant p : PLANTS) {
            Redaction r = redactor.redact(p.text());
            if (r.text().contains(p.secret()) || !r.text().contains("[SECRET-1]")) {
                missed.add(p.kind() + ": " + r.text());
            }
        }
        System.out.printf("planted secrets: %d of %d redacted%n", PLANTS.size() - missed.size(), PLANTS.size());
        assertThat(missed).as("secrets that survived redaction").isEmpty();
    }

    @Test
    void look_alikes_that_are_not_secrets_survive() {
        Redactor redactor = Redactor.withDefaults();
        List<String> lookAlikes = List.of(
                "Reverted commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 from the main branch.",
                "Correlation id 3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c in the gateway log.",
                "password = ${DB_PASSWORD} comes from the vault; token: <redacted>; secret=changeme.",
                "The password reset flow and the token refresh job both failed.",
                "token_expiry = 3600 and api_key_rotation_days: 90",
                "Key id AKIA-style prefixes are documented in the runbook.",
                "The ghp_ prefix marks GitHub personal tokens.",
                "Build 20240301.7 used agent 3.236.1 and KB5034441.",
                "SHA-256 digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 matched.",
                "Run id 8c1f0d3e4a7b in pipeline #4521 finished at 2026-03-01T10:02:03Z.");
        for (String text : lookAlikes) {
            Redaction r = redactor.redact(text);
            assertThat(r.text()).as(r.findings().toString()).isEqualTo(text);
        }
    }
}
