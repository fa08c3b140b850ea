package io.tokengateway.platform.control;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS for the warm-up's connections to this process's own HTTPS port on 127.0.0.1, and for nothing else: the server's
 * certificate is not checked, since it is the operator's certificate for the public name, not for 127.0.0.1, the
 * connection goes to this process's own port, and what is sent is the warm-up's marker, worth nothing elsewhere.
 */
public final class OwnPortTrust {

    private OwnPortTrust() {
    }

    public static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509ExtendedTrustManager[] {new OwnServer()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS for the warm-up", e);
        }
    }

    /** Trusts the server's certificate unchecked. */
    private static final class OwnServer extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw new UnsupportedOperationException("a client's trust only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("a client's trust only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a client's trust only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
