package io.tokengateway.viewers.control;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.viewers.entity.MintOutcome;
import io.tokengateway.viewers.entity.MintedToken;
import io.tokengateway.viewers.entity.ViewerClaims;
import io.tokengateway.viewers.entity.ViewerTokenRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mints self-signed viewer tokens for a subscribe token: reads the request, checks the rules that need no
 * subscribe token, then (only for a request that passed) looks the subscribe token up in {@link MasterCache},
 * checks its rules and signs. Once the subscribe token is cached this is a local computation: no database, no
 * upstream call, no reflection. Every viewer's outcome is counted for the audit trail ({@link MintCounts}).
 */
@ApplicationScoped
public class ViewerTokenMinter {

    static final String VIEWER_LINK = "https://viewer.millicast.com/?streamId=";

    @Inject
    MasterCache masters;

    @Inject
    ViewerTokenSettings settings;

    @Inject
    MintCounts counts;

    Clock clock = Clock.systemUTC();

    public ViewerTokenMinter() {
    }

    /** For tests. */
    ViewerTokenMinter(MasterCache masters, ViewerTokenSettings settings, MintCounts counts, Clock clock) {
        this.masters = masters;
        this.settings = settings;
        this.counts = counts;
        this.clock = clock;
    }

    /** {@code POST /api/subscribe_token/{id}/viewer_token}: one viewer's token, or why not. */
    public MintAnswer mintOne(int masterId, String body, Actor caller) {
        ValidationErrors errors = new ValidationErrors();
        ViewerClaims draft;
        try {
            draft = draft(ViewerTokenBodies.viewer(ViewerTokenBodies.object(body), errors), errors);
        } catch (InvalidRequestException e) {
            return refused(masterId, caller, e.errors());
        }
        if (draft == null) {
            return refused(masterId, caller, errors.asMap());
        }
        MasterLookup lookup = masters.lookup(masterId);
        if (!lookup.isFound()) {
            return unavailable(masterId, caller, lookup, 1);
        }
        Optional<String> unusable = MintRules.unusable(lookup.master().master(), clock.instant());
        if (unusable.isPresent()) {
            return refused(masterId, caller, Map.of(MintRules.TOKEN_ID, List.of(unusable.get())));
        }
        MintOutcome outcome = sign(lookup.master(), draft, caller);
        return outcome.isMinted() ? new MintAnswer(200, ViewerTokenJson.answer(outcome.token()))
                : new MintAnswer(400, MillicastEnvelope.validation(outcome.errors()).toString());
    }

    /**
     * {@code POST /api/subscribe_token/{id}/viewer_tokens}: up to {@link ViewerTokenSettings#MAX_BATCH} viewers, one
     * answer each in order. A batch that is malformed, or a subscribe token that mints nothing, refuses the whole.
     */
    public MintAnswer mintMany(int masterId, String body, Actor caller) {
        List<JsonValue> viewers;
        try {
            viewers = ViewerTokenBodies.batch(ViewerTokenBodies.object(body));
        } catch (InvalidRequestException e) {
            return refused(masterId, caller, e.errors());
        }
        List<ViewerClaims> drafts = new ArrayList<>(viewers.size());
        List<Map<String, List<String>>> problems = new ArrayList<>(viewers.size());
        for (JsonValue viewer : viewers) {
            ValidationErrors errors = new ValidationErrors();
            drafts.add(draft(ViewerTokenBodies.viewer(viewer, errors), errors));
            problems.add(errors.asMap());
        }
        if (drafts.stream().allMatch(d -> d == null)) {
            problems.forEach(p -> counts.count(masterId, caller, AuditOutcome.invalid(p.keySet())));
            return answer(problems.stream().map(MintOutcome::refused).toList());
        }
        MasterLookup lookup = masters.lookup(masterId);
        if (!lookup.isFound()) {
            return unavailable(masterId, caller, lookup, viewers.size());
        }
        Optional<String> unusable = MintRules.unusable(lookup.master().master(), clock.instant());
        if (unusable.isPresent()) {
            for (int i = 0; i < viewers.size(); i++) {
                counts.count(masterId, caller, AuditOutcome.invalid(List.of(MintRules.TOKEN_ID)));
            }
            return new MintAnswer(400, MillicastEnvelope.validation(Map.of(MintRules.TOKEN_ID, List.of(unusable.get()))).toString());
        }
        List<MintOutcome> outcomes = new ArrayList<>(viewers.size());
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i) == null) {
                counts.count(masterId, caller, AuditOutcome.invalid(problems.get(i).keySet()));
                outcomes.add(MintOutcome.refused(problems.get(i)));
            } else {
                outcomes.add(sign(lookup.master(), drafts.get(i), caller));
            }
        }
        return answer(outcomes);
    }

    /** A key limited to other subscribe tokens: 403, counted like any refusal. */
    public MintAnswer forbidden(int masterId, Actor caller) {
        counts.count(masterId, caller, AuditOutcome.of(403, "not one of the key's subscribe tokens"));
        return new MintAnswer(403, MillicastEnvelope.failMessage("Forbidden").toString());
    }

    private ViewerClaims draft(ViewerTokenRequest request, ValidationErrors errors) {
        return request == null ? null : MintRules.check(request, clock.instant().getEpochSecond(), settings, errors);
    }

    private MintOutcome sign(CachedMaster master, ViewerClaims draft, Actor caller) {
        ValidationErrors errors = new ValidationErrors();
        ViewerClaims claims = MintRules.bind(master.master(), draft, errors);
        if (claims == null) {
            counts.count(master.master().id(), caller, AuditOutcome.invalid(errors.asMap().keySet()));
            return MintOutcome.refused(errors.asMap());
        }
        String jwt = master.signer().sign(ViewerTokenJson.payload(claims));
        counts.count(master.master().id(), caller, MintCounts.MINTED);
        return MintOutcome.minted(new MintedToken(jwt, claims.tokenId(), claims.streamName(),
                Instant.ofEpochSecond(claims.exp()), viewerUrl(claims.streamName(), jwt)));
    }

    /** Dolby's hosted viewer for the stream with the token; null without a configured account id. */
    private String viewerUrl(String streamName, String jwt) {
        return settings.accountId().map(account -> VIEWER_LINK + URLEncoder.encode(account, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(streamName, StandardCharsets.UTF_8) + "&token=" + jwt).orElse(null);
    }

    private MintAnswer refused(int masterId, Actor caller, Map<String, List<String>> errors) {
        counts.count(masterId, caller, AuditOutcome.invalid(errors.keySet()));
        return new MintAnswer(400, MillicastEnvelope.validation(errors).toString());
    }

    /** The API's own refusal (e.g. no such subscribe token) or the gateway's 502/503/504, relayed as it is. */
    private MintAnswer unavailable(int masterId, Actor caller, MasterLookup lookup, int viewers) {
        for (int i = 0; i < viewers; i++) {
            counts.count(masterId, caller, AuditOutcome.of(lookup.status(), "subscribe token not available"));
        }
        return new MintAnswer(lookup.status(), lookup.body());
    }

    private static MintAnswer answer(List<MintOutcome> outcomes) {
        return new MintAnswer(200, ViewerTokenJson.answer(outcomes));
    }
}
