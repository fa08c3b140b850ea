package io.tokengateway.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Certificates for the integration tests: the gateway's (made by server-config/prepare-server.sh) and the stub's. */
public final class TestTls {

    private static final char[] STUB_PASSWORD = "stub-keystore-pw".toCharArray();

    private TestTls() {
    }

    public static Path buildDir() {
        return Path.of(System.getProperty("it.build.dir", "target")).toAbsolutePath();
    }

    public static Path gatewayDir() {
        return Path.of(System.getProperty("it.gateway.dir", "target/it-gateway")).toAbsolutePath();
    }

    /** The certificate the gateway was configured with, read from its keystore. */
    public static X509Certificate configuredGatewayCertificate(Path gatewayDir) throws Exception {
        Path tls = gatewayDir.resolve("tls");
        char[] password = Files.readString(tls.resolve("keystore.password")).strip().toCharArray();
        KeyStore store = KeyStore.getInstance(tls.resolve("gateway.p12").toFile(), password);
        return (X509Certificate) store.getCertificate("gateway");
    }

    /** Trusts only the gateway's own certificate, as a client given its PEM would. */
    public static SSLContext trustingGateway(Path gatewayDir) throws Exception {
        return trusting(readPem(gatewayDir.resolve("tls/gateway.pem")));
    }

    public static String sha256(Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    /** A keystore for the stub upstream (CN=localhost), made once with keytool; its PEM beside it. */
    public static synchronized Path stubKeystore() throws IOException, InterruptedException {
        Path dir = buildDir().resolve("it-stub");
        Path keystore = dir.resolve("stub.p12");
        if (Files.exists(keystore)) {
            return keystore;
        }
        Files.createDirectories(dir);
        run("keytool", "-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=localhost, O=Token Gateway test stub", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(STUB_PASSWORD), "-keypass", new String(STUB_PASSWORD));
        run("keytool", "-exportcert", "-rfc", "-alias", "stub", "-keystore", keystore.toString(),
                "-storepass", new String(STUB_PASSWORD), "-file", stubPem().toString());
        return keystore;
    }

    public static Path stubPem() {
        return buildDir().resolve("it-stub/stub.pem");
    }

    public static SSLContext stubServerContext() throws Exception {
        KeyStore store = KeyStore.getInstance(stubKeystore().toFile(), STUB_PASSWORD);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STUB_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static List<? extends Certificate> readPem(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
    }

    private static SSLContext trusting(List<? extends Certificate> certificates) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("c" + i, certificates.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
