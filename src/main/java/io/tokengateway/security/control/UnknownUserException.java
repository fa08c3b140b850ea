package io.tokengateway.security.control;

/** There is no person by that name: answered as 404. */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String name) {
        super("No person named " + name);
    }
}
