package dev.noblame.jenkins.library;

/** What the {@code error} step throws (Jenkins' AbortException): the build fails with this message. */
public final class PipelineFailure extends RuntimeException {
    public PipelineFailure(String message) {
        super(message);
    }
}
