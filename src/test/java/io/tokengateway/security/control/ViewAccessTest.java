package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.ViewDecision;
import org.junit.jupiter.api.Test;

class ViewAccessTest {

    private static final CallerIdentity NOBODY = CallerIdentity.anonymous("10.0.0.1");
    private static final CallerIdentity VIEWER = CallerIdentity.person("vera", Role.VIEWER, "10.0.0.1");
    private static final CallerIdentity ADMIN = CallerIdentity.person("ada", Role.ADMIN, "10.0.0.1");

    @Test
    void adminViewsAreForAdminsOnly() {
        for (String view : new String[] {"/keys.xhtml", "/people.xhtml", "/audit.xhtml"}) {
            assertEquals(ViewDecision.LOG_IN, ViewAccess.decide(view, NOBODY, false), view);
            assertEquals(ViewDecision.FORBIDDEN, ViewAccess.decide(view, VIEWER, false), view);
            assertEquals(ViewDecision.SHOW, ViewAccess.decide(view, ADMIN, false), view);
        }
    }

    @Test
    void theTokenPageNeedsALogin() {
        assertEquals(ViewDecision.LOG_IN, ViewAccess.decide("/index.xhtml", NOBODY, false));
        assertEquals(ViewDecision.SHOW, ViewAccess.decide("/index.xhtml", VIEWER, false));
    }

    @Test
    void loginAndErrorPagesAreForAnybody() {
        assertEquals(ViewDecision.SHOW, ViewAccess.decide("/login.xhtml", NOBODY, false));
        assertEquals(ViewDecision.SHOW, ViewAccess.decide("/WEB-INF/error.xhtml", NOBODY, false));
    }

    @Test
    void aViewNotInTheTableIsRefusedToEverybody() {
        for (String view : new String[] {"/faces/keys.xhtml", "/keys.jsf", "/new-page.xhtml", "/KEYS.xhtml", "", null}) {
            assertEquals(ViewDecision.NOT_FOUND, ViewAccess.decide(view, NOBODY, false), view);
            assertEquals(ViewDecision.NOT_FOUND, ViewAccess.decide(view, ADMIN, false), view);
        }
    }

    @Test
    void aPasswordThatMustChangeLeadsToTheChangePage() {
        assertEquals(ViewDecision.CHANGE_PASSWORD, ViewAccess.decide("/index.xhtml", ADMIN, true));
        assertEquals(ViewDecision.CHANGE_PASSWORD, ViewAccess.decide("/keys.xhtml", ADMIN, true));
        assertEquals(ViewDecision.SHOW, ViewAccess.decide("/password.xhtml", ADMIN, true));
        assertEquals(ViewDecision.SHOW, ViewAccess.decide("/login.xhtml", ADMIN, true));
    }
}
