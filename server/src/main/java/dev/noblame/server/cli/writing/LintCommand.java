package dev.noblame.server.cli.writing;

import com.google.gson.GsonBuilder;
import dev.noblame.language.BlamelessLinter;
import dev.noblame.language.Finding;
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

/** {@code noblame lint}: blameless-language findings for postmortem files. Exit 1 when any is an error. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check postmortem text for blaming language (counterfactuals, judgements, 'human error', ...).",
            "Exit codes: 0 no error findings, 1 error findings, 2 bad input."})
public final class LintCommand implements Callable<Integer> {
    public enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--names", paramLabel = "FILE", description = "People's names, one per line, recognised as subjects.")
    Path names;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check (UTF-8 text or Markdown; - for standard input).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, String> texts = new LinkedHashMap<>();
        BlamelessLinter linter;
        try {
            linter = BlamelessLinter.withDefaults(InputFiles.names(names));
            for (Path f : files) {
                texts.put(f, InputFiles.read(f, System.in));
            }
        } catch (InputFiles.BadInput e) {
            err.println("noblame lint: " + e.getMessage());
            return 2;
        }
        boolean errors = false;
        List<Map<String, Object>> report = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            List<Finding> findings = linter.lint(e.getValue());
            total += findings.size();
            errors |= findings.stream().anyMatch(Finding::isError);
            if (format == Format.json) {
                report.add(fileJson(e.getKey(), findings));
            } else {
                for (Finding f : findings) {
                    out.printf("%s:%d:%d: %s: %s [%s]%n    suggestion: %s%n", e.getKey(), f.line(), f.column(),
                            f.severity().wire(), f.message(), f.rule(), f.suggestion());
                }
            }
        }
        if (format == Format.json) {
            out.println(new GsonBuilder().disableHtmlEscaping().create().toJson(Map.of("files", report)));
        } else {
            out.printf("%d finding%s in %d file%s%n", total, total == 1 ? "" : "s", texts.size(), texts.size() == 1 ? "" : "s");
        }
        out.flush();
        return errors ? 1 : 0;
    }

    private static Map<String, Object> fileJson(Path file, List<Finding> findings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("rule", f.rule());
            m.put("category", f.category());
            m.put("severity", f.severity().wire());
            m.put("message", f.message());
            m.put("suggestion", f.suggestion());
            list.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("findings", list);
        return m;
    }
}
