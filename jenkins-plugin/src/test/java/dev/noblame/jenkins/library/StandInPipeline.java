package dev.noblame.jenkins.library;

import groovy.lang.Closure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small stand-in for the Pipeline steps the library uses. It behaves like an agent running
 * the library's own scripts: {@code sh} with the curl script and {@code powershell} with the
 * PowerShell script become a request built from the environment that {@code withCredentials}
 * and {@code withEnv} set, answered from a queue of canned NoBlame answers; {@code httpRequest}
 * exists only when the "plugin" is installed, as in Jenkins.
 */
public final class StandInPipeline {
    /** One call NoBlame received: how it came, and what it carried. */
    public record Request(String transport, String method, String url, String token, String body) {
    }

    /** A canned answer; status 0 means NoBlame cannot be reached. */
    public record Answer(int status, String body) {
    }

    public final Map<String, String> env = new LinkedHashMap<>();
    public final StandInBuild currentBuild = new StandInBuild();
    public final Map<String, String> credentials = new HashMap<>();
    public final List<Request> requests = new ArrayList<>();
    public final List<String> echoes = new ArrayList<>();
    public final List<String> steps = new ArrayList<>();
    public final Map<String, String> workspace = new HashMap<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final Path resources;
    public boolean unix = true;
    public boolean httpRequestPlugin;

    public StandInPipeline(Path libraryRoot) {
        this.resources = libraryRoot.resolve("resources");
        env.put("JOB_NAME", "shop/checkout/deploy");
        env.put("BUILD_NUMBER", "77");
        env.put("BUILD_URL", "https://ci.example.com/job/shop/job/checkout/job/deploy/77/");
        env.put("BRANCH_NAME", "main");
        credentials.put("noblame-url", "https://noblame.example.com/");
        credentials.put("noblame-token", "s3cr3t-intake-token-0001");
    }

    public StandInPipeline answer(int status, String body) {
        answers.add(new Answer(status, body));
        return this;
    }

    // ---- steps -----------------------------------------------------------------------------

    Object sh(Map<String, Object> args) {
        steps.add("sh");
        if (!unix) {
            throw new PipelineFailure("sh on a Windows agent: Cannot run program \"nohup\"");
        }
        return script("curl", args, "noblame-call.sh");
    }

    Object bat(Map<String, Object> args) {
        steps.add("bat");
        throw new AssertionError("the library does not use bat");
    }

    Object powershell(Map<String, Object> args) {
        steps.add("powershell");
        if (unix) {
            throw new PipelineFailure("powershell on a Unix agent: pwsh: not found");
        }
        return script("powershell", args, "noblame-call.ps1");
    }

    private Object script(String transport, Map<String, Object> args, String resource) {
        String script = String.valueOf(args.get("script"));
        if (!script.equals(libraryResource("dev/noblame/pipeline/" + resource))) {
            workspace.keySet().removeIf(f -> script.contains("'" + f + "'"));
            return null; // cleanup of the body file
        }
        String method = env.get("NOBLAME_METHOD");
        String url = env.get("NOBLAME_URL").replaceAll("/+$", "") + env.get("NOBLAME_PATH");
        String body = method.equals("GET") ? null : workspace.get(env.get("NOBLAME_BODY"));
        requests.add(new Request(transport, method, url, env.get("NOBLAME_TOKEN"), body));
        Answer a = next();
        if (a.status() == 0) {
            throw new PipelineFailure("script returned exit code 7");
        }
        return a.body() + "\n" + a.status() + "\n";
    }

    Object httpRequest(Map<String, Object> args) {
        if (!httpRequestPlugin) {
            throw new NoSuchMethodError("No such DSL method 'httpRequest' found among steps");
        }
        steps.add("httpRequest");
        String token = null;
        for (Object h : (List<?>) args.get("customHeaders")) {
            Map<?, ?> header = (Map<?, ?>) h;
            if ("X-NoBlame-Token".equals(header.get("name"))) {
                token = String.valueOf(header.get("value"));
            }
        }
        String method = String.valueOf(args.get("httpMode"));
        requests.add(new Request("httpRequest", method, String.valueOf(args.get("url")), token,
                method.equals("GET") ? null : String.valueOf(args.get("requestBody"))));
        Answer a = next();
        if (a.status() == 0) {
            throw new PipelineFailure("java.net.ConnectException: Connection refused");
        }
        return new HttpResponse(a.status(), a.body());
    }

    /** What the HTTP Request plugin's step answers. */
    public record HttpResponse(int status, String content) {
        public int getStatus() {
            return status;
        }

        public String getContent() {
            return content;
        }
    }

    Object withCredentials(List<Map<String, Object>> bindings, Closure<?> body) {
        Map<String, String> saved = new HashMap<>(env);
        try {
            for (Map<String, Object> b : bindings) {
                String id = String.valueOf(b.get("credentialsId"));
                String secret = credentials.get(id);
                if (secret == null) {
                    throw new PipelineFailure("Could not find credentials entry with ID '" + id + "'");
                }
                env.put(String.valueOf(b.get("variable")), secret);
            }
            return body.call();
        } finally {
            env.clear();
            env.putAll(saved);
        }
    }

    Object withEnv(List<?> pairs, Closure<?> body) {
        Map<String, String> saved = new HashMap<>(env);
        try {
            for (Object p : pairs) {
                String pair = String.valueOf(p);
                int eq = pair.indexOf('=');
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return body.call();
        } finally {
            env.clear();
            env.putAll(saved);
        }
    }

    void writeFile(Map<String, Object> args) {
        workspace.put(String.valueOf(args.get("file")), String.valueOf(args.get("text")));
    }

    String libraryResource(String path) {
        try {
            return Files.readString(resources.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void echo(Object message) {
        echoes.add(String.valueOf(message));
    }

    private Answer next() {
        if (answers.isEmpty()) {
            throw new AssertionError("NoBlame was called more often than the test expected");
        }
        return answers.poll();
    }
}
