package io.tokengateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server-config/prepare-server.sh} as the run script calls it, with a {@code keytool} first on the PATH that
 * writes down its arguments (what {@code ps} would show) before it runs the real one.
 */
class PrepareServerScriptTest {

    private static final String HTTPS = "set configs.config.server-config.network-config.protocols.protocol.https-listener";

    @TempDir
    Path temp;

    @Test
    void theKeystorePasswordIsOnNoKeytoolCommandLine() throws Exception {
        Path data = temp.resolve("data");

        prepare(data, Map.of());

        String password = Files.readString(data.resolve("tls/keystore.password")).strip();
        String arguments = Files.readString(keytoolLog());
        assertTrue(arguments.contains("-list\n"), arguments);
        assertTrue(password.length() >= 20, password);
        assertFalse(arguments.contains(password), "the keystore password is on a keytool command line: " + arguments);
    }

    @Test
    void anOperatorsKeystorePasswordIsOnNoKeytoolCommandLineEither() throws Exception {
        Path made = temp.resolve("made");
        prepare(made, Map.of());
        Path operatorKeystore = Files.copy(made.resolve("tls/gateway.p12"), temp.resolve("operator.p12"));
        String password = Files.readString(made.resolve("tls/keystore.password")).strip();
        Files.delete(keytoolLog());

        prepare(temp.resolve("data"), Map.of("GATEWAY_TLS_KEYSTORE", operatorKeystore.toString(),
                "GATEWAY_TLS_KEYSTORE_PASSWORD", password));

        String arguments = Files.readString(keytoolLog());
        assertTrue(arguments.contains("-list\n"), arguments);
        assertFalse(arguments.contains(password), "the keystore password is on a keytool command line: " + arguments);
    }

    @Test
    void everythingItMakesIsReadableByItsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");

        prepare(data, Map.of());

