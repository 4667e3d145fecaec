package dev.noblame.bench.writing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated postmortem corpus for the writing benchmarks: Markdown postmortems with
 * headings, a timestamped timeline and prose that mixes blameless and blameful sentences,
 * Windows-shop and security detail, and now and then an email, an address or a key. Seeded,
 * so every run measures the same text.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.noblame.bench.writing.PostmortemCorpus DIR FILES BYTES_EACH</pre>
 */
public final class PostmortemCorpus {
    public static final int ONE_MIB = 1 << 20;

    private static final String[] SERVICES = {"checkout", "payments API", "SSO gateway", "Exchange hybrid", "file shares",
        "WSUS", "SQL Server cluster", "VPN concentrator", "search indexer", "Kubernetes ingress", "Citrix gateway", "billing"};
    private static final String[] ROLES = {"the on-call engineer", "the DBA", "the Windows admin", "the helpdesk technician",
        "the SOC analyst", "the release manager", "the network engineer", "the developer", "the platform team"};
    private static final String[] PEOPLE = {"Priya", "Tom", "Alice", "Omar", "Karen", "Lukas", "Mei", "Raj"};
    private static final String[] BLAMELESS = {
        "The %s failed to acquire a lock on the state file, so the deploy job waited for %d minutes.",
        "The failover should have been triggered automatically by the health check, but the probe only tested the TCP port.",
        "Just-in-time access for %s expired during the change window.",
        "We will simply reuse the canary stage for the hotfix to %s.",
        "The alert fired among %d other alerts during the deploy, which made it hard to spot.",
        "%s acknowledged the page at 02:%02d and joined the bridge within four minutes.",
        "The runbook for the %s did not mention that the replica must be drained first.",
        "The WSUS server pushed KB5034441 to all workstations at once, including the %s hosts.",
        "Error rates on the %s returned to baseline at 11:%02d after the rollback.",
        "The dashboard showed latency rising, but it looked like the nightly batch spike.",
        "The certificate for the %s expired and clients began failing TLS handshakes.",
        "The cleanup script deleted the snapshots because its filter matched the production tag.",
        "Two consoles with identical colours made the production and staging sessions of the %s easy to confuse.",
        "After three missed heartbeats the %s node was evicted from the cluster.",
        "The change to the %s was approved under the standard change process, which did not require a canary.",
        "Responders had no read access to the %s logs for the first %d minutes.",
    };
    private static final String[] BLAMEFUL = {
        "%s failed to notice the disk usage alert on the %s.",
        "%s should have checked the replication lag before promoting the replica.",
        "The root cause was human error during the %s change.",
        "Why did %s restart the primary without draining it?",
        "%s simply pushed the change to the %s without running the tests.",
        "Obviously the retention setting on the %s was wrong.",
        "%s forgot to renew the certificate for the %s.",
    };

    private PostmortemCorpus() {
    }

    /** About {@code size} characters of postmortems (ASCII, so characters are bytes). */
    public static String generate(long seed, int size) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(size + 4096);
        int n = 0;
        while (b.length() < size) {
            n++;
            String service = pick(r, SERVICES);
            b.append("# INC-").append(1000 + n).append(": ").append(service).append(" outage\n\n## Summary\n\n");
            paragraph(b, r, 4);
            b.append("\n\n## Timeline\n\n");
            for (int i = 0; i < 6; i++) {
                b.append(String.format("- 2026-03-%02dT%02d:%02d:00Z %s%n", 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                        sentence(r)));
            }
            b.append("\n## Contributing factors\n\n");
            paragraph(b, r, 5);
            b.append("\n\n## Supporting information\n\n");
            b.append(String.format("Contact %s.%s@example.com or +44 20 7946 %04d. Host 10.%d.%d.%d ran agent 4.2.0.%d; commit %040x.%n",
                    pick(r, PEOPLE).toLowerCase(), "ops", r.nextInt(10_000), r.nextInt(256), r.nextInt(256), r.nextInt(256),
                    r.nextInt(100), new java.math.BigInteger(160, r)));
            if (n % 7 == 0) {
                b.append("Leaked key AKIA").append(upper(r, 16)).append(" was rotated; see OPS-").append(100 + n).append(".\n");
            }
            b.append('\n');
        }
        b.setLength(size);
        return b.toString();
    }

    private static void paragraph(StringBuilder b, Random r, int sentences) {
        for (int i = 0; i < sentences; i++) {
            b.append(i == 0 ? "" : " ").append(sentence(r));
        }
    }

    private static String sentence(Random r) {
        boolean blameful = r.nextInt(5) == 0;
        String template = blameful ? pick(r, BLAMEFUL) : pick(r, BLAMELESS);
        Object[] args = new Object[4];
        int k = 0;
        for (int i = template.indexOf('%'); i >= 0 && k < args.length; i = template.indexOf('%', i + 1)) {
            char spec = template.charAt(i + 1) == '0' ? 'd' : template.charAt(i + 1);
            args[k++] = spec == 'd' ? (Object) r.nextInt(60) : (blameful && k == 1 ? (r.nextBoolean() ? pick(r, PEOPLE) : capital(pick(r, ROLES)))
                    : pick(r, SERVICES));
        }
        return String.format(template, args);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String upper(Random r, int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    /** Writes FILES Markdown files of BYTES_EACH bytes into DIR (for the whole-process comparison). */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PostmortemCorpus DIR FILES BYTES_EACH");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int files = Integer.parseInt(args[1]);
        int bytes = Integer.parseInt(args[2]);
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve(String.format("postmortem-%03d.md", i)), generate(1000 + i, bytes), StandardCharsets.UTF_8);
        }
        System.out.printf("wrote %d files of %d bytes to %s%n", files, bytes, dir);
    }
}
