package io.tokengateway.viewers.control;

/** The answer of a minting route: its HTTP status and its JSON body (Millicast's envelope). */
public record MintAnswer(int status, String body) {

    @Override
    public String toString() {
        return "MintAnswer[" + status + ", body redacted]";
    }
}
