package io.tokengateway.web.control;

import io.tokengateway.audit.control.AuditTrail;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.RateLimits;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.entity.ChangeDone;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.faces.application.FacesMessage;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A {@link ConsoleAction} for a person {@code alice} in a given role, without a server: it writes down the audit
 * rows ({@code who | action | token id | label | summary | outcome}), what the person is told ({@code info: …},
 * {@code error: …}), the changes announced and the rate-limit permits spent.
 */
final class RecordingConsole {

    final List<String> rows = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final List<String> announced = new ArrayList<>();
    final List<String> permitsSpent = new ArrayList<>();
    /** What the rate limit answers: empty lets a change go ahead. */
    Optional<Duration> wait = Optional.empty();

    final ConsoleMessages messages = new ConsoleMessages() {
        @Override
        void add(String clientId, FacesMessage.Severity severity, String text) {
            told.add((severity == FacesMessage.SEVERITY_INFO ? "info: " : "error: ") + text);
        }
    };

    ConsoleAction actionFor(Role role) {
        ConsoleAction action = new ConsoleAction();
        action.caller = new Caller() {
            @Override
            public CallerIdentity identity() {
                return CallerIdentity.person("alice", role, "10.0.0.1");
            }
        };
        action.limits = new RateLimits() {
            @Override
            public Optional<Duration> spend(Kind kind, String credentialKey) {
                permitsSpent.add(kind + " " + credentialKey);
                return wait;
            }
        };
        action.trail = new AuditTrail() {
            @Override
            public void record(CallerIdentity who, AuditEntry what) {
                rows.add(who.name() + " | " + what.action() + " | " + what.tokenId() + " | " + what.tokenLabel() + " | "
                        + what.summary() + " | " + what.outcome());
            }
        };
        action.messages = messages;
        action.changesDone = new Announcements();
        return action;
    }

    /** Records what the helper fires; the rest of {@link Event} is not used. */
    private final class Announcements implements Event<ChangeDone> {

        @Override
        public void fire(ChangeDone event) {
            announced.add(event.action());
        }

        @Override
        public <U extends ChangeDone> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ChangeDone> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ChangeDone> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ChangeDone> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ChangeDone> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