        for (String dir : List.of("", "tls", "db", "run", "run/errors")) {
            assertEquals("rwx------", mode(data.resolve(dir)), dir);
        }
        for (String file : List.of("tls/gateway.p12", "tls/keystore.password", "tls/gateway.pem", "run/preboot.asadmin",
                "run/errors/404.json")) {
            assertEquals("rw-------", mode(data.resolve(file)), file);
        }
    }

    @Test
    void filesAnOlderVersionLeftOpenBecomeOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        prepare(data, Map.of());
        Files.writeString(data.resolve("db/gateway.mv.db"), "");
        for (String dir : List.of("", "db", "tls")) {
            Files.setPosixFilePermissions(data.resolve(dir), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (String file : List.of("db/gateway.mv.db", "tls/gateway.p12", "tls/keystore.password")) {
            Files.setPosixFilePermissions(data.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }

        prepare(data, Map.of());

        assertEquals("rwx------", mode(data));
        assertEquals("rwx------", mode(data.resolve("db")));
        assertEquals("rwx------", mode(data.resolve("tls")));
        assertEquals("rw-------", mode(data.resolve("db/gateway.mv.db")));
        assertEquals("rw-------", mode(data.resolve("tls/gateway.p12")));
        assertEquals("rw-------", mode(data.resolve("tls/keystore.password")));
    }

    @Test
    void theHttpsListenerOffersTls12And13WithForwardSecretAeadSuitesOnly() throws Exception {
        List<String> preboot = prepare(temp.resolve("data"), Map.of());

        assertTrue(preboot.contains(HTTPS + ".ssl.tls12-enabled=true"), preboot.toString());
        assertTrue(preboot.contains(HTTPS + ".ssl.tls13-enabled=true"), preboot.toString());
        assertTrue(preboot.contains(HTTPS + ".ssl.ssl3-tls-ciphers="
                + "TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256,"
                + "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,"
                + "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,"
                + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,"
                + "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,"
                + "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,"
                + "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"), preboot.toString());
    }

    @Test
    void deleteMayCarryABodyOverHttp11() throws Exception {
        List<String> preboot = prepare(temp.resolve("data"), Map.of());

        assertTrue(preboot.contains(HTTPS + ".http.allow-payload-for-undefined-http-methods=true"), preboot.toString());
    }

    @Test
    void theServersOwnErrorAnswersAreMillicastJson() throws Exception {
        Path data = temp.resolve("data");

        List<String> preboot = prepare(data, Map.of());

        Path run = data.resolve("run").toRealPath();
        assertTrue(preboot.contains("set configs.config.server-config.http-service.virtual-server.server.property."
                + "send-error_404=\"code=404 path=" + run.resolve("errors/404.json") + "\""), preboot.toString());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}",
                Files.readString(run.resolve("errors/404.json")));
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Bad Request\"}}",
                Files.readString(run.resolve("errors/400.json")));
        assertEquals("{\"status\":\"error\",\"message\":\"Service Unavailable\",\"code\":503,\"data\":{}}",
                Files.readString(run.resolve("errors/503.json")));
        for (int code : new int[] {400, 401, 403, 404, 405, 408, 411, 413, 414, 415, 500, 501, 503}) {
            assertTrue(preboot.stream().anyMatch(line -> line.contains(".property.send-error_" + code + "=\"code=" + code
                    + " path=" + run.resolve("errors/" + code + ".json") + "\"")), "no send-error page for " + code);
        }
    }

    @Test
    void forTheRunScriptTheListenersOpenOnlyAfterTheDeployment() throws Exception {
        Path data = temp.resolve("data");

        List<String> preboot = prepare(data, Map.of("GATEWAY_HTTPS_PORT", "9443", "GATEWAY_PLAIN_HTTP", "redirect",
                "GATEWAY_HTTP_PORT", "9080"), "--run");

        String listeners = "set configs.config.server-config.network-config.network-listeners.network-listener.";
        assertTrue(preboot.contains(listeners + "https-listener.port=9443"), String.join("\n", preboot));
        assertTrue(preboot.contains(listeners + "https-listener.enabled=false"), String.join("\n", preboot));
        assertTrue(preboot.contains(listeners + "http-listener.port=9080"), String.join("\n", preboot));
        assertTrue(preboot.contains(listeners + "http-listener.enabled=false"), String.join("\n", preboot));
        assertFalse(preboot.stream().anyMatch(line -> line.endsWith("-listener.enabled=true")), String.join("\n", preboot));
        assertEquals(List.of(listeners + "https-listener.enabled=true", listeners + "http-listener.enabled=true"),
                Files.readAllLines(data.resolve("run/postdeploy.asadmin")));
    }

    @Test
    void forTheRunScriptTheKeystorePasswordIsNamedNotWritten() throws Exception {
        Path data = temp.resolve("data");

        List<String> preboot = prepare(data, Map.of(), "--run");

        // Payara logs every boot command with its value: the password must not be one
        String password = Files.readString(data.resolve("tls/keystore.password")).strip();
        assertFalse(String.join("\n", preboot).contains(password));
        assertTrue(preboot.contains(HTTPS + ".ssl.key-store-password=${ENV=GATEWAY_TLS_KEYSTORE_PASSWORD}"),
                String.join("\n", preboot));
    }

    @Test
    void withoutTheRunFlagThePortsAreLeftToTheCommandLine() throws Exception {
        Path data = temp.resolve("data");

        List<String> preboot = prepare(data, Map.of());

        assertFalse(preboot.stream().anyMatch(line -> line.contains("-listener.port=")), String.join("\n", preboot));
        assertFalse(Files.exists(data.resolve("run/postdeploy.asadmin")));
    }

    @Test
    void neitherListenerNamesTheProduct() throws Exception {
        List<String> preboot = prepare(temp.resolve("data"), Map.of());

        for (String protocol : List.of("https-listener", "http-listener")) {
            String prefix = "set configs.config.server-config.network-config.protocols.protocol." + protocol + ".http.";
            assertTrue(preboot.contains(prefix + "server-header=false"), protocol);
            assertTrue(preboot.contains(prefix + "xpowered-by=false"), protocol);
        }
    }

    @Test
    void anUnknownFlagIsRefused() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config/prepare-server.sh").toAbsolutePath().toString(),
                temp.resolve("run").toString(), "--sslport").redirectErrorStream(true);
        builder.environment().put("GATEWAY_DATA_DIR", temp.resolve("data").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("usage"), output);
    }

    /** Runs the script for {@code data}/run and answers the pre-boot commands it wrote. */
    private List<String> prepare(Path data, Map<String, String> environment, String... flags) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path keytool = bin.resolve("keytool");
        Files.writeString(keytool, "#!/bin/bash\nprintf '%s\\n' \"$@\" >> \"$KEYTOOL_LOG\"\nexec \"$REAL_KEYTOOL\" \"$@\"\n");
        Files.setPosixFilePermissions(keytool, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(List.of("bash",
                Path.of("server-config/prepare-server.sh").toAbsolutePath().toString(), data.resolve("run").toString()));
        command.addAll(List.of(flags));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.equals("JAVA_HOME"));
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("REAL_KEYTOOL", Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        env.put("KEYTOOL_LOG", keytoolLog().toString());
        env.put("GATEWAY_DATA_DIR", data.toString());
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        return Files.readAllLines(data.resolve("run/preboot.asadmin"));
    }

    private Path keytoolLog() {
        return temp.resolve("keytool-arguments.log");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
