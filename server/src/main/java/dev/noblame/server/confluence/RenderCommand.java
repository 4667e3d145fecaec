package dev.noblame.server.confluence;

import dev.noblame.common.ValidationException;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.macro.MacroContext;
import dev.noblame.confluence.macro.PostmortemMacro;
import dev.noblame.redaction.Redactor;
import dev.noblame.render.HtmlRenderer;
import dev.noblame.render.MarkdownRenderer;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemJson;
import dev.noblame.render.RedactedPostmortem;
import dev.noblame.server.cli.writing.InputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code noblame render}: a postmortem document (docs/postmortem-document.md) as Confluence
 * storage format, Markdown or HTML. The document is redacted first, whatever the format: what is
 * rendered is meant to be shared.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a postmortem document (JSON) as Confluence storage format, Markdown or HTML.",
            "Secrets and personal data are redacted first. Exit codes: 0 done, 2 bad input."})
public final class RenderCommand implements Callable<Integer> {
    public enum Format { confluence, markdown, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "confluence|markdown|html", description = "Output format.")
    Format format;

    @Option(names = "--deployment", defaultValue = "cloud", paramLabel = "cloud|datacenter",
            description = "For --format confluence: how users are referenced (default: ${DEFAULT-VALUE}).")
    String deployment;

    @Option(names = "--names", paramLabel = "FILE", description = "People's names to redact, one per line.")
    Path names;

    @Parameters(arity = "1", paramLabel = "FILE.json", description = "The postmortem document (- for standard input).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String rendered;
        try {
            PostmortemDocument raw = PostmortemJson.read(InputFiles.read(file, System.in));
            PostmortemDocument doc = RedactedPostmortem.of(raw, Redactor.withDefaults(InputFiles.names(names))).document();
            rendered = switch (format) {
                case markdown -> MarkdownRenderer.render(doc);
                case html -> HtmlRenderer.page(doc);
                case confluence -> PostmortemMacro.render(doc, context()).storage() + "\n";
            };
        } catch (InputFiles.BadInput e) {
            spec.commandLine().getErr().println("noblame render: " + e.getMessage());
            return 2;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println("noblame render: " + file + ": " + e.getMessage());
            return 2;
        }
        out.print(rendered);
        out.flush();
        return 0;
    }

    private MacroContext context() {
        ConfluenceDeployment d = dev.noblame.common.Wire.parse(ConfluenceDeployment.class, deployment, "--deployment");
        return new MacroContext(d, Optional.empty(), Map.of(), LocalDate.now(Clock.systemUTC()), null);
    }
}
