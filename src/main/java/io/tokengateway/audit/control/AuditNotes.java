package io.tokengateway.audit.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/** What the current request's handling learned for its audit row: the token, a summary, why it was refused. */
@RequestScoped
public class AuditNotes {

    private Integer tokenId;
    private String tokenLabel;
    private String summary;
    private final List<String> reasons = new ArrayList<>();

    public void token(Integer id, String label) {
        if (id != null) {
            this.tokenId = id;
        }
        if (label != null) {
            this.tokenLabel = label;
        }
    }

    public void summary(String text) {
        this.summary = text;
    }

    public void reason(String text) {
        reasons.add(text);
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
