package io.tokengateway.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Dolby's official Node SDK, installed from npm into target/, driving the gateway with src/test/node/sdk-client. */
public final class NodeSdk {

    private NodeSdk() {
    }

    /** Runs drive-sdk.js against the test gateway with this API key; returns what it printed (JSON). */
    public static String drive(String apiKey) throws Exception {
        Path client = install();
        ProcessBuilder builder = new ProcessBuilder("node", "drive-sdk.js").directory(client.toFile());
        builder.environment().put("GATEWAY_PORT", System.getProperty("it.https.port"));
        builder.environment().put("GATEWAY_API_KEY", apiKey);
        builder.environment().put("NODE_EXTRA_CA_CERTS", TestTls.gatewayDir().resolve("tls/gateway.pem").toString());
        return run(builder, 120);
    }

    private static synchronized Path install() throws Exception {
        Path source = Path.of("src/test/node/sdk-client");
        Path client = TestTls.buildDir().resolve("sdk-client");
        Files.createDirectories(client);
        for (String file : List.of("package.json", "package-lock.json", "drive-sdk.js")) {
            Files.copy(source.resolve(file), client.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(client.resolve("node_modules/@dolbyio/dolbyio-rest-apis-client"))) {
            run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(client.toFile()), 300);
        }
        return client;
    }

    private static String run(ProcessBuilder builder, int seconds) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("node-sdk", ".err");
        Process process = builder.redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", builder.command()) + " failed: " + output + Files.readString(errors));
        }
        Files.deleteIfExists(errors);
        return output;
    }
}
