package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.GatewaySettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS context for upstream calls: the JDK's trusted CAs, plus an optional PEM CA file or
 * trust store from configuration (corporate proxies, test stubs). Certificate and host name checks stay on.
 */
final class UpstreamTrust {

    private UpstreamTrust() {
    }

    static SSLContext sslContext(GatewaySettings settings) {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));
            if (settings.trustCaFile().isPresent()) {
                managers.add(trustManager(storeOf(readPem(settings.trustCaFile().get()))));
            }
            if (settings.trustStore().isPresent()) {
                managers.add(trustManager(load(settings.trustStore().get(), settings.trustStorePassword())));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManager manager = managers.size() == 1 ? managers.get(0) : new AnyOfTrustManager(managers);
            context.init(null, new TrustManager[] {manager}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up trust for the Millicast API: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers())
                .filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast)
                .findFirst()
                .orElseThrow(() -> new GeneralSecurityException("No X509 trust manager"));
    }

    private static List<Certificate> readPem(Path file) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Certificate> certificates = new ArrayList<>(
                    CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (certificates.isEmpty()) {
                throw new CertificateException("No certificate in " + file);
            }
            return certificates;
        }
    }

    private static KeyStore storeOf(List<Certificate> certificates) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("ca-" + i, certificates.get(i));
        }
        return store;
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException, IOException {
        // the File form detects PKCS12 or JKS by itself
        return KeyStore.getInstance(file.toFile(), password);
    }

    /** Trusts a chain when any of its trust managers does. */
    private record AnyOfTrustManager(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Client certificates are not used upstream");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> Arrays.stream(m.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
