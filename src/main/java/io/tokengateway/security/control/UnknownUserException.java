package io.tokengateway.security.control;

/** There is no person by that name: answered as 404. */
public class UnknownUserException extends PeopleRuleException {

    public UnknownUserException(String name) {
        super(404, "no such person", "name", "No person named " + name);
    }
}
