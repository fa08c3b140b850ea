package io.tokengateway.web.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserView;
import io.tokengateway.web.control.ConsolePeople;
import io.tokengateway.web.entity.ChangeDone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The people page's table: every person with their role and locks, read once per request and after a change. */
@Named
@RequestScoped
public class PeopleList {

    @Inject
    ConsolePeople directory;

    @Inject
    Caller caller;

    private List<UserView> people;

    @PostConstruct
    void load() {
        caller.require(Role.ADMIN);
        people = directory.all();
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) ChangeDone done) {
        load();
    }

    public List<UserView> getPeople() {
        return people;
    }
}
