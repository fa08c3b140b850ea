package io.tokengateway.audit.control;

/**
 * A component that counts audit rows in memory, per window, instead of writing one row per event (refusals of
 * unknown callers, minted viewer tokens). The audit search asks each to write its ended windows before it reads, so
 * a reader sees every window that has ended, whichever component counted it.
 */
public interface CountedRows {

    /** Writes the rows of every window that has ended; the current window goes on counting. */
    void writeEndedWindows();
}
