package dev.noblame.redaction;

import static dev.noblame.redaction.DataKind.CARD;
import static dev.noblame.redaction.DataKind.EMAIL;
import static dev.noblame.redaction.DataKind.IP;
import static dev.noblame.redaction.DataKind.PHONE;
import static dev.noblame.redaction.DataKind.SECRET;
import static dev.noblame.redaction.DataKind.SID;
import static dev.noblame.redaction.DataKind.USER;

import java.util.List;
import java.util.Locale;

/**
 * The catalogue of pattern detectors, one named value each. Secrets first; personal data
 * after. Names from the directory are added by {@link Redactor} because they come from the
 * organisation, not from a pattern.
 */
public final class Detectors {
    private Detectors() {
    }

    private static final String B64 = "A-Za-z0-9+/";

    public static final List<PatternDetector> SECRETS = List.of(
            PatternDetector.of("private-key-block", SECRET, "PEM/OpenSSH/PGP private key blocks, header to footer",
                    "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
                    .near(0, -1, "-----BEGIN "),
            PatternDetector.of("aws-access-key-id", SECRET, "AWS access key ids (AKIA…, ASIA…)",
                    "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])")
                    .near(1, 20, "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA"),
            PatternDetector.of("aws-secret-access-key", SECRET, "AWS secret access keys after their setting name",
                    "(?i)(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|aws_?secret)[\"']?\\s*(?::=|=>|[:=])\\s*[\"']?([" + B64 + "]{40})(?![" + B64 + "])")
                    .group(1)
                    .nearIgnoringCase(24, 90, "secret"),
            PatternDetector.of("base64-40-secret", SECRET, "40-character mixed-case base64 values (AWS secret key shape)",
                    "(?<![" + B64 + "])[" + B64 + "]{40}(?![" + B64 + "=])")
                    .when(c -> Looks.mixedCaseWithDigits(c.value()))
                    .nearBase64Runs(40),
            PatternDetector.of("github-token", SECRET, "GitHub personal, OAuth, app and fine-grained tokens",
                    "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})")
                    .near(1, 300, "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
            PatternDetector.of("gitlab-token", SECRET, "GitLab personal, deploy, runner and other tokens",
                    "(?<![A-Za-z0-9_-])(?:glpat|gloas|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|glagent|GR1348941)-?[A-Za-z0-9_-]{20,}")
                    .near(1, 300, "glpat", "gloas", "gldt", "glrt", "glptt", "glft", "glsoat", "glcbt", "glimt", "glagent", "GR1348941"),
            PatternDetector.of("slack-token", SECRET, "Slack bot, user, app and configuration tokens",
                    "(?<![A-Za-z0-9])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Za-z0-9-]{10,})")
                    .near(1, 300, "xox", "xapp-"),
            PatternDetector.of("slack-webhook", SECRET, "Slack incoming webhook URLs",
                    "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{10,}")
                    .near(8, 300, "hooks.slack.com"),
            PatternDetector.of("atlassian-api-token", SECRET, "Atlassian API tokens (ATATT3…, ATCTT3…)",
                    "(?<![A-Za-z0-9_-])AT[AC]TT3[A-Za-z0-9_=-]{30,}")
                    .near(1, 400, "ATATT3", "ATCTT3"),
            PatternDetector.of("azure-storage-key", SECRET, "Azure storage account and shared access keys in connection strings",
                    "(?i)(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig)\\s*=\\s*([A-Za-z0-9+/%=]{20,})").group(1)
                    .nearIgnoringCase(1, 300, "accountkey", "sharedaccess", "sig"),
            PatternDetector.of("azure-account-key", SECRET, "bare 88-character Azure storage account keys",
                    "(?<![" + B64 + "])[" + B64 + "]{86}==(?![" + B64 + "=])")
                    .nearBase64Runs(86),
            PatternDetector.of("jwt", SECRET, "JSON web tokens",
                    "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}")
                    .near(1, 8000, "eyJ"),
            PatternDetector.of("connection-string-password", SECRET, "Password=…; and pwd=… in connection strings",
                    "(?i)(?<![A-Za-z0-9_])(?:password|pwd|passwd)=(\"[^\"\\r\\n]+\"|'[^'\\r\\n]+'|[^;'\"\\s]+)").group(1)
                    .when(c -> !c.value().startsWith("[SECRET-") && !c.value().startsWith("${"))
                    .nearIgnoringCase(1, 300, "password=", "pwd=", "passwd="),
            PatternDetector.of("url-credentials", SECRET, "passwords in URLs (scheme://user:password@host)",
                    "(?i)\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@").group(1)
                    .near(40, 300, "://"),
            PatternDetector.of("bearer-token", SECRET, "Authorization: Bearer and Basic credentials",
                    "(?i)\\b(?:bearer|basic)\\s+([A-Za-z0-9._~+/-]{16,}=*)").group(1)
                    .when(c -> Looks.classes(c.value()) >= 2)
                    .nearIgnoringCase(1, 600, "bearer", "basic"),
            PatternDetector.of("secret-assignment", SECRET, "secret/token/password/api key = value, with an entropy check",
                    "(?i)(secret|token|passw(?:or)?d|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?key)"
                            + "[A-Za-z0-9_.-]{0,30}[\"']?\\s*(?::=|=>|[:=])\\s*[\"']?([^\\s\"',;]{6,})").group(2)
                    .when(c -> Looks.secretValue(stripTrailingDot(c.value()), c.match().group(1).toLowerCase(Locale.ROOT).matches("passw(?:or)?d|pwd")))
                    .nearIgnoringCase(1, 400, "secret", "token", "passw", "pwd", "api_key", "api-key", "apikey", "access_key", "access-key", "private_key", "private-key", "client_secret", "client-secret", "credential", "auth_key", "auth-key"));

    public static final List<PatternDetector> PERSONAL = List.of(
            PatternDetector.of("email", EMAIL, "email addresses",
                    "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9])")
                    .when(c -> !c.value().toLowerCase(Locale.ROOT).startsWith("git@"))
                    .near(65, 256, "@"),
            PatternDetector.of("windows-sid", SID, "Windows account SIDs (domain, local and Entra ID accounts)",
                    "(?<![\\w-])S-1-(?:5-21(?:-\\d{1,10}){3,4}|12-1(?:-\\d{1,10}){4})(?![\\w-])")
                    .near(1, 130, "S-1-"),
            // Neither user pattern may end in sentence punctuation: "as CORP\\jdoe." keeps its full stop.
            PatternDetector.of("domain-user", USER, "DOMAIN\\user account names (the user part)",
                    "(?<![\\w\\\\$:.%])([A-Za-z][A-Za-z0-9-]{1,14})\\\\([A-Za-z](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_])?)(?![\\w\\\\])").group(2)
                    .when(c -> Looks.isDomainUser(c.match().group(1)))
                    .near(17, 70, "\\"),
            PatternDetector.of("unc-user-folder", USER, "user folders in UNC and profile paths (\\\\server\\home$\\jdoe, C:\\Users\\jdoe)",
                    "(?i)\\\\(?:users|home|homes|profiles|redirected|userdata|userhome)\\$?\\\\([^\\\\\\s\"'<>|]*[^\\\\\\s\"'<>|.,;:!?)\\]])").group(1)
                    .when(c -> !Looks.SHARED_PROFILES.contains(c.value().toLowerCase(Locale.ROOT)))
                    .near(1, 300, "\\"),
            PatternDetector.of("unix-home", USER, "user names in /home/… and /Users/… paths",
                    "(?<![\\w.])/(?:home|Users)/([A-Za-z_][A-Za-z0-9_.-]{0,31})(?=/|\\s|$)").group(1)
                    .when(c -> !Looks.SHARED_PROFILES.contains(c.value().toLowerCase(Locale.ROOT)))
                    .near(2, 40, "/home/", "/Users/"),
            PatternDetector.of("ipv4", IP, "IPv4 addresses (not four-part versions such as 10.0.19045.3803)",
                    "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:/\\d{1,2})?(?![\\w]|\\.\\d)")
                    .when(c -> !Looks.looksLikeVersion(c.text(), c.start()))
                    .near(16, 24, "."),
            PatternDetector.of("ipv6", IP, "IPv6 addresses, full and compressed",
                    "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?:/\\d{1,3})?(?![\\w:])")
                    .when(c -> Ip6.valid(c.value()))
                    .near(40, 60, ":"),
            PatternDetector.of("card-number", CARD, "payment card numbers (Luhn-valid, known issuer prefixes)",
                    "(?<![\\d.-])\\d(?:[ -]?\\d){12,18}(?![\\d.-]|-\\d)")
                    .when(c -> {
                        String d = Looks.digits(c.value());
                        return Looks.cardPrefix(d) && Looks.luhn(d);
                    })
                    .nearDigits(13),
            PatternDetector.of("phone-international", PHONE, "phone numbers in international format (+44 20 7946 0958)",
                    "(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,5}\\)?){2,6}(?![\\w])")
                    .when(c -> {
                        int n = Looks.digits(c.value()).length();
                        return n >= 8 && n <= 15;
                    })
                    .near(1, 30, "+"),
            PatternDetector.of("phone-national", PHONE, "phone numbers in national formats ((555) 123-4567, 020 7946 0958, 07700 900123)",
                    "(?<![\\w.:/+-])(?:\\(\\d{3}\\) ?\\d{3}[ .-]\\d{4}|[2-9]\\d{2}[.-]\\d{3}[.-]\\d{4}|\\(?0\\d{2,4}\\)?[ -]\\d{3,4}[ -]?\\d{3,4})(?![\\w:-]|\\.\\d)")
                    .when(c -> {
                        int n = Looks.digits(c.value()).length();
                        return n >= 10 && n <= 11;
                    })
                    .nearDigits(10));

    private static String stripTrailingDot(String v) {
        return v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
    }
}
