package dev.noblame.jenkins.library;

import groovy.lang.Closure;
import groovy.lang.Script;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base class the library's {@code vars/} scripts are compiled against in tests: the
 * pipeline steps as methods, delegating to the {@link StandInPipeline} in the binding.
 * {@code env} and {@code currentBuild} are binding variables, as globals are in Jenkins.
 */
public abstract class PipelineScript extends Script {
    public static final String PIPELINE = "__pipeline";

    private StandInPipeline pipeline() {
        return (StandInPipeline) getBinding().getVariable(PIPELINE);
    }

    public Object sh(Map<String, Object> args) {
        return pipeline().sh(args);
    }

    public Object sh(String script) {
        return pipeline().sh(new LinkedHashMap<>(Map.of("script", script)));
    }

    public Object bat(Map<String, Object> args) {
        return pipeline().bat(args);
    }

    public Object powershell(Map<String, Object> args) {
        return pipeline().powershell(args);
    }

    public boolean isUnix() {
        return pipeline().unix;
    }

    public Object httpRequest(Map<String, Object> args) {
        return pipeline().httpRequest(args);
    }

    public Map<String, Object> string(Map<String, Object> args) {
        Map<String, Object> binding = new LinkedHashMap<>(args);
        binding.put("$class", "StringBinding");
        return binding;
    }

    public Object withCredentials(List<Map<String, Object>> bindings, Closure<?> body) {
        return pipeline().withCredentials(bindings, body);
    }

    public Object withEnv(List<?> pairs, Closure<?> body) {
        return pipeline().withEnv(pairs, body);
    }

    public void writeFile(Map<String, Object> args) {
        pipeline().writeFile(args);
    }

    public String libraryResource(String path) {
        return pipeline().libraryResource(path);
    }

    public void echo(Object message) {
        pipeline().echo(message);
    }

    public void error(Object message) {
        throw new PipelineFailure(String.valueOf(message));
    }
}
