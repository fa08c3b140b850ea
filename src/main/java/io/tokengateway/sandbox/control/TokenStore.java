package io.tokengateway.sandbox.control;

import io.tokengateway.sandbox.entity.SandboxToken;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/** The tokens of one kind, by id, with an auto-increment id sequence and a size cap. Thread-safe. */
final class TokenStore {

    private final ConcurrentHashMap<Integer, SandboxToken> tokens = new ConcurrentHashMap<>();
    private final int capacity;
    private int lastId;

    TokenStore(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** Stores the token the factory makes for the next id; empty when the store is full. */
    synchronized Optional<SandboxToken> add(IntFunction<SandboxToken> factory) {
        if (tokens.size() >= capacity) {
            return Optional.empty();
        }
        SandboxToken token = factory.apply(++lastId);
        tokens.put(token.id(), token);
        return Optional.of(token);
    }

    Optional<SandboxToken> find(int id) {
        return Optional.ofNullable(tokens.get(id));
    }

    /** Atomically changes the token with this id; empty when there is none. */
    Optional<SandboxToken> update(int id, UnaryOperator<SandboxToken> change) {
        return Optional.ofNullable(tokens.computeIfPresent(id, (key, token) -> change.apply(token)));
    }

    /** Replaces {@code expected} only if nobody changed or deleted it meanwhile. */
    boolean replace(SandboxToken expected, SandboxToken replacement) {
        return tokens.replace(expected.id(), expected, replacement);
    }

    boolean remove(int id) {
        return tokens.remove(id) != null;
    }

    /** A snapshot of every token, in no particular order. */
    List<SandboxToken> all() {
        return List.copyOf(tokens.values());
    }
}
