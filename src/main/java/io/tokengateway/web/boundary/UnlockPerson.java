package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsolePeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lifts the locks that failed logins put on a listed person's name. */
@Named
@RequestScoped
public class UnlockPerson {

    @Inject
    ConsolePeople directory;

    public void unlock(String who) {
        directory.unlock(who);
    }
}
