package dev.noblame.jenkins.intake;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Build URLs as stable identities. Jenkins reports the same build as {@code full_url} (plugin)
 * and {@code BUILD_URL} (pipeline); normalising scheme, host case, default port and the trailing
 * slash makes both name the same deployment.
 */
public final class BuildUrls {
    public static final int MAX_LENGTH = 1000;
    /** Ids are stored in 200 characters; longer build URLs are identified by their hash. */
    public static final int MAX_ID_LENGTH = 200;

    private BuildUrls() {
    }

    /** The normalised absolute http(s) URL, or empty when the text is not one. */
    public static Optional<String> normalise(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The job URL of a build URL ending in {@code /<number>/}, or the build URL itself when it does not. */
    public static String jobOf(String buildUrl, long number) {
        String suffix = "/" + number + "/";
        return buildUrl.endsWith(suffix) ? buildUrl.substring(0, buildUrl.length() - suffix.length() + 1) : buildUrl;
    }

    /** The deployment id: the build URL when known, else the pipeline name and number. */
    public static String deploymentId(String buildUrl, String pipeline, long number) {
        String id = buildUrl != null ? buildUrl : "jenkins:" + pipeline + "#" + number;
        return id.length() <= MAX_ID_LENGTH ? id : "jenkins:sha256:" + sha256(id);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String eventKey(String jobUrl, long number, String phase) {
        return jobUrl + "#" + number + "#" + phase.toLowerCase(Locale.ROOT);
    }
}
