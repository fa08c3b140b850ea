package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.entity.ValidationFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** What the current request's handling learned for its audit row: the token, a summary, why it was refused. */
@RequestScoped
public class AuditNotes {

    private Integer tokenId;
    private String tokenKind;
    private String tokenLabel;
    private String summary;
    private final List<String> reasons = new ArrayList<>();

    @Inject
    Redactor redactor;

    public void token(Integer id, String label) {
        if (id != null) {
            this.tokenId = id;
        }
        if (label != null) {
            this.tokenLabel = label;
        }
    }

    /** The kind of the token the request is about: {@code publish} or {@code subscribe}. */
    public void tokenKind(String kind) {
        this.tokenKind = kind;
    }

    public String tokenKind() {
        return tokenKind;
    }

    public void summary(String text) {
        this.summary = text;
    }

    /**
     * A change's summary from its parsed body, every sensitive member masked by meaning, e.g.
     * {@code create {"label":"cam","restream":[{"url":"rtmp://…","key":"***"}]}}; just the verb without a body.
     */
    public void summary(String verb, JsonValue body) {
        this.summary = body == null ? verb : verb + " " + redactor.redact(body);
    }

    public void reason(String text) {
        reasons.add(text);
    }

    /** The request was answered 400 for these fields: {@code validation: label, streams}. */
    void validationFailed(@Observes ValidationFailure failure) {
        reason(AuditOutcome.validation(failure.fields()));
    }

    public Integer tokenId() {
        return tokenId;
    }

    public String tokenLabel() {
        return tokenLabel;
    }

    public String summary() {
        return summary;
    }

    /** Why the request failed, e.g. {@code validation: label, streams}; empty when nothing was noted. */
    public String reasons() {
        return String.join("; ", reasons);
    }
}
