package io.tokengateway.web.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserView;
import io.tokengateway.web.control.ConsolePeople;
import io.tokengateway.web.control.RowsShown;
import io.tokengateway.web.entity.PersonRow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The people page's table: every person with their role, locks and, where the page offers no change, why; read
 * once per request (a change is followed by a new request: post–redirect–get).
 */
@Named
@RequestScoped
public class PeopleList {

    @Inject
    ConsolePeople directory;

    @Inject
    Caller caller;

    private List<PersonRow> rows;
    private final RowsShown shown = new RowsShown();

    @PostConstruct
    void load() {
        caller.require(Role.ADMIN);
        List<UserView> people = directory.all();
        long enabledAdmins = people.stream().filter(p -> Role.ADMIN.id().equals(p.role()) && !p.disabled()).count();
        rows = people.stream().map(p -> new PersonRow(p, directory.protection(p, enabledAdmins).orElse(null))).toList();
    }

    public List<PersonRow> getRows() {
        return rows;
    }

    /** Each row's name as drawn, posted back to check that an action acts on the row the person saw. */
    public RowsShown getShown() {
        return shown;
    }
}
