package io.tokengateway.web.control;

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
import java.util.function.Consumer;

/**
 * A {@link ConsoleAction} for a person {@code alice} in a given role, without a server: it writes down the audit
 * rows ({@code who | action | [token kind] token id | label | summary | outcome}), what the person is told ({@code info: …},
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
        action.audit = new Recorded<AuditEntry>(what -> rows.add(what.actor().name() + " | " + what.action() + " | "
                + (what.tokenKind() == null ? "" : what.tokenKind() + " ") + what.tokenId() + " | " + what.tokenLabel() + " | " + what.summary() + " | " + what.outcome()));
        action.messages = messages;
        action.changesDone = new Recorded<ChangeDone>(done -> announced.add(done.action()));
        return action;
    }

    /** Hands what the helper fires to {@code sink}; the rest of {@link Event} is not used. */
    private static final class Recorded<T> implements Event<T> {

        private final Consumer<T> sink;

        Recorded(Consumer<T> sink) {
            this.sink = sink;
        }

        @Override
        public void fire(T event) {
            sink.accept(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
