package io.tokengateway.web.boundary;

import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ChangeReceipt;
import io.tokengateway.web.control.ConsoleTokens;
import io.tokengateway.web.entity.BulkResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The bulk page: the tokens ticked in a list ({@code ids}) and what to do with them ({@code action}: disable,
 * enable or delete), asked to be confirmed with their count; once confirmed, each token's result (done, or failed
 * with the reason), shown after a redirect so that a reload repeats nothing.
 */
@Named
@ViewScoped
public class BulkChange implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RESULTS = "bulkResults";
    private static final int MOST = 100;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    Caller caller;

    @Inject
    ChangeReceipt receipt;

    private TokenKind kind = TokenKind.PUBLISH;
    private String action;
    private List<Integer> ids = List.of();
    private List<BulkResult> results = List.of();

    /** Reads the ticked ids (a list form sends one {@code ids} parameter per row) or the results of a change. */
    @SuppressWarnings("unchecked")
    public void load() {
        caller.require(Role.VIEWER);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object done = external.getFlash().get(RESULTS);
        if (done instanceof List<?> list) {
            results = (List<BulkResult>) list;
        }
        kind = KindParameter.of(external.getRequestParameterMap().get("kind"));
        String asked = external.getRequestParameterMap().get("action");
        action = "disable".equals(asked) || "enable".equals(asked) || "delete".equals(asked) ? asked : null;
        // "all on this page" works without the script: the list sends every row's id as pageIds
        String[] given = external.getRequestParameterValuesMap()
                .get("page".equals(external.getRequestParameterMap().get("all")) ? "pageIds" : "ids");
        ids = given == null ? List.of() : Arrays.stream(given).map(BulkChange::id).filter(Objects::nonNull)
                .distinct().limit(MOST).toList();
    }

    private static Integer id(String text) {
        try {
            int id = Integer.parseInt(text);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String confirm() {
        List<BulkResult> outcome = new ArrayList<>();
        for (int id : ids) {
            Instant started = Instant.now();
            BulkResult result = tokenApi.bulk(kind, action, id);
            outcome.add(result.withAuditEntry(receipt.entry(id, started).orElse(null)));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(RESULTS, outcome);
        return "/bulk.xhtml?faces-redirect=true&kind=" + kind.word();
    }

    public boolean isAsking() {
        return action != null && !ids.isEmpty() && caller.may(Role.EDITOR);
    }

    public String getKind() {
        return kind.word();
    }

    public String getAction() {
        return action;
    }

    public List<Integer> getIds() {
        return ids;
    }

    public List<BulkResult> getResults() {
        return results;
    }

    public long getDoneCount() {
        return results.stream().filter(BulkResult::done).count();
    }
}
