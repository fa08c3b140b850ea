package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.LoginThrottle;
import io.tokengateway.security.control.UnknownUserException;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.security.entity.UserView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsolePeopleTest {

    private final RecordingConsole console = new RecordingConsole();
    private final List<String> done = new ArrayList<>();
    private InvalidRequestException invalid;

    private ConsolePeople peopleFor(Role role) {
        ConsolePeople people = new ConsolePeople();
        people.console = console.actionFor(role);
        people.throttle = new LoginThrottle();
        people.caller = new Caller() {
            @Override
            public CallerIdentity identity() {
                return CallerIdentity.person("alice", role, "10.0.0.1");
            }
        };
        people.validator = new RequestValidator() {
            @Override
            public <T> T check(T request) {
                if (invalid != null) {
                    throw invalid;
                }
                return request;
            }
        };
        people.users = new UserDirectory() {
            @Override
            public GatewayUser add(String name, Role role, String password) {
                done.add("add " + name + " " + role);
                return null;
            }

            @Override
            public GatewayUser change(String name, UserChange change) {
                done.add("change " + name);
                throw new UnknownUserException(name);
            }

            @Override
            public Optional<GatewayUser> find(String name) {
                return Optional.empty();
            }
        };
        return people;
    }

    @Test
    void anAdminAddsAPersonAndTheRowSaysWhoAndAsWhat() {
        peopleFor(Role.ADMIN).add("bob", "editor", "bob-password-1");

        assertEquals(List.of("add bob EDITOR"), done);
        assertEquals(List.of("alice | user.create | null | null | add bob as editor | 200"), console.rows);
        assertEquals(List.of("info: Added bob"), console.told);
    }

    @Test
    void anInvalidPersonIsNotAddedAndTheRowNamesTheFields() {
        invalid = InvalidRequestException.of("password", "Passwords are 10 characters or more");

        peopleFor(Role.ADMIN).add("bob", "editor", "short");

        assertEquals(List.of(), done);
        assertEquals(List.of("alice | user.create | null | null | add bob as editor | 400 validation: password"),
                console.rows);
        assertEquals(List.of("error: Passwords are 10 characters or more"), console.told);
    }

    @Test
    void changingOrUnlockingNobodyIsA404ForTheRowAndASentenceForThePerson() {
        ConsolePeople people = peopleFor(Role.ADMIN);
        people.change("ghost", new UserChange("admin", null, null), ": role admin", "ghost is now admin");
        people.unlock("ghost");

        assertEquals(List.of("alice | user.update | null | null | change ghost: role admin | 404 no such person",
                "alice | user.unlock | null | null | unlock ghost | 404 no such person"), console.rows);
        assertEquals(List.of("error: No person named ghost", "error: No person named ghost"), console.told);
    }

    @Test
    void onlyAnAdminManagesPeople() {
        peopleFor(Role.EDITOR).add("bob", "editor", "bob-password-1");

        assertEquals(List.of(), done);
        assertEquals(List.of("alice | user.create | null | null | null | 403 forbidden"), console.rows);
        assertEquals(List.of("error: Only admins manage people"), console.told);
    }

    @Test
    void nobodyChangesTheirOwnRoleAccessOrPasswordOnThePageAndTheRowSaysWhy() {
        ConsolePeople people = peopleFor(Role.ADMIN);

        assertEquals(false, people.change("alice", new UserChange("viewer", null, null), ": role viewer", "alice is now viewer"));
        people.change("alice", new UserChange(null, null, true), ": disabled", "alice is disabled");
        people.change("alice", new UserChange(null, "another-password-1", null), ": password reset", "New password set");

        assertEquals(List.of(), done, "the directory was asked to change the person looking");
        assertEquals(List.of("alice | user.update | null | null | change alice: role viewer | 409 own rights",
                "alice | user.update | null | null | change alice: disabled | 409 own rights",
                "alice | user.update | null | null | change alice: password reset | 409 own rights"), console.rows);
        String why = "error: This is you: another admin changes your role or access. "
                + "Change your own password on the Password page.";
        assertEquals(List.of(why, why, why), console.told);
    }

    @Test
    void thePageKnowsBeforehandWhichRowsItCannotChangeAndSaysWhy() {
        ConsolePeople people = peopleFor(Role.ADMIN);
        Instant added = Instant.parse("2026-11-01T10:00:00Z");

        assertEquals("This is you: another admin changes your role or access. Change your own password on the "
                + "Password page.", people.protection(new UserView("alice", "admin", false, false, added), 2).orElseThrow());
        assertEquals("root is the last enabled admin: make another person admin first, or the gateway has nobody to "
                + "manage it", people.protection(new UserView("root", "admin", false, false, added), 1).orElseThrow());
        assertEquals(java.util.Optional.empty(), people.protection(new UserView("root", "admin", false, false, added), 2));
        assertEquals(java.util.Optional.empty(), people.protection(new UserView("bob", "viewer", false, false, added), 1));
        assertEquals(java.util.Optional.empty(), people.protection(new UserView("old", "admin", true, false, added), 1));
    }
}
