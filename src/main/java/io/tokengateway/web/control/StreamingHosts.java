package io.tokengateway.web.control;

import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.sandbox.entity.SandboxAccount;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.entity.StreamLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where streams are published and played (Dolby's hosts, each a setting, README "Configuration") and the account
 * id stream ids start with: turns a token's stream into the links a person copies into an encoder or a player.
 */
@ApplicationScoped
public class StreamingHosts {

    @Inject
    @ConfigProperty(name = "millicast.account.id")
    Optional<String> accountId;

    @Inject
    @ConfigProperty(name = "millicast.director.url", defaultValue = "https://director.millicast.com")
    String director;

    @Inject
    @ConfigProperty(name = "millicast.rtmp.host", defaultValue = "rtmp-auto.millicast.com")
    String rtmpHost;

    @Inject
    @ConfigProperty(name = "millicast.srt.host", defaultValue = "srt-auto.millicast.com")
    String srtHost;

    @Inject
    @ConfigProperty(name = "millicast.viewer.url", defaultValue = "https://viewer.millicast.com")
    String viewer;

    @Inject
    GatewaySettings settings;

    /** The account id: the setting, the sandbox's own in sandbox mode, else a placeholder that says what to set. */
    public String accountId() {
        return accountId.filter(id -> !id.isBlank())
                .orElse(settings.isSandbox() ? SandboxAccount.ID : "{MILLICAST_ACCOUNT_ID}");
    }

    public boolean knowsAccountId() {
        return accountId.filter(id -> !id.isBlank()).isPresent() || settings.isSandbox();
    }

    /** The links for one stream name of a publish token. */
    public StreamLinks links(PublishToken token, String streamName) {
        String streamId = accountId() + "/" + streamName;
        String secret = token.token() == null ? "" : token.token();
        String key = streamName + "?token=" + secret;
        return new StreamLinks(streamName, streamId,
                director + "/api/whip/" + path(streamName),
                "rtmp://" + rtmpHost + ":1935/v2/pub/",
                "rtmps://" + rtmpHost + ":443/v2/pub/",
                key,
                "srt://" + srtHost + ":10000?streamid=" + query(streamName + "?t=" + secret),
                streamName + "?t=" + secret,
                viewer + "/?streamId=" + query(streamId),
                director + "/api/whep/" + path(accountId()) + "/" + path(streamName),
                Boolean.TRUE.equals(token.subscribeRequiresAuth()));
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String path(String text) {
        return query(text).replace("+", "%20");
    }
}
