package io.tokengateway.web.boundary;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.viewers.control.MintAnswer;
import io.tokengateway.viewers.control.ViewerTokenMinter;
import io.tokengateway.web.control.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/**
 * The subscribe token page's "viewer link" form: mints one viewer's self-signed token from this subscribe token
 * (the same minting, rules and counted audit rows as {@code POST /api/subscribe_token/{id}/viewer_token}) and shows
 * it with Dolby's hosted viewer link once, after a redirect (a reload mints nothing). A refusal stays on the page
 * with the message next to its field.
 */
@Named
@RequestScoped
public class ViewerLink {

    /** The flash attribute the page reads: what was minted. */
    static final String MINTED = "viewerLink";

    private static final Map<String, String> FIELDS = Map.of(
            "streamName", "viewer-link:streamName", "viewerIp", "viewer-link:viewerIp",
            "expiresIn", "viewer-link:lifetime");

    @Inject
    TokenDetails details;

    @Inject
    ViewerTokenMinter minter;

    @Inject
    Caller caller;

    @Inject
    ConsoleMessages messages;

    @Inject
    JsonBodies bodies;

    private String streamName;
    private String viewerIp;
    private String lifetime = "300";

    public String mint() {
        if (details.getToken() == null || details.getTokenKind() != TokenKind.SUBSCRIBE || !caller.may(Role.EDITOR)) {
            return null;
        }
        MintAnswer answer = minter.mintOne(details.getToken().id(), body().toString(), caller.identity().actor());
        JsonObject reply = bodies.object(answer.body());
        if (answer.status() == 200) {
            JsonObject minted = reply.getJsonObject("data");
            Map<String, String> shown = new HashMap<>();
            shown.put("token", minted.getString("token"));
            shown.put("expiresOn", minted.getString("expiresOn"));
            shown.put("viewerUrl", minted.getString("viewerUrl", null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(MINTED, shown);
            messages.info("Minted a viewer token for stream " + streamName.strip());
            messages.keepAcrossRedirect();
            return details.self();
        }
        // Millicast's shapes: {"data":{"errors":{field:[…]},"message":…}} for a rule, {"data":{"message":…}} else
        JsonValue data = reply.get("data");
        if (data instanceof JsonObject refusal && refusal.get("errors") instanceof JsonObject fields) {
            fields.forEach((field, problems) -> messages.error(FIELDS.getOrDefault(field, null), text(problems)));
        } else if (data instanceof JsonObject refusal && refusal.get("message") instanceof JsonString message) {
            messages.error("The viewer token was not made: " + message.getString());
        } else {
            messages.error("The viewer token was not made (HTTP " + answer.status() + ")");
        }
        return null;
    }

    private JsonObject body() {
        JsonObjectBuilder body = JsonFactories.objectBuilder().add("streamName", streamName == null ? "" : streamName.strip());
        if (viewerIp != null && !viewerIp.isBlank()) {
            body.add("viewerIp", viewerIp.strip());
        }
        String seconds = lifetime == null ? "" : lifetime.strip();
        if (seconds.matches("\\d{1,9}")) {
            body.add("expiresIn", Integer.parseInt(seconds));
        } else if (!seconds.isEmpty()) {
            body.add("expiresIn", seconds); // refused by the rules, in their words
        }
        return body.build();
    }

    private static String text(JsonValue problems) {
        if (problems instanceof JsonArray list) {
            return String.join("; ", list.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        return problems instanceof JsonString one ? one.getString() : String.valueOf(problems);
    }

    /**
     * The token just minted ({@code token}, {@code expiresOn}, {@code viewerUrl} or null), on the one page drawn after
     * the redirect; otherwise {@code null}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> getMinted() {
        return (Map<String, String>) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(MINTED);
    }

    public String getStreamName() {
        return streamName;
    }

    public void setStreamName(String streamName) {
        this.streamName = streamName;
    }

    public String getViewerIp() {
        return viewerIp;
    }

    public void setViewerIp(String viewerIp) {
        this.viewerIp = viewerIp;
    }

    public String getLifetime() {
        return lifetime;
    }

    public void setLifetime(String lifetime) {
        this.lifetime = lifetime;
    }
}
