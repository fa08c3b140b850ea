package io.tokengateway.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the tests deploy: the one {@code mvn package} built, with the test's own MicroProfile Config. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The gateway against the HTTPS stub: its own database {@code name}, the stub's URL and certificate, the secret
     * in a file (as an operator gives it), the change rate limit out of the way, and {@code config} over all that.
     */
    public static WebArchive againstStub(String name, StubMillicast stub, String secret, Map<String, String> config)
            throws IOException {
        Path secretFile = TestTls.buildDir().resolve("it-stub/" + name + "-api-secret");
        Files.createDirectories(secretFile.getParent());
        Files.writeString(secretFile, secret + "\n");
        Map<String, String> settings = new HashMap<>(Admin.settings(name));
        settings.putAll(Map.of(
                "gateway.ratelimit.changes.per.second", "1000",
                "gateway.ratelimit.changes.burst", "1000",
                "millicast.api.url", stub.baseUrl(),
                "millicast.api.secret.file", secretFile.toString(),
                "millicast.trust.ca.file", TestTls.stubPem().toString()));
        settings.putAll(config);
        return gateway(settings);
    }

    /**
     * The packaged WAR, its own configuration defaults kept, with {@code config} added over them; the warm-up is
     * off unless {@code config} turns it on (a test starts as soon as the WAR is deployed, and is no load test).
     */
    public static WebArchive gateway(Map<String, String> config) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("it.war", "target/token-gateway.war")))
                .as(WebArchive.class);
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        String defaults = read(war.get(path).getAsset());
        Map<String, String> settings = new TreeMap<>(Map.of("gateway.warmup.seconds", "0"));
        settings.putAll(config);
        String overrides = settings.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "\n# the test's own settings\n", "\n"));
        war.delete(path);
        return war.add(new StringAsset(defaults + overrides), path);
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
