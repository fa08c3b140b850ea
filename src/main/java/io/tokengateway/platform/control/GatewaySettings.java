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

    // the upstream's fault tolerance: the defaults are in microprofile-config.properties, where the Fault Tolerance
    // annotations' own keys read these same values

    @Inject
    @ConfigProperty(name = "gateway.upstream.budget.ms")
    long upstreamBudgetMs;

    @Inject
    @ConfigProperty(name = "gateway.upstream.retry.delay.ms")
    long retryDelayMs;

    @Inject
    @ConfigProperty(name = "gateway.upstream.retry.jitter.ms")
    long retryJitterMs;

    @Inject
    @ConfigProperty(name = "gateway.upstream.breaker.failures")
    int breakerFailures;

    @Inject
    @ConfigProperty(name = "gateway.upstream.breaker.delay.ms")
    long breakerDelayMs;

    @Inject
    @ConfigProperty(name = "gateway.upstream.concurrent.calls")
    int concurrentUpstreamCalls;

    @Inject
    @ConfigProperty(name = "gateway.upstream.calls.per.second", defaultValue = "50")
    double upstreamCallsPerSecond;

    @Inject
    @ConfigProperty(name = "gateway.sandbox.fault.latency.ms", defaultValue = "0")
    long sandboxLatencyMs;

    @Inject
    @ConfigProperty(name = "gateway.sandbox.fault.failure.share", defaultValue = "0")
    double sandboxFailureShare;

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

    /** The longest a caller waits for an upstream call, every attempt, pause and throttle wait included. */
    public Duration upstreamBudget() {
        return Duration.ofMillis(upstreamBudgetMs);
    }

    /** The longest pause before a retry: its delay plus the most its jitter adds. */
    public Duration longestRetryPause() {
        return Duration.ofMillis(retryDelayMs + retryJitterMs);
    }

    /** How many failed upstream calls in a row open the circuit breaker. */
    public int breakerFailures() {
        return breakerFailures;
    }

    /** How long the open circuit breaker answers at once before it lets a trial call through. */
    public Duration breakerDelay() {
        return Duration.ofMillis(breakerDelayMs);
    }

    /** How many upstream calls may be under way at once (the bulkhead); more are answered 503 at once. */
    public int concurrentUpstreamCalls() {
        return concurrentUpstreamCalls;
    }

    /** The client-side throttle towards the upstream, shared by all callers; 0 or less switches it off. */
    public double upstreamCallsPerSecond() {
        return upstreamCallsPerSecond;
    }

    /** Latency the sandbox adds to each call, for demos and tests of a slow upstream. */
    public Duration sandboxLatency() {
        return Duration.ofMillis(Math.max(0, sandboxLatencyMs));
    }

    /** The share of calls (0 to 1) the sandbox answers 503, as an unwell upstream would. */
    public double sandboxFailureShare() {
        return Math.min(1, Math.max(0, sandboxFailureShare));
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
