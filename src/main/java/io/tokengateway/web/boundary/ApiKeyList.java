package io.tokengateway.web.boundary;

import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.ApiKeyView;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.RowsShown;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The API keys page's table: every key ever issued (never the key itself), read once per request (a change is
 * followed by a new request: post–redirect–get).
 */
@Named
@RequestScoped
public class ApiKeyList {

    @Inject
    ApiKeyRegistry keys;

    @Inject
    Caller caller;

    private List<ApiKeyView> listed;
    private final RowsShown shown = new RowsShown();

    @PostConstruct
    void load() {
        caller.require(Role.ADMIN);
        listed = keys.all().stream().map(ApiKeyView::of).toList();
    }

    public List<ApiKeyView> getKeys() {
        return listed;
    }

    /** Each row's key id as drawn, posted back to check that Revoke acts on the key the person saw. */
    public RowsShown getShown() {
        return shown;
    }
}
