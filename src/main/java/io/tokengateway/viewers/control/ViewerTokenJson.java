package io.tokengateway.viewers.control;

import io.tokengateway.viewers.entity.MintOutcome;
import io.tokengateway.viewers.entity.MintedToken;
import io.tokengateway.viewers.entity.ViewerClaims;
import java.util.List;
import java.util.Map;

/**
 * The JSON texts of minting, written by hand in a fixed member order: the JWT payload (Dolby's self-signed token,
 * members as jwt.md spells them, null ones left out, {@code allowedOrigins} and {@code allowedIpAddresses} always
 * arrays) and the answers of the minting routes in Millicast's {@code {status, data}} envelope.
 */
public final class ViewerTokenJson {

    private ViewerTokenJson() {
    }

    /**
     * {@code {"streaming":{"tokenId","tokenType":"Subscribe","streamName","allowedOrigins","allowedIpAddresses",
     * "tracking":{"trackingId"},"customViewerData","originCluster"},"exp","iat"}}.
     */
    public static String payload(ViewerClaims claims) {
        JsonWriter json = new JsonWriter(256);
        json.raw("{\"streaming\":{").name("tokenId").number(claims.tokenId())
                .raw(",\"tokenType\":\"Subscribe\",").name("streamName").string(claims.streamName())
                .raw(',').name("allowedOrigins").strings(claims.allowedOrigins())
                .raw(',').name("allowedIpAddresses").strings(claims.allowedIpAddresses());
        if (claims.trackingId() != null) {
            json.raw(',').name("tracking").raw('{').name("trackingId").string(claims.trackingId()).raw('}');
        }
        if (claims.customViewerData() != null) {
            json.raw(',').name("customViewerData").string(claims.customViewerData());
        }
        if (claims.originCluster() != null) {
            json.raw(',').name("originCluster").string(claims.originCluster());
        }
        return json.raw("},").name("exp").number(claims.exp()).raw(',').name("iat").number(claims.iat()).raw('}').toString();
    }

    /** {@code {"status":"success","data":{token…}}}. */
    public static String answer(MintedToken token) {
        JsonWriter json = new JsonWriter(512).raw("{\"status\":\"success\",\"data\":");
        return token(json, token).raw('}').toString();
    }

    /**
     * A batch's answer: {@code {"status":"success","data":{"minted":n,"refused":m,"viewers":[…]}}}, one item per
     * viewer in order, either its token or {@code {"errors":{field:[messages]}}}.
     */
    public static String answer(List<MintOutcome> outcomes) {
        JsonWriter json = new JsonWriter(512 * outcomes.size() + 64);
        long minted = outcomes.stream().filter(MintOutcome::isMinted).count();
        json.raw("{\"status\":\"success\",\"data\":{").name("minted").number(minted)
                .raw(',').name("refused").number(outcomes.size() - minted).raw(",\"viewers\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            MintOutcome outcome = outcomes.get(i);
            if (outcome.isMinted()) {
                token(json, outcome.token());
            } else {
                errors(json.raw('{').name("errors"), outcome.errors()).raw('}');
            }
        }
        return json.raw("]}}").toString();
    }

    private static JsonWriter token(JsonWriter json, MintedToken token) {
        json.raw('{').name("token").string(token.token())
                .raw(',').name("tokenId").number(token.tokenId())
                .raw(',').name("streamName").string(token.streamName())
                .raw(',').name("expiresOn").string(token.expiresOn().toString());
        if (token.viewerUrl() != null) {
            json.raw(',').name("viewerUrl").string(token.viewerUrl());
        }
        return json.raw('}');
    }

    private static JsonWriter errors(JsonWriter json, Map<String, List<String>> errors) {
        json.raw('{');
        boolean first = true;
        for (var field : errors.entrySet()) {
            if (!first) {
                json.raw(',');
            }
            first = false;
            json.name(field.getKey()).strings(field.getValue());
        }
        return json.raw('}');
    }
}
