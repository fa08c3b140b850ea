package io.tokengateway.web.boundary;

import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.web.control.ChangeReceipt;
import io.tokengateway.web.control.ConsoleMessages;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.control.TokenForms;
import io.tokengateway.web.entity.TokenForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The create page: a publish or subscribe token (the URL's {@code kind}) with its basic and advanced settings,
 * judged by the API's own rules before anything is sent, each problem next to its field. Once made, the new
 * token's page is shown (post-redirect-get: a reload makes nothing).
 */
@Named
@ViewScoped
public class CreateToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    ConsoleMessages messages;

    @Inject
    ChangeReceipt receipt;

    private String kind = "publish";
    private final TokenForm form = new TokenForm();
    private PublishToken made;

    /** This form's Idempotency-Key, rendered into it: sending the same form twice makes one token. */
    private String submission = newSubmission();

    public String create() {
        TokenKind tokenKind = getTokenKind();
        TokenForms.Read read = TokenForms.create(tokenKind, form, Instant.now());
        Map<String, List<String>> problems = FieldProblems.merged(read.problems(),
                tokenApi.problems(tokenKind, true, read.body()));
        if (!problems.isEmpty()) {
            FieldProblems.show(messages, "token", problems);
            tokenApi.refuse(tokenKind, null, problems);
            return null;
        }
        Instant started = Instant.now();
        if (!tokenApi.create(tokenKind, read.body(), submission, token -> made = token)) {
            return null;
        }
        submission = newSubmission(); // the next form on this page is a new create
        receipt.keep(made.id(), started);
        return "/token.xhtml?faces-redirect=true&kind=" + tokenKind.word() + "&id=" + made.id();
    }

    private static String newSubmission() {
        return "console-" + UUID.randomUUID();
    }

    public TokenKind getTokenKind() {
        return KindParameter.of(kind);
    }

    public boolean isPublish() {
        return getTokenKind() == TokenKind.PUBLISH;
    }

    public TokenForm getForm() {
        return form;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }
}
