package io.tokengateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    /** Runs the script for {@code data}/run and answers the pre-boot commands it wrote. */
    private List<String> prepare(Path data, Map<String, String> environment) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path keytool = bin.resolve("keytool");
        Files.writeString(keytool, "#!/bin/bash\nprintf '%s\\n' \"$@\" >> \"$KEYTOOL_LOG\"\nexec \"$REAL_KEYTOOL\" \"$@\"\n");
        Files.setPosixFilePermissions(keytool, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config/prepare-server.sh").toAbsolutePath().toString(),
                data.resolve("run").toString()).redirectErrorStream(true);
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
