package io.tokengateway.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.audit.control.AuditTrail;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.LastAdminException;
import io.tokengateway.security.control.RateLimits;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.entity.ChangeDone;
import io.tokengateway.web.entity.ChangeOutcome;
import io.tokengateway.web.entity.ConsoleChange;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.faces.application.FacesMessage;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ConsoleActionTest {

    private static final ConsoleChange TOKEN_DELETE =
            ConsoleChange.of("token.delete", Role.EDITOR).rateLimited().onToken("publish", 5).summarised("delete");

    private final RecordingConsole console = new RecordingConsole();
    private int workRuns;

    private ConsoleAction actionFor(Role role) {
        return console.actionFor(role);
    }

    private Supplier<ChangeOutcome> work(Supplier<ChangeOutcome> outcome) {
        return () -> {
            workRuns++;
            return outcome.get();
        };
    }

    @Test
    void aChangeTheCallerMayMakeIsDoneAuditedToldAndAnnounced() {
        boolean done = actionFor(Role.VIEWER).run(
                ConsoleChange.of("user.password", Role.VIEWER).summarised("own password change"),
                work(() -> ChangeOutcome.done("Your password is changed")));

        assertTrue(done);
        assertEquals(List.of("alice | user.password | null | null | own password change | 200"), console.rows);
        assertEquals(List.of("info: Your password is changed"), console.told);
        assertEquals(List.of("user.password"), console.announced);
        assertEquals(List.of(), console.permitsSpent, "a change that is not limited spends no permit");
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedAuditedWithoutSummaryAndTheWorkNeverRuns() {
        boolean done = actionFor(Role.VIEWER).run(TOKEN_DELETE, work(() -> ChangeOutcome.done("Deleted token 5")));

        assertFalse(done);
        assertEquals(0, workRuns);
        assertEquals(List.of("alice | token.delete | publish 5 | null | null | 403 forbidden"), console.rows);
        assertEquals(List.of("error: Your role (viewer) may not do this: it needs editor"), console.told);
        assertEquals(List.of(), console.announced);
        assertEquals(List.of(), console.permitsSpent, "a refused change spends no permit");
    }

    @Test
    void aRefusalSaysTheChangesOwnSentenceWhenItHasOne() {
        actionFor(Role.EDITOR).run(ConsoleChange.of("user.create", Role.ADMIN).refusedWith("Only admins manage people")
                .summarised("add bob as viewer"), work(() -> ChangeOutcome.done("Added bob")));

        assertEquals(List.of("alice | user.create | null | null | null | 403 forbidden"), console.rows);
        assertEquals(List.of("error: Only admins manage people"), console.told);
    }

    @Test
    void aLimitedChangeOverTheRateIsRefusedWith429() {
        console.wait = Optional.of(Duration.ofSeconds(3));

        boolean done = actionFor(Role.EDITOR).run(TOKEN_DELETE, work(() -> ChangeOutcome.done("Deleted token 5")));

        assertFalse(done);
        assertEquals(0, workRuns);
        assertEquals(List.of("CHANGE person:alice"), console.permitsSpent);
        assertEquals(List.of("alice | token.delete | publish 5 | null | null | 429 too many changes"), console.rows);
        assertEquals(List.of("error: Too many changes at once: try again in 3 s"), console.told);
    }

    @Test
    void aLimitedChangeWithinTheRateSpendsOnePermitAndGoesAhead() {
        boolean done = actionFor(Role.EDITOR).run(TOKEN_DELETE, work(() -> ChangeOutcome.done("Deleted token 5")));

        assertTrue(done);
        assertEquals(List.of("CHANGE person:alice"), console.permitsSpent);
        assertEquals(List.of("alice | token.delete | publish 5 | null | delete | 200"), console.rows);
        assertEquals(List.of("info: Deleted token 5"), console.told);
        assertEquals(List.of("token.delete"), console.announced);
    }

    @Test
    void invalidInputIsAFailedOutcomeNamingTheFieldsAndTellingEveryProblem() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("name", List.of("Names are letters"));
        errors.put("password", List.of("Too short", "Too plain"));

        boolean done = actionFor(Role.ADMIN).run(ConsoleChange.of("user.create", Role.ADMIN).summarised("add x as boss"),
                work(() -> {
                    throw new InvalidRequestException(errors);
                }));

        assertFalse(done);
        assertEquals(List.of("alice | user.create | null | null | add x as boss | 400 validation: name, password"), console.rows);
        assertEquals(List.of("error: Names are letters; Too short; Too plain"), console.told);
        assertEquals(List.of(), console.announced);
    }

    @Test
    void aPeopleRuleTheWorkBreaksIsAFailedOutcomeWithItsStatusAndReason() {
        actionFor(Role.ADMIN).run(ConsoleChange.of("user.update", Role.ADMIN).summarised("change root: disabled"),
                work(() -> {
                    throw new LastAdminException("root");
                }));

        assertEquals(List.of("alice | user.update | null | null | change root: disabled | 409 last enabled admin"), console.rows);
        assertEquals(List.of("error: root is the last enabled admin: make another person admin first, "
                + "or the gateway has nobody to manage it"), console.told);
    }

    @Test
    void theTokenAndSummaryTheWorkLearnedGoIntoTheRow() {
        actionFor(Role.EDITOR).run(ConsoleChange.of("token.create", Role.EDITOR).summarised("create for stream cam"),
                work(() -> ChangeOutcome.done(201, "Created token 41 for stream cam").aboutToken(41, "cam")
                        .summarised("created for stream cam")));

        assertEquals(List.of("alice | token.create | 41 | cam | created for stream cam | 201"), console.rows);
    }

    @Test
    void aFailedOutcomeIsAuditedAndToldAsAnErrorAndNotAnnounced() {
        boolean done = actionFor(Role.ADMIN).run(ConsoleChange.of("apikey.revoke", Role.ADMIN).summarised("revoke key 9"),
                work(() -> ChangeOutcome.failed(404, "no such key", "No key 9")));

        assertFalse(done);
        assertEquals(List.of("alice | apikey.revoke | null | null | revoke key 9 | 404 no such key"), console.rows);
        assertEquals(List.of("error: No key 9"), console.told);
        assertEquals(List.of(), console.announced);
    }
}
