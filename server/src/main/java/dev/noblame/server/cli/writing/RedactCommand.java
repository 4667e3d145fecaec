package dev.noblame.server.cli.writing;

import com.google.gson.GsonBuilder;
import dev.noblame.redaction.Redaction;
import dev.noblame.redaction.RedactionFinding;
import dev.noblame.redaction.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code noblame redact}: the file with secrets and personal data replaced by stable placeholders. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Replace secrets and personal data with stable placeholders ([SECRET-1], [EMAIL-1], ...).",
            "Exit codes: 0 done, 2 bad input."})
public final class RedactCommand implements Callable<Integer> {
    public enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text prints the redacted text; json adds what was replaced where (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--names", paramLabel = "FILE", description = "People's names to redact, one per line.")
    Path names;

    @Parameters(arity = "1", paramLabel = "FILE", description = "File to redact (UTF-8 text; - for standard input).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Redaction r;
        try {
            Redactor redactor = Redactor.withDefaults(InputFiles.names(names));
            r = redactor.redact(InputFiles.read(file, System.in));
        } catch (InputFiles.BadInput e) {
            spec.commandLine().getErr().println("noblame redact: " + e.getMessage());
            return 2;
        }
        if (format == Format.json) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (RedactionFinding f : r.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", f.type());
                m.put("rule", f.rule());
                m.put("start", f.start());
                m.put("end", f.end());
                m.put("replacement", f.replacement());
                findings.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("text", r.text());
            doc.put("findings", findings);
            out.println(new GsonBuilder().disableHtmlEscaping().create().toJson(doc));
        } else {
            out.print(r.text());
            if (!r.text().endsWith("\n")) {
                out.println();
            }
        }
        out.flush();
        return 0;
    }
}
