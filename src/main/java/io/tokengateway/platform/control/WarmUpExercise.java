package io.tokengateway.platform.control;

/**
 * One component's hot path, run over and over by {@link WarmUp} before the gateway reports ready, so that the JIT
 * has compiled it before the first caller needs it. A round writes nothing, sends nothing upstream and counts
 * nothing (no audit row, no metric, no rate or throttle spent).
 */
public interface WarmUpExercise {

    /** Runs the hot path once: microseconds to a millisecond. */
    void exercise();
}
