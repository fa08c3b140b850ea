package io.tokengateway.web.boundary;

import io.tokengateway.audit.control.AuditSearch;
import io.tokengateway.audit.entity.AuditRow;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.StreamSpec;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.control.StreamingHosts;
import io.tokengateway.web.entity.StreamLinks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The token page: one token of the kind and id its URL names, with every setting, how to publish and play its
 * streams, whether it is live, and (for admins, who may read the trail) its audit history. {@code confirm} in the
 * URL ({@code renew} or {@code delete}) shows that change's confirmation.
 */
@Named
@ViewScoped
public class TokenDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_LENGTH = 20;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    Caller caller;

    @Inject
    StreamingHosts hosts;

    @Inject
    AuditSearch audit;

    private String kind = "publish";
    private Integer id;
    private String confirm;

    private PublishToken token;
    private boolean live;
    private List<AuditRow> history = List.of();

    public void load() {
        caller.require(Role.VIEWER);
        if (id == null || id < 1) {
            return;
        }
        tokenApi.find(getTokenKind(), id).ifPresent(this::show);
        if (token != null && getTokenKind() == TokenKind.PUBLISH && token.isActive()) {
            live = tokenApi.liveTokenIds().contains(token.id());
        }
        if (token != null && caller.may(Role.ADMIN)) {
            history = audit.historyOf(getTokenKind().word(), id, HISTORY_LENGTH);
        }
    }

    public void show(PublishToken shown) {
        token = shown;
    }

    public TokenKind getTokenKind() {
        return KindParameter.of(kind);
    }

    public boolean isPublish() {
        return getTokenKind() == TokenKind.PUBLISH;
    }

    /** This page's own address, for a redirect after a change. */
    public String self() {
        return "/token.xhtml?faces-redirect=true&kind=" + getTokenKind().word() + "&id=" + id;
    }

    /** How to publish to and play each named stream (a regular expression names no one stream). */
    public List<StreamLinks> getLinks() {
        if (token == null) {
            return List.of();
        }
        return token.streamList().stream().filter(s -> !Boolean.TRUE.equals(s.isRegex()))
                .map(StreamSpec::streamName).map(name -> hosts.links(token, name)).toList();
    }

    /** A list setting as text: its items comma-separated, or {@code whenEmpty}. */
    public String joined(List<String> items, String whenEmpty) {
        return items == null || items.isEmpty() ? whenEmpty : String.join(", ", items);
    }

    public boolean isAccountIdKnown() {
        return hosts.knowsAccountId();
    }

    public boolean isConfirmingRenew() {
        return "renew".equals(confirm) && caller.may(Role.EDITOR);
    }

    public boolean isConfirmingDelete() {
        return "delete".equals(confirm) && caller.may(Role.EDITOR);
    }

    public PublishToken getToken() {
        return token;
    }

    public boolean isLive() {
        return live;
    }

    public List<AuditRow> getHistory() {
        return history;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
