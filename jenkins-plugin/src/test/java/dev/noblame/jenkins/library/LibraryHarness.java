package dev.noblame.jenkins.library;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * Loads the shared library as Jenkins would: {@code src/} on the class path, each {@code vars/X.groovy}
 * a script whose {@code call} is the step {@code X}. The scripts are compiled against
 * {@link PipelineScript}, the stand-in for the steps.
 */
public final class LibraryHarness {
    public static final Path LIBRARY = Path.of(System.getProperty("noblame.library", "library"));

    private final GroovyClassLoader loader;
    private final Map<String, Class<?>> vars = new HashMap<>();

    public LibraryHarness() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(PipelineScript.class.getName());
        config.setSourceEncoding("UTF-8");
        loader = new GroovyClassLoader(getClass().getClassLoader(), config);
        // Sources come from src/ only: the default loader would look for a .groovy file of every
        // unresolved name in every jar of the class path, which takes seconds.
        Path src = LIBRARY.resolve("src").toAbsolutePath();
        loader.setResourceLoader(name -> {
            Path file = src.resolve(name.replace('.', '/') + ".groovy");
            return Files.isRegularFile(file) ? file.toUri().toURL() : null;
        });
    }

    public Object run(StandInPipeline pipeline, String step, Map<String, Object> args) {
        Binding binding = new Binding();
        binding.setVariable(PipelineScript.PIPELINE, pipeline);
        binding.setVariable("env", pipeline.env);
        binding.setVariable("currentBuild", pipeline.currentBuild);
        try {
            Script script = (Script) var(step).getDeclaredConstructor().newInstance();
            script.setBinding(binding);
            return script.invokeMethod("call", new Object[] {args});
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start vars/" + step + ".groovy", e);
        }
    }

    private Class<?> var(String step) {
        return vars.computeIfAbsent(step, s -> {
            try {
                return loader.parseClass(Files.readString(LIBRARY.resolve("vars/" + s + ".groovy")), s + ".groovy");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
