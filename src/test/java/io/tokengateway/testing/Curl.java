package io.tokengateway.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** curl, as an operator or a health check talks to the gateway: trusting the gateway's certificate only. */
public final class Curl {

    private Curl() {
    }

    /** What curl printed (its errors included), stripped. */
    public static String run(Path gatewayCertificate, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "20", "--cacert",
                gatewayCertificate.toString()));
        command.addAll(List.of(options));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!curl.waitFor(30, TimeUnit.SECONDS)) {
            curl.destroyForcibly();
        }
        return output.strip();
    }

    /**
     * Six HTTP/2 requests, each on a connection of its own that curl closes after it, as health checks do;
     * fails unless each was answered 200 over HTTP/2.
     */
    public static void closeSixHttp2Connections(Path gatewayCertificate, String url) throws Exception {
        for (int i = 0; i < 6; i++) {
            String answer = run(gatewayCertificate, "--http2", "-o", "/dev/null", "-w", "%{http_version} %{http_code}", url);
            if (!answer.equals("2 200")) {
                throw new AssertionError("curl --http2 " + url + ": " + answer);
            }
        }
    }
}
