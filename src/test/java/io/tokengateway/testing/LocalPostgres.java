package io.tokengateway.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of a test class's own, from the machine's {@code postgresql} package: a new data folder in
 * {@code target/it-postgres}, listening on 127.0.0.1 only at the port Maven reserved ({@code it.postgres.port}), with
 * trust authentication, stopped after the class (also when it fails). Register it before the Arquillian extension:
 * the gateway migrates the database while it deploys. PostgreSQL refuses to run as root, so a root build runs it
 * as the {@code postgres} system user.
 */
public final class LocalPostgres implements BeforeAllCallback, AfterAllCallback {

    public static final String DATABASE = "gateway";
    public static final String USER = "gateway";

    private static final Path DIR = TestTls.buildDir().resolve("it-postgres");
    private static final Path DATA = DIR.resolve("data");
    private static boolean started;

    /** The gateway's database settings for this server. */
    public static Map<String, String> gatewaySettings() {
        return Map.of("gateway.db.url", jdbcUrl(), "gateway.db.user", USER, "gateway.db.password", "unused-with-trust");
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** A connection as the database's owner, for what a test checks directly in the database. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    private static String port() {
        String port = System.getProperty("it.postgres.port");
        if (port == null) {
            throw new IllegalStateException("no it.postgres.port: run this test through mvn verify");
        }
        return port;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Admin.deleteTree(DIR);
        Files.createDirectories(DATA);
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", DIR.toString()));
        }
        run(asServerUser(List.of(binary("initdb"), "-D", DATA.toString(), "-U", USER, "--auth=trust",
                "--encoding=UTF8", "--no-locale")));
        started = true;
        try {
            run(asServerUser(List.of(binary("pg_ctl"), "-D", DATA.toString(), "-l", DIR.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port() + " -k " + DIR + " -c listen_addresses=127.0.0.1"
                            + " -c fsync=off -c full_page_writes=off", "start")));
            try (Connection admin = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port() + "/postgres", USER, "");
                    Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    private static void stop() throws Exception {
        if (started) {
            started = false;
            run(asServerUser(List.of(binary("pg_ctl"), "-D", DATA.toString(), "-m", "fast", "-w", "stop")));
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return full;
    }

    /** The newest installed PostgreSQL's program (Debian keeps them in /usr/lib/postgresql/VERSION/bin). */
    private static String binary(String name) throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                var found = installed.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(p -> versionOf(p.getParent().getParent())));
                if (found.isPresent()) {
                    return found.get().toString();
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL in /usr/lib/postgresql/*/bin: install the postgresql package"
                + " (.ci/run does)");
    }

    private static int versionOf(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command) throws Exception {
        Path output = Files.createTempFile("postgres-command", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command + "\n" + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
