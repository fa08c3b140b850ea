package io.tokengateway.web.boundary;

import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.ApiKeyView;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.entity.ChangeDone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The API keys page's table: every key ever issued (never the key itself), read once per request and after a change. */
@Named
@RequestScoped
public class ApiKeyList {

    @Inject
    ApiKeyRegistry keys;

    @Inject
    Caller caller;

    private List<ApiKeyView> listed;

    @PostConstruct
    void load() {
        caller.require(Role.ADMIN);
        listed = keys.all().stream().map(ApiKeyView::of).toList();
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) ChangeDone done) {
        load();
    }

    public List<ApiKeyView> getKeys() {
        return listed;
    }
}
