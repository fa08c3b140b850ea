package io.tokengateway.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's settings, read once through MicroProfile Config (so environment variables such as
 * {@code MILLICAST_API_SECRET} work). The README lists every one.
 */
@ApplicationScoped
public class GatewaySettings {

    @Inject
    @ConfigProperty(name = "millicast.api.url", defaultValue = "https://api.millicast.com")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "millicast.api.secret")
    Optional<String> apiSecretText;

    @Inject
    @ConfigProperty(name = "millicast.api.secret.file")
    Optional<String> apiSecretFile;

    @Inject
    @ConfigProperty(name = "millicast.connect.timeout.ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "millicast.read.timeout.ms", defaultValue = "15000")
    long readTimeoutMs;

    @Inject
    @ConfigProperty(name = "millicast.trust.ca.file")
    Optional<String> trustCaFile;

    @Inject
    @ConfigProperty(name = "millicast.trust.store")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "millicast.trust.store.password")
    Optional<String> trustStorePassword;

    @Inject
    @ConfigProperty(name = "gateway.log.bodies", defaultValue = "false")
    boolean logBodies;

    private Optional<ApiSecret> apiSecret;

    @PostConstruct
    void resolveSecret() {
        Optional<ApiSecret> direct = apiSecretText.flatMap(ApiSecret::of);
        apiSecret = direct.isPresent()
                ? direct
                : apiSecretFile.filter(name -> !name.isBlank()).flatMap(name -> ApiSecret.of(read(Path.of(name))));
    }

    /** Base URL of the Millicast REST API, without a trailing slash. */
    public URI apiUrl() {
        return URI.create(apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl);
    }

    /**
     * The API secret: {@code millicast.api.secret}, else the content of the file named by
     * {@code millicast.api.secret.file} (e.g. {@code /run/secrets/millicast_api_secret}). Empty: sandbox mode.
     */
    public Optional<ApiSecret> apiSecret() {
        return apiSecret;
    }

    /** Without a secret the gateway runs against the built-in sandbox, not Dolby.io. */
    public boolean isSandbox() {
        return apiSecret.isEmpty();
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMs);
    }

    public Duration readTimeout() {
        return Duration.ofMillis(readTimeoutMs);
    }

    /** A PEM file of CA certificates trusted for the upstream's TLS, beside the JDK's own. */
    public Optional<Path> trustCaFile() {
        return trustCaFile.filter(name -> !name.isBlank()).map(Path::of);
    }

    /** A PKCS12 or JKS trust store trusted for the upstream's TLS, beside the JDK's own. */
    public Optional<Path> trustStore() {
        return trustStore.filter(name -> !name.isBlank()).map(Path::of);
    }

    public char[] trustStorePassword() {
        return trustStorePassword.orElse("").toCharArray();
    }

    /** Whether upstream request and response bodies are logged (always redacted). */
    public boolean logBodies() {
        return logBodies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the path is configuration, not secret; the content never goes into the message
            throw new UncheckedIOException("Cannot read the API secret file " + file, e);
        }
    }
}
